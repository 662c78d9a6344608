"""Find direct quotations and attribute each to its speaker.

Quotes are found per paragraph, so an unbalanced mark can never swallow the
rest of the article: a quote still open at the end of a paragraph ends there,
and continues only if the next paragraph reopens it (the news convention for
quotations over several paragraphs). Nested quotes stay inside their outer
quote.

Speakers come from speech cues next to the quote ("..., said Mr Blair";
"He told IBTimes UK: ..."), pronouns resolved to the latest compatible
person, and continuation from the previous paragraph. Where no cue is found
the speaker is ``None`` rather than a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import names
from .model import Article, Gender, Paragraph, Quote, QuoteKind, Span, Speaker

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"


@dataclass
class _Segment:
    span: Span
    paragraph: int
    at_start: bool
    closed: bool


@dataclass
class _Attribution:
    key: str | None
    confidence: float
    pronoun_gender: Gender | None = None


def find_quotes(article: Article) -> Article:
    """Return ``article`` with its quotes and speakers filled in."""
    text = article.text
    style = _primary_style(text, article.paragraphs)
    segments = [
        seg
        for index, paragraph in enumerate(article.paragraphs)
        for seg in _segments(text, paragraph, index, style)
    ]
    registry = names.Registry(text)
    registry.scan_mentions(article, [s.span for s in segments])
    quotes: list[Quote] = []
    previous: _Segment | None = None
    previous_key: str | None = None
    for number, seg in enumerate(segments):
        kind = _kind(text, article.paragraphs[seg.paragraph], seg)
        attribution = _attribute(text, article.paragraphs[seg.paragraph], seg, segments, registry)
        if attribution.key is None and kind == "direct" and seg.at_start and previous is not None:
            continued = previous.paragraph == seg.paragraph - 1 and (
                not previous.closed
                or previous.span.end >= article.paragraphs[previous.paragraph].span.end - 2
            )
            if continued and previous_key is not None:
                attribution = _Attribution(previous_key, 0.85 if not previous.closed else 0.6)
        if attribution.key is not None and attribution.pronoun_gender is not None:
            registry.set_gender(attribution.key, attribution.pronoun_gender)
        if attribution.key is not None:
            registry.mention(attribution.key, seg.span.start)
        quotes.append(
            Quote(
                id=f"q{number + 1}",
                span=seg.span,
                speaker=attribution.key,
                confidence=round(attribution.confidence, 2),
                kind=kind,
            )
        )
        if kind == "direct":
            previous, previous_key = seg, attribution.key
    speakers = registry.speakers({q.speaker for q in quotes if q.speaker})
    ids = {key: speaker.id for key, speaker in speakers.items()}
    final = tuple(
        Quote(q.id, q.span, ids.get(q.speaker) if q.speaker else None, q.confidence, q.kind)
        for q in quotes
    )
    ordered = tuple(speakers[key] for key in dict.fromkeys(q.speaker for q in quotes if q.speaker))
    return article.with_quotes(final, ordered)


def _primary_style(text: str, paragraphs: tuple[Paragraph, ...]) -> str:
    """Double quotes unless the article only ever uses single quotation marks."""
    body = "".join(p.span.of(text) for p in paragraphs)
    if any(ch in body for ch in '"' + DOUBLE_OPEN + DOUBLE_CLOSE):
        return "double"
    return "single"


def _is_opener(text: str, i: int, style: str) -> bool:
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if style == "double":
        if ch in DOUBLE_OPEN:
            return True
        return ch == '"' and not after.isspace() and (before.isspace() or before in "([{—–-/")
    if ch not in SINGLE_OPEN and ch != "'":
        return False
    if not (before.isspace() or before in '([{—–-"“'):
        return False
    return after.isalpha() and not _elision(text, i)


def _elision(text: str, i: int) -> bool:
    word = re.match(r"['‘’](\w+)", text[i:])
    return (
        bool(word)
        and word is not None
        and (
            word.group(1).lower() in {"em", "tis", "twas", "til", "n", "cause", "bout"}
            or bool(re.fullmatch(r"\d0s|\d\d", word.group(1)))
        )
    )


def _is_closer(text: str, i: int, style: str) -> bool:
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if style == "double":
        return ch in DOUBLE_CLOSE or (ch == '"' and not before.isspace())
    if ch not in SINGLE_CLOSE and ch != "'":
        return False
    return not before.isspace() and (after.isspace() or after in '.,;:!?)—–-"”')


def _segments(text: str, paragraph: Paragraph, index: int, style: str) -> list[_Segment]:
    start, end = paragraph.span.start, paragraph.span.end
    found: list[_Segment] = []
    i = start
    while i < end:
        if not _is_opener(text, i, style):
            i += 1
            continue
        opener = i
        close, resume = _find_close(text, opener + 1, end, style)
        span = _trim(text, opener + 1, close if close is not None else resume)
        if span is not None:
            at_start = not text[start:opener].strip()
            found.append(_Segment(span, index, at_start, close is not None))
        i = resume
    return found


def _find_close(text: str, i: int, end: int, style: str) -> tuple[int | None, int]:
    """The closing mark of a quote opened before ``i`` (None if unclosed) and where to go on.

    A straight double quote after a space and before a word opens a new quote, so
    the quote before it was never closed: it ends there and scanning resumes at it.
    """
    possessive: int | None = None
    while i < end:
        ch = text[i]
        if (
            style == "double"
            and ch == '"'
            and text[i - 1].isspace()
            and i + 1 < end
            and not text[i + 1].isspace()
        ):
            return None, i
        if _is_closer(text, i, style):
            if style == "single" and text[i - 1] == "s" and re.match(r".\s+[a-z]", text[i : i + 3]):
                possessive = possessive if possessive is not None else i
                i += 1
                continue
            return i, i + 1
        i += 1
    if possessive is not None:
        return possessive, possessive + 1
    return None, end


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return Span(start, end)


def _kind(text: str, paragraph: Paragraph, seg: _Segment) -> QuoteKind:
    """A direct quote is speech in its own right; a fragment is a phrase inside narration."""
    quoted = seg.span.of(text)
    words = len(quoted.split())
    if seg.at_start:
        return "direct"
    before = text[paragraph.span.start : seg.span.start - 1].rstrip()
    after = text[seg.span.end + 1 : paragraph.span.end].lstrip()
    if before.endswith(":") or (before.endswith(",") and words >= 4):
        return "direct"
    ends_clause = quoted.rstrip()[-1:] in ".,!?;"
    if ends_clause and words >= 3:
        return "direct"
    if words >= 8 and (not after or after[:1] in ",.;"):
        return "direct"
    if names.cue_after(after) is not None and words >= 3:
        return "direct"
    return "fragment"


def _attribute(
    text: str,
    paragraph: Paragraph,
    seg: _Segment,
    segments: list[_Segment],
    registry: names.Registry,
) -> _Attribution:
    same = [s for s in segments if s.paragraph == seg.paragraph]
    index = same.index(seg)
    prev_end = same[index - 1].span.end + 1 if index else paragraph.span.start
    next_start = same[index + 1].span.start - 1 if index + 1 < len(same) else paragraph.span.end
    after_start = min(seg.span.end + 1, paragraph.span.end)
    after = text[after_start:next_start]
    before = text[prev_end : max(seg.span.start - 1, prev_end)]
    for found, where in (
        (names.cue_after(after), after_start),
        (names.cue_before(before), prev_end),
    ):
        if found is not None:
            phrase, offset = found
            return _resolve(registry, phrase, where + offset, 0.9)
    if index:
        # "It is," he said, "a disgrace.": the cue between two quotes serves both.
        between = text[same[index - 1].span.end + 1 : seg.span.start - 1]
        found = names.cue_after(between)
        if found is not None:
            phrase, offset = found
            return _resolve(registry, phrase, same[index - 1].span.end + 1 + offset, 0.85)
    found = names.cue_anywhere(_sentence_around(text, paragraph, seg))
    if found is not None:
        phrase, offset = found
        return _resolve(registry, phrase, seg.span.start, 0.6)
    return _Attribution(None, 0.0)


def _sentence_around(text: str, paragraph: Paragraph, seg: _Segment) -> str:
    """The narration of the sentence holding ``seg``, with the quote blanked out."""
    for sentence in paragraph.sentences:
        if sentence.start <= seg.span.start < sentence.end:
            words = sentence.of(text)
            a, b = seg.span.start - sentence.start, seg.span.end - sentence.start
            return words[:a] + "…" + words[b:]
    return ""


def _resolve(
    registry: names.Registry, phrase: str, position: int, confidence: float
) -> _Attribution:
    pronoun = phrase.lower()
    if pronoun in names.PRONOUN_GENDER:
        gender = names.PRONOUN_GENDER[pronoun]
        key = registry.latest_person(position, gender)
        if key is None:
            return _Attribution(None, 0.0)
        return _Attribution(key, confidence - 0.1, gender)
    return _Attribution(registry.add(phrase, position), confidence)


def speaker_for(article: Article, quote: Quote) -> Speaker | None:
    """The speaker of ``quote`` (or None), for callers that only hold the quote."""
    return article.speaker(quote.speaker)
