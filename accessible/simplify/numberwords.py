"""Numbers as facts: one canonical form for digits and number words.

Easy Read writes numbers as digits, and the fact guard must see that
"three" and "3" are the same fact, so both directions go through here.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000}
BIG_SCALES = frozenset({"million", "billion", "trillion"})
"""Kept as words after the digits ("2 million"): easier to read than 2,000,000."""

FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
"""Denominators for "three quarters" -> "3 in 4" (Easy Read's way of saying a share)."""

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def word_value(word: str) -> int | None:
    """The value of a single number word ("seven", "twenty-one"), else None."""
    lower = word.lower()
    if lower in UNITS:
        return UNITS[lower]
    if lower in TENS:
        return TENS[lower]
    head, _, tail = lower.partition("-")
    if head in TENS and tail in UNITS and 0 < UNITS[tail] < 10:
        return TENS[head] + UNITS[tail]
    return None


def phrase_value(words: list[str]) -> tuple[int, int] | None:
    """Read the longest number phrase at the start of ``words``.

    Returns (value, number of words used) for phrases like "two hundred and
    fifty" or "forty-five"; "million"-type scales are left to the caller.
    """
    total, current, used = 0, 0, 0
    previous = ""  # kind of the last word taken: "", "unit", "tens", "scale" or "and"
    for index, word in enumerate(words):
        lower = word.lower()
        value = word_value(lower)
        if value is not None and lower in TENS and previous in ("", "scale", "and"):
            current, previous = current + value, "tens"
        elif (
            value is not None
            and lower not in TENS
            and (previous in ("", "scale", "and") or (previous == "tens" and value < 10))
        ):
            current, previous = current + value, "unit"
        elif lower in SCALES and previous in ("unit", "tens") and current % 100 < 100:
            if SCALES[lower] == 100:
                current = (current % 100) * 100 + (current - current % 100)
            else:
                total, current = total + current * SCALES[lower], 0
            previous = "scale"
        elif lower == "and" and previous == "scale" and index + 1 < len(words):
            if word_value(words[index + 1]) is None:
                break
            previous = "and"
            continue
        else:
            break
        used = index + 1
    if used == 0:
        return None
    return total + current, used


def canonical(token: str) -> list[str]:
    """The numbers a token stands for, as canonical digit strings.

    "£1,500" -> ["1500"]; "1.5m" -> ["1.5"]; "7/7" -> ["7", "7"]; "seven" -> ["7"].
    """
    found = [m.group().replace(",", "") for m in _DIGITS.finditer(token)]
    if found:
        return [_strip_zeros(f) for f in found]
    value = word_value(token)
    return [] if value is None else [str(value)]


def _strip_zeros(number: str) -> str:
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return number.lstrip("0") or "0"
