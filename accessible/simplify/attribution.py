"""Who is speaking: the words around a quotation, turned into a lead-in sentence.

Easy Read sets each quotation apart, led by a sentence naming the speaker,
because a reader with aphasia loses track of who says what when the speaker
is named after the quote or only as "he". What the article says around the
quotation (", he said.", "He told IBTimes UK:", ", said critics.") becomes
that sentence: inverted attributions are put back in subject-verb order and
a bare pronoun becomes the speaker's name, which the quote finder resolved.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..cues import SPEAKING_VERBS
from .edits import Sentence
from .structure import inserted, make_sentence
from .tokens import Token
from .words import can_be_finite

_EDGE = frozenset({",", ":", ";", ".", "—", "–", "-", "…"})
_PRONOUNS = frozenset({"he", "she", "they"})
OPENING_MARKS = frozenset("\"“„«‘'")
CLOSING_MARKS = frozenset("\"”»’'")
SPEAKS = SPEAKING_VERBS
"""Verbs that introduce a quotation, as the quote finder knows them ("said", "smiles")."""


def _trim(tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` without punctuation at either edge (what stood between it and the quote)."""
    out = list(tokens)
    while out and out[0].text in _EDGE and not out[0].protected:
        out.pop(0)
    while out and out[-1].text in _EDGE and not out[-1].protected:
        out.pop()
    return out


def _name_tokens(name: str, at: Token) -> list[Token]:
    """The speaker's name as tokens inserted where ``at`` stood ("The" before a role)."""
    parts = name.split()
    if parts and parts[-1][:1].islower() and parts[0][:1].isupper():
        parts = ["The", *parts]  # "Ministry of Justice spokesman" is a role, not a name
    return [inserted(word, at, space=at.space if i == 0 else True) for i, word in enumerate(parts)]


def speaks(sentence: Sequence[Token]) -> bool:
    """True if ``sentence`` has a speech verb outside any quotation."""
    return any(t.lower in SPEAKS and not t.protected for t in sentence)


def _speaker_first(words: list[Token]) -> list[Token]:
    """ "said critics" -> "critics said"; "smiles one broker" -> "one broker smiles".

    Only when no other verb follows but inside a relative clause describing the
    speaker ("said X, director of Y, which runs ..." -> "X, director of Y, which
    runs ..., said"); a split-off piece is turned round by :func:`turn_round`.
    """
    first, rest = words[0], words[1:]
    relative = next((i for i, t in enumerate(rest) if t.lower in ("who", "which")), len(rest))
    if (
        first.lower not in SPEAKS
        or not rest
        or any(t.is_word and can_be_finite(t.text) and not t.protected for t in rest[:relative])
    ):
        return words  # "said X, adding ..." is more than a speaker; "said X, who ..." is one
    verb = Token(first.text.lower(), first.start, first.end, True, first.quote, -1)
    comma = [inserted(",", first, space=False)] if any(t.text == "," for t in rest) else []
    return [*rest, *comma, verb]


def lead_in(tokens: Sequence[Token], speaker: str | None) -> list[Token]:
    """The words around a quotation as a statement, ending in a full stop.

    ", said critics" -> "critics said."; ", smiles one broker" -> "one broker smiles.";
    "he said" -> "Ghaffar Hussain said.";
    an empty remnant gives an empty list.
    """
    words = _trim(tokens)
    if not words:
        return []
    words = _speaker_first(words)
    if speaker and words[0].lower in _PRONOUNS:
        words = [*_name_tokens(speaker, words[0]), *words[1:]]
    end = words[-1]
    return [*words, Token(".", end.end, end.end, False)]


def turn_round(piece: Sentence) -> Sentence:
    """A lead-in piece still in inverted order once split ("Said Mr Dunn.") as "Mr Dunn said."."""
    words = _trim(piece)
    turned = _speaker_first(words) if words else words
    if turned is words:
        return piece
    return make_sentence(turned, piece[-1] if piece[-1].text in ".:" else None)


def said(speaker: str, at: Token) -> list[Token]:
    """ "<speaker> said." for a quotation the article attributes only by position."""
    return [*_name_tokens(speaker, at), inserted("said", at), Token(".", at.start, at.start, False)]
