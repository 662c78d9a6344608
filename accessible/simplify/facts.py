"""The facts a simplification must keep, and a measure of how many it kept.

A simpler sentence that drops a number, a name, a "not" or a quoted word is
wrong, not simpler, so every rule is checked against this module and not
applied when the check fails. Facts are deliberately surface-level — digits
and number words, capitalised names, negation words, quoted text — because
that is what a reader can check and what a rule can break.

Counting is asymmetric on purpose: in the *input* a capitalised word at the
start of a sentence counts as a name only if it is not an ordinary word ("The"
is not a fact, "Rollins" is), while in the *output* any capitalised occurrence
counts as present, since splitting a sentence legitimately moves names to the
front.
"""

from __future__ import annotations

from collections import Counter

from ..sentences import split_sentences
from .numberwords import canonical
from .protect import quote_spans
from .tokens import Token, tokenize
from .words import NEGATIONS, is_known_word

NEGATION_FORMS = {"n't": "not", "cannot": "not", "nt": "not"}


def _negation(word: str) -> str | None:
    lower = word.lower().replace("’", "'")
    if lower.endswith("n't"):
        return "not"
    if lower in NEGATIONS and lower != "without":
        return NEGATION_FORMS.get(lower, lower)
    return None


def _is_capitalised(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _name(token: Token) -> str:
    """A name token without a possessive ending ("Jameson's" -> "Jameson")."""
    text = token.text.replace("’", "'")
    return text[:-2] if text.endswith("'s") else text.rstrip("'")


def _token_facts(token: Token) -> list[str]:
    out = [f"num:{n}" for n in canonical(token.text)]
    negation = _negation(token.text)
    if negation is not None:
        out.append(f"neg:{negation}")
    return out


def facts(text: str) -> Counter[str]:
    """The facts of ``text``: numbers, names, negations and quotes, as a multiset.

    Keys are prefixed by kind: ``num:1500``, ``name:Rollins``, ``neg:not``,
    ``quote:“…”`` (a quote verbatim, marks included).
    """
    found: Counter[str] = Counter()
    for start, end in quote_spans(text):
        found[f"quote:{text[start:end]}"] += 1
    for start, end in split_sentences(text):
        tokens = tokenize(text, start, end)
        first_word = next((i for i, t in enumerate(tokens) if t.is_word), -1)
        for index, token in enumerate(tokens):
            found.update(_token_facts(token))
            if not _is_capitalised(token) or not token.text[:1].isalpha():
                continue
            if index == first_word and is_known_word(_name(token)):
                continue
            if token.lower in NEGATIONS or canonical(token.text):
                continue  # "No" and "Three" are counted as a negation and a number
            found[f"name:{_name(token)}"] += 1
    return found


def mentions(text: str) -> Counter[str]:
    """Everything in ``text`` that could satisfy a fact, wherever it stands.

    Like :func:`facts`, but every capitalised word counts as a name, even at the
    start of a sentence (see the module docstring).
    """
    found: Counter[str] = Counter()
    for start, end in quote_spans(text):
        found[f"quote:{text[start:end]}"] += 1
    for token in tokenize(text):
        found.update(_token_facts(token))
        if _is_capitalised(token) and token.text[:1].isalpha() and not canonical(token.text):
            found[f"name:{_name(token)}"] += 1
    return found


def missing(original: str, simplified: str) -> Counter[str]:
    """The facts of ``original`` that ``simplified`` lacks (with multiplicity)."""
    return facts(original) - mentions(simplified)


def facts_kept(original: str, simplified: str) -> float:
    """Share of the facts of ``original`` present in ``simplified`` (1.0 if it has none)."""
    wanted = facts(original)
    total = sum(wanted.values())
    if total == 0:
        return 1.0
    lost = sum((wanted - mentions(simplified)).values())
    return (total - lost) / total
