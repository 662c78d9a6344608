"""Passive to active voice, only where the rewrite cannot go wrong.

Easy Read asks for active sentences ("The council closed the road", not "The
road was closed by the council"). Only the plainest pattern is rewritten — a
noun-phrase subject, "was/were/is/are", a participle, and a "by" phrase that
ends the sentence — because anything longer risks attaching the agent to the
wrong verb.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..forenames import FORENAMES
from ..wordlists import TITLES
from .edits import Context, Edit, Sentence
from .structure import body_end, copy_phrase, inserted, lower_start, make_sentence, subject_verb
from .tokens import Token, decapitalise, render
from .words import (
    FUNCTION_WORDS,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    can_be_finite,
    inflect,
    is_known_word,
    is_participle,
    is_plural_noun,
    lemmas,
    verb_lemma,
)

_BE_TENSE = {"was": "past", "were": "past", "is": "present", "are": "present"}
MAX_AGENT = 6
AGENT_WORDS = frozenset("the a an and his her their its him them me us you".split())
"""Function words an agent phrase may contain ("by the council and its staff")."""


NAME_WORDS = frozenset(
    """apple shell orange next virgin sky amazon boots mirror sun times guardian telegraph
    independent observer economist express standard post bush brown white black green king
    smith cook baker price young wood hill rice gates jobs ford""".split()
)
"""Dictionary words that are often names in news ("Apple", "Shell", "Brown"): never lowered."""
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ship")
ABSTRACT_NOUNS = frozenset(
    """growth wealth health truth strength youth death demand trade inflation business money
    work news spending trading investment interest unemployment debt pressure""".split()
)
"""Mass nouns that stand without a determiner as a subject ("Growth was driven by ...")."""


def _ordinary_start(phrase: list[Token]) -> bool:
    """True if the phrase's capital is only the sentence's, so it must go mid-sentence.

    A wrong lower case ("Samsung sued apple") costs a reader as much as a stray
    capital, so only plainly common words are lowered: a plural noun
    ("Investors"), an adjective or verb form before a lower-case word
    ("Psychological factors"), or an abstract noun ("Growth"). A capital word
    right after ("Investors Chronicle") or a forename, title or name-like word
    keeps the capital.
    """
    first = phrase[0]
    lower = first.lower
    if first.protected or not first.text[:1].isupper() or first.text[1:2].isupper():
        return False
    if lower == "i" or lower in FORENAMES or lower in TITLES or lower in NAME_WORDS:
        return False
    if not first.is_word or not is_known_word(lower):
        return False
    if len(phrase) > 1 and phrase[1].text[:1].isupper():
        return False
    if lower in ABSTRACT_NOUNS or (len(lower) > 6 and lower.endswith(ABSTRACT_ENDINGS)):
        return True
    if is_plural_noun(lower) and "NOUN" in lemmas(lower):
        return True
    return "NOUN" not in lemmas(lower) and len(phrase) > 1 and phrase[1].text[:1].islower()


def _object_form(phrase: list[Token]) -> list[Token]:
    """The subject moved to object position: "he" -> "him", "The road" -> "the road".

    An ordinary noun loses the capital it had only for starting the sentence
    ("Export sales drove growth", not "... drove Growth"); names keep theirs.
    """
    if len(phrase) == 1 and phrase[0].lower in OBJECT_PRONOUNS:
        return [inserted(OBJECT_PRONOUNS[phrase[0].lower], phrase[0])]
    if _ordinary_start(phrase):
        return [decapitalise(phrase[0]), *phrase[1:]]
    return [lower_start(phrase[0]), *phrase[1:]]


def _subject_form(phrase: list[Token]) -> list[Token]:
    """The agent moved to subject position: "him" -> "He"."""
    if len(phrase) == 1 and phrase[0].lower in SUBJECT_PRONOUNS:
        return [inserted(SUBJECT_PRONOUNS[phrase[0].lower].capitalize(), phrase[0])]
    return phrase


def _plural_agent(agent: list[Token]) -> bool:
    """True if the agent takes a plural verb: "business groups", "the council and its staff".

    Only the head phrase counts: "100 firms including Sony" is plural though it
    ends in a name, and "the head of the unions" is singular though it ends in a plural.
    """
    head = agent
    cut = next(
        (
            i
            for i, t in enumerate(agent)
            if i and (t.lower in PREPOSITIONS or t.lower == "including")
        ),
        None,
    )
    if cut is not None:
        head = agent[:cut]
    return any(t.lower == "and" for t in head) or is_plural_noun(head[-1].text)


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
        plural = _plural_agent(agent)
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
