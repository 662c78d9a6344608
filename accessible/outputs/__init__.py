"""Output writers, as a registry: name → (file suffix, writer).

The CLI's choices and the README's list come from this one table, so they
cannot drift apart. Every writer writes atomically.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..audio import Track
from ..casting import Cast
from ..model import Article
from ..script import Script
from .files import write_atomic
from .mp3 import Tags, write_mp3
from .vtt import render_vtt

_ISO639_2 = {"en": "eng", "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "nl": "nld",
             "pt": "por", "cy": "cym", "ga": "gle", "pl": "pol"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Rendering:
    """Everything the writers may need about one rendered article."""

    article: Article
    analysis: dict[str, Any]
    report: dict[str, Any]
    script: Script
    cast: Cast
    track: Track


Writer = Callable[[Rendering, Path], None]


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _mp3(r: Rendering, path: Path) -> None:
    article = r.article
    tags = Tags(
        title=article.title_text or Path(article.source.path).stem,
        artist=article.credit_text or article.metadata.get("author"),
        album=article.string(article.kicker) or article.metadata.get("publisher"),
        language=_ISO639_2.get(article.language, article.language),
        comment="Narrated by accessible",
    )
    write_mp3(r.track, tags, path)


def _vtt(r: Rendering, path: Path) -> None:
    write_atomic(path, render_vtt(r.article, r.script.lines, r.track.cues))


def _report(r: Rendering, path: Path) -> None:
    write_atomic(path, _json(r.report))


def _analysis(r: Rendering, path: Path) -> None:
    write_atomic(path, _json(r.analysis))


@dataclass(frozen=True, slots=True)
class Output:
    suffix: str
    write: Writer
    description: str


OUTPUTS: dict[str, Output] = {
    "mp3": Output(".mp3", _mp3, "the narration, with ID3 title and artist tags"),
    "vtt": Output(".vtt", _vtt, "WebVTT transcript with <v Speaker> labels and cue times"),
    "report": Output(".report.json", _report, "readability scores of the article"),
    "analysis": Output(
        ".analysis.json", _analysis, "the parsed article: paragraphs, quotes, speakers"
    ),
}
