"""The one module that talks to trafilatura (and its HTML loader).

trafilatura is the best-scoring open-source main-text extractor we know of;
we use it to *locate* the article and for metadata, then refine its output
with our own block list (see ``_select``). Imports are inside the functions
because trafilatura and lxml take a noticeable time to import.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement


@dataclass(frozen=True)
class Result:
    """What trafilatura found: body paragraphs (with heading flags) and metadata."""

    paragraphs: tuple[tuple[str, bool], ...]
    title: str | None
    description: str | None
    author: str | None
    sitename: str | None
    date: str | None


def load(data: bytes) -> HtmlElement | None:
    """Decode (charset sniffing, gzip) and parse a page; None if it is not HTML."""
    from trafilatura.utils import load_html

    _quiet()
    try:
        return load_html(data)
    except Exception:  # any parser failure means "not HTML we can read"
        return None


def extract(tree: HtmlElement, url: str | None, *, precise: bool = True) -> Result:
    """Run trafilatura on a copy of the tree.

    With ``precise``, ``favor_precision`` drops most teaser and promo blocks, which
    makes its output a good guide to where the article is; the default mode
    keeps more short lines inside the article. Passing a parsed tree (not a
    URL) guarantees trafilatura never touches the network.
    """
    from trafilatura import bare_extraction

    _quiet()
    try:
        doc = bare_extraction(
            copy.deepcopy(tree),
            url=url,
            favor_precision=precise,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=True,
        )
    except Exception:  # an extractor bug must not stop reading: we fall back
        doc = None
    if doc is None or isinstance(doc, dict):
        return Result((), None, None, None, None, None)
    paragraphs: list[tuple[str, bool]] = []
    if doc.body is not None:
        for child in doc.body:
            heading = child.tag == "head"
            for line in _lines(child):
                paragraphs.append((line, heading))
    return Result(
        paragraphs=tuple(paragraphs),
        title=doc.title or None,
        description=doc.description or None,
        author=doc.author or None,
        sitename=doc.sitename or None,
        date=doc.date or None,
    )


def _lines(el: HtmlElement) -> list[str]:
    """Text of one output element, split at trafilatura's line breaks and list items."""
    parts: list[str] = []
    _collect(el, parts, top=True)
    text = "".join(parts)
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


_BREAKS = frozenset({"lb", "item", "row", "p", "head", "quote", "list"})


def _collect(el: HtmlElement, parts: list[str], *, top: bool) -> None:
    if not top and el.tag in _BREAKS:
        parts.append("\n")
    if el.text:
        parts.append(el.text)
    for child in el:
        _collect(child, parts, top=False)
        if child.tag == "cell":
            parts.append(" ")
        if child.tail:
            parts.append(child.tail)


def _quiet() -> None:
    """trafilatura logs warnings for ordinary pages; users should not see them."""
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
