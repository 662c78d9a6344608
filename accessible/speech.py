"""Spoken forms: what a newsreader would say for the written text of one line.

Only the script's spoken text changes; the article text and its offsets stay
as they were, so transcripts show what was written.
"""

from __future__ import annotations

import re

_QUOTE_MARKS = re.compile(r"[\"“”„«»‹›]|(?<![\w])['‘’]|['‘’](?![\w])")
_DASH = re.compile(r"\s+[-–—]+\s+")
_MONEY = re.compile(
    r"(?P<cur>[£$€])(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<mult>bn|billion|m|million|k|tn|trillion)?\b"
)
_CURRENCY = {"£": "pounds", "$": "dollars", "€": "euros"}
_MULTIPLIER = {"bn": "billion", "billion": "billion", "m": "million", "million": "million",
               "k": "thousand", "tn": "trillion", "trillion": "trillion"}  # fmt: skip
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})\b")
_PERCENT = re.compile(r"(\d)\s?%")


def spoken(text: str) -> str:
    """The text to send to the engine for ``text``."""
    text = _QUOTE_MARKS.sub("", text)
    text = _MONEY.sub(_money, text)
    text = _SLASH_DATE.sub(r"\1 \2", text)
    text = _PERCENT.sub(r"\1 percent", text)
    text = _DASH.sub(", ", text)
    return " ".join(text.split())


def _money(match: re.Match[str]) -> str:
    amount = match.group("num").replace(",", "")
    mult = _MULTIPLIER.get((match.group("mult") or "").lower())
    unit = _CURRENCY[match.group("cur")]
    if amount == "1" and not mult:
        unit = unit[:-1]
    return f"{amount} {mult} {unit}" if mult else f"{amount} {unit}"
