"""The values :func:`~accessible.simplify.simplify_article` hands back.

A rewritten article is a sequence of blocks — headings, paragraphs of
sentences, and quotation blocks — rather than a string, so every output
format (Markdown, text, HTML, JSON) renders the same structure, and the
readability figures can be taken over the rewritten narration alone:
quotations are kept word for word and cannot be made easier, so counting
them would flatter (or hide) what the rules did.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..readability import Scores, score, words
from ..sentences import split_sentences
from .records import Change, Level


@dataclass(frozen=True, slots=True)
class Line:
    """One output sentence. ``quoted`` marks a sentence holding a direct quotation verbatim."""

    text: str
    quoted: bool = False


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading of the article, kept as a heading (its words may be plainer)."""

    text: str


@dataclass(frozen=True, slots=True)
class Prose:
    """A paragraph: its sentences in order."""

    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class Quotation:
    """Easy Read's quotation block: who is speaking, then their words verbatim.

    ``lead`` is rewritten narration ending in a colon ("Ghaffar Hussain told
    IBTimes UK:"); ``quotes`` are the quoted paragraphs exactly as the article
    has them, quotation marks included; ``speaker`` is the speaker's name.
    """

    speaker: str | None
    lead: tuple[str, ...]
    quotes: tuple[str, ...]


Block = Heading | Prose | Quotation


@dataclass(frozen=True, slots=True)
class FactCheck:
    """How many facts of the original (numbers, names, negations, quotes) the output keeps."""

    total: int
    lost: tuple[str, ...]

    @property
    def kept(self) -> float:
        return 1.0 if self.total == 0 else (self.total - len(self.lost)) / self.total


@dataclass(frozen=True, slots=True)
class Summary:
    """Before/after readability of the narration, and what was kept word for word."""

    before: Scores
    after: Scores
    longest_before: int
    longest_after: int
    quoted_sentences: int
    quoted_words: int
    facts: FactCheck

    def sentence(self) -> str:
        """The summary in one plain sentence, for the top or foot of a page."""
        before, after = self.before, self.after
        if not (before.sentences and after.sentences):
            # A grade of no words is a formula's constant (-15.6), not a reading level.
            return self._quoted().strip() or "There is no text to score."
        return (
            f"Reading grade {before.flesch_kincaid_grade:.1f} before, "
            f"{after.flesch_kincaid_grade:.1f} now. "
            f"Words per sentence {_per_sentence(before):.1f} before, "
            f"{_per_sentence(after):.1f} now." + self._quoted()
        )

    def _quoted(self) -> str:
        """What the quotations keep, in words a reader can check ('1 quoted sentence … is')."""
        if not self.quoted_sentences:
            return ""
        sentences = _count(self.quoted_sentences, "quoted sentence")
        verb = "is" if self.quoted_sentences == 1 else "are"
        return f" {sentences} ({_count(self.quoted_words, 'word')}) {verb} kept word for word."


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _per_sentence(scores: Scores) -> float:
    return scores.words / scores.sentences if scores.sentences else 0.0


def longest(sentences: tuple[str, ...] | list[str]) -> int:
    """Words in the longest of ``sentences`` (0 if there are none)."""
    return max((len(words(s)) for s in sentences), default=0)


@dataclass(frozen=True, slots=True)
class PlainArticle:
    """An article rewritten at one level.

    ``changes`` have offsets into the original ``Article.text`` and
    ``paragraph`` is the index into ``Article.paragraphs`` (-1 for the title
    and kicker). ``original`` holds the original narration sentences (those
    without a direct quotation), the baseline for the summary.
    """

    level: Level
    language: str
    title: str
    kicker: str | None
    credit: str | None
    blocks: tuple[Block, ...]
    changes: tuple[Change, ...]
    glossary: tuple[tuple[str, str], ...]
    original: tuple[str, ...]
    facts: FactCheck

    def narration_sentences(self) -> list[str]:
        """Every rewritten sentence that is not a verbatim quotation, in reading order."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Prose):
                out.extend(line.text for line in block.lines if not line.quoted)
            elif isinstance(block, Quotation):
                out.extend(block.lead)
        return out

    def quoted_sentences(self) -> list[str]:
        """Every sentence kept verbatim because it holds a direct quotation."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Prose):
                out.extend(line.text for line in block.lines if line.quoted)
            elif isinstance(block, Quotation):
                out.extend(q[s:e] for q in block.quotes for s, e in split_sentences(q))
        return out

    def summary(self) -> Summary:
        """Readability of the original and the rewritten narration, and the quoted words kept."""
        narration = self.narration_sentences()
        quoted = self.quoted_sentences()
        return Summary(
            before=score(self.original),
            after=score(narration),
            longest_before=longest(self.original),
            longest_after=longest(narration),
            quoted_sentences=len(quoted),
            quoted_words=sum(len(words(q)) for q in quoted),
            facts=self.facts,
        )
