// Shows each slider's value as it moves; without script the page shows the values last submitted.
(() => {
    for (const slider of document.querySelectorAll("#explore-form input[type=range]")) {
        const output = document.getElementById(`o-${slider.name}`);
        if (!output) continue;
        slider.addEventListener("input", () => { output.textContent = slider.value; });
    }
})();
