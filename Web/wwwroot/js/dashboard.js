// Draws the admin charts from the same JSON the admin API serves.
(() => {
    'use strict';
    const percent = v => `${Math.round(v * 100)}%`;

    async function json(url) {
        const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.json();
    }

    function days(rows) {
        return [...new Set(rows.map(r => r.day))].sort();
    }

    async function experimentCharts(section) {
        const data = await json(section.dataset.results);
        MiniCharts.bars(document.getElementById('stars-chart'), {
            categories: ['1★', '2★', '3★', '4★', '5★'],
            series: data.variants.map(v => ({ name: v.name, values: v.starCounts.map(c => (v.ratings ? c / v.ratings : 0)) })),
            format: percent,
            emptyMessage: 'No ratings yet',
        });
        const labels = days(data.ratingsPerDay);
        MiniCharts.lines(document.getElementById('daily-chart'), {
            labels,
            series: data.variants.map(v => ({
                name: v.name,
                values: labels.map(day => data.ratingsPerDay.filter(r => r.day === day && r.variant === v.name).reduce((sum, r) => sum + r.ratings, 0)),
            })),
            emptyMessage: 'No ratings yet',
        });
    }

    async function searchCharts(section) {
        const data = await json(section.dataset.searches);
        MiniCharts.bars(document.getElementById('searches-chart'), {
            categories: data.perDay.map(d => d.day.slice(5)),
            series: [{ name: 'searches', values: data.perDay.map(d => d.searches) }],
            integer: true,
            emptyMessage: 'No searches yet',
        });
    }

    function modelCharts(section) {
        const curve = JSON.parse(section.dataset.curve);
        const mark = { mark: curve.chosen, markText: `k = ${curve.chosen}`, labelText: l => String(l), integer: false };
        MiniCharts.lines(document.getElementById('elbow-chart'), {
            labels: curve.k, series: [{ name: 'inertia', values: curve.inertia }], format: v => Math.round(v).toLocaleString('en'), ...mark,
            emptyMessage: 'No curve stored',
        });
        MiniCharts.lines(document.getElementById('silhouette-chart'), {
            labels: curve.k, series: [{ name: 'silhouette', values: curve.silhouette.map(v => Math.max(0, v)) }], format: v => v.toFixed(2), ...mark,
            emptyMessage: 'No curve stored',
        });
        const scatter = JSON.parse(section.dataset.scatter);
        const share = i => (scatter.axes[i] ? ` (${Math.round(scatter.axes[i] * 100)}% of the variance)` : '');
        MiniCharts.scatter(document.getElementById('scatter-chart'), {
            points: scatter.points, groups: scatter.clusters, groupName: g => `cluster ${g}`,
            axes: [`first principal component${share(0)}`, `second${share(1)}`],
        });
    }

    const model = document.getElementById('model-charts');
    if (model) {
        try { modelCharts(model); } catch (error) { console.warn('Charts unavailable:', error.message); }
    }
    const experiment = document.getElementById('charts');
    if (experiment) experimentCharts(experiment).catch(error => console.warn('Charts unavailable:', error.message));
    const searches = document.getElementById('search-charts');
    if (searches) searchCharts(searches).catch(error => console.warn('Charts unavailable:', error.message));
})();
