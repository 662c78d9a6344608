"""The script: the ordered lines to speak, as plain data between text and sound.

Each line points back to the words it speaks (a span of the article text),
says who speaks it and how long to pause after it. Casting, ordering, pauses
and spoken forms can all be tested here with no audio library loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .config import Profile
from .model import Article, Paragraph, Quote, Span
from .speech import Lexicon, spoken

LineKind = Literal["headline", "narration", "quote"]
_MARKS = "\"“”„«»‹›‘’' "


@dataclass(frozen=True, slots=True)
class Line:
    span: Span
    text: str
    spoken: str
    speaker: str | None
    kind: LineKind
    pause_ms: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Script:
    lines: tuple[Line, ...]


def build_script(article: Article, profile: Profile, lexicon: Lexicon | None = None) -> Script:
    """Headline, then the body: one line per sentence, split where a voiced quote starts or ends."""
    pauses = profile.pauses
    language = article.language
    if language != "en":
        lexicon = None  # the pronunciation lexicon spells words out for English voices
    lines: list[Line] = []
    text = article.text
    if article.title is not None:
        lines.append(
            _line(text, article.title, None, "headline", pauses.headline_ms, -1, lexicon, language)
        )
    voiced = [q for q in article.quotes if q.kind == "direct" or profile.voice_fragments]
    for index, paragraph in enumerate(article.paragraphs):
        pieces = _pieces(text, paragraph, voiced)
        for number, (span, quote, sentence_end) in enumerate(pieces):
            last = number == len(pieces) - 1
            pause = (
                pauses.paragraph_ms if last
                else pauses.sentence_ms if sentence_end
                else pauses.quote_ms
            )  # fmt: skip
            if paragraph.heading:
                pause = pauses.headline_ms
            speaker = quote.speaker if quote else None
            kind: LineKind = "quote" if quote else "narration"
            lines.append(_line(text, span, speaker, kind, pause, index, lexicon, language))
    return Script(tuple(line for line in lines if line.spoken))


def _line(
    text: str,
    span: Span,
    speaker: str | None,
    kind: LineKind,
    pause: int,
    paragraph: int,
    lexicon: Lexicon | None,
    language: str,
) -> Line:
    words = span.of(text)
    return Line(span, words, spoken(words, lexicon, language), speaker, kind, pause, paragraph)


def _pieces(
    text: str, paragraph: Paragraph, quotes: list[Quote]
) -> list[tuple[Span, Quote | None, bool]]:
    """Cut each sentence of ``paragraph`` at the edges of the quotes inside it."""
    inside = [q for q in quotes if paragraph.span.start <= q.span.start < paragraph.span.end]
    result: list[tuple[Span, Quote | None, bool]] = []
    for sentence in paragraph.sentences:
        cuts: list[tuple[int, int, Quote | None]] = []
        pos = sentence.start
        for inner in inside:
            start, end = max(inner.span.start, sentence.start), min(inner.span.end, sentence.end)
            if start >= end:
                continue
            if start > pos:
                cuts.append((pos, start, None))
            cuts.append((start, end, inner))
            pos = end
        if pos < sentence.end:
            cuts.append((pos, sentence.end, None))
        trimmed = (_trim(text, *cut) for cut in cuts)
        pieces = [(a, b, q) for a, b, q in trimmed if a < b]
        for number, (a, b, quote) in enumerate(pieces):
            result.append((Span(a, b), quote, number == len(pieces) - 1))
    return result


def _trim(text: str, start: int, end: int, quote: Quote | None) -> tuple[int, int, Quote | None]:
    """Drop quotation marks and spaces at the edges, so cues show only the words."""
    while start < end and text[start] in _MARKS:
        start += 1
    while end > start and text[end - 1] in _MARKS:
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return start, start, quote
    return start, end, quote
