"""The article model: one immutable value read once and passed down the pipeline.

Everything that points into the article (sentences, quotes, spoken lines) is a
character span into ``Article.text``, never a copy, so any later output can
point back to the exact words it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

QuoteKind = Literal["direct", "fragment"]
Gender = Literal["male", "female"]


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` into the article text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def __contains__(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Source:
    """The decoded input: the text every offset refers to, and where it came from."""

    text: str
    path: str
    encoding: str = "utf-8"
    format: str = "text"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A body paragraph and its sentences (both as spans)."""

    span: Span
    sentences: tuple[Span, ...]
    heading: bool = False


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person or body quoted in the article.

    ``id`` is stable for the same name, so the same person keeps the same voice
    across a batch of articles.
    """

    id: str
    name: str
    description: str | None = None
    gender: Gender | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Words inside quotation marks (marks excluded) and who said them."""

    id: str
    span: Span
    speaker: str | None
    confidence: float
    kind: QuoteKind = "direct"


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article. Built by :mod:`accessible.parse`, enriched by later stages."""

    source: Source
    title: Span | None
    kicker: Span | None = None
    credit: Span | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    quotes: tuple[Quote, ...] = ()
    language: str = "en"
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.source.text

    def string(self, span: Span | None) -> str | None:
        return None if span is None else span.of(self.source.text)

    @property
    def title_text(self) -> str:
        return self.string(self.title) or ""

    @property
    def credit_text(self) -> str | None:
        return self.string(self.credit)

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        for speaker in self.speakers:
            if speaker.id == speaker_id:
                return speaker
        return None

    def with_quotes(self, quotes: tuple[Quote, ...], speakers: tuple[Speaker, ...]) -> Article:
        return replace(self, quotes=quotes, speakers=speakers)
