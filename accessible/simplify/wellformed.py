"""The second promise of the guard: every sentence a rule writes can be read as a sentence.

The rules find clauses by patterns, and a pattern that takes a noun for a
verb ("in a bid to help") cuts a sentence in the wrong place. The pieces
then fail in a few recognisable ways, which this module checks whatever rule
made them: a piece that stops on "the", "an" or "to"; one that starts "But
said ..." with no one doing the saying; one whose only verb sits inside a
"while" or "because" clause ("Audio wherever they are."); and a word
written twice ("go to to") where the original had it once. For a reader with
a learning disability a broken sentence is worse than a long one, so an edit
that makes one is refused and the sentence stays as it was.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from .structure import subject_verb, top_level
from .tokens import Token
from .words import CONJUNCTIONS, SUBORDINATORS, can_be, can_be_finite, is_present_third

DANGLING = (
    frozenset("a an the my your his its our their every to of with from into at by for".split())
    | CONJUNCTIONS
    | frozenset({"last", "next", "although", "because", "whereas", "unless", "whether", "if"})
    | frozenset("especially particularly notably including such".split())
)
"""Words a sentence cannot end on: an article, a preposition that needs its object, a
conjunction, or "last"/"next" cut off from the noun they qualify ("in Asia last.").
Prepositions that also end phrasal verbs ("prices went up", "from going under") are
not among them."""
CLAUSE_OPENERS = frozenset(
    "although though while whereas because unless if whenever wherever whether".split()
)
"""Subordinators that open a clause which cannot hold a sentence's only verb."""


def _words(piece: Sequence[Token]) -> list[Token]:
    return [t for t in piece if t.is_word]


def dangling_end(piece: Sequence[Token]) -> bool:
    """True if ``piece`` stops on a word that needs another after it."""
    words = _words(piece)
    return bool(words) and not words[-1].protected and words[-1].lower in DANGLING


def missing_subject(piece: Sequence[Token]) -> bool:
    """True for "But said ..." or "Thinks Indians will ...": a verb first, no one doing it.

    The first word (after a conjunction) is a tensed verb that cannot be a noun,
    so the sentence has lost its subject to the sentence it was cut from.
    """
    words = _words(piece)
    if len(words) < 2:
        return False
    if words[0].lower in CONJUNCTIONS:
        verb = words[1]
        return can_be_finite(verb.text) and not can_be(verb.lower, "NOUN")
    verb = words[0]  # first word: only an -s form ("Thinks"), as "Convicted men" is a subject
    if verb.protected or verb.lower in _NOT_SUBJECTLESS:
        return False
    return (
        is_present_third(verb.lower)
        and not can_be(verb.lower, "NOUN")
        and not can_be(verb.lower, "PROPN")
    )


_NOT_SUBJECTLESS = frozenset({"there", "here", "this", "that", "these", "those"})


def verb_only_in_subclause(piece: Sequence[Token]) -> bool:
    """True for "Audio wherever they are.": no verb before the first subordinate clause."""
    words = _words(piece)
    if not words or words[0].lower in SUBORDINATORS:
        return False
    lead = 1 if words[0].lower in CONJUNCTIONS and piece[0] is words[0] else 0
    if subject_verb(piece, lead) is not None:
        return False  # "Terror convicts differ ... because ...": a plural subject's plain verb
    top = top_level(piece)
    for index, token in enumerate(piece):
        if token.is_word and can_be_finite(token.text):
            return False
        if index and top[index] and token.is_word and token.lower in CLAUSE_OPENERS:
            return True
    return False


def doubled_words(piece: Sequence[Token]) -> set[str]:
    """Words written twice in a row ("to to"), as lower-case pairs."""
    words = _words(piece)
    return {a.lower for a, b in itertools.pairwise(words) if a.lower == b.lower}


def readable(before: Sequence[Token], result: Sequence[Sequence[Token]]) -> bool:
    """True if every sentence of ``result`` reads as a sentence (see the module docstring)."""
    doubled_before = doubled_words(before)
    if any(doubled_words(piece) - doubled_before for piece in result):
        return False
    if len(result) == 1:
        return True
    if before and before[-1].text == ":" and not before[-1].protected:
        return False  # "X and Y said:" introduces what follows; it is never cut in two
    return not any(
        dangling_end(piece) or missing_subject(piece) or verb_only_in_subclause(piece)
        for piece in result
    )
