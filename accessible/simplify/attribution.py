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

from .structure import SPEECH_VERBS, inserted
from .tokens import Token
from .words import can_be_finite

_EDGE = frozenset({",", ":", ";", ".", "—", "–", "-", "…"})
_PRONOUNS = frozenset({"he", "she", "they"})
OPENING_MARKS = frozenset("\"“„«‘'")
CLOSING_MARKS = frozenset("\"”»’'")
SPEAKS = SPEECH_VERBS | frozenset({"say", "tell", "add", "explain", "continue", "continued"})


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


def lead_in(tokens: Sequence[Token], speaker: str | None) -> list[Token]:
    """The words around a quotation as a statement, ending in a full stop.

    ", said critics" -> "critics said."; "he said" -> "Ghaffar Hussain said.";
    an empty remnant gives an empty list.
    """
    words = _trim(tokens)
    if not words:
        return []
    first = words[0]
    rest = words[1:]
    if (
        first.lower in SPEECH_VERBS
        and rest
        and not any(t.is_word and can_be_finite(t.text) and not t.protected for t in rest)
    ):
        verb = Token(first.text.lower(), first.start, first.end, True, first.quote, -1)
        comma = [inserted(",", first, space=False)] if any(t.text == "," for t in rest) else []
        words = [*rest, *comma, verb]
    if speaker and words[0].lower in _PRONOUNS:
        words = [*_name_tokens(speaker, words[0]), *words[1:]]
    end = words[-1]
    return [*words, Token(".", end.end, end.end, False)]


def said(speaker: str, at: Token) -> list[Token]:
    """ "<speaker> said." for a quotation the article attributes only by position."""
    return [*_name_tokens(speaker, at), inserted("said", at), Token(".", at.start, at.start, False)]
