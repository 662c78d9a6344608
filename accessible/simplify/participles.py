"""Participle phrases become sentences of their own.

"The storm moved north, making landfall near X" holds two events; Easy Read
wants one per sentence. The participle is re-inflected to agree with the
main clause's subject and tense, which is repeated as the new subject.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from .edits import Context, Edit, Sentence
from .splitting import (
    be_form,
    body_and_final,
    clause_close,
    main_subject,
    split_edit,
    subject_again,
)
from .structure import (
    SPEECH_VERBS,
    has_finite,
    inserted,
    is_name_phrase,
    is_past_clause,
    make_sentence,
    top_level,
)
from .tokens import Token, decapitalise
from .words import (
    inflect,
    is_participle,
    is_plural_noun,
    verb_lemma,
)

NOT_PARTICIPLES = frozenset(
    "including according following regarding concerning depending excluding beginning starting "
    "considering assuming notwithstanding during pending barring nothing something anything "
    "everything thing king spring morning evening building wedding".split()
)
"""-ing words that head a phrase, not a clause about the subject."""


def split_participle(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "The storm moved north, making landfall near X." -> "... north. It made landfall ..."."""
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    found = main_subject(sentence)
    if found is None:
        return
    subject, verb = found
    for k in range(verb + 2, end - 2):
        if sentence[k].text != "," or not top[k]:
            continue
        start = k + 1
        if sentence[start].lower in ("thus", "thereby"):
            start += 1
        participle = sentence[start]
        lower = participle.lower
        if not lower.endswith("ing") or lower in NOT_PARTICIPLES or participle.protected:
            continue
        lemma = verb_lemma(lower)
        if lemma is None or inflect(lemma, "VBG") != lower:
            continue
        if clause_close(sentence, start, end, top) != end:
            continue  # the phrase must run to the end of the sentence
        if any(t.lower in SPEECH_VERBS for t in sentence[verb + 1 : k]):
            return  # "..., BMW said, adding that ...": the speaker does the adding
        pairs = pairwise(sentence[start:end])
        if any(t.lower in ("and", "or") and n.lower.endswith("ing") for t, n in pairs):
            return  # "failing to X and making Y": only the first would be re-inflected
        if is_past_clause(sentence[:k]):
            tag = "VBD"
        else:
            plural = is_plural_noun(subject[-1].text) and not is_name_phrase(subject)
            tag = "VBP" if plural else "VBZ"
        form = inflect(lemma, tag)
        if form is None:
            continue
        new_verb = Token(form, participle.start, participle.end, True)
        pieces = (
            make_sentence(sentence[:k], None),
            make_sentence(
                [*subject_again(subject, participle), new_verb, *sentence[start + 1 : end]], final
            ),
        )
        edit = split_edit("split-participle", pieces, sentence)
        if edit:
            yield edit


def split_fronted_participle(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "Tracking north, the storm hit X." -> "The storm tracked north. The storm hit X."."""
    end, final = body_and_final(sentence)
    if end < 4 or sentence[0].protected:
        return
    first = sentence[0]
    lower = first.lower
    lemma = verb_lemma(lower)
    if lemma is None or lower in NOT_PARTICIPLES or lower in ("given", "based", "compared"):
        return
    having = lower == "having" and is_participle(sentence[1].text)
    gerund = lower.endswith("ing") and inflect(lemma, "VBG") == lower and not having
    passive = not lower.endswith("ing") and is_participle(lower)
    if not (gerund or passive or having):
        return
    top = top_level(sentence)
    comma = next((k for k in range(2, end - 2) if top[k] and sentence[k].text == ","), None)
    if comma is None or has_finite(sentence[1:comma]):
        return
    main = sentence[comma + 1 : end]
    found = main_subject(main)
    if found is None:
        return
    subject, _ = found
    past = is_past_clause(main)
    plural = is_plural_noun(subject[-1].text) and not is_name_phrase(subject)
    if having:
        verb = [inserted("had", first)]
        rest = sentence[1:comma]
    elif passive:
        verb = [inserted(be_form(past, plural), first), decapitalise(first)]
        rest = sentence[1:comma]
    else:
        form = inflect(lemma, "VBD" if past else ("VBP" if plural else "VBZ"))
        if form is None:
            return
        verb = [Token(form, first.start, first.end, True)]
        rest = sentence[1:comma]
    participle_clause = [*subject_again(subject, first), *verb, *rest]
    pieces = (make_sentence(participle_clause, None), make_sentence(main, final))
    edit = split_edit("split-participle", pieces, sentence)
    if edit:
        yield edit
