"""Candidate edits and the guard that accepts or refuses them.

Rules never change text directly: they propose :class:`Edit` values, and
:func:`accept` applies the project's two promises before anything is kept —
no fact of the sentence may go missing, and quoted tokens must come out
verbatim, complete and in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from .facts import missing
from .records import Level
from .tokens import Token, render, span_of
from .wellformed import readable

Sentence = tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class Edit:
    """A proposed rewrite of one sentence into ``result`` (one or more sentences).

    ``touched`` are the input tokens the edit removes, replaces or moves; they
    locate the change in the input. ``after`` is what an editor sees in their place.
    """

    kind: str
    result: tuple[Sentence, ...]
    touched: tuple[Token, ...]
    after: str

    @property
    def span(self) -> tuple[int, int]:
        return span_of(self.touched)


@dataclass(frozen=True, slots=True)
class Context:
    """What rules may consult besides the sentence itself."""

    level: Level


Rule = Callable[[Sentence, Context], Iterator[Edit]]
"""A rule yields candidate edits for a sentence, best first."""


def protected_intact(before: Sequence[Token], after: Sequence[Sentence]) -> bool:
    """True if every protected token of ``before`` is in ``after`` unchanged and in order.

    Each quote must also stay within one sentence and contiguous, so a split
    can never cut a quote in two and a deletion can never take part of one.
    """
    wanted: dict[int, list[Token]] = {}
    for token in before:
        if token.protected:
            wanted.setdefault(token.quote, []).append(token)
    if not wanted:
        return True
    found: dict[int, list[Token]] = {}
    for sentence in after:
        for token in sentence:
            if token.protected:
                found.setdefault(token.quote, []).append(token)
    if found.keys() != wanted.keys():
        return False
    for quote, tokens in wanted.items():
        if found[quote] != tokens:
            return False
        for sentence in after:
            positions = [i for i, t in enumerate(sentence) if t.quote == quote]
            if positions and positions != list(range(positions[0], positions[0] + len(positions))):
                return False
            if positions and len(positions) != len(tokens):
                return False
    return True


def accept(before: Sentence, edit: Edit) -> bool:
    """The guard: keep ``edit`` only if it loses no fact, leaves quotes intact and reads."""
    if not edit.result or any(not s for s in edit.result):
        return False
    if not protected_intact(before, edit.result) or not readable(before, edit.result):
        return False
    after_text = " ".join(render(s) for s in edit.result)
    return not missing(render(before), after_text)
