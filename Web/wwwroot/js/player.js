// Listen in place: "Play" opens Spotify's embed player for that pick inside the list (loaded only
// on click, so a list stays light); "Close player" removes it, which also stops the music.
// Without script the same link opens the player in a new tab.
(() => {
    'use strict';
    document.querySelectorAll('a.play[data-player]').forEach(link => {
        const box = document.getElementById(link.dataset.player);
        if (!box) return;
        const name = link.getAttribute('aria-label').replace(/^Play /, '');
        link.setAttribute('role', 'button');
        link.setAttribute('aria-expanded', 'false');
        link.setAttribute('aria-controls', box.id);
        link.addEventListener('click', event => {
            event.preventDefault();
            const open = link.getAttribute('aria-expanded') !== 'true';
            if (open) {
                const frame = document.createElement('iframe');
                frame.src = link.href;
                frame.title = `Spotify player: ${name}`;
                frame.width = '100%';
                frame.height = '152';
                frame.allow = 'autoplay; clipboard-write; encrypted-media; fullscreen; picture-in-picture';
                box.replaceChildren(frame);
            } else {
                box.replaceChildren();
            }
            box.hidden = !open;
            link.setAttribute('aria-expanded', String(open));
            link.setAttribute('aria-label', open ? `Close player for ${name}` : `Play ${name}`);
            link.textContent = open ? '✕ Close player' : '▶ Play';
        });
    });
})();
