"""Tokens that remember where they came from.

Every rule works on a list of :class:`Token` rather than on a string, because
each token carries its offsets into the paragraph it was read from: whatever
the rules do (delete, replace, move, split), every change can still be
reported against the exact input characters, and protected tokens (quotes)
can be recognised wherever they end up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

NO_QUOTE = -1
"""``Token.quote`` for a token outside every protected span."""

_TOKEN = re.compile(
    r"""
    [£$€¥]?\d+(?:[.,:/]\d+)*(?:%|[a-zA-Z]{1,3}\b)?   # 1,000  £1.5m  7/7  10:30  1990s  21st  5%
    | (?:[A-Za-z]\.){2,}                              # U.S.  D.C.  e.g.
    | [^\W\d_]+(?:['’\-][^\W\d_]+)*(?:['’](?=\s|$))?   # words, don't, Jameson's, twenty-one, boys'
    | \.{3}|…|--|\S                                    # ellipsis, dashes, any other single mark
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Token:
    """One word or mark.

    ``start``/``end`` are offsets into the paragraph the token was read from;
    a token a rule inserted has ``start == end`` at the place it was inserted.
    ``space`` says whether whitespace came before it, so rendering restores the
    original spacing. ``quote`` is the index of the protected span the token
    lies in, or ``NO_QUOTE``. ``n`` is the token's position in its paragraph,
    -1 for a token a rule made or rewrote, so rendering can tell which
    neighbours are still the original ones.
    """

    text: str
    start: int
    end: int
    space: bool = True
    quote: int = NO_QUOTE
    n: int = -1

    @property
    def protected(self) -> bool:
        """True for a token that lies inside a quote and so must stay verbatim."""
        return self.quote != NO_QUOTE

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        """True for a token that starts with a letter or digit (not a punctuation mark)."""
        return self.text[:1].isalnum() or self.text[:1] in "£$€¥"

    @property
    def inserted(self) -> bool:
        """True for a token a rule inserted (it covers no input characters)."""
        return self.start == self.end


def tokenize(
    text: str,
    start: int = 0,
    end: int | None = None,
    protected: Sequence[tuple[int, int]] = (),
) -> list[Token]:
    """Split ``text[start:end]`` into tokens with offsets into ``text``.

    A token inside one of the ``protected`` spans gets that span's index as its
    ``quote``; a token that straddles a span boundary counts as inside.
    """
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    previous_end = start
    for match in _TOKEN.finditer(text, start, stop):
        s, e = match.span()
        quote = NO_QUOTE
        for index, (ps, pe) in enumerate(protected):
            if s < pe and ps < e:
                quote = index
                break
        tokens.append(Token(match.group(), s, e, s > previous_end, quote, len(tokens)))
        previous_end = e
    if tokens:
        tokens[0] = replace(tokens[0], space=False)
    return tokens


_NO_SPACE_BEFORE = frozenset(",.;:!?%)]}”’…")
_NO_SPACE_AFTER = frozenset("([{“‘£$€")
_AMBIGUOUS = frozenset("\"'")
"""Straight quotes open or close; only their original spacing says which."""


def respace(tokens: Sequence[Token]) -> list[Token]:
    """Recompute ``space`` for tokens a rule placed next to new neighbours.

    Original neighbours keep their original spacing; wherever either side of a
    join was moved or inserted, spacing follows ordinary English punctuation.
    """
    out: list[Token] = []
    for index, token in enumerate(tokens):
        if index == 0:
            out.append(replace(token, space=False))
            continue
        previous = tokens[index - 1]
        if (previous.n >= 0 and previous.n == token.n - 1) or token.text in _AMBIGUOUS:
            out.append(token)
            continue
        space = not (
            token.text in _NO_SPACE_BEFORE
            or (token.text.startswith(("'", "’")) and token.text[1:2].isalpha())
            or previous.text in _NO_SPACE_AFTER
        )
        out.append(replace(token, space=space))
    return out


def render(tokens: Iterable[Token]) -> str:
    """Join tokens back into text, restoring spacing."""
    parts: list[str] = []
    for token in tokens:
        if parts and token.space:
            parts.append(" ")
        parts.append(token.text)
    return "".join(parts)


def capitalise(token: Token) -> Token:
    """Upper-case the first letter of ``token`` unless it is protected."""
    if token.protected or not token.text[:1].islower():
        return token
    return replace(token, text=token.text[:1].upper() + token.text[1:])


def decapitalise(token: Token) -> Token:
    """Lower-case the first letter of an ordinary word moved out of sentence-initial position.

    Only for words that are plainly not names (the caller decides); acronyms
    ("BBC") and protected tokens are left alone.
    """
    text = token.text
    if token.protected or (len(text) > 1 and text[1:2].isupper()):
        return token
    return replace(token, text=text[:1].lower() + text[1:])


def span_of(tokens: Sequence[Token]) -> tuple[int, int]:
    """The input range covered by ``tokens`` (inserted tokens only mark a position)."""
    real = [t for t in tokens if not t.inserted] or list(tokens)
    if not real:
        return (0, 0)
    return (min(t.start for t in real), max(t.end for t in real))
