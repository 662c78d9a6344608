"""Explain abbreviations on first use: "MoJ" -> "Ministry of Justice (MoJ)".

Easy Read allows no unexplained abbreviation. Expanding every use would
bloat the text, so only the first use in the whole text is expanded, and not
at all when the text already explains it ("the Ministry of Justice (MoJ)").
A first use inside a quote cannot be rewritten, so it goes to the glossary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .lexical import fix_article
from .lexicon import abbreviations
from .tokens import Token
from .words import DETERMINERS

_DEFINED = re.compile(r"\(\s*([A-Za-z][A-Za-z.&]*[A-Z][A-Za-z.&]*)s?\s*\)")


@dataclass
class AbbreviationState:
    """Which abbreviations the reader has already had explained, across paragraphs."""

    explained: set[str] = field(default_factory=set)
    glossary: list[tuple[str, str]] = field(default_factory=list)

    def learn(self, text: str) -> None:
        """Note abbreviations that ``text`` defines itself, in brackets after the full name."""
        table = abbreviations()
        for match in _DEFINED.finditer(text):
            abbreviation = match.group(1)
            before = text[: match.start()].rstrip()
            expansion = table.get(abbreviation)
            if (expansion and before.lower().endswith(expansion.lower())) or _initials_match(
                before, abbreviation
            ):
                self.explained.add(abbreviation)


def _initials_match(before: str, abbreviation: str) -> bool:
    """True if the capitalised words just before spell ``abbreviation`` ("Ministry of Justice")."""
    letters = [c for c in abbreviation if c.isupper()]
    words = [w for w in re.findall(r"[A-Za-z]+", before)[-(len(letters) + 3) :] if w[0].isupper()]
    return [w[0] for w in words[-len(letters) :]] == letters if letters else False


def _determined(token: Token) -> bool:
    """True if ``token`` is a determiner or a possessive, so no "the" may follow it."""
    return token.lower in DETERMINERS or token.text.endswith(("'s", "’s", "'"))


def expand_first_use(
    sentence: Sequence[Token], state: AbbreviationState
) -> tuple[tuple[Token, ...], list[tuple[Token, str]]]:
    """Expand the first use of each known abbreviation in ``sentence``.

    Returns the new tokens and (abbreviation token, expansion) for each change.
    """
    table = abbreviations()
    out: list[Token] = []
    done: list[tuple[Token, str]] = []
    for index, token in enumerate(sentence):
        expansion = table.get(token.text)
        glued = (index + 1 < len(sentence) and not sentence[index + 1].space) and sentence[
            index + 1
        ].is_word  # "MP3" is not a Member of Parliament
        if expansion is None or token.text in state.explained or glued:
            out.append(token)
            continue
        state.explained.add(token.text)
        already = (index + 1 < len(sentence) and sentence[index + 1].text == "(") or (
            index > 0 and sentence[index - 1].text == "("
        )  # "ONS (Office for ...)" or "... (ONS)": the text explains it itself
        if token.protected or already:
            if token.protected:
                state.glossary.append((token.text, expansion))
            out.append(token)
            continue
        words = expansion.split(" ")
        if words[0] == "the" and len(words) > 1 and index > 0 and _determined(sentence[index - 1]):
            words = words[1:]  # "the Nasa mission" is not "the the US space agency (Nasa) mission"
        if index == 0:
            words[0] = words[0][:1].upper() + words[0][1:]
        at = token.start
        first = len(out)
        out.extend(Token(w, at, at, token.space if i == 0 else True) for i, w in enumerate(words))
        fix_article(out, first)  # "an MP" -> "a Member of Parliament (MP)"
        out.append(Token("(", at, at, True))
        out.append(Token(token.text, token.start, token.end, False, token.quote, -1))
        out.append(Token(")", token.end, token.end, False))
        done.append((token, " ".join(words)))
    return tuple(out), done
