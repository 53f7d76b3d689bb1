// The main menu collapses behind a "Menu" button on narrow screens. Without script the button
// stays hidden and the links simply wrap.
(() => {
    'use strict';
    const header = document.getElementById('site-header');
    const toggle = document.getElementById('menu-toggle');
    const nav = document.getElementById('site-nav');
    if (!header || !toggle || !nav) return;
    header.classList.add('has-menu');
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        nav.classList.toggle('open', open);
    });
    document.addEventListener('keydown', event => {
        if (event.key === 'Escape' && nav.classList.contains('open')) {
            toggle.setAttribute('aria-expanded', 'false');
            nav.classList.remove('open');
            toggle.focus();
        }
    });
})();
