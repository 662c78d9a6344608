"""The values the simplifier hands back: what it wrote and every change it made.

Changes are data, not log lines, so an editor (or a test) can review each one
against the exact input characters it touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Level = Literal["plain", "easy"]
"""``plain``: plain language (average sentence <= 20 words, grade <= 8).
``easy``: Easy Read (every sentence <= 15 words, grade <= 6, one idea per sentence)."""


@dataclass(frozen=True, slots=True)
class Change:
    """One edit: ``before`` (input text at ``[start, end)``) became ``after``.

    ``kind`` names the rule ("lexicon", "phrase", "split-relative", ...).
    Offsets are into the text that was simplified — for
    :func:`~accessible.simplify.simplify_paragraphs`, into
    ``paragraphs[paragraph]``. An insertion has ``start == end``.
    """

    kind: str
    before: str
    after: str
    start: int
    end: int
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Simplified:
    """The simplified text, one tuple of output sentences per input paragraph.

    ``glossary`` holds (term, explanation) pairs for hard words and
    abbreviations the text keeps, in order of first appearance.
    """

    paragraphs: tuple[tuple[str, ...], ...]
    changes: tuple[Change, ...]
    glossary: tuple[tuple[str, str], ...]

    def text(self) -> str:
        """The simplified text: sentences joined by spaces, paragraphs by blank lines."""
        return "\n\n".join(" ".join(p) for p in self.paragraphs)
