// Read-along page: highlights the sentence being spoken, plays from a clicked sentence,
// and remembers the reader's settings on this device. No network, no libraries.
(() => {
  "use strict";
  const KEY = "accessible-page";
  const SKIP = 1.5; // seconds into a sentence after which "previous" restarts it
  const EARLY = 0.05; // highlight a sentence this much before its cue (seek rounding)
  const QUIET = 4000; // ms after the reader scrolls before the page follows the voice again
  const SCROLL_KEYS = ["PageUp", "PageDown", "ArrowUp", "ArrowDown", "Home", "End", " "];
  const CONTROLS = "a, button, input, select, textarea, summary, audio, [contenteditable]";
  const TYPING = "input, select, textarea, [contenteditable]";
  const root = document.documentElement;
  const audio = document.getElementById("narration");
  const status = document.getElementById("status");
  const play = document.getElementById("play");
  const speed = document.getElementById("speed");
  const original = document.getElementById("original");
  const bar = document.querySelector(".bar");
  const lines = Array.from(original.querySelectorAll("[data-start]"));
  const starts = lines.map((el) => Number(el.dataset.start));
  const fields = Array.from(document.querySelectorAll("[data-setting]"));
  const shortcutButtons = Array.from(document.querySelectorAll("button[data-key]"));
  const reduceMotion = matchMedia("(prefers-reduced-motion: reduce)");
  let current = -1;
  let scrolledAt = 0;
  let ticking = false;

  const defaults = { version: "original" };
  for (const field of fields) {
    const name = field.dataset.setting;
    if (field.type === "checkbox") defaults[name] = field.defaultChecked;
    else if (field.type !== "radio") defaults[name] = field.value;
  }
  const settings = { ...defaults, ...stored() };

  function stored() {
    try {
      const data = JSON.parse(localStorage.getItem(KEY) || "{}");
      return data && typeof data === "object" ? data : {};
    } catch {
      return {}; // storage blocked or corrupt: use the defaults
    }
  }

  function save() {
    try {
      localStorage.setItem(KEY, JSON.stringify(settings));
    } catch {
      // storage blocked (private mode, policy): settings last for this visit only
    }
  }

  function say(message) {
    status.textContent = message;
  }

  // Put the stored values into the controls; a value this page does not offer falls back.
  function show() {
    for (const field of fields) {
      const name = field.dataset.setting;
      if (field.type === "checkbox") field.checked = settings[name] === true;
      else if (field.type === "radio") field.checked = field.value === shownVersion();
      else field.value = settings[name];
      if (field.tagName === "SELECT" && field.selectedIndex < 0) field.value = settings[name] = defaults[name];
    }
  }

  // The chosen version, or the original when this article has no such version
  // (the choice is kept for the next article that has one).
  function shownVersion() {
    const el = document.getElementById(settings.version);
    return el && el.classList.contains("version") ? settings.version : "original";
  }

  function apply() {
    root.dataset.theme = settings.theme;
    root.style.setProperty("--scale", String(Number(settings.size) / 100));
    root.style.setProperty("--leading", settings.spacing);
    audio.playbackRate = Number(settings.speed);
    for (const button of shortcutButtons) {
      if (settings.keys) button.setAttribute("aria-keyshortcuts", button.dataset.key);
      else button.removeAttribute("aria-keyshortcuts");
    }
    for (const version of document.querySelectorAll(".version")) {
      version.hidden = version.id !== shownVersion();
    }
  }

  function onChange(event) {
    const field = event.target;
    settings[field.dataset.setting] = field.type === "checkbox" ? field.checked : field.value;
    apply();
    save();
    if (field === speed) say(`Speed ${speed.selectedOptions[0].text}`);
  }

  // The last sentence that has started by time t (-1 before the first).
  function lineAt(t) {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= t + EARLY) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  function keepInView(el) {
    if (!settings.follow || Date.now() - scrolledAt < QUIET || el.offsetParent === null) return;
    const box = el.getBoundingClientRect();
    const top = bar.getBoundingClientRect().bottom;
    if (box.top >= top + 8 && box.bottom <= innerHeight - 8) return;
    el.scrollIntoView({ block: "center", behavior: reduceMotion.matches ? "auto" : "smooth" });
  }

  function highlight(index) {
    if (index === current) return;
    if (current >= 0) {
      lines[current].classList.remove("now");
      lines[current].removeAttribute("aria-current");
    }
    current = index;
    if (index < 0) return;
    lines[index].classList.add("now");
    lines[index].setAttribute("aria-current", "true");
    keepInView(lines[index]);
  }

  function follow() {
    highlight(lineAt(audio.currentTime));
  }

  // timeupdate comes about four times a second; while playing, follow every frame.
  function tick() {
    follow();
    ticking = !audio.paused;
    if (ticking) requestAnimationFrame(tick);
  }

  function seek(index) {
    const target = Math.max(0, Math.min(lines.length - 1, index));
    scrolledAt = 0;
    audio.currentTime = starts[target];
    highlight(target);
    say(`Sentence ${target + 1} of ${lines.length}`);
  }

  function toggle() {
    if (audio.paused) {
      audio.play().catch(() => say("The narration could not be played."));
    } else {
      audio.pause();
    }
  }

  function next() {
    seek(lineAt(audio.currentTime) + 1);
  }

  function previous() {
    const index = lineAt(audio.currentTime);
    seek(index >= 0 && audio.currentTime - starts[index] > SKIP ? index : index - 1);
  }

  function step(by) {
    const index = Math.max(0, Math.min(speed.options.length - 1, speed.selectedIndex + by));
    speed.selectedIndex = index;
    speed.dispatchEvent(new Event("change", { bubbles: true }));
  }

  const keys = { p: toggle, n: next, b: previous, f: () => step(1), s: () => step(-1) };

  document.addEventListener("keydown", (event) => {
    if (SCROLL_KEYS.includes(event.key) && !event.target.closest(CONTROLS)) scrolledAt = Date.now();
    if (!settings.keys || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest(TYPING)) return;
    const action = keys[event.key.toLowerCase()];
    if (!action) return;
    event.preventDefault();
    action();
  });

  original.addEventListener("click", (event) => {
    const el = event.target.closest("[data-start]");
    if (!el || String(getSelection()).trim()) return; // leave text selection alone
    seek(lines.indexOf(el));
    if (audio.paused) toggle();
  });

  for (const type of ["wheel", "touchmove"]) {
    addEventListener(type, () => (scrolledAt = Date.now()), { passive: true });
  }
  audio.addEventListener("timeupdate", follow);
  audio.addEventListener("seeked", follow);
  audio.addEventListener("play", () => {
    play.textContent = "Pause";
    say("Playing");
    if (!ticking) requestAnimationFrame(tick);
    ticking = true;
  });
  audio.addEventListener("pause", () => {
    play.textContent = "Play";
    say(audio.ended ? "Finished" : "Paused");
  });
  const missing = () =>
    say(`The narration could not be loaded: ${audio.getAttribute("src")} should be beside this page.`);
  audio.addEventListener("error", missing);
  play.addEventListener("click", toggle);
  document.getElementById("next").addEventListener("click", next);
  document.getElementById("previous").addEventListener("click", previous);
  for (const field of fields) field.addEventListener("change", onChange);
  new ResizeObserver(() => root.style.setProperty("--bar", `${bar.offsetHeight}px`)).observe(bar);

  show();
  apply();
  if (audio.error) missing();
  for (const el of document.querySelectorAll("[data-needs-script]")) el.hidden = false;
})();
