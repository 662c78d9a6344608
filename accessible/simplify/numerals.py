"""Easy Read writes numbers as digits: "three people" -> "3 people".

Digits are quicker to read and are what Easy Read guidance asks for; a
number that is part of a name ("the Thirty Years' War") is left as it is. "one" is
left alone because it is as often a pronoun ("one of them") as a number, and
shares ("three quarters of") become "3 in 4" — the same fact, in the form
Easy Read readers are taught.
"""

from __future__ import annotations

from collections.abc import Iterator

from .edits import Context, Edit, Sentence
from .numberwords import BIG_SCALES, FRACTIONS, phrase_value
from .tokens import Token
from .words import FUNCTION_WORDS, can_be_finite, is_plural_noun, lemmas

MAX_MODIFIERS = 3
"""How many adjectives or names may stand between a stray article's number and its noun."""


def _number_words(sentence: Sentence, start: int) -> tuple[int, int] | None:
    """(value, length) of a number-word phrase starting at ``start``, if any."""
    words: list[str] = []
    for token in sentence[start:]:
        if token.protected or not token.is_word:
            break
        words.append(token.text)
        if len(words) == 8:
            break
    found = phrase_value(words)
    if found is None or (found[1] == 1 and words[0].lower() in ("one", "zero")):
        return None
    return found


def _in_name(sentence: Sentence, start: int, length: int) -> bool:
    """True for a number that is part of a name: "the Thirty Years' War", "Channel Four".

    Inside a sentence a capital says so; at its start, a capitalised word after it does.
    """
    if not sentence[start].text[:1].isupper():
        return False
    if start > 0:
        return True
    after = sentence[start + length] if start + length < len(sentence) else None
    return after is not None and after.is_word and after.text[:1].isupper()


def _noun_follows(sentence: Sentence, at: int) -> bool:
    """True if a lower-case word that may be a noun comes next ("two goals lead")."""
    if at >= len(sentence):
        return False
    token = sentence[at]
    if not token.is_word or not token.text[:1].islower() or token.lower in FUNCTION_WORDS:
        return False
    return "NOUN" in lemmas(token.lower) and not can_be_finite(token.lower)


def _stray_article(sentence: Sentence, index: int, stop: int, value: int) -> bool:
    """True for a source slip "a two former extremists": "a"/"an" before a count above one.

    The article cannot go with a plural count, so Easy Read drops it with the
    number words ("2 former extremists"). Only when a plural noun follows,
    perhaps after adjectives or names; "a two megapixel camera", "a three year
    low" and "a two million" keep their article (a singular noun or a scale
    follows), and "a hundred" or "a dozen" are not number phrases here at all.
    """
    if index == 0 or value < 2 or sentence[index - 1].protected:
        return False
    if sentence[index - 1].lower not in ("a", "an"):
        return False
    for at in range(stop, min(stop + MAX_MODIFIERS + 1, len(sentence))):
        token = sentence[at]
        lower = token.lower
        if not token.is_word or token.protected or lower in FUNCTION_WORDS:
            return False
        found = lemmas(lower)
        if is_plural_noun(lower) and "NOUN" in found:
            return not _noun_follows(sentence, at + 1)
        capitalised = token.text[:1].isupper() and not found
        if not capitalised and "ADJ" not in found:
            return False
    return False


def to_digits(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """Propose replacing each number written in words by digits."""
    index = 0
    while index < len(sentence):
        token = sentence[index]
        if token.text.isdigit() and not token.protected:
            if _stray_article(sentence, index, index + 1, int(token.text)):
                # "a 2 former extremists": the digits stay, the article goes
                touched = sentence[index - 1 : index + 1]
                digits = Token(token.text, touched[0].start, touched[0].start, touched[0].space)
                result = (*sentence[: index - 1], digits, *sentence[index + 1 :])
                yield Edit("number", (result,), tuple(touched), token.text)
            index += 1
            continue
        found = _number_words(sentence, index)
        if (
            found is None
            or (index > 0 and sentence[index - 1].text in ("-", "–"))
            or _in_name(sentence, index, found[1])
        ):
            index += 1
            continue
        value, length = found
        stop = index + length
        words = [str(value)]
        if stop < len(sentence) and sentence[stop].lower in FRACTIONS and value < 10:
            denominator = FRACTIONS[sentence[stop].lower]
            after_of = stop + 1 < len(sentence) and sentence[stop + 1].lower == "of"
            if after_of:
                words = [str(value), "in", str(denominator)]
                stop += 1
                if stop + 1 < len(sentence) and sentence[stop + 1].lower not in (
                    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his",
                    "her", "our", "all",
                ):  # fmt: skip
                    stop += 1
                    words = [str(value), "in", str(denominator)]
                else:
                    words.append("of")
                    stop += 1
        elif stop < len(sentence) and sentence[stop].lower in BIG_SCALES:
            words.append(sentence[stop].lower)
            stop += 1
        elif _stray_article(sentence, index, stop, value):
            index -= 1
        touched = sentence[index:stop]
        first = touched[0]
        new = [
            Token(w, first.start, first.start, first.space if i == 0 else True)
            for i, w in enumerate(words)
        ]
        result = (*sentence[:index], *new, *sentence[stop:])
        yield Edit("number", (result,), tuple(touched), " ".join(words))
        index = stop
