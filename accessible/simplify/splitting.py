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
    inserted,
    is_name_phrase,
    is_separator,
    noun_phrase_before,
    subject_verb,
    word_count,
)
from .tokens import Token, render
from .words import (
    PREPOSITIONS,
    is_plural_noun,
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
    return Edit(kind, tuple(pieces), tuple(sentence), " ".join(render(p) for p in pieces))


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
    return noun_phrase_before(sentence, end)


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
    """The subject noun phrase at the start of the sentence and its verb's index."""
    verb = subject_verb(sentence, 0)
    if verb is None or verb > 8 or sentence[0].lower == "there":
        return None
    subject = [t for t in sentence[:verb] if t.lower not in ADVERBS and not t.lower.endswith("ly")]
    if not subject or any(not t.is_word or t.protected for t in subject):
        return None
    return subject, verb


def subject_again(subject: Sequence[Token], at: Token) -> list[Token]:
    """The main subject for a new sentence: the name or noun phrase again, "They" if plural.

    Repeating the noun phrase avoids guessing a person's gender, and for a
    singular noun "it" would be wrong whenever the noun is a person.
    """
    if len(subject) == 1 and subject[0].lower in SUBJECT_PRONOUNS | {"this", "these"}:
        return copy_phrase(subject)
    if is_plural_noun(head_noun(subject).text) and not is_name_phrase(subject):
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
