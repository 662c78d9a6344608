"""Last touches on every output sentence: capital letter, punctuation, spacing.

Rules delete and move words; this is the one place that repairs what that
leaves behind (a stray comma at the start, two commas in a row, a lower-case
first word), so the rules themselves can stay simple.
"""

from __future__ import annotations

from collections.abc import Sequence

from .structure import FINAL_MARKS
from .tokens import Token, capitalise, render, respace

_DEBRIS = frozenset({",", ";", ":"})


def tidy(sentence: Sequence[Token]) -> str:
    """Render ``sentence`` with its first word capitalised and stray punctuation removed."""
    tokens = list(sentence)
    while tokens and tokens[0].text in _DEBRIS and not tokens[0].protected:
        tokens.pop(0)
    cleaned: list[Token] = []
    for token in tokens:
        if cleaned and not token.protected and not cleaned[-1].protected:
            previous = cleaned[-1].text
            if token.text in _DEBRIS and previous in _DEBRIS:
                continue
            if token.text in FINAL_MARKS and previous in _DEBRIS:
                cleaned[-1] = token
                continue
        cleaned.append(token)
    if not cleaned:
        return ""
    first = next((i for i, t in enumerate(cleaned) if t.is_word), None)
    if first is not None and all(not t.is_word for t in cleaned[:first]):
        cleaned[first] = capitalise(cleaned[first])
    return render(respace(cleaned))
