"""The Easy Read glossary: hard words the text keeps, each with a short explanation.

Some words have no plainer equivalent ("inquest", "mortgage"); Easy Read keeps
them and explains them once, in a list beside the text. Explanations come from
``data/glossary.tsv`` so editors can review them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .lexicon import glossary_entries
from .words import lemmas


def _key(word: str) -> str | None:
    """The glossary entry a word is a form of ("mortgages" -> "mortgage"), if any."""
    entries = glossary_entries()
    lower = word.lower()
    if lower in entries:
        return lower
    for lemma in lemmas(lower).get("NOUN", ()):
        if lemma in entries:
            return lemma  # a noun's plural, never a verb spelt alike ("convicted" is no "convict")
    return None


_MONEY_INTEREST_NEXT = frozenset("rate rates payment payments charges bill bills".split())
_MONEY_INTEREST_BEFORE = frozenset("plus pay paid pays earn earned earns charge charged of".split())
_COURT_AFTER = frozenset("against court courts hearing judges ruling tribunal".split())
_COURT_BEFORE = frozenset("on lodged lodge lodges won lost".split())
_CHEAP = frozenset("airline airlines carrier carriers hotel hotels flights travel".split())

_SENSES: dict[str, Callable[[str, str, str], bool]] = {
    "interest": lambda word, before, after: (
        after in _MONEY_INTEREST_NEXT or before in _MONEY_INTEREST_BEFORE
    ),
    "budget": lambda word, before, after: after not in _CHEAP,
    "bond": lambda word, before, after: word[:1].islower(),
    "appeal": lambda word, before, after: after in _COURT_AFTER or before in _COURT_BEFORE,
    "bail": lambda word, before, after: after != "out",
}
"""Entries whose word has another common sense in news, with the test a use must pass.

"a strong interest in India" is not money paid for borrowing, a "budget airline"
is not a spending plan, "James Bond" is not a loan, games that "appeal to" players are
not in court and a state that may "bail out" a bank is not freeing a prisoner: the
explanation would mislead.
"""


def _clean(raw: str) -> str:
    return raw.strip(".,;:!?\"'“”‘’()[]")


def build_glossary(sentences: Iterable[str]) -> list[tuple[str, str]]:
    """(word, explanation) for each glossary word used, in order of first use."""
    seen: dict[str, str] = {}
    entries = glossary_entries()
    for sentence in sentences:
        words = [_clean(raw) for raw in sentence.split()]
        for index, word in enumerate(words):
            if not word.replace("-", "").isalpha():
                continue  # hyphenated words ("de-radicalisation") can have entries too
            key = _key(word)
            if key is None or key in seen:
                continue
            sense = _SENSES.get(key)
            before = words[index - 1].lower() if index > 0 else ""
            after = words[index + 1].lower() if index + 1 < len(words) else ""
            if sense is None or sense(word, before, after):
                seen[key] = entries[key]
    return list(seen.items())
