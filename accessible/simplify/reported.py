"""Reported speech: who said it gets a short sentence of its own.

"Experts said that terror convicts differ from other prisoners because ..."
makes the reader hold the speaker while reading the claim. Easy Read puts
the claim first and the attribution after it, in a sentence that cannot be
misread: "Terror convicts differ from other prisoners. Experts said this."
Both rules fire only on sentences longer than the level's limit, and the
fact guard still checks that nothing (the speaker's name, a "not") is lost.
"""

from __future__ import annotations

from collections.abc import Iterator

from .edits import Context, Edit, Sentence
from .splitting import body_and_final, main_subject, split_edit
from .structure import (
    SPEECH_VERBS,
    has_finite,
    inserted,
    lower_start,
    make_sentence,
    subject_verb,
    top_level,
    word_count,
)
from .tokens import Token
from .words import FUNCTION_WORDS, can_be_finite

LIMIT = {"plain": 15, "easy": 8}
"""Only sentences with more words than this are split at a speech verb."""
MAX_OBJECT = 4
"""Words allowed between the speech verb and "that" ("told IBTimes UK that")."""
MAX_SPEAKER = 6
"""Words allowed in a trailing speaker ("..., said the head of the union")."""


_CONNECTIVES = frozenset({"but", "and", "so"})
"""A connective before the speaker stays with the claim: "But more had to be done."."""


def _this(at: Token) -> list[Token]:
    return [inserted("this", at)]


def split_said_that(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "X said (that) Y." -> "Y. X said this."."""
    if word_count(sentence) <= LIMIT[context.level]:
        return
    end, final = body_and_final(sentence)
    lead = 1 if sentence[0].lower in _CONNECTIVES else 0
    found = main_subject(sentence[lead:])
    if found is None:
        return
    verb = found[1] + lead
    if sentence[verb].lower not in SPEECH_VERBS:
        return
    top = top_level(sentence)
    start = None
    for j in range(verb + 1, min(verb + 2 + MAX_OBJECT, end)):
        token = sentence[j]
        if not top[j] or not token.is_word:
            return
        if token.lower == "that":
            start = j + 1
            break
    if start is None and subject_verb(sentence, verb + 1) is not None:
        start = verb + 1
    if start is None or subject_verb(sentence, start) is None:
        return
    claim = [*sentence[:lead], lower_start(sentence[start]), *sentence[start + 1 : end]]
    stop = start - 1 if sentence[start - 1].lower == "that" else start
    speaker = list(sentence[lead:stop])
    pieces = (
        make_sentence(claim, final),
        make_sentence([*speaker, *_this(sentence[verb])], None),
    )
    edit = split_edit("split-reported", pieces, sentence)
    if edit:
        yield edit


def _speaker_phrase(tail: Sentence) -> list[Token] | None:
    """A trailing attribution as "<speaker> <verb>", or None if ``tail`` is not one.

    Accepts "Sky News said" and the inverted "said critics".
    """
    words = [t for t in tail if t.is_word]
    if len(words) != len(tail) or not 2 <= len(words) <= MAX_SPEAKER + 1:
        return None
    if tail[-1].lower in SPEECH_VERBS:
        speaker, verb = list(tail[:-1]), tail[-1]
    elif tail[0].lower in SPEECH_VERBS:
        speaker, verb = list(tail[1:]), tail[0]
    else:
        return None
    if any(t.lower in FUNCTION_WORDS - {"the", "a", "an", "of", "he", "she", "they", "it"}
           for t in speaker):  # fmt: skip
        return None
    if any(can_be_finite(t.text) and not t.text[:1].isupper() for t in speaker):
        return None
    if len(speaker) == 1 and speaker[0].lower in ("he", "she", "they", "it"):
        pronoun = speaker[0]
        speaker = [Token(pronoun.lower, pronoun.start, pronoun.end, pronoun.space, pronoun.quote)]
    return [*speaker, verb]


def split_reported(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "Y, Sky News said." / "Y, said critics." -> "Y. Sky News said this."."""
    if word_count(sentence) <= LIMIT[context.level]:
        return
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    comma = next(
        (k for k in range(end - 2, 2, -1) if top[k] and sentence[k].text == ","),
        None,
    )
    if comma is None:
        return
    attribution = _speaker_phrase(sentence[comma + 1 : end])
    if attribution is None or not has_finite(sentence[:comma]):
        return
    claim = sentence[:comma]
    pieces = (
        make_sentence(claim, final),
        make_sentence([*attribution, *_this(attribution[-1])], None),
    )
    edit = split_edit("split-reported", pieces, sentence)
    if edit:
        yield edit
