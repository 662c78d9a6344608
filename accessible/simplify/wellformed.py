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

from .structure import SUBJECT_PRONOUNS, subject_verb, top_level
from .tokens import Token
from .words import (
    CONJUNCTIONS,
    PREPOSITIONS,
    SUBORDINATORS,
    can_be,
    can_be_finite,
    is_present_third,
    is_tensed_form,
    lemmas,
)

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

    The first word (after a conjunction and any adverbs: "But substantially
    revised ...") is a tensed verb that cannot be a noun,
    so the sentence has lost its subject to the sentence it was cut from.
    """
    words = _words(piece)
    if len(words) < 2:
        return False
    if words[0].lower in CONJUNCTIONS:
        at = next((i for i in range(1, len(words) - 1) if not _only_adverb(words[i].lower)), 1)
        verb = words[at]
        if at > 1 and at + 1 < len(words) and can_be(words[at + 1].lower, "NOUN"):
            return False  # "But heavily infected networks ...": the participle describes a noun
        return can_be_finite(verb.text) and not can_be(verb.lower, "NOUN")
    verb = words[0]  # first word: only an -s form ("Thinks"), as "Convicted men" is a subject
    if verb.protected or verb.lower in _NOT_SUBJECTLESS:
        return False
    return (
        is_present_third(verb.lower)
        and not can_be(verb.lower, "NOUN")
        and not can_be(verb.lower, "PROPN")
    )


def _only_adverb(word: str) -> bool:
    """True for a word the dictionary knows only as an adverb ("But substantially revised")."""
    return set(lemmas(word)) == {"ADV"}


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


_SAYING = frozenset({"said", "says", "say"})
_WHEN = frozenset("earlier later last this next yesterday today recently previously".split())
"""Words that open a time phrase after "said" ("said earlier this month")."""


def said_without_claim(piece: Sequence[Token]) -> bool:
    """True for "GM said higher healthcare costs in North America.": what was said has no verb.

    Cutting "X said A, and B would hurt" at "and" leaves the first claim a bare
    noun phrase. "said in a statement", "said on Sunday", a quotation after
    "said" and an inverted lead ("Said Mr Dunn, director of X:") are not claims
    and pass.
    """
    if piece and piece[-1].text == ":":
        return False  # "Thomas Dawson said earlier this month:" leads into what was said
    for i, word in enumerate(piece[1:], start=1):
        if word.lower not in _SAYING or word.protected or not piece[i - 1].is_word:
            continue  # ', said the FOMC' and '" said Mr X' name a speaker after the claim
        rest = _words(piece[i + 1 :])
        if rest and rest[0].lower == "that":
            rest = rest[1:]
        if (
            len(rest) < 3
            or rest[0].lower in PREPOSITIONS
            or rest[0].lower in _WHEN
            or any(t.protected for t in rest)
        ):
            continue
        clause = (
            any(can_be_finite(t.text) for t in rest)
            or any(subject_verb(rest, k) is not None for k in range(len(rest)))
            or any(
                a.lower in SUBJECT_PRONOUNS and is_tensed_form(b.text)
                for a, b in itertools.pairwise(rest)
            )  # "said it plans to"
        )
        if not clause:
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
        dangling_end(piece)
        or missing_subject(piece)
        or verb_only_in_subclause(piece)
        or (said_without_claim(piece) and not said_without_claim(before))
        for piece in result
    )
