"""What makes a sentence hard, found where an editor can fix it: passives and wordy words.

Each finding carries character offsets into the article text, so a report,
an editor's tool or the read-along page can point at the exact words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .model import Article

_BE = r"(?:am|is|are|was|were|be|been|being|'s|'re)"
_IRREGULAR = (
    "born|made|done|given|taken|seen|known|shown|told|held|found|built|brought|bought|caught|"
    "chosen|drawn|driven|eaten|fallen|forgotten|forgiven|frozen|gotten|hidden|kept|laid|led|"
    "left|lent|lost|meant|met|paid|put|read|run|said|sent|set|shut|sold|spent|spoken|stolen|"
    "struck|sworn|taught|thrown|understood|won|written|beaten|begun|bitten|blown|broken|cut|"
    "dealt|dug|fed|felt|fought|forbidden|grown|heard|hit|hung|hurt|let|lit|overtaken|proven|"
    "quit|rung|risen|shaken|shot|slain|sought|spun|split|spread|stuck|stung|swept|torn|upheld|"
    "withdrawn|woken|worn|wound|jailed|engrained"
)
PASSIVE = re.compile(
    rf"\b{_BE}\s+(?:(?:not|also|still|now|being|already|widely|often|never)\s+)*"
    rf"(?:[a-z]+ed|{_IRREGULAR})\b(?:\s+by\b)?",
    re.IGNORECASE,
)
_NOT_PARTICIPLES = frozenset({"need", "feed", "seed", "bed", "red", "shed", "speed", "weed"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    start: int
    end: int
    text: str
    suggestion: str | None = None


@lru_cache(maxsize=1)
def plainer_words() -> dict[str, str]:
    """Word → plainer word, from the simplifier's lexicon, with regular inflections."""
    from .simplify.lexicon import word_entries

    table: dict[str, str] = {}
    for entry in word_entries():
        word, plain = entry.word.lower(), entry.replacement
        table.setdefault(word, plain)
        # plural nouns; past and -ing forms of verbs ("convicts" is more often a noun)
        if entry.word_class == "n":
            table.setdefault(word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s"), plain)
        elif entry.word_class == "v":
            stem = word[:-1] if word.endswith("e") else word
            for ending in ("ed", "ing"):
                table.setdefault(stem + ending, plain)
    return table


def passives(article: Article) -> list[Finding]:
    """Passive constructions in the narration ('was designed', 'were thwarted by')."""
    text = article.text
    found = []
    for paragraph in article.paragraphs:
        for match in PASSIVE.finditer(text, paragraph.span.start, paragraph.span.end):
            participle = match.group(0).split()[-1 if not match.group(0).endswith("by") else -2]
            if participle.lower() in _NOT_PARTICIPLES:
                continue
            found.append(Finding("passive", match.start(), match.end(), match.group(0)))
    return found


def wordy_words(article: Article) -> list[Finding]:
    """Words with a plainer alternative in the lexicon, outside direct quotes (kept verbatim)."""
    text, table = article.text, plainer_words()
    quoted = [q.span for q in article.quotes if q.kind == "direct"]
    found = []
    for paragraph in article.paragraphs:
        for match in _WORD.finditer(text, paragraph.span.start, paragraph.span.end):
            plain = table.get(match.group(0).lower())
            if plain is None or any(q.start <= match.start() < q.end for q in quoted):
                continue
            found.append(Finding("plainer word", match.start(), match.end(), match.group(0), plain))
    return found
