"""Readers turn non-plain-text inputs (web pages, Markdown, Word files) into one value.

Every reader returns an :class:`Extracted`, so the rest of the pipeline never
needs to know where an article came from: body paragraphs in reading order,
with the headline and standfirst kept apart from the body so they are not
narrated twice. Each reader keeps its third-party library import inside its
functions, so importing this package stays cheap and the CLI starts fast.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError


class ReaderError(InputError):
    """A reader could not produce an article; the message says what to do next.

    Readers wrap library exceptions into this one so users see one clear line
    instead of a traceback.
    """


@dataclass(frozen=True)
class Extracted:
    """An article as read from a document, before any text processing."""

    title: str | None
    paragraphs: tuple[str, ...]
    """Body paragraphs in reading order; the headline is not among them."""
    kicker: str | None = None
    """Standfirst or strapline, if the document has one."""
    author: str | None = None
    publisher: str | None = None
    """Site or publication name."""
    date: str | None = None
    """ISO 8601 date, when known."""
    language: str | None = None
    """BCP 47 language code, e.g. ``"en"``."""
    url: str | None = None
    headings: frozenset[int] = frozenset()
    """Indexes into ``paragraphs`` that are section headings."""


# The readers import their libraries lazily, so these imports are cheap.
from accessible.readers.docx import read_docx  # noqa: E402
from accessible.readers.fetch import fetch_url  # noqa: E402
from accessible.readers.html import read_html  # noqa: E402
from accessible.readers.markdown import read_markdown  # noqa: E402

__all__ = [
    "Extracted",
    "ReaderError",
    "fetch_url",
    "read_docx",
    "read_html",
    "read_markdown",
]
