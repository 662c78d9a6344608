"""WebVTT transcript: one cue per script line, labelled with who speaks."""

from __future__ import annotations

from collections.abc import Sequence

from ..audio import Cue
from ..model import Article
from ..script import Line

NARRATOR = "Narrator"


def timestamp(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def voice_label(article: Article, line: Line) -> str:
    speaker = article.speaker(line.speaker)
    return speaker.name if speaker else NARRATOR


def _escape(text: str) -> str:
    return " ".join(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split())


def render_vtt(article: Article, lines: Sequence[Line], cues: Sequence[Cue]) -> str:
    """The WebVTT document for ``lines`` placed at ``cues``."""
    out = ["WEBVTT", ""]
    for number, (line, cue) in enumerate(zip(lines, cues, strict=True), start=1):
        label = _escape(voice_label(article, line))
        out += [
            str(number),
            f"{timestamp(cue.start_ms)} --> {timestamp(max(cue.end_ms, cue.start_ms + 1))}",
            f"<v {label}>{_escape(line.text)}",
            "",
        ]
    return "\n".join(out)
