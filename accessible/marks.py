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

Which marks close a quotation is decided per quotation from its opening mark
(``_CLOSERS``), because the styles disagree about the same character: “ opens in
English but closes in German and Czech („…“), and » closes in French and Swiss
text («…») but opens in German and Danish books (»…«). How the article reads
those two characters is decided once for the whole text (``_Style``). When the
expected closing mark never comes, any closing mark will do, so a mismatched pair
(„…” or „…») still ends where the writer meant it to.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from .model import Span

DOUBLES = '"“”„«»'
SINGLES = "'‘’‚‹›"
MARKS = DOUBLES + SINGLES
_CLOSERS: dict[str, str] = {
    "„": '“”"',  # German, Czech, Danish „…“; Polish, Hungarian, Romanian „…”
    "“": '”"',  # English
    '"': '"”',
    "«": "»",  # French (often with spaces inside), Swiss, Italian, Russian
    "»": "«",  # German and Danish books, where » opens
    "‚": "‘’'",  # German single
    "‘": "’'",
    "'": "'’",
    "‹": "›",
    "›": "‹",
}
"""The closing marks each opening mark expects; any closing mark is the fallback."""
_CLOSING_AFTER = "'’‘\"”“»«›‹)"
_OPEN_BEFORE = "([{—–-/" + MARKS
_CLOSE_AFTER = ".,;:!?)]}—–-/…" + MARKS
_ELISIONS = frozenset("em tis twas til n cause bout bot bots net phone gainst neath round".split())
_SENTENCE_END = re.compile(r"[.!?…]['’‘\"”“»«›‹)]*\s+$")
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
class _Style:
    """How an article reads the characters whose role differs between languages.

    ``low_nine``: the article opens quotations with „ (or ‚), so “ and ‘ close them
    unless they stand where only an opening mark can. ``reversed``: » opens and «
    closes (German and Danish books) instead of the other way round.
    """

    low_nine: bool = False
    reversed: bool = False


def _style(text: str) -> _Style:
    """The article's style, from all its marks: one article keeps to one convention.

    Guillemets vote by where they stand: one right before a word opens, one right
    after a word or sentence closes. Spaced French guillemets (« … ») don't vote;
    they take the default, « opening.
    """
    votes = 0
    for found in re.finditer("[«»]", text):
        i = found.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        leads = (before.isspace() or before in "([{—–-/:") and after.isalnum()
        trails = (before.isalnum() or before in ".,;:!?…") and (
            after.isspace() or after in _CLOSE_AFTER
        )
        if leads or trails:
            votes += 1 if (found.group() == "»") == leads else -1
    return _Style(low_nine="„" in text or "‚" in text, reversed=votes > 0)


@dataclass(frozen=True, slots=True)
class _Mark:
    double: bool
    opens: bool
    closes: bool
    weak: bool = False


def _mark(text: str, i: int, start: int, end: int, style: _Style) -> _Mark | None:
    """How the mark at ``i`` can act, from the characters on each side of it.

    A mark whose role depends on the style (“ and ‘ beside „, guillemets in »…«
    articles) opens only where an opening mark must stand and closes otherwise, so
    a stray one ends a quotation rather than starting one that runs to the end.
    """
    ch = text[i]
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    space_before, space_after = before.isspace(), after.isspace()
    leads = not space_after and (space_before or before in _OPEN_BEFORE)
    if ch == "„":
        return _Mark(True, True, False)
    if ch == "“":
        opens = leads or not style.low_nine
        return _Mark(True, opens, not opens)
    if ch == "”":
        return _Mark(True, False, True)
    if ch in "«»":
        if not style.reversed:
            return _Mark(True, ch == "«", ch == "»")
        trails = not space_before and (space_after or after in _CLOSE_AFTER)
        opens = not trails if ch == "»" else leads
        return _Mark(True, opens, not opens)
    if ch == '"':
        opens = leads
        closes = not space_before and (space_after or after in _CLOSE_AFTER)
        return _Mark(True, opens, closes) if opens or closes else None
    if before.isalnum() and after.isalnum():
        return None  # an apostrophe: don't, O'Brien
    openers = "'‘‚" + ("›" if style.reversed else "‹")
    closers = "'’" + ("‘" if style.low_nine else "") + ("‹" if style.reversed else "›")
    opens = ch in openers and (space_before or before in _OPEN_BEFORE) and after.isalnum()
    if opens and _elision(text, i + 1, end):
        opens = False
    closes = ch in closers and not space_before and (space_after or after in _CLOSE_AFTER)
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
    style = _style(text)
    found: list[Segment] = []
    for index, (region, sentences) in enumerate(regions):
        following = regions[index + 1][0] if index + 1 < len(regions) else None
        continues = following is not None and _opens_single(text, following, style)
        segments = _scan(text, region, sentences, index, continues, style)
        segments += _orphans(text, region, sentences, index, segments, cue_at, style)
        found += sorted(segments, key=lambda s: s.span.start)
    return found


def _opens_single(text: str, region: Span, style: _Style) -> bool:
    mark = _mark(text, region.start, region.start, region.end, style)
    return mark is not None and not mark.double and mark.opens


def _scan(
    text: str, region: Span, sentences: list[Span], index: int, continues: bool, style: _Style
) -> list[Segment]:
    start, end = region.start, region.end
    closers = _single_closers(text, start, end, style)
    starts = [s.start for s in sentences]
    found: list[Segment] = []
    i = start
    while i < end:
        mark = _mark(text, i, start, end, style) if text[i] in MARKS else None
        if mark is None or not mark.opens:
            i += 1
            continue
        if mark.double:
            close, resume = _close_double(text, i, end, style)
        else:
            limit = (
                end if _speech_start(text, start, i) else _sentence_end(sentences, starts, i, end)
            )
            close, resume = _close_single(text, closers, i, limit)
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
    while j >= start and text[j] in _CLOSING_AFTER:
        j -= 1
    return j >= start and text[j] in ".!?…"


def _close_double(text: str, opener: int, end: int, style: _Style) -> tuple[int | None, int]:
    """The closing mark of the double quote opened at ``opener`` (None if unclosed) and
    where to go on.

    Only the closing marks that the opening mark expects count at first, so the “
    that ends „Wir sind bereit“ is not taken for the start of an English quote. If
    none comes before the quotation has to end (the paragraph ends, or the quotation
    is reopened), any closing mark before that point will do: a mismatched pair is
    likelier than a quotation running on.
    """
    close, resume = _pair_double(text, opener, end, style, strict=True)
    if close is None:
        fallback = _pair_double(text, opener, resume, style, strict=False)
        if fallback[0] is not None:
            return fallback
    return close, resume


def _pair_double(
    text: str, opener: int, end: int, style: _Style, strict: bool
) -> tuple[int | None, int]:
    """Pair the double quote opened at ``opener``, keeping nested quotes inside it.

    An opening mark after the end of a sentence reopens the quotation (paragraphs
    of one quotation merged into one): the open quote ends there, unclosed. Any
    other opening mark inside starts a nested quote, which expects its own closing
    marks; a closing mark that fits an outer quote also ends the unclosed ones
    inside it. The styles that nest with another mark („…‚…‘…“, »…›…‹…«) never nest
    their own opening mark, so another one reopens too, wherever it stands.
    """
    expected = [_CLOSERS[text[opener]] if strict else DOUBLES]
    for k in range(opener + 1, end):
        if text[k] not in DOUBLES:
            continue
        mark = _mark(text, k, 0, end, style)
        if mark is None:
            continue
        if mark.closes and (len(expected) == 1 or not mark.opens):
            level = next(
                (n for n in reversed(range(len(expected))) if text[k] in expected[n]), None
            )
            if level == 0:
                return k, k + 1
            if level is not None:
                del expected[level:]
                continue
        if mark.opens:
            if len(expected) == 1 and (
                text[k] == text[opener] in "„»"
                or _SENTENCE_END.search(text[max(opener + 1, k - 4) : k])
            ):
                return None, k
            expected.append(_CLOSERS[text[k]] if strict else DOUBLES)
    return None, end


def _single_closers(text: str, start: int, end: int, style: _Style) -> tuple[list[int], list[int]]:
    """Positions of single closing marks in a region: (sure ones, plural possessives)."""
    strong: list[int] = []
    weak: list[int] = []
    for k in range(start, end):
        if text[k] in SINGLES:
            mark = _mark(text, k, 0, end, style)
            if mark is not None and mark.closes:
                (weak if mark.weak else strong).append(k)
    return strong, weak


def _close_single(
    text: str, closers: tuple[list[int], list[int]], opener: int, limit: int
) -> tuple[int | None, int]:
    """The closing mark of a single quote, preferring one that is not a plural possessive.

    As with double quotes, the closing marks the opening mark expects come first
    (‚…‘ must not end at the apostrophe of a later ’s), then any other.
    """
    for allowed in (_CLOSERS[text[opener]], SINGLES):
        for positions in closers:
            at = bisect.bisect_left(positions, opener + 1)
            while at < len(positions) and positions[at] < limit:
                if text[positions[at]] in allowed:
                    return positions[at], positions[at] + 1
                at += 1
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
    style: _Style,
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
        if text[k] not in DOUBLES or (covered and covered[0][0] <= k < covered[0][1]):
            continue
        mark = _mark(text, k, region.start, region.end, style)
        if mark is None or not mark.closes or mark.opens or not cue_at(text, k + 1):
            continue
        number = bisect.bisect_right(starts, k) - 1
        begin = max(floor, sentences[number].start if number >= 0 else region.start)
        stray = next(
            (j for j in range(k - 1, max(floor, k - _STRAY_REACH) - 1, -1)
             if text[j] in "'‘‚“" and _speech_start(text, floor, j)),
            None,
        )  # fmt: skip
        span = _trim(text, stray + 1 if stray is not None else begin, k)
        if span is not None:
            found.append(Segment(span, index, stray, k))
            floor = k + 1
    return found
