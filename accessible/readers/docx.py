"""Read a Word (.docx) article with python-docx, keeping its heading structure.

Newsrooms and charities often hand over articles as Word files. Paragraph
styles carry the structure: the Title style (or the first heading, if it
comes before any text) is the headline, Subtitle is the standfirst, Heading
styles are section headings. Core properties give author, date and language.
python-docx is imported lazily so the CLI starts fast.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from accessible.readers import Extracted, ReaderError

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

_HEADING = re.compile(r"^(heading|überschrift|titre|título|titolo|kop)\s*\d", re.IGNORECASE)


@dataclass
class _Parts:
    title: str | None = None
    kicker: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    headings: set[int] = field(default_factory=set)


def read_docx(data: bytes) -> Extracted:
    """Extract title, paragraphs (tables row by row) and metadata from .docx bytes."""
    from docx.table import Table

    document = _open(data)
    parts = _Parts()
    for item in document.iter_inner_content():
        if isinstance(item, Table):  # one paragraph per row
            for row in item.rows:
                cells = _unique(" ".join(c.text.split()) for c in row.cells)
                if cells:
                    parts.paragraphs.append(" ".join(cells))
            continue
        _add_paragraph(parts, " ".join(item.text.split()), _style_name(item))

    props = document.core_properties
    title = parts.title or (props.title or "").strip() or None
    created = props.created
    return Extracted(
        title=title,
        paragraphs=tuple(parts.paragraphs),
        kicker=parts.kicker or (props.subject or "").strip() or None,
        author=(props.author or "").strip() or None,
        publisher=None,
        date=created.date().isoformat() if created else None,
        language=(props.language or "").strip().replace("_", "-") or None,
        headings=frozenset(parts.headings),
    )


def _open(data: bytes) -> Document:
    import docx
    from docx.opc.exceptions import OpcError

    try:
        return docx.Document(io.BytesIO(data))
    except (OpcError, zipfile.BadZipFile, ValueError, KeyError, OSError) as err:
        raise ReaderError(
            "not a readable .docx file (an old .doc, or damaged?); open it in Word or "
            "LibreOffice and save it as .docx"
        ) from err


def _style_name(paragraph: Paragraph) -> str:
    """The paragraph's style name; damaged files can have a style id with no style."""
    try:
        style = paragraph.style
    except (KeyError, ValueError):
        return ""
    return str(style.name or "") if style is not None else ""


def _add_paragraph(parts: _Parts, text: str, style: str) -> None:
    if not text:
        return
    lowered = style.lower()
    if lowered == "title":
        if parts.title is None:
            parts.title = text
            return
    elif lowered == "subtitle":
        if parts.kicker is None and not parts.paragraphs:
            parts.kicker = text
            return
    elif _HEADING.match(style):
        if parts.title is None and not parts.paragraphs:
            parts.title = text  # the first heading, before any text, is the headline
            return
        parts.headings.add(len(parts.paragraphs))
    parts.paragraphs.append(text)


def _unique(cells: Iterable[str]) -> list[str]:
    """Cell texts with horizontally merged duplicates removed, in order."""
    out: list[str] = []
    for cell in cells:
        if cell and (not out or out[-1] != cell):
            out.append(cell)
    return out
