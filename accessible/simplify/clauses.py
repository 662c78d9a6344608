"""Clause-level splitting: one long sentence into several short ones.

Each rule recognises one construction by its punctuation and function words
(semicolons, ", and he ...", "Although ..., ...", "... after he left") and
only fires when both halves look like clauses of their own, so that a list
or a title with a colon is left alone. Relative clauses and appositives are
in :mod:`.relatives`, participle phrases in :mod:`.participles`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

from .edits import Context, Edit, Sentence
from .numberwords import word_value
from .splitting import (
    body_and_final,
    main_subject,
    split_edit,
    subject_again,
)
from .structure import (
    DEMONSTRATIVES,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    clause_after,
    finite_at,
    has_finite,
    inserted,
    is_adverb,
    is_past_clause,
    lower_start,
    make_sentence,
    subject_verb,
    top_level,
    word_count,
)
from .tokens import Token, decapitalise
from .wellformed import missing_subject
from .words import (
    DETERMINERS,
    FINITE_AUX,
    FUNCTION_WORDS,
    MODALS,
    NEGATIONS,
    PREPOSITIONS,
    SUBORDINATORS,
    can_be,
    can_be_finite,
    is_base_verb,
    is_participle,
    is_past_tense,
    is_present_third,
    verb_lemma,
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
        bare_but = token.lower == "but" and not finite_at(sentence, k + 1)
        if not comma and not bare_but and not _bare_clause_start(sentence, k + 1):
            continue  # "A and B went" may be one subject; "but" never joins a subject
        if not comma and token.lower == "and" and _joins_names(sentence, k):
            continue  # "the Commission for Latin America and the Caribbean said"
        start = k + 2 if sentence[k + 1].lower in _NOT else k + 1
        if (clause_after if comma else subject_verb)(sentence, start) is None:
            continue
        if sentence[start].lower in ("rather", "that") or missing_subject(sentence[k:end]):
            continue  # ", and thinks Indians will ...": the verb's subject is the first clause's
        left = sentence[: k - 1] if comma else sentence[:k]
        if not has_finite(left) or (not comma and _reports(left)):
            continue
        if _list_item_before(left, top):
            continue  # "Sri Lanka, Indonesia and the Seychelles have": a list, not clauses
        if token.lower == "so" and sentence[k + 1].lower in ("that", "as"):
            continue  # "so that ..." states a purpose, not a new sentence
        lead, skip = _lead(sentence[k:end], token)
        right = [*lead, *sentence[k + skip : end]]
        pieces = (make_sentence(left, None), make_sentence(right, final))
        edit = split_edit("split-coordination", pieces, sentence)
        if edit:
            yield edit


def _list_item_before(left: Sequence[Token], top: list[bool]) -> bool:
    """True if the words since the last comma of ``left`` hold no verb: a list item.

    In "films, TV, and audio wherever they are" and "Sri Lanka, Indonesia and the
    Seychelles have ..." the coordinator joins nouns of a list, so no clause ends there.
    """
    commas = [j for j, t in enumerate(left) if t.text == "," and top[j]]
    if not commas:
        return False
    chunk = left[commas[-1] + 1 :]
    return not any(t.is_word and not t.protected and can_be_finite(t.text) for t in chunk)


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
    if word == "it" and index + 1 < len(sentence):
        return sentence[index + 1].lower in FINITE_AUX  # "and it is", not "and it alone"
    return word in _NOT | _CLAUSE_DETERMINERS and not sentence[index].protected


def _joins_names(sentence: Sentence, k: int) -> bool:
    """True if "and" at ``k`` stands between capitalised names ("America and the Caribbean")."""
    after = k + 2 if k + 2 < len(sentence) and sentence[k + 1].lower == "the" else k + 1
    return (
        sentence[k - 1].text[:1].isupper()
        and after < len(sentence)
        and sentence[after].text[:1].isupper()
    )


def _reports(left: Sentence) -> bool:
    """True if ``left`` has a speech verb, whose reach a split would cut short.

    "He said sales rose and the shares fell" reports both clauses; split, the
    second would stand as a plain fact.
    """
    return any(
        t.lower in SPEECH_VERBS or t.lower in _THINKING or t.lower in _REPORTING_ING
        or t.lower == "that"
        for t in left
    )  # fmt: skip


_REPORTING_ING = frozenset(
    "saying arguing claiming warning insisting adding telling stating explaining believing "
    "thinking hoping fearing expecting predicting suggesting showing".split()
)
"""Participles that report what follows ("incensed - arguing that the pass was forward")."""


_THINKING = frozenset(
    "think thinks thought believe believes believed expect expects expected hope hopes "
    "hoped fear fears feared warn warns warned predict predicts predicted".split()
)
_CONTRAST = frozenset({"although", "though", "while", "whereas"})


_FRONTED_AFTER = frozenset({"when", "before"})
"""Fronted clauses that follow the main clause as "This was when/before ...": they say when."""
_REFERRING = frozenset("he she it they his her its their this these those".split())
"""Words that may point back into a fronted clause, so the main clause cannot move before it."""


def _temporal(clause: Sequence[Token]) -> bool:
    """True if a "while" clause says *during* rather than *although*.

    "While he was working in Paris" (be + -ing) describes a time; turned into
    "He was working in Paris. But ..." it would gain a contrast it never had.
    """
    words = [t.lower for t in clause]
    return any(
        w in ("was", "were", "is", "are", "am") and following.endswith("ing")
        for w, following in pairwise(words)
    )


_CONTRAST_SIGNS = frozenset(
    "still not never no nothing none remain remains remained however far".split()
)
"""Words in a main clause that mark it as going against a fronted "while" clause."""


def _contrasted(first: Sequence[Token], second: Sequence[Token]) -> bool:
    """True if a fronted "while" clause and its main clause plainly stand against each other.

    "While the rate rose, it still remains low", "While texting has not quite
    overtaken calls, it is heading that way", "While Passport stored data
    online, the new system will store it on the PC" (two times, so not one
    time) and "While the rate went up, this was because ..." are contrasts, so
    "But" is right. Without such a sign "while" may mean "during the time
    that" ("While users play the game, the worm spends its time ..."), and
    "At the same time" is true of both readings where "But" would add a
    contrast the writer never drew.
    """
    signs = any(
        t.is_word and not t.protected and (t.lower in _CONTRAST_SIGNS or t.lower.endswith("n't"))
        for t in (*first, *second)
    )
    pointing = bool(second) and second[0].lower in DEMONSTRATIVES
    return signs or pointing or _tense(first) != _tense(second)


def _tense(clause: Sequence[Token]) -> str:
    """ "past", "future" or "present": the time a clause speaks of, roughly."""
    words = {t.lower for t in clause if t.is_word and not t.protected}
    if words & {"will", "would", "shall"}:
        return "future"
    return "past" if is_past_clause(clause) else "present"


_CATAPHORIC = frozenset("he she it they his her its their".split())


def _cataphora(first: Sequence[Token], main_start: Token) -> bool:
    """True if the fronted clause opens on a pronoun whose noun only comes in the main clause.

    "While it has 15m customers in Japan, Vodafone has ..." split would leave
    "It has 15m customers" with nothing before it to say what "it" is.
    """
    return bool(first) and first[0].lower in _CATAPHORIC and main_start.lower not in _CATAPHORIC


def _pronoun_lower(token: Token) -> Token:
    """A pronoun or article that no longer starts the sentence: "At the same time, the ..."."""
    if token.lower in SUBJECT_PRONOUNS - {"i"} or token.lower in DETERMINERS:
        return decapitalise(token)
    return token


def _fronted_comma(sentence: Sentence, start: int, end: int, top: list[bool]) -> int | None:
    """The comma that closes a clause fronted at ``start``, if a main clause follows it."""
    for k in range(start + 2, end - 2):
        if sentence[k].text != "," or not top[k]:
            continue
        if subject_verb(sentence, start + 1) is None:
            return None
        if clause_after(sentence, k + 1) is not None:
            return k
    return None


def split_subordinate(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """Fronted and trailing contrast, cause and time clauses become sentences of their own.

    "Although A, B." -> "A. But B."; "Because A, B." -> "A. So B."; "After A,
    B." -> "A. After that, B."; "When/Before A, B." -> "B. This was when/before
    A."; "A, although B." -> "A. But B.". "If", "unless", "as", "since" and
    "once" are left alone: a condition must not become a statement, and the
    others are ambiguous between time and cause. A trailing "while" may mean
    "and at the same time" rather than "but", so it is not turned into "But"
    here: :func:`~accessible.simplify.adjuncts.split_trailing` writes the
    neutral "At the same time, ...".
    """
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    start = 1 if sentence and sentence[0].lower == "even" else 0
    word = sentence[start].lower if end > start else ""
    known = _CONTRAST | _FRONTED_AFTER | {"because", "after"}
    comma = _fronted_comma(sentence, start, end, top) if word in known and top[start] else None
    if comma is not None and (start == 0 or word in _CONTRAST):
        first = list(sentence[start + 1 : comma])
        second = [lower_start(sentence[comma + 1]), *sentence[comma + 2 : end]]
        at = sentence[comma]
        if word in _FRONTED_AFTER and sentence[comma + 1].lower in _REFERRING:
            return  # "When the firm fell, it owed £5m": "it" would come before "the firm"
        if word == "while" and _temporal(first):
            return
        if _cataphora(first, sentence[comma + 1]):
            return  # "While it has 15m customers, Vodafone ...": "it" would come before "Vodafone"
        if word in _FRONTED_AFTER:
            be = "was" if is_past_clause(first) else "is"
            lead = [inserted("This", at), inserted(be, at), lower_start(sentence[start])]
            pieces = (make_sentence(second, final), make_sentence([*lead, *first], None))
        else:
            if word == "after":
                lead = [inserted("After", at), inserted("that", at), inserted(",", at)]
            elif word == "because":
                lead = [inserted("So", at)]
            elif word == "while" and not _contrasted(first, second):
                lead = [*(inserted(w, at) for w in ("At", "the", "same", "time")),
                        inserted(",", at, space=False)]  # fmt: skip
                second = [_pronoun_lower(second[0]), *second[1:]]
            else:
                lead = [inserted("But", at)]
            pieces = (make_sentence(first, None), make_sentence([*lead, *second], final))
        edit = split_edit("split-subordinate", pieces, sentence)
        if edit:
            yield edit
    for k in range(2, end - 2):
        if sentence[k].lower not in _CONTRAST - {"while"} or not top[k]:
            continue
        if sentence[k - 1].text != ",":
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
    past = is_past_clause(sentence[verb:])  # "The firm cut": "firm" is no verb here
    perfect = (
        head.lower in ("has", "have", "had")
        and verb + 1 < end
        and sentence[verb + 1].lower != "been"  # "have been spooked and unsettled": passive
        and is_participle(sentence[verb + 1].text)
    )
    modal = head.lower in MODALS and _second_verb_phrase(sentence, _skip_both(sentence, verb + 1))
    if modal and any(t.lower in NEGATIONS or t.lower.endswith("n't") for t in sentence[verb:end]):
        return  # "will not cut jobs and close plants": which verbs does "not" reach?
    for k in range(verb + 2, end - 2):
        if sentence[k].lower not in ("and", "but") or not top[k]:
            continue
        lead = [inserted("But", sentence[k])] if sentence[k].lower == "but" else []
        second, third = sentence[k + 1], sentence[k + 2]
        if second.protected or second.text[:1].isupper():
            continue
        base = modal and _second_verb_phrase(sentence, k + 1)
        if base:
            new_subject = [*subject_again(subject, second), inserted(head.lower, second)]
        elif (
            can_be(second.text, "ADJ")
            and third.is_word
            and third.lower not in FUNCTION_WORDS
            and not (is_past_tense(second.text) and _amount(third))
        ):
            continue  # "apples and dried fruit"
        elif passive and is_participle(second.text) and not _intransitive(second):
            if is_past_tense(second.text) and third.lower not in PREPOSITIONS | {"."}:
                continue  # "was founded ... and sold its first product": active or passive?
            new_subject = [*subject_again(subject, second), inserted(head.lower, second)]
        elif (
            perfect
            and second.lower not in FUNCTION_WORDS  # "has infringed ... and could confuse"
            and is_participle(second.text)
            and not is_base_verb(second.text)  # "had expected X to be ... and come in at 57"
            and third.lower not in _NOT
        ):
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
        if _reports_clause(sentence, verb) and second.lower not in SPEECH_VERBS:
            # "Michelmore claimed the offer was aimed at X, and was not made for Y": the
            # second verb may be the reported clause's ("the offer was not made").
            continue
        if (passive or perfect) and k <= verb + 2 and second.lower not in FINITE_AUX:
            continue  # "has composed and arranged scores": the object is shared
        if _verb_list(sentence, verb + 1, k, top):
            continue  # "It is caught, smoked and sold": a list of verbs
        if _attributed_after(sentence, k, end, top):
            return  # "A but failed to act, the office said": the source covers both
        if lead and new_subject[0].lower in SUBJECT_PRONOUNS - {"i"}:
            new_subject[0] = decapitalise(new_subject[0])  # "But she did not", not "But She"
        elif lead:
            new_subject[0] = lower_start(new_subject[0])  # "But the bank said"
        if modal and sentence[verb + 1].lower == "both":
            left = (*left[: verb + 1], *left[verb + 2 :])  # "could both hurt X and harm Y"
        pieces = (
            make_sentence(left, None),
            make_sentence([*lead, *new_subject, *sentence[k + 1 : end]], final),
        )
        edit = split_edit("split-verb-phrase", pieces, sentence)
        if edit:
            yield edit


def _reports_clause(sentence: Sentence, verb: int) -> bool:
    """True if the main verb reports or judges a clause with its own subject after it."""
    head = sentence[verb].lower
    if head not in SPEECH_VERBS and head not in _THINKING and head not in _SUGGESTING:
        return False
    following = (
        verb + 2 if verb + 1 < len(sentence) and sentence[verb + 1].lower == "that" else verb + 1
    )
    return subject_verb(sentence, following) is not None


_SUGGESTING = frozenset(
    "suggest suggests suggested show shows showed claim claims claimed found find finds "
    "believe believes believed think thinks thought".split()
)


def _verb_list(sentence: Sentence, start: int, k: int, top: list[bool]) -> bool:
    """True if the words just before ``k`` are one item after a comma ("caught, smoked")."""
    commas = [j for j in range(start, k) if top[j] and sentence[j].text == ","]
    if not commas:
        return False
    item = [t for t in sentence[commas[-1] + 1 : k] if t.is_word]
    return len(item) == 1 and item[0].text[:1].islower() and can_be_finite(item[0].text)


def _attributed_after(sentence: Sentence, k: int, end: int, top: list[bool]) -> bool:
    """True if a trailing ", X said" follows ``k``: split, it would cover the last piece only."""
    return any(
        top[j] and sentence[j].text == "," and any(
            t.lower in SPEECH_VERBS or t.lower in _REPORTED for t in sentence[j + 1 : end]
        )
        for j in range(k, end)
    )  # fmt: skip


_REPORTED = frozenset("reported reports according announced".split())


_INTRANSITIVE = frozenset(
    "die arrive happen retire resign collapse occur emerge rise fall go come remain "
    "disappear vanish succeed fail have do".split()
)


def _amount(token: Token) -> bool:
    """True for a number ("300", "two"): "closed two plants" is a verb, not "closed plants"."""
    return token.text[:1].isdigit() or word_value(token.text) is not None


def _intransitive(token: Token) -> bool:
    """True for "died" after "was diagnosed ... and": a past tense, never a passive."""
    lemma = verb_lemma(token.lower)
    return lemma in _INTRANSITIVE and is_past_tense(token.text)


def _skip_both(sentence: Sentence, index: int) -> int:
    """``index``, or the next one after "both"/"also" ("could both hurt ... and harm ...")."""
    if index < len(sentence) and sentence[index].lower in ("both", "also"):
        return index + 1
    return index


_OBJECT_STARTS = DETERMINERS | PREPOSITIONS | frozenset({"to", "up", "down", "out", "off"})


def _second_verb_phrase(sentence: Sentence, index: int) -> bool:
    """True if a plain verb with an object starts at ``index`` ("harm the quality").

    After a modal the verbs are in their base form, so the next word must be
    one ("cut", "close") and must be followed by what opens an object or a
    phrase, not by another noun ("close friends").
    """
    if index + 1 >= len(sentence):
        return False
    verb, following = sentence[index], sentence[index + 1]
    if verb.protected or not verb.text[:1].islower() or not is_base_verb(verb.text):
        return False
    amount = following.text[:1].isdigit() or word_value(following.text) is not None
    return following.lower in _OBJECT_STARTS or amount


_EXPLAINED_AFTER = {"after": "after", "before": "before", "because": "because", "when": "when"}
"""Subordinators whose clause can stand as "This was <word> ..." after the main clause."""
PLAIN_SUBORDINATE_MIN = 15
TIME_WORDS = frozenset(
    "moment moments second seconds minute minutes hour hours day days week weeks month months "
    "year years decade decades shortly soon long immediately right straight".split()
)
"""Words that bind a following "after"/"before" into a time phrase ("days after ...")."""
"""At the plain level, only sentences longer than this are split at "after", "because" ..."""


def _reduced_relative(left: Sequence[Token]) -> bool:
    """True for "Passengers with flights booked" before "after": no clause, a noun phrase.

    The only verb of ``left`` is its last word, an -ed form after a prepositional
    phrase, so it describes the noun before it and the main verb comes later.
    """
    verbs = [j for j, t in enumerate(left) if t.is_word and can_be_finite(t.text)]
    if verbs != [len(left) - 1] or not is_participle(left[-1].text):
        return False
    return any(t.lower in PREPOSITIONS for t in left[:-1])


_FOCUS = frozenset("especially particularly notably mainly partly largely even only just".split())


_WHEN_NOUNS = TIME_WORDS | frozenset(
    "time times period periods point points stage stages era age ages occasion occasions "
    "case cases night nights morning evening season".split()
)
"""Nouns a "when" clause describes ("at a time when ..."): it says which one, not when."""
_ARRIVALS = frozenset("came comes come follows followed".split())
"""Verbs whose "after" is their object, not a time: "The delay came after ..."."""


def _inside_subordinate(left: Sequence[Token], top: list[bool]) -> bool:
    """True if a subordinate clause is still open where ``left`` ends ("because it ...")."""
    return any(top[j] and t.lower in SUBORDINATORS for j, t in enumerate(left) if j > 0)


def _relative_only(left: Sequence[Token]) -> bool:
    """True for "Investors who lost money": the first verb follows "who", so it is no clause."""
    for j, token in enumerate(left):
        if token.is_word and can_be_finite(token.text):
            return j > 0 and left[j - 1].lower in ("who", "which", "that")
    return False


def _more_after(sentence: Sentence, start: int, end: int, top: list[bool]) -> bool:
    """True if a comma and another clause or subordinator follow inside the cut-off clause."""
    return any(
        top[j] and sentence[j].text == "," and j + 1 < end
        and (sentence[j + 1].lower in SUBORDINATORS or sentence[j + 1].lower in _COORDINATORS
             or finite_at(sentence, j + 1))
        for j in range(start, end)
    )  # fmt: skip


def _main_past(left: Sequence[Token]) -> bool:
    """True if the main clause of ``left`` is in the past ("Few people get excited": no)."""
    verb = subject_verb(left, 0)
    if verb is None:
        return is_past_clause(left)
    token = left[verb]
    if is_base_verb(token.text) and not is_past_tense(token.text):
        return False  # "get", after a plural subject
    return is_past_clause(left[verb:])


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
        if left[-1].text[:1].isdigit() or _reduced_relative(left) or _relative_only(left):
            continue
        if is_adverb(left[-1]) or left[-1].lower in _FOCUS:
            continue  # "..., especially when ...": the adverb belongs to the clause after it
        if token.lower == "when" and left[-1].lower in _WHEN_NOUNS:
            continue  # "at a time when earnings are low": the clause says which time
        if left[-1].lower in _ARRIVALS or _inside_subordinate(left, top):
            continue  # "The delay came after ...", "because it excludes people who died before"
        if _more_after(sentence, k + 1, end, top):
            continue  # "before X was sold, since it has ...": the "since" is the main clause's
        if any(t.lower in _REPORTING_ING or t.lower == "that" for t in left):
            continue  # "cleared him, saying that X occurred when Y": the "when" is reported
        be = "was" if _main_past(left) else "is"
        lead = [inserted("This", token), inserted(be, token), token]
        pieces = (
            make_sentence(left, None),
            make_sentence([*lead, *sentence[k + 1 : end]], final),
        )
        edit = split_edit("split-subordinate", pieces, sentence)
        if edit:
            yield edit
