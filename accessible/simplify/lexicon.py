"""Load the plain-language data files kept in ``data/``.

Word lists are data so that an editor can review and extend them without
touching code; this module only parses them (once, lazily) into lookups.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from .records import Level

LEVELS: dict[Level, frozenset[str]] = {
    "plain": frozenset({"plain"}),
    "easy": frozenset({"plain", "easy"}),
}
"""Which data rows apply at each output level."""


@dataclass(frozen=True, slots=True)
class WordEntry:
    """A single-word substitution (``lexicon.tsv``)."""

    word: str
    replacement: str
    word_class: str  # "v" verb, "n" noun, "x" exact form
    level: str
    conditions: tuple[str, ...] = ()  # context conditions, see ``lexical.conditions_hold``


@dataclass(frozen=True, slots=True)
class PhraseEntry:
    """A multi-word rewrite (``phrases.tsv``); an empty replacement deletes."""

    pattern: tuple[str, ...]
    replacement: tuple[str, ...]
    level: str
    blocked_after: frozenset[str]
    conditions: tuple[str, ...] = ()  # context conditions, see ``lexical.conditions_hold``


def _rows(name: str) -> list[list[str]]:
    """Tab-separated rows of ``data/name``, without comments and blank lines."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows


@cache
def word_entries() -> tuple[WordEntry, ...]:
    """Every row of ``lexicon.tsv``."""
    return tuple(
        WordEntry(r[0], r[1], r[2], r[3], tuple(r[4].split()) if len(r) > 4 else ())
        for r in _rows("lexicon.tsv")
    )


@cache
def phrase_entries() -> tuple[PhraseEntry, ...]:
    """Every row of ``phrases.tsv``, longest pattern first so longer matches win."""
    entries = []
    for row in _rows("phrases.tsv"):
        replacement = () if row[1] == "-" else tuple(row[1].split(" "))
        blocked = frozenset(row[3].split()) if len(row) > 3 else frozenset()
        conditions = tuple(row[4].split()) if len(row) > 4 else ()
        pattern = tuple(row[0].split(" "))
        entries.append(PhraseEntry(pattern, replacement, row[2], blocked, conditions))
    entries.sort(key=lambda e: -len(e.pattern))
    return tuple(entries)


@cache
def abbreviations() -> dict[str, str]:
    """Abbreviation -> expansion (``abbreviations.tsv``)."""
    return {r[0]: r[1] for r in _rows("abbreviations.tsv")}


@cache
def glossary_entries() -> dict[str, str]:
    """Hard word -> short explanation (``glossary.tsv``)."""
    return {r[0]: r[1] for r in _rows("glossary.tsv")}
