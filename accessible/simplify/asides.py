"""Asides: bracketed and dashed material a reader can do without.

An aside interrupts the sentence the reader is holding in mind. It is
dropped only when it carries no fact (the guard refuses otherwise), so
"(to the south)" goes but "(1904 - 1961)" and "(MoJ)" stay. An aside with a
verb of its own ("— which was set up in 2008 —") is a statement, not an
aside: the split rules make it a sentence rather than drop it.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from .edits import Context, Edit, Sentence
from .structure import body_end, has_finite, is_dash
from .tokens import Token


def _without(sentence: Sentence, start: int, stop: int) -> Sentence:
    """``sentence`` minus tokens ``[start, stop)``, keeping the spacing of what follows."""
    rest = list(sentence[stop:])
    if rest and start > 0 and rest[0].text not in ",.;:!?)":
        first = rest[0]
        rest[0] = Token(first.text, first.start, first.end, True, first.quote, -1)
    elif rest:
        first = rest[0]
        rest[0] = Token(first.text, first.start, first.end, False, first.quote, -1)
    result = [*sentence[:start], *rest]
    # "X (aside), Y" leaves "X, Y"; "X, (aside) Y" leaves "X, Y" too.
    return tuple(result)


def drop_brackets(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """Propose deleting each bracketed aside, innermost and leftmost first."""
    for start, token in enumerate(sentence):
        if token.text != "(" or token.protected:
            continue
        depth = 0
        for stop in range(start, len(sentence)):
            text = sentence[stop].text
            if sentence[stop].protected:
                continue
            depth += text == "("
            depth -= text == ")"
            if depth == 0:
                break
        else:
            continue
        if stop == start + 1:
            continue
        touched = sentence[start : stop + 1]
        if start == 0:
            continue  # a bracket opening the sentence holds its subject, not an aside
        if has_finite(sentence[start + 1 : stop]):
            continue  # a clause says something: the split rules give it a sentence instead
        yield Edit("aside", (_without(sentence, start, stop + 1),), touched, "")


def drop_dashes(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """Propose deleting an aside between a pair of dashes ("X — an aside — Y")."""
    end = body_end(sentence)
    marks = [i for i, t in enumerate(sentence[:end]) if is_dash(t) and not t.protected]
    for first, second in pairwise(marks):
        if second - first < 2 or any(t.protected for t in sentence[first:second]):
            continue
        if has_finite(sentence[first + 1 : second]):
            continue  # a clause says something: the split rules give it a sentence instead
        touched = sentence[first : second + 1]
        yield Edit("aside", (_without(sentence, first, second + 1),), touched, "")
