"""Phrases that say when, where or on whose word: moved into a sentence of their own.

News sentences carry long adverbial phrases — "two weeks after the 7/7
bombings", "according to the UK-published China Review", "In April 2004,
..." — that hold a fact each but no action. When a sentence is too long,
the phrase becomes its own short sentence ("This was two weeks after ...")
after the main clause, so the reader meets the event first. A dash that
joins two clauses becomes a full stop for the same reason. Every rule here
waits until a sentence exceeds the level's length limit: a short sentence
with a time phrase is already easy.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from .edits import Context, Edit, Sentence
from .numberwords import word_value
from .splitting import body_and_final, phrase_mark, split_edit
from .structure import (
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    copy_phrase,
    has_finite,
    inserted,
    is_adverb,
    is_dash,
    is_past_clause,
    lower_start,
    make_sentence,
    noun_phrase_before,
    subject_verb,
    top_level,
    word_count,
)
from .tokens import Token, decapitalise
from .words import (
    DETERMINERS,
    FUNCTION_WORDS,
    MODALS,
    PREPOSITIONS,
    SUBORDINATORS,
    can_be,
    can_be_finite,
    is_plural_noun,
    is_tensed_form,
)

LIMIT = {"plain": 15, "easy": 10}
"""Only sentences with more words than this lose their adverbial phrases."""
TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades".split()
)
TIME_LINKS = frozenset({"after", "before", "later", "earlier", "ago"})
_PHRASE_LINKS = frozenset({"after", "before", "during", "until"})
FRONTED = frozenset(
    "in on at during after before since despite under following amid throughout".split()
)
"""Prepositions whose fronted phrase can become "This was <phrase>."."""
MIN_FRONTED = 4
"""A fronted phrase shorter than this ("On Monday,") is left where it is."""
MAX_FRONTED = 18
"""A comma further in than this does not close a fronted phrase."""


def _this_be(main: Sentence, at: Token) -> list[Token]:
    """ "This was" / "This is" / "This will be", following the main clause's tense."""
    words = [t.lower for t in main if not t.protected]
    if "will" in words:
        be = ["This", "will", "be"]
    elif (
        any(w in ("was", "were", "had", "did") for w in words)
        or any(can_be_finite(w) and w.endswith("ed") for w in words)
        or is_past_clause(main)
    ):
        be = ["This", "was"]
    else:
        be = ["This", "is"]
    return [inserted(w, at) for w in be]


def _long(sentence: Sentence, context: Context) -> bool:
    return word_count(sentence) > LIMIT[context.level]


def _amount(token: Token) -> bool:
    """True for a number ("2", "two") or a vague amount ("a", "few", "several")."""
    vague = ("a", "an", "few", "several", "many", "some")
    return token.text[:1].isdigit() or word_value(token.text) is not None or token.lower in vague


_POINTING = frozenset({"last", "next", "this", "that", "every", "each", "per", "the"})
"""Words before a time unit that make it a phrase of its own ("last year"), not a measure."""
_PHRASE_BREAKS = frozenset({"but", "or", "who", "which", "whose", "that", "while", "because"})
_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth next".split())
RANK_REACH = 8
"""How many words before "after" an ordinal or superlative makes it rank, not time."""


def _verb_ing(token: Token) -> bool:
    """True for an -ing form that can be a verb ("amounting"), not a noun ("morning")."""
    return (
        token.is_word
        and token.lower.endswith("ing")
        and can_be(token.lower, "VERB")
        and not can_be(token.lower, "NOUN")
    )


def _gerund_before(left: Sentence) -> bool:
    """True if the last verb before the cut is an -ing form, not a finite verb."""
    for token in reversed(left):
        if not token.is_word or token.protected:
            continue
        if _verb_ing(token):
            return True
        if can_be_finite(token.text):
            return False
    return False


def _ranks(left: Sentence) -> bool:
    """True if an ordinal or superlative stands shortly before: "second biggest ... after X"."""
    words = [t for t in left if t.is_word][-RANK_REACH:]
    return any(
        t.lower in _ORDINALS or t.lower in ("biggest", "largest", "only")
        or (t.lower.endswith("est") and can_be(t.lower, "ADJ"))
        for t in words
    )  # fmt: skip


_TIME_NOUNS = TIME_UNITS | frozenset(
    "morning mornings afternoon evening evenings night nights weekend weekends today "
    "yesterday tomorrow time times period quarter season".split()
)
NOUN_REACH = 5
"""How many words back from "after" a preposition makes the phrase a noun's."""


def _noun_owns(left: Sentence) -> bool:
    """True if the words before the link end a prepositional phrase on a common noun.

    "blamed the fall on slow economic conditions after the attacks": the time
    phrase says which conditions, so "This was after the attacks" would date
    the blaming. A time noun ("in the morning after the vote") or a name ("in
    London") leaves the phrase to the verb.
    """
    words = [t for t in left if not t.protected]
    if not words or not words[-1].is_word:
        return False
    head = words[-1]
    if head.text[:1].isupper() or head.lower in _TIME_NOUNS or not can_be(head.lower, "NOUN"):
        return False
    for token in reversed(words[-NOUN_REACH:-1]):
        if not token.is_word or can_be_finite(token.text):
            return False
        if token.lower in PREPOSITIONS:
            return True
    return False


def split_time(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "They struck two weeks after the bombings." -> "They struck. This was 2 weeks after ..."."""
    if not _long(sentence, context):
        return
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    for k in range(3, end - 1):
        token = sentence[k]
        if not top[k] or token.lower not in TIME_LINKS | _PHRASE_LINKS:
            continue
        cut = k
        unit = token.lower in TIME_LINKS and sentence[k - 1].lower in TIME_UNITS
        if unit and sentence[k - 2].lower in _POINTING:
            unit = False  # "in Asia last year after the launch": the unit ends its own phrase
        if unit:
            cut = k - 2 if _amount(sentence[k - 2]) else k - 1
        elif token.lower not in _PHRASE_LINKS:
            continue
        phrase = sentence[cut:end]
        if has_finite(phrase) or any(t.text == "," and top[cut + i] for i, t in enumerate(phrase)):
            continue  # a clause ("after he left") is split_reason's job
        if any(t.lower in _PHRASE_BREAKS or _verb_ing(t) for t in phrase):
            continue  # "six months earlier but amounting to ...": more than a time phrase
        if token.lower in ("after", "before") and _ranks(sentence[:k]):
            continue  # "the second biggest in the world after the NYSE" ranks, not times
        if any(t.lower in SUBJECT_PRONOUNS for t in phrase) or any(
            top[j] and sentence[j].lower in SUBORDINATORS for j in range(1, cut)
        ):
            continue  # "before they reach 65", or a cut inside "because it excludes ..."
        if cut and (sentence[cut - 1].text[:1].isdigit() or sentence[cut - 1].text == "%"):
            continue  # "compared with 10% before the uprising": the phrase dates the figure
        if token.lower in _PHRASE_LINKS and not unit and _noun_owns(sentence[:cut]):
            continue  # "blamed it on slow conditions after the attacks": which conditions
        if _gerund_before(sentence[:cut]):
            continue  # "suspending debt repayments until 2006": the phrase is the -ing verb's
        left = sentence[:cut]
        if left and left[-1].text == ",":
            left = left[:-1]
        if not has_finite(left):
            continue
        pieces = (
            make_sentence(left, None),
            make_sentence([*_this_be(left, token), *phrase], final),
        )
        edit = split_edit("split-time", pieces, sentence)
        if edit:
            yield edit


def split_according(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "Y, according to X." -> "Y. This is according to X."; likewise "According to X, Y."."""
    if not _long(sentence, context):
        return
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    for k in range(0, end - 3):
        if sentence[k].lower != "according" or sentence[k + 1].lower != "to" or not top[k]:
            continue
        if k == 0:
            comma = next((j for j in range(2, end) if top[j] and sentence[j].text == ","), None)
            if comma is None or subject_verb(sentence, comma + 1) is None:
                return
            main = list(sentence[comma + 1 : end])
            phrase = [decapitalise(sentence[0]), *sentence[1:comma]]
        elif sentence[k - 1].text == "," and not any(
            top[j] and sentence[j].text == "," for j in range(k, end)
        ):
            main = list(sentence[: k - 1])
            phrase = list(sentence[k:end])
        else:
            continue
        if not has_finite(main):
            return
        pieces = (
            make_sentence(main, final),
            make_sentence([inserted("This", sentence[k]), inserted("is", sentence[k]), *phrase],
                          None),
        )  # fmt: skip
        edit = split_edit("split-according", pieces, sentence)
        if edit:
            yield edit


LINKING_PHRASES = frozenset(
    {
        "in addition", "in fact", "in turn", "in particular", "in short", "in contrast",
        "in general", "in the meantime", "in the end", "at the same time", "at first",
        "on the other hand", "on the one hand", "in other words", "at least", "in total",
        "on top of this", "on balance", "in practice", "in theory", "after all",
        "in the long run", "in the short term", "in the long term", "under the plan",
        "under the deal", "under the proposals", "under the scheme",
    }
)  # fmt: skip
"""Fronted phrases that link or frame rather than say when or where: never "This was ..."."""
_POINTERS = frozenset({"that", "this", "these", "those", "it", "them", "which"})


def _dated(phrase: Sentence) -> bool:
    """True if a short fronted phrase names a time: a year, a month, a day, "year", "week"."""
    return all(t.is_word and not t.protected for t in phrase) and any(
        t.lower in _DATES or (t.text.isdigit() and len(t.text) == 4) for t in phrase
    )


_DATES = TIME_UNITS - {"second", "seconds", "minute", "minutes"} | frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday spring summer autumn winter "
    "morning afternoon evening weekend quarter".split()
)
"""Words that date a short fronted phrase; "At the time," points back instead."""


def _has_subject(phrase: Sentence) -> bool:
    """True if a subject pronoun and a tensed verb make ``phrase`` a clause ("it uses ...")."""
    words = [t for t in phrase if t.is_word and not is_adverb(t)]
    return any(
        a.lower in SUBJECT_PRONOUNS and (is_tensed_form(b.text) or b.lower in MODALS)
        for a, b in itertools.pairwise(words)
    )


def split_fronted(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "In April 2004, officials halted it." -> "Officials halted it. This was in April 2004."."""
    if not _long(sentence, context) or sentence[0].lower not in FRONTED | {"last"}:
        return
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    stop = min(end, MAX_FRONTED)
    commas = [j for j in range(2, stop) if top[j] and sentence[j].text == ","]
    short = bool(commas) and commas[0] < MIN_FRONTED
    if short and sentence[0].lower != "since" and _dated(sentence[1 : commas[0]]):
        comma: int | None = commas[0]  # "In 2003," / "On Monday," / "Last year,": a date
    elif short or sentence[0].lower == "last":
        return  # "In contrast, between 1996 and 1998, ...": the first comma closes it
    else:
        comma = next((j for j in commas if j >= MIN_FRONTED), None)
    if comma is None or has_finite(sentence[1:comma]) or _has_subject(sentence[1:comma]):
        return  # "Since it uses internet technology, ...": a clause, and "since" may mean "as"
    main = sentence[comma + 1 : end]
    verb = subject_verb(main, 0)
    if verb is None or (verb + 1 < len(main) and main[verb + 1].text == ","):
        return  # "Last year, he said, was all about deals": "Last year" is the subject
    phrase = [decapitalise(sentence[0]), *sentence[1:comma]]
    if (
        " ".join(t.lower for t in phrase) in LINKING_PHRASES
        or phrase[-1].lower in _POINTERS
        or any(t.lower in ("example", "instance") for t in phrase)
        or " ".join(t.lower for t in phrase[:3]) == "in terms of"
    ):
        return  # "On top of that, ..." links to what came before; it says no time or place
    pieces = (
        make_sentence([lower_start(main[0]), *main[1:]], final),
        make_sentence([*_this_be(main, sentence[0]), *phrase], None),
    )
    edit = split_edit("split-fronted", pieces, sentence)
    if edit:
        yield edit


def split_dash(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "Sales rose - the shop had its best week." -> "Sales rose. The shop had its best week."."""
    if not _long(sentence, context):
        return
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    dashes = [k for k in range(2, end - 2) if top[k] and is_dash(sentence[k])]
    if len(dashes) != 1:
        return  # a pair of dashes holds an aside
    k = dashes[0]
    if subject_verb(sentence, k + 1) is None or not has_finite(sentence[:k]):
        return
    pieces = (make_sentence(sentence[:k], None), make_sentence(sentence[k + 1 : end], final))
    edit = split_edit("split-dash", pieces, sentence)
    if edit:
        yield edit


_COMPARED = frozenset({"compared", "comparing"})
_MOVES = {"up": "up", "down": "down"}


def split_trailing(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """A trailing comparison or list becomes its own sentence.

    "Rates rose to 4.7%, compared with 12.1% in Germany." -> "Rates rose to
    4.7%. This compares with 12.1% in Germany."; "..., up from 1.6% last
    year." -> "... This was up from 1.6% last year."; "... through some
    sources, including debt and savings." -> "... These sources include debt
    and savings."; "Crude rose 50 cents, while Brent gained 40 cents." ->
    "Crude rose 50 cents. At the same time, Brent gained 40 cents." The phrase
    must run to the end of the sentence and hold no verb (a "while" clause
    aside), so it cannot be a clause that belongs to something else.
    """
    if not _long(sentence, context):
        return
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    for k in range(3, end - 3):
        if not phrase_mark(sentence, k, end, top):
            continue
        word, following = sentence[k + 1].lower, sentence[k + 2].lower
        if word == "while":
            edit = _split_while(sentence, k, end, final)
            if edit:
                yield edit
            continue
        phrase = sentence[k + 3 : end] if word in _COMPARED else sentence[k + 1 : end]
        if any(not top[k + 2 + i] or (t.is_word and can_be_finite(t.text))
               for i, t in enumerate(sentence[k + 2 : end])):  # fmt: skip
            return
        main = sentence[:k]
        if not has_finite(main):
            return
        at = sentence[k + 1]
        if word in _COMPARED and following in ("with", "to"):
            lead = [inserted("This", at), inserted("compares", at), inserted("with", at)]
        elif word in _MOVES and following == "from":
            lead = _this_be(main, at)
        elif word == "including":
            span = noun_phrase_before(sentence, k)
            if span is None or not is_plural_noun(sentence[span[1] - 1].text):
                continue
            noun = [t for t in sentence[span[0] : span[1]] if t.lower not in DETERMINERS]
            if not noun or any(t.lower in FUNCTION_WORDS or t.protected for t in noun):
                continue
            lead = [inserted("These", at), *copy_phrase(noun), inserted("include", at)]
            phrase = sentence[k + 2 : end]
        elif _measure(sentence[k + 1 : end]) and not _reported(main):
            lead = _this_be(main, at)  # "..., its lowest close since 10 September."
        else:
            continue
        pieces = (make_sentence(main, None), make_sentence([*lead, *phrase], final))
        edit = split_edit("split-trailing", pieces, sentence)
        if edit:
            yield edit


_RANKING = frozenset(
    "best worst first last latest biggest largest highest lowest smallest strongest weakest "
    "fastest slowest sharpest steepest record".split()
)
_EVENTS = frozenset(
    "performance default move close gain gains fall rise drop increase decline level rate "
    "figure total growth loss losses profit profits jump slump surge result results cut "
    "deficit surplus month quarter year reading high low".split()
)
"""Nouns that measure an event ("its lowest close", "the biggest default"), not name a thing."""
_MEASURE_OPENERS = frozenset({"the", "its", "their", "a", "an", "his", "her"})


def _measure(phrase: Sentence) -> bool:
    """True for a trailing phrase that ranks the event: "its lowest close since 10 September".

    It opens with an article or possessive and a ranking word ("the best
    performance since 1999", "a record figure"), and holds no verb, no -ing
    word and no "of which", so it can only say how the event before it
    measures up: "This was its lowest close since 10 September."
    """
    words = [t for t in phrase if t.is_word]
    if len(words) < 2 or words[0].lower not in _MEASURE_OPENERS:
        return False
    if not any(t.lower in _RANKING for t in words[1:3]):
        return False
    if not any(t.lower in _EVENTS for t in words):
        return False  # "Changyu, the largest wine maker in China": a thing, not the event
    return not any(
        t.protected
        or t.lower.endswith("ing")
        or t.lower in ("which", "who", "that", "whom", "and", "or", "but")
        for t in words
    )


def _reported(main: Sentence) -> bool:
    """True if ``main`` reports speech: the phrase after it may be part of the claim."""
    return any(t.lower in SPEECH_VERBS or t.lower == "that" for t in main)


def _split_while(sentence: Sentence, k: int, end: int, final: Token | None) -> Edit | None:
    """ "A, while B." -> "A. At the same time, B.": the neutral reading of "while".

    "While" after a comma may mean "and at the same time" or "but"; "at the
    same time" is true under both, where "But" would add a contrast the writer
    may never have drawn.
    """
    clause = sentence[k + 2 : end]
    if subject_verb(sentence, k + 2) is None or not has_finite(sentence[:k]):
        return None
    at = sentence[k + 1]
    lead = [inserted(w, at) for w in ("At", "the", "same", "time")]
    lead.append(inserted(",", at, space=False))
    first = clause[0]
    if not first.text.isupper() and first.lower in SUBJECT_PRONOUNS | DETERMINERS:
        first = decapitalise(first)
    pieces = (make_sentence(sentence[:k], None), make_sentence([*lead, first, *clause[1:]], final))
    return split_edit("split-trailing", pieces, sentence)
