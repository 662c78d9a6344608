"""The read-along page, driven in a real browser: headless Chromium through Playwright.

The page is rendered from the sample with the fake engine (tones with real cue
times) and opened from the file system, as a reader would open it. The browser
tests skip, saying why, where Playwright or Chromium is missing; the axe-core
check also needs npm, which installs axe-core into tests/.cache on first use
(never into the package). Screenshots of each theme go to out/screenshots/.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLE

from accessible.audio import Cue
from accessible.casting import cast
from accessible.config import load_profile
from accessible.loudness import Level
from accessible.outputs import Rendering
from accessible.outputs.page import Files, grade_words, render_page, write_page
from accessible.pipeline import RenderOptions, analysis, analyze_path, render_path
from accessible.readability import report
from accessible.script import build_script

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
CACHE = ROOT / "tests" / ".cache"
AXE_VERSION = "4.14.1"
AXE = CACHE / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "out" / "screenshots"
STEM = "scales-of-justice"
THEMES = ("standard", "contrast", "dyslexia")

AUDIO = "document.getElementById('narration')"
SET_TIME = f"t => {{ {AUDIO}.currentTime = t; {AUDIO}.dispatchEvent(new Event('timeupdate')); }}"


# --- the page as HTML (no browser) ---------------------------------------------------


@pytest.fixture(scope="module")
def rendering() -> Rendering:
    """A Rendering of the sample with made-up cue times: one second per line."""
    article = analyze_path(SAMPLE)
    profile = load_profile()
    script = build_script(article, profile)
    cues = tuple(Cue(1000 * i, 1000 * i + 800) for i in range(len(script.lines)))
    return Rendering(
        article, analysis(article), report(article), script, cast(article, profile),
        cues, Level(-16.0, -2.0), 1000 * len(cues),
    )  # fmt: skip


def test_every_spoken_line_carries_its_cue_times(rendering: Rendering) -> None:
    html = render_page(rendering, Files("a.mp3", "a.vtt"))
    found = re.findall(r'data-start="([\d.]+)" data-end="([\d.]+)">([^<]*)<', html)
    assert len(found) == len(rendering.script.lines)
    for (start, end, words), line, cue in zip(
        found, rendering.script.lines, rendering.cues, strict=True
    ):
        assert float(start) == cue.start_ms / 1000 and float(end) == cue.end_ms / 1000
        assert words.replace("&amp;", "&") == line.text


def test_page_is_self_contained(rendering: Rendering) -> None:
    html = render_page(rendering, Files("a.mp3", "a.vtt"))
    assert '<html lang="en"' in html
    assert "http://" not in html and "https://" not in html
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", html)
    assert 'src="a.mp3"' in html and 'href="a.vtt"' in html
    assert 'src="data:text/vtt;charset=utf-8,WEBVTT' in html
    assert "default-src 'none'" in html and "script-src 'sha256-" in html


def test_quotes_name_their_speaker(rendering: Rendering) -> None:
    html = render_page(rendering, Files("a.mp3", "a.vtt"))
    assert re.search(r'<span class="who">Ghaffar Hussain</span>"<span class="s q"', html)
    assert "Ministry of Justice spokesman</span>" in html


def test_original_only_without_versions(rendering: Rendering) -> None:
    html = render_page(rendering, Files("a.mp3", "a.vtt"))
    assert html.count('class="version"') == 1 and "<legend>Version</legend>" not in html


def test_write_page_makes_missing_versions_and_finds_the_audio(
    rendering: Rendering, tmp_path: Path
) -> None:
    (tmp_path / "x.wav").write_bytes(b"")
    write_page(rendering, tmp_path / "x.html")
    html = (tmp_path / "x.html").read_text(encoding="utf-8")
    assert '<article id="plain"' in html and '<article id="easy"' in html
    assert 'src="x.wav"' in html and 'href="x.vtt"' in html


def test_grade_words() -> None:
    assert grade_words(5.6) == "reading grade 6: easy"
    assert grade_words(9.4) == "reading grade 9: fairly easy"
    assert grade_words(13.9) == "reading grade 14: hard"
    assert grade_words(-2.3) == "reading grade 1: easy"


def test_other_language_marks_the_interface_english(rendering: Rendering) -> None:
    french = replace(rendering, article=replace(rendering.article, language="fr"))
    html = render_page(french, Files("a.mp3", "a.vtt"))
    assert '<html lang="fr"' in html and '<footer lang="en"' in html


# --- the page in a browser -----------------------------------------------------------


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample rendered with the fake engine: the page beside its MP3 and VTT."""
    out = tmp_path_factory.mktemp("page")
    texts = tuple(dict.fromkeys((*RenderOptions().texts, "html")))
    written = render_path(SAMPLE, out, RenderOptions(engine="fake", texts=texts))
    return written["html"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not CHROMIUM.exists():
        pytest.skip("no browser: apt-get install -y chromium (Debian) to run the page tests")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Visit:
    """One browser tab on the page; collects script errors and every URL it asks for."""

    def __init__(self, browser: Any, url: str, **options: Any) -> None:
        self.context = browser.new_context(
            viewport={"width": 1000, "height": 800}, reduced_motion="reduce", **options
        )
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on(
            "console",
            lambda m: self.errors.append(m.text) if m.type == "error" else None,
        )
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.goto(url)

    def lines(self) -> list[dict[str, Any]]:
        return self.page.eval_on_selector_all(  # type: ignore[no-any-return]
            "#original [data-start]",
            "els => els.map(e => ({start: +e.dataset.start, end: +e.dataset.end}))",
        )

    def current(self) -> int:
        return self.page.evaluate(  # type: ignore[no-any-return]
            "[...document.querySelectorAll('#original [data-start]')]"
            ".findIndex(e => e.classList.contains('now'))"
        )

    def time(self) -> float:
        return self.page.evaluate(f"{AUDIO}.currentTime")  # type: ignore[no-any-return]

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser: Any, page_file: Path) -> Iterator[Visit]:
    tab = Visit(browser, page_file.as_uri())
    yield tab
    assert not tab.errors, tab.errors
    tab.close()


def test_loads_offline_with_script_allowed_by_its_policy(visit: Visit) -> None:
    page = visit.page
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.is_visible("#play"), "the inline script did not run (hash in the CSP?)"
    position = page.eval_on_selector(".bar", "e => getComputedStyle(e).position")
    assert position == "sticky", "the inline style was refused (hash in the CSP?)"
    assert page.evaluate(f"{AUDIO}.error") is None
    assert page.evaluate("document.querySelector('track').readyState") == 2  # loaded
    assert page.evaluate(f"{AUDIO}.textTracks[0].cues.length") == len(visit.lines())
    assert all(url.startswith(("file:", "data:")) for url in visit.requests), visit.requests


def test_plays_and_highlight_follows_the_audio_clock(visit: Visit) -> None:
    page, lines = visit.page, visit.lines()
    page.click("#play")
    page.wait_for_function(f"() => {AUDIO}.currentTime > 0.3")
    assert page.text_content("#play") == "Pause" and page.text_content("#status") == "Playing"
    page.wait_for_function("() => document.querySelector('#original .now') !== null")
    page.click("#play")
    assert page.evaluate(f"{AUDIO}.paused")
    for index in (0, 5, len(lines) // 2, len(lines) - 1):
        page.evaluate(SET_TIME, lines[index]["start"] + 0.01)
        assert visit.current() == index
        # in view, and below the sticky player rather than under it
        box = page.eval_on_selector(".now", "e => e.getBoundingClientRect().toJSON()")
        bar = page.eval_on_selector(".bar", "e => e.getBoundingClientRect().bottom")
        assert bar <= box["top"] and box["bottom"] <= 800, (index, box, bar)
    page.evaluate(SET_TIME, (lines[3]["end"] + lines[4]["start"]) / 2)
    assert visit.current() == 3, "between two lines the one just spoken stays lit"
    assert page.get_attribute("#original .now", "aria-current") == "true"


def test_click_a_sentence_plays_from_it(visit: Visit) -> None:
    page, lines = visit.page, visit.lines()
    target = page.locator("#original [data-start]").nth(9)
    target.click()
    assert visit.time() >= lines[9]["start"] - 0.01
    assert visit.time() < lines[10]["start"]
    page.wait_for_function(f"() => !{AUDIO}.paused")
    assert visit.current() == 9
    page.evaluate(f"{AUDIO}.pause()")


def test_keyboard_shortcuts_and_buttons(visit: Visit) -> None:
    page, lines = visit.page, visit.lines()
    page.evaluate(SET_TIME, lines[2]["start"] + 0.01)
    page.keyboard.press("n")
    assert visit.time() == pytest.approx(lines[3]["start"])
    assert page.text_content("#status") == f"Sentence 4 of {len(lines)}"
    page.keyboard.press("b")
    assert visit.time() == pytest.approx(lines[2]["start"])
    page.click("#next")
    assert visit.time() == pytest.approx(lines[3]["start"])
    assert page.get_attribute("#play", "aria-keyshortcuts") == "P"
    page.keyboard.press("f")
    assert page.evaluate(f"{AUDIO}.playbackRate") == 1.25
    page.keyboard.press("s")
    page.keyboard.press("s")
    assert page.evaluate(f"{AUDIO}.playbackRate") == 0.9
    page.keyboard.press("p")
    page.wait_for_function(f"() => !{AUDIO}.paused")
    page.keyboard.press("p")
    assert page.evaluate(f"{AUDIO}.paused")
    # single-key shortcuts can be turned off (WCAG 2.1.4)
    page.click("summary")
    page.uncheck("[data-setting=keys]")
    assert page.get_attribute("#play", "aria-keyshortcuts") is None
    page.locator("h1").first.click()
    page.evaluate(f"{AUDIO}.pause()")
    before = visit.time()
    page.keyboard.press("n")
    assert visit.time() == before


def test_switch_to_easy_read_and_settings_are_remembered(browser: Any, page_file: Path) -> None:
    first = Visit(browser, page_file.as_uri())
    page = first.page
    assert page.is_visible("#original") and not page.is_visible("#easy")
    page.check("input[value=easy]")
    assert page.is_visible("#easy") and not page.is_visible("#original")
    assert "reading grade" in page.text_content("#easy .note")
    assert page.locator("#easy blockquote .who").count() > 0
    page.click("summary")
    page.select_option("[data-setting=theme]", "contrast")
    page.select_option("[data-setting=size]", "150")
    page.select_option("[data-setting=spacing]", "2")
    page.select_option("#speed", "0.75")
    page.reload()
    assert page.is_visible("#easy") and page.is_checked("input[value=easy]")
    assert page.evaluate("document.documentElement.dataset.theme") == "contrast"
    size = page.eval_on_selector("#easy", "e => parseFloat(getComputedStyle(e).fontSize)")
    assert size == pytest.approx(1.5 * 20)
    assert page.evaluate(f"{AUDIO}.playbackRate") == 0.75
    assert not first.errors, first.errors
    first.close()


def test_tab_order_focus_visible_and_not_hidden(visit: Visit) -> None:
    """Each control in order, with a focus ring, never under the sticky player (2.4.7, 2.4.11)."""
    page = visit.page
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.is_visible(".skip")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "texts"
    page.reload()
    seen: list[dict[str, Any]] = []
    for _ in range(40):
        page.keyboard.press("Tab")
        focus = page.evaluate(
            """() => {
              const e = document.activeElement, s = getComputedStyle(e);
              const box = e.getClientRects()[0];  // a link may wrap: its first line
              const top = document.elementFromPoint(box.x + box.width / 2, box.y + 4);
              return {name: e.id || e.getAttribute('data-setting') || e.tagName.toLowerCase(),
                      text: e.textContent.trim().slice(0, 30),
                      ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
                      clear: top !== null && (e === top || e.contains(top))}
            }"""
        )
        if focus["name"] == "body":
            break
        if not seen or seen[-1]["name"] != focus["name"]:  # the native player has several stops
            seen.append(focus)
    names = [f["name"] for f in seen]
    expected = ["narration", "previous", "play", "next", "speed", "version", "summary"]
    assert names[1 : 1 + len(expected)] == expected, names
    assert any(f["name"] == "a" and "captions" in f["text"] for f in seen), names
    assert all(f["ring"] for f in seen if f["name"] != "narration"), seen
    assert all(f["clear"] for f in seen), [f for f in seen if not f["clear"]]


def test_reflows_at_320_pixels_and_largest_text(browser: Any, page_file: Path) -> None:
    """No sideways scrolling on a narrow screen, even at the largest text size (1.4.10)."""
    tab = Visit(browser, page_file.as_uri())
    page = tab.page
    page.set_viewport_size({"width": 320, "height": 640})
    page.click("summary")
    page.select_option("[data-setting=size]", "200")
    for version in ("original", "plain", "easy"):
        page.check(f"input[value={version}]")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, version
    tab.close()


def test_missing_audio_is_explained(browser: Any, page_file: Path, tmp_path: Path) -> None:
    alone = tmp_path / page_file.name
    shutil.copy(page_file, alone)
    tab = Visit(browser, alone.as_uri())
    tab.page.wait_for_function("() => document.getElementById('status').textContent !== ''")
    assert "should be beside this page" in tab.page.text_content("#status")
    tab.close()


# --- accessibility check and screenshots ----------------------------------------------


@pytest.fixture(scope="module")
def axe() -> str:
    """axe-core's source, installed from the npm registry into tests/.cache on first use."""
    if not AXE.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm not found: needed once to install axe-core for the page check")
        CACHE.mkdir(parents=True, exist_ok=True)
        (CACHE / ".gitignore").write_text("*\n")
        result = subprocess.run(
            [npm, "install", "--prefix", str(CACHE), "--no-audit", "--no-fund",
             "--no-save", "--silent", f"axe-core@{AXE_VERSION}"],
            capture_output=True, text=True, timeout=180, check=False,
        )  # fmt: skip
        if result.returncode != 0 or not AXE.exists():
            pytest.skip(f"npm install axe-core failed: {result.stderr.strip()[-300:]}")
    return AXE.read_text(encoding="utf-8")


def _violations(page: Any) -> list[dict[str, Any]]:
    result = page.evaluate(
        """async () => {
          const r = await axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}});
          return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
        }"""
    )
    return result  # type: ignore[no-any-return]


def test_axe_finds_no_serious_problems_in_any_theme_or_version(
    browser: Any, page_file: Path, axe: str
) -> None:
    # axe is injected as an inline script, which the page's own policy would refuse.
    tab = Visit(browser, page_file.as_uri(), bypass_csp=True)
    page = tab.page
    page.add_script_tag(content=axe)
    page.click("summary")
    page.evaluate(SET_TIME, 20.3)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    found: dict[str, list[dict[str, Any]]] = {}
    for theme in THEMES:
        page.select_option("[data-setting=theme]", theme)
        page.eval_on_selector(".now", "e => e.scrollIntoView({block: 'center'})")
        page.mouse.move(0, 0)
        page.screenshot(path=str(SCREENSHOTS / f"{STEM}-{theme}.png"))
        for version in ("original", "plain", "easy"):
            page.check(f"input[value={version}]")
            found[f"{theme}/{version}"] = _violations(page)
        page.check("input[value=original]")
    page.select_option("[data-setting=theme]", "standard")
    page.check("input[value=easy]")
    page.eval_on_selector("#easy blockquote", "e => e.scrollIntoView({block: 'center'})")
    page.screenshot(path=str(SCREENSHOTS / f"{STEM}-easy.png"))
    tab.close()
    serious = {
        where: [v for v in violations if v["impact"] in ("serious", "critical")]
        for where, violations in found.items()
    }
    assert not any(serious.values()), serious
    others = {where: violations for where, violations in found.items() if violations}
    assert not others, f"axe: no serious violations, but these: {others}"
