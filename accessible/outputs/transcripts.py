"""Transcripts: WebVTT and SubRip cues, and a plain text transcript with speaker names."""

from __future__ import annotations

from collections.abc import Sequence

from ..audio import Cue
from ..model import Article
from ..script import Line

NARRATOR = "Narrator"


def timestamp(ms: int, separator: str = ".") -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def voice_label(article: Article, line: Line) -> str:
    speaker = article.speaker(line.speaker)
    return speaker.name if speaker else NARRATOR


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _escape(text: str) -> str:
    return _one_line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_vtt(article: Article, lines: Sequence[Line], cues: Sequence[Cue]) -> str:
    """WebVTT: one cue per script line, ``<v Name>`` says who speaks."""
    out = ["WEBVTT", ""]
    for number, (line, cue) in enumerate(zip(lines, cues, strict=True), start=1):
        out += [
            str(number),
            f"{timestamp(cue.start_ms)} --> {timestamp(max(cue.end_ms, cue.start_ms + 1))}",
            f"<v {_escape(voice_label(article, line))}>{_escape(line.text)}",
            "",
        ]
    return "\n".join(out)


def render_srt(article: Article, lines: Sequence[Line], cues: Sequence[Cue]) -> str:
    """SubRip: the same cues; the speaker's name leads each quoted cue."""
    out = []
    for number, (line, cue) in enumerate(zip(lines, cues, strict=True), start=1):
        label = voice_label(article, line)
        text = _one_line(line.text) if label == NARRATOR else f"{label}: {_one_line(line.text)}"
        start, end = cue.start_ms, max(cue.end_ms, cue.start_ms + 1)
        out += [str(number), f"{timestamp(start, ',')} --> {timestamp(end, ',')}", text, ""]
    return "\n".join(out)


def render_text(article: Article, lines: Sequence[Line]) -> str:
    """Plain transcript: consecutive lines of one voice in one paragraph, led by the name."""
    blocks: list[tuple[str, int, list[str]]] = []
    for line in lines:
        label = voice_label(article, line)
        if blocks and blocks[-1][0] == label and blocks[-1][1] == line.paragraph:
            blocks[-1][2].append(_one_line(line.text))
        else:
            blocks.append((label, line.paragraph, [_one_line(line.text)]))
    return "\n\n".join(f"{label}: {' '.join(words)}" for label, _, words in blocks) + "\n"
