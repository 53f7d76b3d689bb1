// Small canvas charts for the admin pages: grouped bars and lines with axes and a legend.
// Our own code because the CSP allows scripts from this site only (no CDN, no inline script).
window.MiniCharts = (() => {
    'use strict';
    const palette = ['#6be4ff', '#ff5ca8', '#ffd36b', '#9dff8a', '#c69cff', '#ff9f5c', '#5cffd6', '#ff6b6b', '#a3b8ff', '#f5f07a'];
    const pad = { left: 52, right: 16, top: 16, bottom: 44 };

    function css(name, fallback) {
        return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
    }

    function start(canvas) {
        const ctx = canvas.getContext('2d');
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        ctx.font = '12px system-ui, sans-serif';
        return { ctx, plot: { x: pad.left, y: pad.top, w: canvas.width - pad.left - pad.right, h: canvas.height - pad.top - pad.bottom } };
    }

    /** A round axis maximum and a tick count that gives round steps (0.5 → 5 × 0.1; 20 → 4 × 5). */
    function scale(value, integer) {
        const top = integer ? Math.max(value, 5) : value;
        if (!(top > 0)) return { max: 1, ticks: 5 };
        const power = Math.pow(10, Math.floor(Math.log10(top)));
        const multiple = [1, 2, 2.5, 5, 10].find(m => m * power >= top);
        return { max: multiple * power, ticks: multiple === 2 ? 4 : 5 };
    }

    function yAxis(ctx, plot, { max, ticks }, format) {
        ctx.strokeStyle = 'rgba(163,168,209,0.25)';
        ctx.fillStyle = css('--muted', '#a3a8d1');
        ctx.textAlign = 'right';
        ctx.textBaseline = 'middle';
        for (let i = 0; i <= ticks; i++) {
            const value = (max * i) / ticks;
            const y = plot.y + plot.h - (plot.h * i) / ticks;
            ctx.beginPath();
            ctx.moveTo(plot.x, y);
            ctx.lineTo(plot.x + plot.w, y);
            ctx.stroke();
            ctx.fillText(format(value), plot.x - 6, y);
        }
    }

    function xLabel(ctx, text, x, plot) {
        ctx.fillStyle = css('--muted', '#a3a8d1');
        ctx.textAlign = 'center';
        ctx.textBaseline = 'top';
        ctx.fillText(text, x, plot.y + plot.h + 8);
    }

    function legend(canvas, series) {
        let list = canvas.parentElement.querySelector('ul.legend');
        if (!list) {
            list = document.createElement('ul');
            list.className = 'legend';
            canvas.insertAdjacentElement('afterend', list);
        }
        list.replaceChildren(...series.map((s, i) => {
            const item = document.createElement('li');
            const swatch = document.createElement('span');
            swatch.className = 'swatch';
            swatch.style.backgroundColor = palette[i % palette.length];
            item.append(swatch, document.createTextNode(s.name));
            return item;
        }));
    }

    function empty(canvas, ctx, message) {
        ctx.fillStyle = css('--muted', '#a3a8d1');
        ctx.textAlign = 'center';
        ctx.fillText(message, canvas.width / 2, canvas.height / 2);
    }

    function done(canvas, series) {
        legend(canvas, series);
        canvas.dataset.rendered = 'true';
    }

    /** Grouped bars: one group per category, one bar per series. */
    function bars(canvas, { categories, series, format = v => String(v), integer = false, emptyMessage = 'No data yet' }) {
        const { ctx, plot } = start(canvas);
        const axis = scale(Math.max(0, ...series.flatMap(s => s.values)), integer);
        const max = axis.max;
        if (series.every(s => s.values.every(v => !v))) empty(canvas, ctx, emptyMessage);
        yAxis(ctx, plot, axis, format);
        const group = plot.w / categories.length;
        const bar = (group * 0.8) / Math.max(1, series.length);
        const every = Math.max(1, Math.ceil(categories.length / 10));
        categories.forEach((category, c) => {
            series.forEach((s, i) => {
                const height = (plot.h * (s.values[c] || 0)) / max;
                ctx.fillStyle = palette[i % palette.length];
                ctx.fillRect(plot.x + c * group + group * 0.1 + i * bar, plot.y + plot.h - height, bar - 2, height);
            });
            if (c % every === 0) xLabel(ctx, category, plot.x + c * group + group / 2, plot);
        });
        done(canvas, series);
    }

    /** Lines over shared x labels (dates by default), with a dot on every point; `mark` draws a dashed line at one label. */
    function lines(canvas, { labels, series, format = v => String(v), integer = true, emptyMessage = 'No data yet', labelText = l => l.slice(5), mark = null, markText = '' }) {
        const { ctx, plot } = start(canvas);
        const axis = scale(Math.max(0, ...series.flatMap(s => s.values)), integer);
        const max = axis.max;
        if (labels.length === 0) empty(canvas, ctx, emptyMessage);
        yAxis(ctx, plot, axis, format);
        const x = i => plot.x + (labels.length === 1 ? plot.w / 2 : (plot.w * i) / (labels.length - 1));
        const y = v => plot.y + plot.h - (plot.h * v) / max;
        const every = Math.max(1, Math.ceil(labels.length / 8));
        labels.forEach((label, i) => { if (i % every === 0) xLabel(ctx, labelText(label), x(i), plot); });
        const marked = labels.indexOf(mark);
        if (marked >= 0) {
            ctx.save();
            ctx.strokeStyle = css('--text', '#eceefe');
            ctx.setLineDash([4, 4]);
            ctx.beginPath();
            ctx.moveTo(x(marked), plot.y);
            ctx.lineTo(x(marked), plot.y + plot.h);
            ctx.stroke();
            ctx.restore();
            ctx.fillStyle = css('--text', '#eceefe');
            ctx.textAlign = 'left';
            ctx.textBaseline = 'top';
            ctx.fillText(markText, x(marked) + 4, plot.y);
        }
        series.forEach((s, i) => {
            ctx.strokeStyle = ctx.fillStyle = palette[i % palette.length];
            ctx.lineWidth = 2;
            ctx.beginPath();
            s.values.forEach((v, j) => (j === 0 ? ctx.moveTo(x(j), y(v)) : ctx.lineTo(x(j), y(v))));
            ctx.stroke();
            s.values.forEach((v, j) => { ctx.beginPath(); ctx.arc(x(j), y(v), 3, 0, 2 * Math.PI); ctx.fill(); });
        });
        done(canvas, series);
    }

    /** Points [x, y, group] on their own ranges, coloured by group (in the order of `groups`). */
    function scatter(canvas, { points, groups, groupName = g => String(g), axes = ['', ''], emptyMessage = 'No data yet' }) {
        const { ctx, plot } = start(canvas);
        if (points.length === 0) { empty(canvas, ctx, emptyMessage); return; }
        const xs = points.map(p => p[0]), ys = points.map(p => p[1]);
        const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        const x = v => plot.x + (plot.w * (v - x0)) / ((x1 - x0) || 1);
        const y = v => plot.y + plot.h - (plot.h * (v - y0)) / ((y1 - y0) || 1);
        ctx.strokeStyle = 'rgba(163,168,209,0.25)';
        ctx.strokeRect(plot.x, plot.y, plot.w, plot.h);
        points.forEach(([px, py, g]) => {
            ctx.fillStyle = palette[Math.max(0, groups.indexOf(g)) % palette.length];
            ctx.beginPath();
            ctx.arc(x(px), y(py), 2.5, 0, 2 * Math.PI);
            ctx.fill();
        });
        xLabel(ctx, axes[0], plot.x + plot.w / 2, plot);
        ctx.save();
        ctx.translate(14, plot.y + plot.h / 2);
        ctx.rotate(-Math.PI / 2);
        ctx.textAlign = 'center';
        ctx.fillText(axes[1], 0, 0);
        ctx.restore();
        done(canvas, groups.map(g => ({ name: groupName(g) })));
    }

    return { bars, lines, scatter };
})();
