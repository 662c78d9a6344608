"""What every clause-splitting rule shares: cutting, repeating a subject, recording.

A split rewrites one sentence as several, so each piece must be a sentence
of its own: long enough to say something, with a subject (repeated from the
original where needed) and a final mark. The helpers here do that the same
way for every rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from .edits import Edit, Sentence
from .structure import (
    ADVERBS,
    SUBJECT_PRONOUNS,
    body_end,
    copy_phrase,
    has_finite,
    inserted,
    is_adverb,
    is_dash,
    is_name_phrase,
    is_separator,
    noun_phrase_before,
    subject_verb,
    word_count,
)
from .tokens import Token, render
from .words import (
    PREPOSITIONS,
    is_base_verb,
    is_plural_noun,
    is_present_third,
)

MIN_WORDS = 3
"""A split must leave at least this many words on each side."""


def body_and_final(sentence: Sentence) -> tuple[int, Token | None]:
    """Where the sentence's final mark starts, and that mark (None if it has none)."""
    end = body_end(sentence)
    return end, (sentence[end] if end < len(sentence) else None)


def _introduces(piece: Sequence[Token]) -> bool:
    """True for an attribution line that opens what follows ("Experts said:")."""
    return bool(piece) and piece[-1].text == ":" and not piece[-1].protected


def split_edit(kind: str, pieces: Sequence[Sentence], sentence: Sequence[Token]) -> Edit | None:
    """A split of ``sentence`` into ``pieces``, recorded against the whole sentence.

    The change covers the whole input sentence because a split rewrites it as
    a whole (words move, subjects repeat); an editor reviews it side by side.
    """
    if any(word_count(p) < (2 if _introduces(p) else MIN_WORDS) for p in pieces):
        return None
    if any(_ends_on_that(p) for p in pieces):
        return None  # "But Euronext added that.": the words reported came after, in a quote
    if sentence and sentence[-1].text == "?" and not sentence[-1].protected:
        return None  # a question split in two leaves a statement and a stray question mark
    return Edit(kind, tuple(pieces), tuple(sentence), " ".join(render(p) for p in pieces))


def phrase_mark(sentence: Sentence, k: int, end: int, top: list[bool]) -> bool:
    """True if ``sentence[k]`` may open a trailing phrase: a comma, or the sentence's only dash.

    "Debt keeps growing - taking the total to $8.2tn" sets the phrase off with
    a dash as others do with a comma; with a second dash the two hold an aside.
    """
    if not top[k]:
        return False
    if sentence[k].text == ",":
        return True
    return (
        is_dash(sentence[k]) and sum(1 for j in range(end) if top[j] and is_dash(sentence[j])) == 1
    )


def _ends_on_that(piece: Sequence[Token]) -> bool:
    """True if the last word of ``piece`` is an unquoted "that" (a clause cut off)."""
    words = [t for t in piece if t.is_word]
    return bool(words) and words[-1].lower == "that" and not words[-1].protected


def clause_close(sentence: Sentence, start: int, end: int, top: list[bool]) -> int:
    """Index of the comma that ends the clause beginning at ``start`` (or ``end``).

    A comma between two capitalised words ("Paris, France") does not close it.
    """
    for j in range(start, end):
        if not top[j] or not is_separator(sentence[j]):
            continue
        if (
            0 < j < end - 1
            and sentence[j - 1].text[:1].isupper()
            and sentence[j + 1].text[:1].isupper()
        ):
            continue
        return j
    return end


def antecedent_span(sentence: Sentence, comma: int) -> tuple[int, int] | None:
    """The noun phrase a clause after ``comma`` refers to, skipping a bracket just before it."""
    end = comma
    if end > 0 and sentence[end - 1].text == ")":
        opening = next((j for j in range(end - 1, -1, -1) if sentence[j].text == "("), None)
        if opening is None:
            return None
        end = opening
    found = noun_phrase_before(sentence, end)
    if found and found[0] and sentence[found[0] - 1].lower == "to" and found[1] - found[0] > 1:
        first = sentence[found[0]]
        if first.text[:1].islower() and is_base_verb(first.text):
            return found[0] + 1, found[1]  # "to paint Mr Sullivan, who": the verb is no part
    return found


def repeat(phrase: Sequence[Token]) -> list[Token]:
    """The antecedent repeated as a subject: "a physician" -> "the physician"."""
    copied = copy_phrase(phrase)
    if copied and copied[0].lower in ("a", "an"):
        copied[0] = Token("the", copied[0].start, copied[0].end, copied[0].space)
    return copied


def be_form(past: bool, plural: bool) -> str:
    """The form of "be" for a new sentence's tense and subject number."""
    if past:
        return "were" if plural else "was"
    return "are" if plural else "is"


def main_subject(sentence: Sentence) -> tuple[list[Token], int] | None:
    """The subject noun phrase at the start of the sentence and its verb's index.

    A connective or a short time phrase before it ("But", "Meanwhile,", "On
    Monday,") is passed over: it stays with the first piece of a split.
    """
    found = _subject_here(sentence)
    if found is not None and found[0][0].lower in ("last", "next", "this"):
        found = None  # "Last year Pernod tried": the date is no part of the subject
    lead = _frame_end(sentence) if found is None else 0
    if lead:
        inner = _subject_here(sentence[lead:])
        if inner is not None:
            return inner[0], inner[1] + lead
    return found


_CONNECTIVES = frozenset({"but", "and", "so", "yet"})
_LINKERS = frozenset(
    "meanwhile however now separately instead overall currently also still yesterday today "
    "elsewhere previously earlier later".split()
)
"""Single words that may open a sentence, set off by a comma, before its subject."""
_FRAME_PREPOSITIONS = frozenset("in on at during since by last this earlier".split())
MAX_FRAME = 6
"""Words a fronted time phrase may have ("In the third quarter of 2004,")."""


def _frame_end(sentence: Sentence) -> int:
    """Where the subject starts after a leading connective or time phrase (0 if none)."""
    if len(sentence) < 3 or sentence[0].protected:
        return 0
    first = sentence[0].lower
    if first in _CONNECTIVES:
        return 2 if sentence[1].text == "," else 1
    if first in ("last", "next", "this") and sentence[1].lower in _TIME_NOUNS:
        return 3 if sentence[2].text == "," else 2  # "Last year Pernod tried ..."
    if sentence[1].text == "," and (first in _LINKERS or (is_adverb(sentence[0]))):
        return 2
    if first not in _FRAME_PREPOSITIONS:
        return 0
    comma = next(
        (j for j in range(2, min(len(sentence), MAX_FRAME + 2)) if sentence[j].text == ","), None
    )
    if comma is None or any(not t.is_word or t.protected for t in sentence[1:comma]):
        return 0
    if has_finite(sentence[1:comma]) or not any(_time_word(t) for t in sentence[1:comma]):
        return 0  # "In terms of gameplay," frames a topic, not a time
    return comma + 1


_TIME_NOUNS = frozenset(
    "year years month months week weeks day days quarter quarters morning afternoon evening "
    "night weekend time decade century january february march april may june july august "
    "september october november december monday tuesday wednesday thursday friday saturday "
    "sunday spring summer autumn winter".split()
)


def _time_word(token: Token) -> bool:
    """True for a word that dates a phrase: a year, a month, a day, "week", "quarter"."""
    return token.lower in _TIME_NOUNS or (token.text.isdigit() and len(token.text) == 4)


def _subject_here(sentence: Sentence) -> tuple[list[Token], int] | None:
    """The subject noun phrase at the very start of ``sentence`` and its verb's index."""
    verb = subject_verb(sentence, 0)
    if verb is None:
        verb = _joined_subject_verb(sentence)
    bracket = None if verb is not None else _bracket_after_subject(sentence)
    if bracket is not None:
        opening, closing = bracket
        inner = subject_verb((*sentence[:opening], *sentence[closing + 1 :]), 0)
        if inner != opening:
            return None  # the verb must follow the bracket: "The Bank of England (BoE) has"
        verb = closing + 1
    if verb is None or verb > 8 or sentence[0].lower == "there":
        return None
    head = sentence[: bracket[0]] if bracket else sentence[:verb]
    subject = [t for t in head if t.lower not in ADVERBS and not t.lower.endswith("ly")]
    if not subject or any(not t.is_word or t.protected for t in subject):
        return None
    return subject, verb


MAX_BRACKET = 6
"""How far into the sentence a bracket after the subject may open ("The Bank of England (BoE)")."""


def _bracket_after_subject(sentence: Sentence) -> tuple[int, int] | None:
    """Where a bracket right after the opening noun phrase opens and closes, if there is one."""
    opening = next(
        (j for j in range(1, min(len(sentence), MAX_BRACKET + 1)) if sentence[j].text == "("),
        None,
    )
    if opening is None or any(not t.is_word or t.protected for t in sentence[:opening]):
        return None
    closing = next((j for j in range(opening + 1, len(sentence)) if sentence[j].text == ")"), None)
    if closing is None or any(
        t.protected or t.text == "(" for t in sentence[opening + 1 : closing]
    ):
        return None
    return opening, closing


MAX_CONJUNCT = 4
"""Words allowed in the first half of a joined subject ("Airlines and aviation bodies")."""


def _joined_subject_verb(sentence: Sentence) -> int | None:
    """The verb's index after a subject of two noun phrases joined by "and", or None.

    "Airlines and aviation bodies have reacted ...": the first half must be a
    plain noun phrase (no verb, no comma) and the second a subject with its
    verb, which must be plural ("Vodafone and O2 offers" is no clause).
    """
    joint = next(
        (j for j in range(1, min(len(sentence), MAX_CONJUNCT + 2)) if sentence[j].lower == "and"),
        None,
    )
    if joint is None or noun_phrase_before(sentence, joint) != (0, joint):
        return None
    if any(t.protected or not t.is_word for t in sentence[:joint]):
        return None
    verb = subject_verb(sentence, joint + 1)
    if verb is None or is_present_third(sentence[verb].text):
        return None
    if sentence[verb].lower in ("is", "was", "has"):
        return None
    return verb


def plural_subject(subject: Sequence[Token]) -> bool:
    """True if ``subject`` takes a plural verb: two things joined by "and", or a plural noun."""
    if any(t.lower == "and" for t in subject) and not is_name_phrase(subject):
        return True
    return is_plural_noun(head_noun(subject).text) and not is_name_phrase(subject)


def subject_again(subject: Sequence[Token], at: Token) -> list[Token]:
    """The main subject for a new sentence: the name or noun phrase again, "They" if plural.

    Repeating the noun phrase avoids guessing a person's gender, and for a
    singular noun "it" would be wrong whenever the noun is a person.
    """
    if len(subject) == 1 and subject[0].lower in SUBJECT_PRONOUNS | {"this", "these"}:
        return copy_phrase(subject)
    if plural_subject(subject):
        return [inserted("They", at)]
    return repeat(subject)


def head_noun(phrase: Sequence[Token]) -> Token:
    """The head of a noun phrase: the word before its first preposition ("cost" in
    "the cost of making hard drives"), else its last word."""
    for j, token in enumerate(phrase):
        if j and token.lower in PREPOSITIONS and not token.text[:1].isupper():
            if phrase[j - 1].lower in _QUANTITIES:
                break  # "a number of companies" are plural: the head is "companies"
            return phrase[j - 1]
    return phrase[-1]


_QUANTITIES = frozenset(
    "number lot lots majority host couple handful half third quarter most some many all "
    "none both each few several".split()
)
