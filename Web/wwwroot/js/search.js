// Suggestions from the local catalog as the listener types; picking one searches that exact track.
(() => {
    const form = document.getElementById("search-form");
    const input = document.getElementById("q");
    const trackId = document.getElementById("trackId");
    const list = document.getElementById("suggestions");
    if (!form || !input || !trackId || !list) return;

    let items = [];
    let active = -1;
    let timer = 0;
    let controller = null;

    const close = () => {
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
        active = -1;
    };

    const render = () => {
        list.replaceChildren(...items.map((item, i) => {
            const li = document.createElement("li");
            li.id = `suggestion-${i}`;
            li.setAttribute("role", "option");
            li.setAttribute("aria-selected", String(i === active));
            li.dataset.trackId = item.id;
            const title = document.createElement("span");
            title.textContent = item.title;
            const artists = document.createElement("span");
            artists.className = "artists";
            artists.textContent = item.artists || "unknown artist";
            li.append(title, artists);
            li.addEventListener("mousedown", (e) => { e.preventDefault(); choose(i); });
            return li;
        }));
        list.hidden = items.length === 0;
        input.setAttribute("aria-expanded", String(items.length > 0));
        if (active >= 0) input.setAttribute("aria-activedescendant", `suggestion-${active}`);
        else input.removeAttribute("aria-activedescendant");
    };

    const choose = (i) => {
        const item = items[i];
        if (!item) return;
        input.value = `${item.title} ${item.artists}`.trim();
        trackId.value = item.id;
        trackId.disabled = false;
        close();
        form.submit();
    };

    const fetchSuggestions = async (text) => {
        controller?.abort();
        controller = new AbortController();
        try {
            const response = await fetch(`/api/tracks/search?q=${encodeURIComponent(text)}&limit=8`, { signal: controller.signal });
            if (!response.ok) return;
            items = await response.json();
            active = -1;
            render();
        } catch (e) {
            if (e.name !== "AbortError") close();
        }
    };

    input.addEventListener("input", () => {
        trackId.value = "";
        trackId.disabled = true;
        clearTimeout(timer);
        const text = input.value.trim();
        if (text.length < 2) { items = []; render(); return; }
        timer = setTimeout(() => fetchSuggestions(text), 150);
    });

    input.addEventListener("keydown", (e) => {
        if (list.hidden) return;
        if (e.key === "ArrowDown") { active = Math.min(items.length - 1, active + 1); render(); e.preventDefault(); }
        else if (e.key === "ArrowUp") { active = Math.max(-1, active - 1); render(); e.preventDefault(); }
        else if (e.key === "Enter" && active >= 0) { e.preventDefault(); choose(active); }
        else if (e.key === "Escape") { close(); }
    });
    input.addEventListener("blur", () => setTimeout(close, 100));
})();
