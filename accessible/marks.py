"""Where quotations are: pairs of quotation marks, in every style news uses.

Quotes are paired within one region (a paragraph, or the headline), so an
unbalanced mark can never swallow the rest of the article: a quote still open at
the end of a paragraph ends there, and continues only if the next paragraph
reopens it (the convention for quotations over several paragraphs). Nested
quotes stay inside their outer quote. Single marks are told from apostrophes
by what stands on each side ("don't", "terrorists' beliefs", "'90s"), and a
single-quoted phrase that starts inside a sentence must close in it. A closing
mark with no opening one, followed by a speech cue ('... blue," he said'), still
closes a quotation: it opened at its sentence's start.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from .model import Span

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
MARKS = "\"'" + DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE
_OPEN_BEFORE = "([{—–-/" + MARKS
_CLOSE_AFTER = ".,;:!?)]}—–-/…" + MARKS
_ELISIONS = frozenset("em tis twas til n cause bout bot bots net phone gainst neath round".split())
_SENTENCE_END = re.compile(r"[.!?…]['’\"”)]*\s+$")
_STRAY_REACH = 600
"""How far back a closing mark with no opening mark looks for a stray opening one."""


@dataclass(frozen=True, slots=True)
class Segment:
    """The words of one quotation (marks excluded) and the marks around them."""

    span: Span
    region: int
    opener: int | None
    closer: int | None


@dataclass(frozen=True, slots=True)
class _Mark:
    double: bool
    opens: bool
    closes: bool
    weak: bool = False


def _mark(text: str, i: int, start: int, end: int) -> _Mark | None:
    """How the mark at ``i`` can act, from the characters on each side of it."""
    ch = text[i]
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    space_before, space_after = before.isspace(), after.isspace()
    if ch in DOUBLE_OPEN:
        return _Mark(True, True, False)
    if ch in DOUBLE_CLOSE:
        return _Mark(True, False, True)
    if ch == '"':
        opens = not space_after and (space_before or before in _OPEN_BEFORE)
        closes = not space_before and (space_after or after in _CLOSE_AFTER)
        return _Mark(True, opens, closes) if opens or closes else None
    if before.isalnum() and after.isalnum():
        return None  # an apostrophe: don't, O'Brien
    opens = ch in "'‘‹" and (space_before or before in _OPEN_BEFORE) and after.isalnum()
    if opens and _elision(text, i + 1, end):
        opens = False
    closes = ch in "'’›" and not space_before and (space_after or after in _CLOSE_AFTER)
    if not (opens or closes):
        return None
    weak = closes and before in "sS" and bool(re.match(r"\s+[a-z0-9]", text[i + 1 : i + 3]))
    return _Mark(False, opens, closes, weak)


def _elision(text: str, i: int, end: int) -> bool:
    word = re.match(r"\w+", text[i:end])
    return word is not None and (
        word.group().lower() in _ELISIONS or bool(re.fullmatch(r"\d0s|\d\d", word.group()))
    )


def find_segments(
    text: str,
    regions: list[tuple[Span, list[Span]]],
    cue_at: Callable[[str, int], bool],
) -> list[Segment]:
    """Every quotation in the regions (a span and its sentences each), in text order.

    ``cue_at(text, i)`` says whether a speech cue starts at ``i``; it lets a closing
    mark with no opening mark still end a quotation.
    """
    found: list[Segment] = []
    for index, (region, sentences) in enumerate(regions):
        following = regions[index + 1][0] if index + 1 < len(regions) else None
        continues = following is not None and _opens_single(text, following)
        segments = _scan(text, region, sentences, index, continues)
        segments += _orphans(text, region, sentences, index, segments, cue_at)
        found += sorted(segments, key=lambda s: s.span.start)
    return found


def _opens_single(text: str, region: Span) -> bool:
    mark = _mark(text, region.start, region.start, region.end)
    return mark is not None and not mark.double and mark.opens


def _scan(
    text: str, region: Span, sentences: list[Span], index: int, continues: bool
) -> list[Segment]:
    start, end = region.start, region.end
    closers = _single_closers(text, start, end)
    starts = [s.start for s in sentences]
    found: list[Segment] = []
    i = start
    while i < end:
        mark = _mark(text, i, start, end) if text[i] in MARKS else None
        if mark is None or not mark.opens:
            i += 1
            continue
        if mark.double:
            close, resume = _close_double(text, i + 1, end)
        else:
            limit = (
                end if _speech_start(text, start, i) else _sentence_end(sentences, starts, i, end)
            )
            close, resume = _close_single(closers, i + 1, limit)
            if close is None and not (i == start and continues):
                i += 1
                continue
        span = _trim(text, i + 1, close if close is not None else resume)
        if span is not None:
            found.append(Segment(span, index, i, close))
        i = resume
    return found


def _sentence_end(sentences: list[Span], starts: list[int], i: int, default: int) -> int:
    number = bisect.bisect_right(starts, i) - 1
    if number >= 0 and i < sentences[number].end:
        return sentences[number].end
    return default


def _speech_start(text: str, start: int, i: int) -> bool:
    """Whether a quote opening at ``i`` starts speech: at the region start, after a colon
    or after the end of a sentence."""
    j = i - 1
    while j >= start and text[j].isspace():
        j -= 1
    if j < start or text[j] == ":":
        return True
    if j == i - 1:
        return False
    while j >= start and text[j] in "'’\"”)":
        j -= 1
    return j >= start and text[j] in ".!?…"


def _close_double(text: str, i: int, end: int) -> tuple[int | None, int]:
    """The closing mark of a double quote opened before ``i`` (None if unclosed) and where to go on.

    An opening mark after the end of a sentence reopens the quotation (paragraphs
    of one quotation merged into one): the open quote ends there, unclosed. Any
    other opening mark inside starts a nested quote.
    """
    depth = 0
    for k in range(i, end):
        if text[k] not in MARKS:
            continue
        mark = _mark(text, k, 0, end)
        if mark is None or not mark.double:
            continue
        if mark.closes and (depth == 0 or not mark.opens):
            if depth == 0:
                return k, k + 1
            depth -= 1
        elif mark.opens:
            if depth == 0 and _SENTENCE_END.search(text[max(i, k - 4) : k]):
                return None, k
            depth += 1
    return None, end


def _single_closers(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Positions of single closing marks in a region: (sure ones, plural possessives)."""
    strong: list[int] = []
    weak: list[int] = []
    for k in range(start, end):
        if text[k] in "'’›":
            mark = _mark(text, k, 0, end)
            if mark is not None and not mark.double and mark.closes:
                (weak if mark.weak else strong).append(k)
    return strong, weak


def _close_single(
    closers: tuple[list[int], list[int]], i: int, limit: int
) -> tuple[int | None, int]:
    """The closing mark of a single quote, preferring one that is not a plural possessive."""
    for positions in closers:
        at = bisect.bisect_left(positions, i)
        if at < len(positions) and positions[at] < limit:
            return positions[at], positions[at] + 1
    return None, limit


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return Span(start, end)


def _orphans(
    text: str,
    region: Span,
    sentences: list[Span],
    index: int,
    segments: list[Segment],
    cue_at: Callable[[str, int], bool],
) -> list[Segment]:
    """Quotations whose opening mark is missing, found from a closing mark and a cue after it."""
    found: list[Segment] = []
    covered = [
        (s.opener if s.opener is not None else s.span.start,
         (s.closer if s.closer is not None else s.span.end) + 1)
        for s in segments
    ]  # fmt: skip
    starts = [s.start for s in sentences]
    floor = region.start
    for k in range(region.start, region.end):
        while covered and covered[0][0] <= k:
            if k < covered[0][1]:
                break
            floor = max(floor, covered.pop(0)[1])
        if text[k] not in '"”' or (covered and covered[0][0] <= k < covered[0][1]):
            continue
        mark = _mark(text, k, region.start, region.end)
        if mark is None or not mark.closes or mark.opens or not cue_at(text, k + 1):
            continue
        number = bisect.bisect_right(starts, k) - 1
        begin = max(floor, sentences[number].start if number >= 0 else region.start)
        stray = next(
            (j for j in range(k - 1, max(floor, k - _STRAY_REACH) - 1, -1)
             if text[j] in "'‘“" and _speech_start(text, floor, j)),
            None,
        )  # fmt: skip
        span = _trim(text, stray + 1 if stray is not None else begin, k)
        if span is not None:
            found.append(Segment(span, index, stray, k))
            floor = k + 1
    return found
