// In-place star ratings: sends a list's rating form with fetch and updates the stars without
// reloading. Without JavaScript the same form posts normally and the page comes back.
// After a rating the address names the list (impression=…), so a reload shows the same list.
(() => {
    'use strict';

    function show(form, stars, message) {
        form.querySelectorAll('button.star').forEach(button => {
            const value = Number(button.value);
            button.classList.toggle('on', value <= stars);
            button.setAttribute('aria-pressed', value === stars ? 'true' : 'false');
        });
        form.querySelector('.rating-status').textContent = message;
    }

    function remember(form) {
        if (!document.body.querySelector('[data-list-again]')) return;
        const url = new URL(window.location.href);
        const impression = form.querySelector('input[name="Input.ImpressionId"]').value;
        if (url.searchParams.get('impression') === impression) return;
        url.searchParams.set('impression', impression);
        window.history.replaceState(window.history.state, '', url);
        document.querySelectorAll('form[data-rating] input[name="Input.ReturnUrl"]').forEach(input => {
            input.value = url.pathname + url.search;
        });
    }

    async function rate(form, button) {
        const status = form.querySelector('.rating-status');
        const data = new FormData(form);
        data.set(button.name, button.value);
        form.setAttribute('aria-busy', 'true');
        status.textContent = 'Saving…';
        try {
            const response = await fetch(form.action, {
                method: 'POST',
                body: data,
                headers: { Accept: 'application/json' },
                credentials: 'same-origin',
            });
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            const saved = await response.json();
            show(form, saved.stars, `Saved: ${saved.stars} of 5`);
            remember(form);
        } catch {
            status.textContent = 'Could not save that rating. Please try again.';
        } finally {
            form.removeAttribute('aria-busy');
        }
    }

    document.querySelectorAll('form[data-rating]').forEach(form => {
        form.addEventListener('submit', event => {
            const button = event.submitter;
            if (!button || !button.classList.contains('star')) return;
            event.preventDefault();
            rate(form, button);
        });
    });
})();
