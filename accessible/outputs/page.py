"""The read-along page: the article, its plainer versions and the narration in one HTML file.

Readers open the page from a folder, a USB stick or an e-mail attachment, with
no server and often no network, so it carries its own style and script, loads
no fonts and sends nothing anywhere; a Content Security Policy naming the
inline code by hash makes that a promise rather than a habit. Only the
narration is a separate file, beside the page, because audio is too big to
inline. Without a script the page is still the whole article and a native
audio player; the script adds the read-along and the reader's settings.

Every spoken line of the original (a sentence, or a quote segment of one)
carries its cue times as ``data-start``/``data-end`` seconds, so the script can
highlight the line being heard and play from a clicked one. Chromium will not
load a ``<track>`` file beside a ``file://`` page (each file is its own
origin), so the captions are inlined as a ``data:`` URL and the ``.vtt`` file
is linked as well.

The plain-language and Easy Read versions are not narrated: they are shown as
text with their reading grade, and say that the audio follows the original.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from ..audio import Cue
from ..errors import LanguageError
from ..model import Article, Span
from ..script import Line
from ..simplify.blocks import Heading, PlainArticle, Prose, Quotation
from ..simplify.formats import GLOSSARY_TITLE
from ..simplify.records import Level
from .files import write_atomic
from .transcripts import render_vtt

if TYPE_CHECKING:
    from . import Rendering

LEVELS: tuple[Level, ...] = ("plain", "easy")
LEVEL_NAMES = {"plain": "Plain language", "easy": "Easy Read"}
GRADE_BANDS = ((6, "easy"), (9, "fairly easy"), (12, "fairly hard"))
"""Upper grade of each band; anything above the last is "hard"."""
SPEEDS = (("0.5", "0.5×"), ("0.75", "0.75×"), ("0.9", "0.9×"), ("1", "1× (normal)"),
          ("1.25", "1.25×"), ("1.5", "1.5×"), ("2", "2×"))  # fmt: skip
TEXT_SIZES = (("100", "Normal"), ("125", "Large"), ("150", "Larger"), ("200", "Largest"))
SPACINGS = (("1.6", "Normal"), ("2", "Wide"), ("2.4", "Widest"))
THEMES = (
    ("standard", "Standard"),
    ("contrast", "High contrast: white on black"),
    ("dyslexia", "Dyslexia-friendly: cream, Verdana, wider spacing"),
)
SHORTCUTS = (("P", "play or pause"), ("N", "next sentence"),
             ("B", "back: start of this sentence, or the one before"),
             ("F", "faster"), ("S", "slower"))  # fmt: skip
QUOTE_MARKS = "\"“”„«»‹›‘’'"
UI_LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class Files:
    """The files beside the page it points to, as names relative to it."""

    audio: str
    captions: str


def write_page(r: Rendering, path: Path) -> None:
    """Write the page for ``r`` to ``path``, with the plain and Easy Read versions.

    The versions the pipeline made for other outputs are reused; a level it
    did not make (only the page was asked for) is made here. The narration is
    whichever audio output was written beside the page (audio is written
    before any text output); the captions link is the ``.vtt`` of the same stem.
    """
    from ..simplify import simplify_article
    from . import AUDIO

    beside = [path.with_suffix(a.suffix) for a in AUDIO.values()]
    written = [p for p in beside if p.exists()]
    audio = max(written, key=lambda p: p.stat().st_mtime) if written else beside[0]
    names = Files(audio.name, path.with_suffix(".vtt").name)
    try:
        versions = [r.versions.get(level) or simplify_article(r.article, level) for level in LEVELS]
    except LanguageError:  # the page shows the original alone
        versions = []
    write_atomic(path, render_page(r, names, versions))


def render_page(r: Rendering, names: Files, versions: Sequence[PlainArticle] = ()) -> str:
    """The page as HTML: player, version choice, settings, the texts and help."""
    article = r.article
    lang = escape(article.language or UI_LANGUAGE)
    ui = "" if article.language == UI_LANGUAGE else f' lang="{UI_LANGUAGE}"'
    grade = float(r.report["article"]["consensus_grade"])
    alternates = [(v, v.summary().after.consensus_grade) for v in versions]
    choices = [("original", "Original", grade)]
    choices += [(v.level, LEVEL_NAMES[v.level], g) for v, g in alternates]
    texts = [_original(r, grade)] + [_version(v, g) for v, g in alternates]
    style, script = _asset("page.css"), _asset("page.js")
    policy = (
        "default-src 'none'; media-src 'self' data:; "
        f"style-src '{_hash(style)}'; script-src '{_hash(script)}'; "
        "base-uri 'none'; form-action 'none'"
    )
    vtt = "data:text/vtt;charset=utf-8," + quote(render_vtt(article, r.script.lines, r.cues))
    title = _text(article.title_text or Path(article.source.path).stem)
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{lang}" data-theme="standard">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
        f"<title>{title}: read and listen</title>",
        f"<style>{style}</style>",
        "</head>",
        "<body>",
        f'<a class="skip" href="#texts"{ui}>Skip to the article</a>',
        _player(names, lang, vtt, ui),
        '<main id="main">',
        '<div class="wrap">',
        f'<div class="options"{ui}>',
        _choice(choices) if versions else "",
        _settings(),
        "</div>",
        '<div id="texts" tabindex="-1">',
        *texts,
        "</div>",
        _help(names, ui),
        "</div>",
        "</main>",
        f'<footer{ui}><div class="wrap"><p>Made by accessible. This page works offline: '
        "it loads nothing from the internet and sends nothing anywhere. Your settings "
        "are kept in this browser only.</p></div></footer>",
        f"<script>{script}</script>",
        "</body>",
        "</html>",
        "",
    ])  # fmt: skip


def grade_words(grade: float) -> str:
    """A grade as a reader with a learning disability can use it: a whole number and a word.

    Formulas give grades under 1 (even negative) for very short texts; school starts at 1.
    """
    whole = max(1, round(grade))
    band = next((name for top, name in GRADE_BANDS if whole <= top), "hard")
    return f"reading grade {whole}: {band}"


def _text(words: str) -> str:
    """Escape for element content: quotation marks stay as they are, so the source reads."""
    return escape(words, quote=False)


@cache
def _asset(name: str) -> str:
    return files(__package__).joinpath("data", name).read_text(encoding="utf-8")


def _hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _options(choices: Iterable[tuple[str, str]], chosen: str) -> str:
    return "".join(
        f'<option value="{value}"{" selected" if value == chosen else ""}>{label}</option>'
        for value, label in choices
    )


def _player(names: Files, lang: str, vtt: str, ui: str) -> str:
    audio = escape(names.audio)
    return f"""<header class="bar"{ui}><div class="wrap">
<section aria-label="Listen to the article">
<audio id="narration" controls preload="metadata" src="{audio}">
<track kind="captions" srclang="{lang}" label="Transcript" src="{escape(vtt)}" default>
<a href="{audio}">Download the narration</a>
</audio>
<div class="row">
<div class="controls" data-needs-script hidden>
<button type="button" id="previous" data-key="B">
Previous<span class="wide"> sentence</span></button>
<button type="button" id="play" data-key="P">Play</button>
<button type="button" id="next" data-key="N">
Next<span class="wide"> sentence</span></button>
<label>Speed <select id="speed" data-setting="speed">{_options(SPEEDS, "1")}</select></label>
</div>
<p id="status" class="status" role="status"></p>
</div>
</section>
</div></header>"""


def _choice(choices: Sequence[tuple[str, str, float]]) -> str:
    """The version switch; each choice says how hard it is to read."""
    radios = "\n".join(
        f'<label><input type="radio" name="version" value="{key}" data-setting="version"'
        f"{' checked' if key == 'original' else ''}> <span>{name} "
        f'<span class="grade">({grade_words(grade)})</span></span></label>'
        for key, name, grade in choices
    )
    return (
        '<fieldset class="versions" data-needs-script hidden>\n'
        f"<legend>Version</legend>\n{radios}\n</fieldset>"
    )


def _settings() -> str:
    """The reader's settings; the script stores them in this browser."""
    picks = "\n".join(
        f'<label class="pick">{label} <select data-setting="{name}">'
        f"{_options(choices, choices[0][0])}</select></label>"
        for label, name, choices in (
            ("Text size", "size", TEXT_SIZES),
            ("Line spacing", "spacing", SPACINGS),
            ("Colours and font", "theme", THEMES),
        )
    )
    return f"""<details class="settings" data-needs-script hidden>
<summary>Reading settings: text size, spacing, colours</summary>
<div class="fields">
{picks}
<label><input type="checkbox" data-setting="follow" checked>
Keep the spoken sentence in view</label>
<label><input type="checkbox" data-setting="keys" checked>
Single-key shortcuts (listed at the end)</label>
</div>
</details>"""


def _help(names: Files, ui: str) -> str:
    keys = "\n".join(f"<li><kbd>{key}</kbd> {what}</li>" for key, what in SHORTCUTS)
    return f"""<section class="help" aria-labelledby="help-title"{ui}>
<h2 id="help-title">Transcript and keyboard</h2>
<p>The article above is the full transcript. You can also open the
<a href="{escape(names.captions)}">captions file (WebVTT)</a> or
<a href="{escape(names.audio)}">download the narration</a>.</p>
<div data-needs-script hidden>
<p>Use <kbd>Tab</kbd> to move between the controls. Click a sentence to hear it.
These keys work anywhere on the page except in a list box, unless you turn
single-key shortcuts off in the reading settings:</p>
<ul>
{keys}
</ul>
</div>
</section>"""


def _original(r: Rendering, grade: float) -> str:
    """The original text, each spoken line carrying its cue times."""
    article = r.article
    timed: dict[int, list[tuple[Line, Cue]]] = {}
    for line, cue in zip(r.script.lines, r.cues, strict=True):
        timed.setdefault(line.paragraph, []).append((line, cue))
    out = ['<article id="original" class="version">', *_kicker(article.string(article.kicker))]
    if article.title is not None:
        out.append(f"<h1>{_spoken(article, article.title, timed.get(-1, []))}</h1>")
    else:  # every page needs a main heading; the file name is all there is
        out.append(f"<h1>{_text(Path(article.source.path).stem)}</h1>")
    out += _credit(article.credit_text)
    out.append(f'<p class="about">Original text, {grade_words(grade)}.</p>')
    for index, paragraph in enumerate(article.paragraphs):
        tag = "h2" if paragraph.heading else "p"
        out.append(f"<{tag}>{_spoken(article, paragraph.span, timed.get(index, []))}</{tag}>")
    out.append("</article>")
    return "\n".join(out)


def _spoken(article: Article, span: Span, timed: Sequence[tuple[Line, Cue]]) -> str:
    """The text of ``span`` with each spoken line marked up; a quote starts with its speaker."""
    text = article.text
    out: list[str] = []
    position = span.start
    previous: Line | None = None
    for line, cue in timed:
        gap = text[position : line.span.start]
        marks = gap[len(gap.rstrip(QUOTE_MARKS)) :]
        out.append(_text(gap[: len(gap) - len(marks)]))
        speaker = article.speaker(line.speaker)
        opens = previous is None or previous.kind != "quote" or previous.speaker != line.speaker
        if line.kind == "quote" and speaker and opens:
            out.append(f'<span class="who">{_text(speaker.name)}</span>')
        kind = "s q" if line.kind == "quote" else "s"
        out.append(
            f'{_text(marks)}<span class="{kind}" data-start="{cue.start_ms / 1000:.3f}" '
            f'data-end="{cue.end_ms / 1000:.3f}">{_text(line.span.of(text))}</span>'
        )
        position, previous = line.span.end, line
    out.append(_text(text[position : span.end]))
    return "".join(out)


def _kicker(kicker: str | None) -> list[str]:
    return [f'<p class="kicker">{_text(kicker)}</p>'] if kicker else []


def _credit(credit: str | None) -> list[str]:
    return [f'<p class="credit">{_text(credit)}</p>'] if credit else []


def _version(version: PlainArticle, grade: float) -> str:
    """A plainer version: its blocks as text, a note that the narration reads the original."""
    name = LEVEL_NAMES[version.level]
    easy = version.level == "easy"
    out = [
        f'<article id="{version.level}" class="version">',
        *_kicker(version.kicker),
        f"<h1>{_text(version.title)}</h1>",
        *_credit(version.credit),
        f'<p class="note">{name}, {grade_words(grade)}. The narration reads the original '
        "text: choose “Original” under Version to follow the words as they are spoken.</p>",
    ]
    for block in version.blocks:
        if isinstance(block, Heading):
            out.append(f"<h2>{_text(block.text)}</h2>")
        elif isinstance(block, Prose):
            out.append(_prose([line.text for line in block.lines], easy))
        else:
            out.append(_quotation(block))
    if version.glossary:
        terms = "\n".join(f"<dt>{_text(t)}</dt><dd>{_text(m)}</dd>" for t, m in version.glossary)
        out.append(f"<h2>{GLOSSARY_TITLE}</h2>\n<dl>\n{terms}\n</dl>")
    out.append("</article>")
    return "\n".join(out)


def _prose(sentences: Sequence[str], easy: bool) -> str:
    """A paragraph; Easy Read puts each sentence on its own line."""
    if easy:
        lines = "".join(f'<span class="line">{_text(s)}</span>' for s in sentences)
        return f'<p class="easy">{lines}</p>'
    return f"<p>{' '.join(_text(s) for s in sentences)}</p>"


def _quotation(block: Quotation) -> str:
    """Easy Read's quotation block: the lead-in, then the words verbatim, led by the speaker."""
    lead = f'<p class="lead">{" ".join(_text(s) for s in block.lead)}</p>' if block.lead else ""
    who = f'<span class="who">{_text(block.speaker)}</span>' if block.speaker else ""
    quotes = "".join(
        f"<p>{who if number == 0 else ''}{_text(q)}</p>" for number, q in enumerate(block.quotes)
    )
    return f'<div class="quotation">{lead}<blockquote>{quotes}</blockquote></div>'
