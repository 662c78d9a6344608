"""Clause-level splitting: one long sentence into several short ones.

Each rule recognises one construction by its punctuation and function words
(semicolons, ", and he ...", "Although ..., ...", "... after he left") and
only fires when both halves look like clauses of their own, so that a list
or a title with a colon is left alone. Relative clauses and appositives are
in :mod:`.relatives`, participle phrases in :mod:`.participles`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .edits import Context, Edit, Sentence
from .splitting import (
    body_and_final,
    main_subject,
    split_edit,
    subject_again,
)
from .structure import (
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    clause_after,
    has_finite,
    inserted,
    is_past_clause,
    lower_start,
    make_sentence,
    subject_verb,
    top_level,
    word_count,
)
from .tokens import Token
from .words import (
    FINITE_AUX,
    FUNCTION_WORDS,
    SUBORDINATORS,
    can_be,
    is_participle,
    is_past_tense,
    is_present_third,
)

_LEADS = {"but": "But", "yet": "But", "so": "So", "whereas": "But"}
_COORDINATORS = frozenset({"and", *_LEADS})


def _lead(words: Sequence[Token], at: Token) -> tuple[list[Token], int]:
    """Connective to start a new sentence with, and how many tokens of ``words`` it replaces."""
    if not words:
        return [], 0
    first = words[0].lower
    if first == "however" and len(words) > 1 and words[1].text == ",":
        return [inserted("But", at)], 2
    if first == "and":
        return [], 1
    if first in _LEADS:
        return [inserted(_LEADS[first], at)], 1
    return [], 0


def split_semicolon(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "A; B" -> "A. B." when both sides are clauses (not a list with semicolons)."""
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    for k in range(1, end - 1):
        if sentence[k].text not in (";",) or not top[k]:
            continue
        left, right = sentence[:k], sentence[k + 1 : end]
        lead, skip = _lead(right, sentence[k])
        if clause_after(right, skip) is None or not has_finite(left):
            continue
        pieces = (make_sentence(left, None), make_sentence([*lead, *right[skip:]], final))
        edit = split_edit("split-semicolon", pieces, sentence)
        if edit:
            yield edit


def split_colon(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "A: B" -> "A. B." when both are clauses and the colon does not introduce speech."""
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    for k in range(1, end - 1):
        if sentence[k].text != ":" or not top[k] or sentence[k + 1].protected:
            continue
        left, right = sentence[:k], sentence[k + 1 : end]
        left_words = [t for t in left if t.is_word]
        capitalised = sum(1 for t in left_words[1:] if t.text[:1].isupper())
        if capitalised * 2 > len(left_words):  # a title: "How to ...: A Cautionary Tale"
            continue
        if left_words and left_words[-1].lower in SPEECH_VERBS:
            continue  # "He said: ..." introduces what was said
        if not has_finite(left) or subject_verb(right, 0) is None:
            continue
        pieces = (make_sentence(left, None), make_sentence(right, final))
        edit = split_edit("split-colon", pieces, sentence)
        if edit:
            yield edit


def split_coordination(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "A, and B" / "A, but B" between two full clauses -> "A. B." / "A. But B."."""
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    for k in range(1, end - 2):
        token = sentence[k]
        if not top[k] or token.lower not in _COORDINATORS:
            continue
        comma = sentence[k - 1].text in (",", ";")
        if not comma and not _bare_clause_start(sentence, k + 1):
            continue  # "A and B went" may be one subject
        start = k + 2 if sentence[k + 1].lower in _NOT else k + 1
        if (clause_after if comma else subject_verb)(sentence, start) is None:
            continue
        left = sentence[: k - 1] if comma else sentence[:k]
        if not has_finite(left) or (not comma and _reports(left)):
            continue
        lead, skip = _lead(sentence[k:end], token)
        right = [*lead, *sentence[k + skip : end]]
        pieces = (make_sentence(left, None), make_sentence(right, final))
        edit = split_edit("split-coordination", pieces, sentence)
        if edit:
            yield edit


_NOT = frozenset({"not", "never"})
_CLAUSE_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "no", "some", "many"})


def _bare_clause_start(sentence: Sentence, index: int) -> bool:
    """True if a new clause plainly starts at ``index`` after an "and" with no comma.

    Only where the next words cannot continue a list of nouns: a personal
    pronoun ("and they left"), a negated subject ("and not a single convict
    has ..."), or a determiner that opens a subject with its own verb ("and
    the shares fell").
    """
    word = sentence[index].lower
    if word in SUBJECT_PRONOUNS - {"it", "there"}:
        return True
    return word in _NOT | _CLAUSE_DETERMINERS and not sentence[index].protected


def _reports(left: Sentence) -> bool:
    """True if ``left`` has a speech verb, whose reach a split would cut short.

    "He said sales rose and the shares fell" reports both clauses; split, the
    second would stand as a plain fact.
    """
    return any(t.lower in SPEECH_VERBS or t.lower in _THINKING for t in left)


_THINKING = frozenset(
    "think thinks thought believe believes believed expect expects expected hope hopes "
    "hoped fear fears feared warn warns warned predict predicts predicted".split()
)
_CONTRAST = frozenset({"although", "though", "while", "whereas"})


def split_subordinate(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "Although A, B." -> "A. But B."; "A, although B." -> "A. But B."."""
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    start = 1 if sentence and sentence[0].lower == "even" else 0
    if end > start and sentence[start].lower in _CONTRAST and top[start]:
        for k in range(start + 2, end - 2):
            if sentence[k].text != "," or not top[k]:
                continue
            first = sentence[start + 1 : k]
            if subject_verb(first, 0) is None or subject_verb(sentence, k + 1) is None:
                continue
            but = inserted("But", sentence[k])
            second = [but, lower_start(sentence[k + 1]), *sentence[k + 2 : end]]
            pieces = (make_sentence(first, None), make_sentence(second, final))
            edit = split_edit("split-subordinate", pieces, sentence)
            if edit:
                yield edit
            break
    for k in range(2, end - 2):
        if sentence[k].lower not in _CONTRAST or not top[k] or sentence[k - 1].text != ",":
            continue
        if subject_verb(sentence, k + 1) is None or not has_finite(sentence[: k - 1]):
            continue
        but = inserted("But", sentence[k])
        pieces = (
            make_sentence(sentence[: k - 1], None),
            make_sentence([but, *sentence[k + 1 : end]], final),
        )
        edit = split_edit("split-subordinate", pieces, sentence)
        if edit:
            yield edit


def _embedded_clause(sentence: Sentence, start: int, stop: int) -> bool:
    """True if a clause with its own subject begins in ``sentence[start:stop]``.

    After "The deal means she keeps X, but fails Y" the second verb belongs to
    "she", not to the main subject, so verb phrases are not split there.
    """
    for j in range(start, stop):
        token = sentence[j]
        if token.lower in SUBJECT_PRONOUNS | {"that", "who", "which", "whom"}:
            return True
        if token.lower in SUBORDINATORS:
            return True
    return False


LONG_SENTENCE = 15
"""At the plain level, verb phrases are split only in sentences longer than this."""


def split_verb_phrases(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "Rollins retired in 1962 and opted to coach." -> "... 1962. Rollins opted to coach."."""
    if context.level == "plain" and word_count(sentence) <= LONG_SENTENCE:
        return
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    found = main_subject(sentence)
    if found is None:
        return
    subject, verb = found
    head = sentence[verb]
    if verb + 1 < end and sentence[verb + 1].text == ",":
        return  # "That is, ..." is a discourse marker, not a subject and verb
    passive = (
        head.lower in ("was", "were", "is", "are")
        and verb + 1 < end
        and is_participle(sentence[verb + 1].text)
    )
    past = is_past_clause(sentence)
    for k in range(verb + 2, end - 2):
        if sentence[k].lower not in ("and", "but") or not top[k]:
            continue
        lead = [inserted("But", sentence[k])] if sentence[k].lower == "but" else []
        second, third = sentence[k + 1], sentence[k + 2]
        if second.protected or second.text[:1].isupper():
            continue
        if can_be(second.text, "ADJ") and third.is_word and third.lower not in FUNCTION_WORDS:
            continue  # "apples and dried fruit"
        if passive and is_participle(second.text):
            new_subject = [*subject_again(subject, second), inserted(head.lower, second)]
        elif second.lower in FINITE_AUX or (
            is_past_tense(second.text) if past else is_present_third(second.text)
        ):
            new_subject = subject_again(subject, second)
        else:
            continue
        left = sentence[: k - 1] if sentence[k - 1].text == "," else sentence[:k]
        if not has_finite(left) or _embedded_clause(sentence, verb + 1, k):
            continue
        pieces = (
            make_sentence(left, None),
            make_sentence([*lead, *new_subject, *sentence[k + 1 : end]], final),
        )
        edit = split_edit("split-verb-phrase", pieces, sentence)
        if edit:
            yield edit


_EXPLAINED_AFTER = {"after": "after", "before": "before", "because": "because", "when": "when"}
"""Subordinators whose clause can stand as "This was <word> ..." after the main clause."""
PLAIN_SUBORDINATE_MIN = 15
TIME_WORDS = frozenset(
    "moment moments second seconds minute minutes hour hours day days week weeks month months "
    "year years decade decades shortly soon long immediately right straight".split()
)
"""Words that bind a following "after"/"before" into a time phrase ("days after ...")."""
"""At the plain level, only sentences longer than this are split at "after", "because" ..."""


def split_reason(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "A after B." -> "A. This was after B."; likewise before, because and when."""
    if context.level == "plain" and word_count(sentence) <= PLAIN_SUBORDINATE_MIN:
        return
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    for k in range(3, end - 2):
        token = sentence[k]
        if token.lower not in _EXPLAINED_AFTER or not top[k]:
            continue
        if subject_verb(sentence, k + 1) is None:
            continue
        left = sentence[: k - 1] if sentence[k - 1].text == "," else sentence[:k]
        if not has_finite(left) or left[-1].lower in FUNCTION_WORDS | TIME_WORDS:
            continue  # "moments after he died" is one phrase
        if left[-1].text[:1].isdigit():
            continue
        be = "was" if is_past_clause(left) else "is"
        lead = [inserted("This", token), inserted(be, token), token]
        pieces = (
            make_sentence(left, None),
            make_sentence([*lead, *sentence[k + 1 : end]], final),
        )
        edit = split_edit("split-subordinate", pieces, sentence)
        if edit:
            yield edit
