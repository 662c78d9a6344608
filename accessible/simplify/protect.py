"""Find the quoted text a simplifier must never touch.

The article pipeline passes its own quote spans, but the simplifier also runs
on bare sentences (``--each-line``, the benchmark), so it finds quotation
marks itself and protects the union of both. The rule is deliberately
greedy: a quote left open runs to the end of the paragraph, because wrongly
protecting text only costs a missed simplification while wrongly editing a
quote changes what someone said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_OPEN_CLOSE = {"“": "”", "„": "”", "«": "»", "‘": "’"}
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘")
_SINGLE_CLOSE = re.compile(r"’(?![^\W\d_])")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Half-open spans of ``text`` inside quotation marks, marks included, outermost only."""
    spans: list[tuple[int, int]] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char == '"':
            close = text.find('"', position + 1)
            end = len(text) if close < 0 else close + 1
        elif char in "“„«":
            end = _close(text, position, _OPEN_CLOSE[char], char)
        elif char == "‘" and _SINGLE_OPEN.match(text, position):
            match = _SINGLE_CLOSE.search(text, position + 1)
            end = len(text) if match is None else match.end()
        else:
            position += 1
            continue
        spans.append((position, end))
        position = end
    return spans


def _close(text: str, start: int, closer: str, opener: str) -> int:
    """End of the quote opened at ``start``, honouring nesting of the same marks."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] == opener and (opener != closer or index == start):
            depth += 1
        elif text[index] == closer:
            depth -= 1
            if depth == 0:
                return index + 1
    return len(text)


def merge_spans(*groups: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of span groups as sorted, non-overlapping spans."""
    ordered = sorted((s, e) for group in groups for s, e in group if e > s)
    merged: list[tuple[int, int]] = []
    for start, end in ordered:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def protected_spans(text: str, given: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The caller's protected spans plus every quote found in ``text``."""
    return merge_spans(given, quote_spans(text))
