"""Output writers, as a registry: name → file suffix and writer.

The CLI's choices and the README's table come from these tables, so they
cannot drift apart. Audio outputs are sinks fed while speech is produced;
text outputs are written afterwards from the cue times. Every file is written
atomically (see :mod:`.files`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..audio import Cue, Sink
from ..casting import Cast
from ..corrections import sidecar
from ..loudness import Level
from ..model import Article
from ..script import Script
from ..simplify import PlainArticle, to_html, to_markdown
from .files import write_atomic
from .mp3 import Chapter, Mp3Sink, Tags, tag
from .page import write_page
from .transcripts import render_srt, render_text, render_vtt
from .wav import WavSink

ISO639_2 = {"en": "eng", "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "nl": "nld",
            "pt": "por", "cy": "cym", "ga": "gle", "pl": "pol"}  # fmt: skip
PARAGRAPHS_PER_CHAPTER = 4


@dataclass(frozen=True, slots=True)
class Rendering:
    """Everything the writers may need about one rendered article."""

    article: Article
    analysis: dict[str, Any]
    report: dict[str, Any]
    script: Script
    cast: Cast
    cues: tuple[Cue, ...]
    level: Level
    duration_ms: int
    versions: dict[str, PlainArticle] = field(default_factory=dict)
    """The plain-language and Easy Read versions, by level."""


def chapters(r: Rendering) -> tuple[Chapter, ...]:
    """The headline, then one chapter per section (or per few paragraphs when there are none)."""
    article, lines = r.article, r.script.lines
    starts: list[tuple[int, str]] = []
    headings = any(p.heading for p in article.paragraphs)
    for index, (line, cue) in enumerate(zip(lines, r.cues, strict=True)):
        previous = lines[index - 1].paragraph if index else None
        if line.kind == "headline" and index == 0:
            starts.append((0, line.text))
        elif line.paragraph != previous and line.paragraph >= 0:
            paragraph = article.paragraphs[line.paragraph]
            if paragraph.heading or (not headings and line.paragraph % PARAGRAPHS_PER_CHAPTER == 0):
                title = line.text if paragraph.heading else _opening(line.text)
                starts.append((cue.start_ms, title))
    ends = [start for start, _ in starts[1:]] + [r.duration_ms]
    return tuple(
        Chapter(title, start, end) for (start, title), end in zip(starts, ends, strict=True)
    )


def _opening(text: str, words: int = 8) -> str:
    head = text.split()
    return " ".join(head[:words]) + ("…" if len(head) > words else "")


def tags(r: Rendering) -> Tags:
    article = r.article
    return Tags(
        title=article.title_text or Path(article.source.path).stem,
        artist=article.credit_text or article.metadata.get("author"),
        album=article.string(article.kicker) or article.metadata.get("publisher"),
        date=article.metadata.get("date"),
        language=ISO639_2.get(article.language, article.language),
        comment="Narrated by accessible; transcript in the .vtt file beside this one.",
        chapters=chapters(r),
    )


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True, slots=True)
class AudioOutput:
    suffix: str
    open: Callable[[Path], Sink]
    finish: Callable[[Rendering, Path], None]
    description: str


@dataclass(frozen=True, slots=True)
class TextOutput:
    suffix: str
    write: Callable[[Rendering, Path], None]
    description: str


def _no_tags(r: Rendering, path: Path) -> None:
    return None


AUDIO: dict[str, AudioOutput] = {
    "mp3": AudioOutput(
        ".mp3", Mp3Sink, lambda r, p: tag(p, tags(r)),
        "narration, 64 kbit/s mono, ID3v2 tags and chapters",
    ),
    "wav": AudioOutput(".wav", WavSink, _no_tags, "narration, uncompressed 16-bit mono"),
}  # fmt: skip

TEXT: dict[str, TextOutput] = {
    "vtt": TextOutput(
        ".vtt",
        lambda r, p: write_atomic(p, render_vtt(r.article, r.script.lines, r.cues)),
        "WebVTT transcript: one cue per sentence or quote, <v Speaker> labels",
    ),
    "srt": TextOutput(
        ".srt",
        lambda r, p: write_atomic(p, render_srt(r.article, r.script.lines, r.cues)),
        "SubRip subtitles with the same cues, speaker names before quotes",
    ),
    "transcript": TextOutput(
        ".transcript.txt",
        lambda r, p: write_atomic(p, render_text(r.article, r.script.lines)),
        "plain transcript with speaker names",
    ),
    "report": TextOutput(
        ".report.json",
        lambda r, p: write_atomic(p, _json(r.report)),
        "readability scores, loudness, true peak and words per minute",
    ),
    "quotes": TextOutput(
        ".quotes.json",
        lambda r, p: write_atomic(
            p, _json(sidecar(r.article, {k: v.voice for k, v in r.cast.speakers.items()}))
        ),
        "who says what, with genders and voices: edit it and render again to correct it",
    ),
    "plain": TextOutput(
        ".plain.md",
        lambda r, p: write_atomic(p, to_markdown(r.versions["plain"])),
        "plain-language version (Markdown), with a before/after readability summary",
    ),
    "easy": TextOutput(
        ".easy.md",
        lambda r, p: write_atomic(p, to_markdown(r.versions["easy"])),
        "Easy Read version (Markdown): short sentences, quotes in blocks, a glossary",
    ),
    "plain-html": TextOutput(
        ".plain.html",
        lambda r, p: write_atomic(p, to_html(r.versions["plain"])),
        "plain-language version as a page",
    ),
    "easy-html": TextOutput(
        ".easy.html",
        lambda r, p: write_atomic(p, to_html(r.versions["easy"])),
        "Easy Read version as a page",
    ),
    "analysis": TextOutput(
        ".analysis.json",
        lambda r, p: write_atomic(p, _json(r.analysis)),
        "the parsed article: paragraphs, sentences, quotes and speakers with offsets",
    ),
    "html": TextOutput(
        ".html",
        write_page,
        "read-along page: the article, plain and Easy Read versions, narration player",
    ),
}
