// Live progress of a retrain run on the Jobs page: polls GET /api/admin/runs/{id} while the run is
// running, redraws its steps and log, and reloads the page when it ends (to show the new versions).
// Without script the page shows the same on refresh.
(() => {
    'use strict';
    const section = document.getElementById('run');
    if (!section || section.dataset.status !== 'running') return;

    const seconds = s => (s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`);
    const took = (from, to) => (to ? seconds((Date.parse(to) - Date.parse(from)) / 1000) : '–');

    function cell(row, text, className) {
        const td = document.createElement('td');
        td.textContent = text ?? '';
        if (className) td.className = className;
        row.appendChild(td);
    }

    function draw(run) {
        document.getElementById('run-status').textContent = run.status;
        section.dataset.status = run.status;
        const body = document.querySelector('#run-steps tbody');
        body.replaceChildren(...run.steps.map(step => {
            const row = document.createElement('tr');
            row.dataset.step = step.name;
            [step.catalog, step.name, step.status, took(step.startedAt, step.finishedAt)].forEach(text => cell(row, text));
            cell(row, step.detail, 'wrap');
            return row;
        }));
        const log = document.getElementById('run-log');
        log.replaceChildren(...run.log.map(line => {
            const item = document.createElement('li');
            item.textContent = `${line.at.substring(11, 19)} ${line.message}`;
            return item;
        }));
        if (run.error) {
            const error = document.getElementById('run-error');
            error.textContent = run.error;
            error.hidden = false;
        }
    }

    async function poll() {
        try {
            const response = await fetch(section.dataset.runUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
            if (response.ok) {
                const run = await response.json();
                draw(run);
                if (run.status !== 'running') {
                    window.location.reload();
                    return;
                }
            }
        } catch (e) {
            // A missed poll is retried on the next tick.
        }
        window.setTimeout(poll, 1000);
    }

    window.setTimeout(poll, 500);
})();
