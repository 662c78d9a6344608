"""Clause-level splitting: one long sentence into several short ones.

Each rule recognises one construction by its punctuation and function words
(semicolons, ", and he ...", ", which ...", "X, a former ..., said",
"Although ..., ...") and only fires when both halves look like clauses of
their own, so that a list or a title with a colon is left alone. The new
sentence's subject is a pronoun where the antecedent is plainly a thing and
the repeated noun phrase otherwise, because Easy Read prefers a repeated name
to a pronoun the reader has to resolve.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .edits import Context, Edit, Sentence
from .structure import (
    ADVERBS,
    DASHES,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    body_end,
    clause_after,
    copy_phrase,
    finite_at,
    has_finite,
    inserted,
    is_name_phrase,
    is_past_clause,
    lower_start,
    make_sentence,
    noun_phrase_before,
    pronoun_for,
    subject_verb,
    top_level,
    verb_after_relative,
    word_count,
)
from .tokens import Token, decapitalise, render
from .words import (
    DETERMINERS,
    FINITE_AUX,
    FUNCTION_WORDS,
    SUBORDINATORS,
    can_be,
    can_be_finite,
    inflect,
    is_participle,
    is_past_tense,
    is_plural_noun,
    is_present_third,
    verb_lemma,
)

MIN_WORDS = 3
"""A split must leave at least this many words on each side."""

_LEADS = {"but": "But", "yet": "But", "so": "So", "whereas": "But"}
_COORDINATORS = frozenset({"and", *_LEADS})


def _final(sentence: Sentence) -> tuple[int, Token | None]:
    end = body_end(sentence)
    return end, (sentence[end] if end < len(sentence) else None)


def _edit(kind: str, pieces: Sequence[Sentence], sentence: Sequence[Token]) -> Edit | None:
    """A split of ``sentence`` into ``pieces``, recorded against the whole sentence.

    The change covers the whole input sentence because a split rewrites it as
    a whole (words move, subjects repeat); an editor reviews it side by side.
    """
    if any(word_count(p) < MIN_WORDS for p in pieces):
        return None
    return Edit(kind, tuple(pieces), tuple(sentence), " ".join(render(p) for p in pieces))


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
    end, final = _final(sentence)
    top = top_level(sentence)
    for k in range(1, end - 1):
        if sentence[k].text not in (";",) or not top[k]:
            continue
        left, right = sentence[:k], sentence[k + 1 : end]
        lead, skip = _lead(right, sentence[k])
        if clause_after(right, skip) is None or not has_finite(left):
            continue
        pieces = (make_sentence(left, None), make_sentence([*lead, *right[skip:]], final))
        edit = _edit("split-semicolon", pieces, sentence)
        if edit:
            yield edit


def split_colon(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "A: B" -> "A. B." when both are clauses and the colon does not introduce speech."""
    end, final = _final(sentence)
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
        edit = _edit("split-colon", pieces, sentence)
        if edit:
            yield edit


def split_coordination(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "A, and B" / "A, but B" between two full clauses -> "A. B." / "A. But B."."""
    end, final = _final(sentence)
    top = top_level(sentence)
    for k in range(1, end - 2):
        token = sentence[k]
        if not top[k] or token.lower not in _COORDINATORS:
            continue
        comma = sentence[k - 1].text in (",", ";")
        if not comma and sentence[k + 1].lower not in SUBJECT_PRONOUNS - {"it", "there"}:
            continue  # "A and B went" may be one subject: only split before "he", "they" ...
        if (clause_after if comma else subject_verb)(sentence, k + 1) is None:
            continue
        left = sentence[: k - 1] if comma else sentence[:k]
        if not has_finite(left):
            continue
        lead, skip = _lead(sentence[k:end], token)
        right = [*lead, *sentence[k + skip : end]]
        pieces = (make_sentence(left, None), make_sentence(right, final))
        edit = _edit("split-coordination", pieces, sentence)
        if edit:
            yield edit


def _clause_close(sentence: Sentence, start: int, end: int, top: list[bool]) -> int:
    """Index of the comma that ends the clause beginning at ``start`` (or ``end``).

    A comma between two capitalised words ("Paris, France") does not close it.
    """
    for j in range(start, end):
        if not top[j] or (sentence[j].text not in (",",) and sentence[j].text not in DASHES):
            continue
        if (
            0 < j < end - 1
            and sentence[j - 1].text[:1].isupper()
            and sentence[j + 1].text[:1].isupper()
        ):
            continue
        return j
    return end


def _antecedent(sentence: Sentence, comma: int) -> tuple[int, int] | None:
    """The noun phrase a clause after ``comma`` refers to, skipping a bracket just before it."""
    end = comma
    if end > 0 and sentence[end - 1].text == ")":
        opening = next((j for j in range(end - 1, -1, -1) if sentence[j].text == "("), None)
        if opening is None:
            return None
        end = opening
    return noun_phrase_before(sentence, end)


def _repeat(phrase: Sequence[Token]) -> list[Token]:
    """The antecedent repeated as a subject: "a physician" -> "the physician"."""
    copied = copy_phrase(phrase)
    if copied and copied[0].lower in ("a", "an"):
        copied[0] = Token("the", copied[0].start, copied[0].end, copied[0].space)
    return copied


def _rest_after(sentence: Sentence, close: int, end: int) -> list[Token] | None:
    """What follows an inserted clause, to rejoin the main clause (None if it cannot be)."""
    if close >= end:
        return []
    after = list(sentence[close + 1 : end])
    if not after:
        return []
    if after[0].lower in ("and", "but", "or", "while"):
        return [sentence[close], *after]
    return after


def split_relative(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "X, which/who V ..., Y" -> "X Y. It/They/X V ..."."""
    end, final = _final(sentence)
    top = top_level(sentence)
    for k in range(1, end - 2):
        if sentence[k].text != "," or not top[k]:
            continue
        relative = sentence[k + 1]
        if relative.lower not in ("which", "who") or not top[k + 1]:
            continue
        verb = verb_after_relative(sentence, k + 2)
        if verb is None:
            continue
        verb = k + 2  # keep an adverb with its verb
        span = _antecedent(sentence, k)
        if span is None:
            continue
        antecedent = sentence[span[0] : span[1]]
        if relative.lower == "who":
            if is_plural_noun(antecedent[-1].text) and not is_name_phrase(antecedent):
                subject = [inserted("They", relative)]
            else:
                subject = _repeat(antecedent)
        elif all(t.text[:1].isdigit() for t in antecedent if t.is_word):
            subject = [inserted("This", relative)]
        else:
            subject = [inserted(pronoun_for(antecedent), relative)]
        close = _clause_close(sentence, verb, end, top)
        rest = _rest_after(sentence, close, end)
        if rest is None:
            continue
        main = [*sentence[:k], *rest]
        clause = [*subject, *sentence[verb:close]]
        pieces = (make_sentence(main, None), make_sentence(clause, final))
        edit = _edit("split-relative", pieces, sentence)
        if edit:
            yield edit


_APPOSITIVE_STARTS = DETERMINERS - {"no", "all", "both", "each", "every", "any", "some", "few"}


def _be(past: bool, plural: bool) -> str:
    if past:
        return "were" if plural else "was"
    return "are" if plural else "is"


def split_appositive(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "Junod, a physician from Geneva, was ..." -> "Junod was .... Junod was a physician ..."."""
    end, final = _final(sentence)
    top = top_level(sentence)
    for k in range(1, end - 2):
        if sentence[k].text != "," or not top[k]:
            continue
        if sentence[k + 1].lower not in _APPOSITIVE_STARTS:
            continue
        span = _antecedent(sentence, k)
        if span is None:
            continue
        antecedent = sentence[span[0] : span[1]]
        close = _clause_close(sentence, k + 1, end, top)
        appositive = sentence[k + 1 : close]
        if word_count(appositive) < 2 or any(
            t.is_word and can_be_finite(t.text) for t in appositive
        ):
            continue
        if any(t.text in (",", ";", ":") for t in appositive):
            continue
        if close < end:
            # Mid-sentence: the antecedent must be the subject and a verb must follow.
            if span[0] != 0 or not finite_at(sentence, close + 1):
                continue
            main = [*sentence[:k], *sentence[close + 1 : end]]
        else:
            # Sentence-final: only "Name, a/an ..." and not the last item of a list.
            if sentence[k + 1].lower not in ("a", "an"):
                continue
            if not is_name_phrase(antecedent) or any(
                t.text == "," for t in sentence[: span[0]] if top[sentence.index(t)]
            ):
                continue
            if not has_finite(sentence[: span[0]]):
                continue
            main = list(sentence[:k])
        plural = is_plural_noun(antecedent[-1].text) and not is_name_phrase(antecedent)
        be = inserted(_be(is_past_clause(main), plural), sentence[k])
        clause = [*_repeat(antecedent), be, *appositive]
        pieces = (make_sentence(main, None), make_sentence(clause, final))
        edit = _edit("split-appositive", pieces, sentence)
        if edit:
            yield edit


_CONTRAST = frozenset({"although", "though"})


def split_subordinate(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "Although A, B." -> "A. But B."; "A, although B." -> "A. But B."."""
    end, final = _final(sentence)
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
            edit = _edit("split-subordinate", pieces, sentence)
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
        edit = _edit("split-subordinate", pieces, sentence)
        if edit:
            yield edit


def _main_subject(sentence: Sentence) -> tuple[list[Token], int] | None:
    """The subject noun phrase at the start of the sentence and its verb's index."""
    verb = subject_verb(sentence, 0)
    if verb is None or verb > 8 or sentence[0].lower == "there":
        return None
    subject = [t for t in sentence[:verb] if t.lower not in ADVERBS and not t.lower.endswith("ly")]
    if not subject or any(not t.is_word or t.protected for t in subject):
        return None
    return subject, verb


def _subject_again(subject: Sequence[Token], at: Token) -> list[Token]:
    """The main subject for a new sentence: the name or noun phrase again, "They" if plural.

    Repeating the noun phrase avoids guessing a person's gender, and for a
    singular noun "it" would be wrong whenever the noun is a person.
    """
    if len(subject) == 1 and subject[0].lower in SUBJECT_PRONOUNS | {"this", "these"}:
        return copy_phrase(subject)
    if is_plural_noun(subject[-1].text) and not is_name_phrase(subject):
        return [inserted("They", at)]
    return _repeat(subject)


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
    end, final = _final(sentence)
    top = top_level(sentence)
    found = _main_subject(sentence)
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
            new_subject = [*_subject_again(subject, second), inserted(head.lower, second)]
        elif second.lower in FINITE_AUX or (
            is_past_tense(second.text) if past else is_present_third(second.text)
        ):
            new_subject = _subject_again(subject, second)
        else:
            continue
        left = sentence[: k - 1] if sentence[k - 1].text == "," else sentence[:k]
        if not has_finite(left) or _embedded_clause(sentence, verb + 1, k):
            continue
        pieces = (
            make_sentence(left, None),
            make_sentence([*lead, *new_subject, *sentence[k + 1 : end]], final),
        )
        edit = _edit("split-verb-phrase", pieces, sentence)
        if edit:
            yield edit


NOT_PARTICIPLES = frozenset(
    "including according following regarding concerning depending excluding beginning starting "
    "considering assuming notwithstanding during pending barring nothing something anything "
    "everything thing king spring morning evening building wedding".split()
)
"""-ing words that head a phrase, not a clause about the subject."""


def split_participle(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "The storm moved north, making landfall near X." -> "... north. It made landfall ..."."""
    end, final = _final(sentence)
    top = top_level(sentence)
    found = _main_subject(sentence)
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
        if _clause_close(sentence, start, end, top) != end:
            continue  # the phrase must run to the end of the sentence
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
                [*_subject_again(subject, participle), new_verb, *sentence[start + 1 : end]], final
            ),
        )
        edit = _edit("split-participle", pieces, sentence)
        if edit:
            yield edit


def split_fronted_participle(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "Tracking north, the storm hit X." -> "The storm tracked north. The storm hit X."."""
    end, final = _final(sentence)
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
    found = _main_subject(main)
    if found is None:
        return
    subject, _ = found
    past = is_past_clause(main)
    plural = is_plural_noun(subject[-1].text) and not is_name_phrase(subject)
    if having:
        verb = [inserted("had", first)]
        rest = sentence[1:comma]
    elif passive:
        verb = [inserted(_be(past, plural), first), decapitalise(first)]
        rest = sentence[1:comma]
    else:
        form = inflect(lemma, "VBD" if past else ("VBP" if plural else "VBZ"))
        if form is None:
            return
        verb = [Token(form, first.start, first.end, True)]
        rest = sentence[1:comma]
    participle_clause = [*_subject_again(subject, first), *verb, *rest]
    pieces = (make_sentence(participle_clause, None), make_sentence(main, final))
    edit = _edit("split-participle", pieces, sentence)
    if edit:
        yield edit


_EXPLAINED_AFTER = {"after": "after", "before": "before", "because": "because", "when": "when"}
"""Subordinators whose clause can stand as "This was <word> ..." after the main clause."""
PLAIN_SUBORDINATE_MIN = 20
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
    end, final = _final(sentence)
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
        edit = _edit("split-subordinate", pieces, sentence)
        if edit:
            yield edit


def split_restrictive(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """Easy Read: "... the chief who quit in May." -> "... the chief. The chief quit in May."."""
    if context.level != "easy":
        return
    end, final = _final(sentence)
    top = top_level(sentence)
    for k in range(2, end - 2):
        relative = sentence[k]
        if relative.lower not in ("who", "which") or not top[k]:
            continue  # "that" is as often "said that ..." as a relative pronoun
        if sentence[k - 1].text == ",":
            continue  # non-restrictive: split_relative's job
        verb = verb_after_relative(sentence, k + 1)
        if verb is None or any(t.lower == "to" for t in sentence[verb:end]):
            continue  # "allows two parties who ... to agree": the clause may end early
        span = noun_phrase_before(sentence, k)
        if span is None or span[0] == 0 or span[1] - span[0] < 2:
            continue  # the subject itself, or a bare noun ("people who ...") reads badly
        close = _clause_close(sentence, k + 1, end, top)
        if close != end:
            continue
        left = sentence[:k]
        if not has_finite(left[: span[0]]):
            continue
        antecedent = sentence[span[0] : span[1]]
        if relative.lower == "who" or is_name_phrase(antecedent):
            subject = _subject_again(antecedent, relative)
        else:
            subject = [inserted(pronoun_for(antecedent), relative)]
        pieces = (
            make_sentence(left, None),
            make_sentence([*subject, *sentence[k + 1 : end]], final),
        )
        edit = _edit("split-relative", pieces, sentence)
        if edit:
            yield edit
