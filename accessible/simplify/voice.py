"""Passive to active voice, only where the rewrite cannot go wrong.

Easy Read asks for active sentences ("The council closed the road", not "The
road was closed by the council"). Only the plainest pattern is rewritten — a
noun-phrase subject, "was/were/is/are", a participle, and a "by" phrase that
ends the sentence — because anything longer risks attaching the agent to the
wrong verb.
"""

from __future__ import annotations

from collections.abc import Iterator

from .edits import Context, Edit, Sentence
from .structure import body_end, copy_phrase, inserted, lower_start, make_sentence, subject_verb
from .tokens import Token, render
from .words import (
    FUNCTION_WORDS,
    OBJECT_PRONOUNS,
    SUBJECT_PRONOUNS,
    can_be_finite,
    inflect,
    is_participle,
    is_plural_noun,
    verb_lemma,
)

_BE_TENSE = {"was": "past", "were": "past", "is": "present", "are": "present"}
MAX_AGENT = 6
AGENT_WORDS = frozenset("the a an and his her their its him them me us you".split())
"""Function words an agent phrase may contain ("by the council and its staff")."""


def _object_form(phrase: list[Token]) -> list[Token]:
    """The subject moved to object position: "he" -> "him", "The road" -> "the road"."""
    if len(phrase) == 1 and phrase[0].lower in OBJECT_PRONOUNS:
        return [inserted(OBJECT_PRONOUNS[phrase[0].lower], phrase[0])]
    return [lower_start(phrase[0]), *phrase[1:]]


def _subject_form(phrase: list[Token]) -> list[Token]:
    """The agent moved to subject position: "him" -> "He"."""
    if len(phrase) == 1 and phrase[0].lower in SUBJECT_PRONOUNS:
        return [inserted(SUBJECT_PRONOUNS[phrase[0].lower].capitalize(), phrase[0])]
    return phrase


def to_active(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """Propose "X was VERBed by Y." -> "Y VERBed X."."""
    end = body_end(sentence)
    final = sentence[end] if end < len(sentence) else None
    verb = subject_verb(sentence, 0)
    if verb is None or sentence[verb].lower not in _BE_TENSE or verb + 3 >= end:
        return
    participle, by = sentence[verb + 1], sentence[verb + 2]
    if by.lower != "by" or not is_participle(participle.text):
        return
    subject = list(sentence[:verb])
    agent = list(sentence[verb + 3 : end])
    if not agent or len(agent) > MAX_AGENT or any(t.protected or not t.is_word for t in subject):
        return
    if any(not t.is_word or t.lower in FUNCTION_WORDS - AGENT_WORDS for t in agent):
        return
    if any(can_be_finite(t.text) and not t.text[:1].isupper() for t in agent):
        return
    lemma = verb_lemma(participle.text)
    if lemma is None:
        return
    if _BE_TENSE[sentence[verb].lower] == "past":
        tag = "VBD"
    else:
        plural = any(t.lower == "and" for t in agent) or is_plural_noun(agent[-1].text)
        tag = "VBP" if plural else "VBZ"
    form = inflect(lemma, tag)
    if form is None:
        return
    new_agent = _subject_form(copy_phrase(agent))
    active = [
        *new_agent,
        Token(form, participle.start, participle.end, True),
        *_object_form(subject),
    ]
    result = make_sentence(active, final)
    touched = tuple(sentence[:end])
    yield Edit("active-voice", (result,), touched, render(result))
