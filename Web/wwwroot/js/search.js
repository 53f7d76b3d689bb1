// Suggestions as the listener types: the local catalog first, then songs only Spotify knows.
// Picking a local song searches that exact track, picking a Spotify one sends its Spotify id,
// and a pasted Spotify track link is submitted at once (the server resolves it).
(() => {
    const form = document.getElementById("search-form");
    const input = document.getElementById("q");
    const trackId = document.getElementById("trackId");
    const spotifyId = document.getElementById("spotifyId");
    const list = document.getElementById("suggestions");
    if (!form || !input || !trackId || !spotifyId || !list) return;

    const trackLink = /^\s*(spotify:track:[A-Za-z0-9]{22}|(https?:\/\/)?open\.spotify\.com\/(intl-[a-z-]+\/)?(embed\/)?track\/[A-Za-z0-9]{22}([?#].*)?)\s*$/i;
    let items = [];
    let active = -1;
    let timer = 0;
    let controller = null;

    const close = () => {
        list.hidden = true;
        input.setAttribute("aria-expanded", "false");
        active = -1;
    };

    const setChoice = (field, value) => {
        for (const hidden of [trackId, spotifyId]) {
            hidden.value = hidden === field ? value : "";
            hidden.disabled = hidden !== field;
        }
    };

    const render = () => {
        list.replaceChildren(...items.map((item, i) => {
            const li = document.createElement("li");
            li.id = `suggestion-${i}`;
            li.setAttribute("role", "option");
            li.setAttribute("aria-selected", String(i === active));
            li.dataset.source = item.source;
            const title = document.createElement("span");
            title.textContent = item.title;
            const artists = document.createElement("span");
            artists.className = "artists";
            artists.textContent = item.artists || "unknown artist";
            li.append(title, artists);
            if (item.source === "spotify") {
                const badge = document.createElement("span");
                badge.className = "badge";
                badge.textContent = "Spotify";
                li.append(badge);
            }
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
        if (item.id !== null && item.id !== undefined) setChoice(trackId, item.id);
        else setChoice(spotifyId, item.spotifyId);
        close();
        form.submit();
    };

    const fetchSuggestions = async (text) => {
        controller?.abort();
        controller = new AbortController();
        try {
            const response = await fetch(`/api/tracks/suggest?q=${encodeURIComponent(text)}&limit=8`, { signal: controller.signal });
            if (!response.ok) return;
            items = await response.json();
            active = -1;
            render();
        } catch (e) {
            if (e.name !== "AbortError") close();
        }
    };

    input.addEventListener("input", () => {
        setChoice(null, "");
        clearTimeout(timer);
        controller?.abort();
        const text = input.value.trim();
        if (trackLink.test(text)) { items = []; render(); return; }
        if (text.length < 2) { items = []; render(); return; }
        timer = setTimeout(() => fetchSuggestions(text), 200);
    });

    // The input event has already put the pasted text in place when this runs.
    input.addEventListener("paste", () => setTimeout(() => {
        if (trackLink.test(input.value)) { close(); form.submit(); }
    }, 0));

    input.addEventListener("keydown", (e) => {
        if (list.hidden) return;
        if (e.key === "ArrowDown") { active = Math.min(items.length - 1, active + 1); render(); e.preventDefault(); }
        else if (e.key === "ArrowUp") { active = Math.max(-1, active - 1); render(); e.preventDefault(); }
        else if (e.key === "Enter" && active >= 0) { e.preventDefault(); choose(active); }
        else if (e.key === "Escape") { close(); }
    });
    input.addEventListener("blur", () => setTimeout(close, 100));
})();
