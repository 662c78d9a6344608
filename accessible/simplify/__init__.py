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

Heavy dependencies (``lemminflect``'s dictionaries) load on first use.
"""

from __future__ import annotations

from .article import simplify_article
from .blocks import Block, FactCheck, Heading, Line, PlainArticle, Prose, Quotation, Summary
from .facts import facts, facts_kept
from .formats import to_html, to_json, to_markdown, to_text
from .pipeline import simplify_paragraphs, simplify_sentence
from .records import Change, Level, Simplified

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
