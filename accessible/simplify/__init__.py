"""Rule-based text simplification to plain language and Easy Read.

Deterministic rules (phrase and word substitution from a reviewed lexicon,
dropping asides, clause-level sentence splitting, and at the Easy Read level
digits, active voice and explained abbreviations) with a guard that refuses
any edit losing a number, a name, a negation or a quote. Every edit is
returned as a :class:`Change` so an editor can review it.

Heavy dependencies (``lemminflect``'s dictionaries) load on first use.
"""

from __future__ import annotations

from .facts import facts, facts_kept
from .pipeline import simplify_paragraphs, simplify_sentence
from .records import Change, Level, Simplified

__all__ = [
    "Change",
    "Level",
    "Simplified",
    "facts",
    "facts_kept",
    "simplify_paragraphs",
    "simplify_sentence",
]
