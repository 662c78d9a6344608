"""The Easy Read glossary: hard words the text keeps, each with a short explanation.

Some words have no plainer equivalent ("inquest", "mortgage"); Easy Read keeps
them and explains them once, in a list beside the text. Explanations come from
``data/glossary.tsv`` so editors can review them.
"""

from __future__ import annotations

from collections.abc import Iterable

from .lexicon import glossary_entries
from .words import lemmas


def _key(word: str) -> str | None:
    """The glossary entry a word is a form of ("mortgages" -> "mortgage"), if any."""
    entries = glossary_entries()
    lower = word.lower()
    if lower in entries:
        return lower
    for forms in lemmas(lower).values():
        for lemma in forms:
            if lemma in entries:
                return lemma
    return None


def build_glossary(sentences: Iterable[str]) -> list[tuple[str, str]]:
    """(word, explanation) for each glossary word used, in order of first use."""
    seen: dict[str, str] = {}
    entries = glossary_entries()
    for sentence in sentences:
        for raw in sentence.split():
            word = raw.strip(".,;:!?\"'“”‘’()[]")
            if not word.replace("-", "").isalpha():
                continue  # hyphenated words ("de-radicalisation") can have entries too
            key = _key(word)
            if key is not None and key not in seen:
                seen[key] = entries[key]
    return list(seen.items())
