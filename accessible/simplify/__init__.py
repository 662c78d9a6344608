"""Rule-based text simplification to plain language and Easy Read.

Deterministic rules (phrase and word substitution from a reviewed lexicon,
dropping asides, clause-level sentence splitting, reported speech and
adverbial phrases moved into sentences of their own, and at the Easy Read
level digits, active voice and explained abbreviations) with a guard that
refuses any edit losing a number, a name, a negation or a quote. Every edit
is returned as a :class:`Change` so an editor can review it.

:func:`simplify_article` rewrites a whole analysed article into blocks
(headings, paragraphs, Easy Read quotation blocks naming the speaker) that
:func:`to_markdown`, :func:`to_text`, :func:`to_html` and :func:`to_json`
render; :func:`simplify_sentence` serves ``--each-line``.

Heavy dependencies (``lemminflect``'s dictionaries) load on first use, and
the names below are imported on first use too: a narration-only render needs
the output types (:mod:`.blocks`, :mod:`.formats`) but not the rules, which
take a tenth of a second to import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Imported now: the submodule ``facts`` would otherwise shadow the function of that name.
from .facts import facts, facts_kept

if TYPE_CHECKING:
    from .article import simplify_article
    from .blocks import Block, FactCheck, Heading, Line, PlainArticle, Prose, Quotation, Summary
    from .formats import to_html, to_json, to_markdown, to_text
    from .pipeline import simplify_paragraphs, simplify_sentence
    from .records import Change, Level, Simplified

_HOMES = {
    ".article": ["simplify_article"],
    ".blocks": ["Block", "FactCheck", "Heading", "Line", "PlainArticle", "Prose", "Quotation",
                "Summary"],
    ".formats": ["to_html", "to_json", "to_markdown", "to_text"],
    ".pipeline": ["simplify_paragraphs", "simplify_sentence"],
    ".records": ["Change", "Level", "Simplified"],
}  # fmt: skip
_HOME = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "Block",
    "Change",
    "FactCheck",
    "Heading",
    "Level",
    "Line",
    "PlainArticle",
    "Prose",
    "Quotation",
    "Simplified",
    "Summary",
    "facts",
    "facts_kept",
    "simplify_article",
    "simplify_paragraphs",
    "simplify_sentence",
    "to_html",
    "to_json",
    "to_markdown",
    "to_text",
]


def __getattr__(name: str) -> Any:
    """Import the module that holds ``name`` the first time it is asked for."""
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOME[name], __name__), name)
