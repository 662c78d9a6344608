"""Turn a decoded source into an :class:`Article`: header fields, paragraphs, sentences.

The plain-text layout we read is the one news exports and our samples use: a
header block (optional kicker line, headline line, optional credit), a blank
line, then paragraphs separated by blank lines. A credit is often glued to the
end of the headline line ("... failing badly Reuters"); we recognise the common
agencies and "By ..." bylines so the headline is spoken without it.
"""

from __future__ import annotations

import itertools
import re

from .model import Article, Paragraph, Source, Span
from .sentences import split_sentences

AGENCIES = (
    "Reuters",
    "Associated Press",
    "AP",
    "AFP",
    "Agence France-Presse",
    "PA Media",
    "PA",
    "Press Association",
    "Bloomberg",
    "BBC News",
    "Sky News",
    "IBTimes UK",
    "Xinhua",
    "dpa",
    "UPI",
    "ANSA",
    "EFE",
)
_AGENCY_END = re.compile(r"\s+(" + "|".join(re.escape(a) for a in AGENCIES) + r")\s*$")
_BYLINE = re.compile(r"^\s*(?:By|From)\s+[A-Z][^.!?]{1,80}$")
_LINE = re.compile(r"[^\n]*\n?")
_TERMINAL = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")", "»")


def parse(source: Source) -> Article:
    """Parse ``source`` into an article. Offsets refer to ``source.text``."""
    text = source.text
    blocks = _blocks(text)
    if not blocks:
        return Article(source=source, title=None)
    header, body = blocks[0], blocks[1:]
    kicker = title = credit = None
    if len(header) >= 2 and not _ends_sentence(text, header[0]) and not _is_credit(text, header[1]):
        kicker, title = header[0], header[1]
        rest = header[2:]
    else:
        title, rest = header[0], header[1:]
    title, credit = _split_credit(text, title)
    if credit is None and rest and _is_credit(text, rest[0]):
        credit, rest = rest[0], rest[1:]
    if rest:
        body = [rest, *body]
    if credit is None and body and len(body[0]) == 1 and _is_credit(text, body[0][0]):
        credit, body = body[0][0], body[1:]
    paragraphs = tuple(p for block in body for p in _paragraphs(text, block))
    return Article(
        source=source,
        title=title,
        kicker=kicker,
        credit=credit,
        paragraphs=paragraphs,
    )


def _blocks(text: str) -> list[list[Span]]:
    """Group the non-blank lines of ``text`` into blank-line separated blocks of line spans."""
    blocks: list[list[Span]] = []
    current: list[Span] = []
    pos = 0
    for match in _LINE.finditer(text):
        if match.start() == match.end():
            break
        line = match.group()
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = pos + lead
            current.append(Span(start, start + len(stripped)))
        elif current:
            blocks.append(current)
            current = []
        pos = match.end()
    if current:
        blocks.append(current)
    return blocks


def _ends_sentence(text: str, line: Span) -> bool:
    return line.of(text).endswith(_TERMINAL[:3])


def _is_credit(text: str, line: Span) -> bool:
    words = line.of(text).strip()
    return bool(_BYLINE.match(words)) or words in AGENCIES


def _split_credit(text: str, title: Span) -> tuple[Span, Span | None]:
    match = _AGENCY_END.search(title.of(text))
    if match is None or match.start() == 0:
        return title, None
    return Span(title.start, title.start + match.start()), Span(
        title.start + match.start(1), title.start + match.end(1)
    )


def _paragraphs(text: str, lines: list[Span]) -> list[Paragraph]:
    """One block is one paragraph, unless its lines each end a sentence (one paragraph a line)."""
    groups: list[list[Span]] = [[lines[0]]]
    for previous, line in itertools.pairwise(lines):
        if _ends_sentence(text, previous) or previous.of(text).endswith(_TERMINAL):
            groups.append([line])
        else:
            groups[-1].append(line)
    result = []
    for group in groups:
        span = Span(group[0].start, group[-1].end)
        sentences = tuple(Span(a, b) for a, b in split_sentences(text, span.start, span.end))
        heading = len(group) == 1 and _looks_like_heading(span.of(text))
        result.append(Paragraph(span=span, sentences=sentences, heading=heading))
    return result


def _looks_like_heading(line: str) -> bool:
    return (
        len(line.split()) <= 10
        and not line.endswith(_TERMINAL)
        and line[:1].isupper()
        and not line.endswith(",")
    )
