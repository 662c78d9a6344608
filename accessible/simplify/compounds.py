"""Hyphenated "against" compounds before a noun, unpacked for Easy Read.

"The counter-extremism scheme" makes the reader decode a prefix and a long
abstract noun while holding the sentence's head noun in waiting. Saying what
the thing is first and what it is against second ("the scheme against
extremism") uses the same words the reader already knows, with nothing lost.
Only "anti-" and "counter-" are unpacked, and only when the compound's stem is
a noun and a single noun follows: "anti-inflammatory" (an adjective) and
"counter-terrorism police officers" (a noun phrase that goes on) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from .edits import Context, Edit, Sentence
from .lexical import fix_article
from .tokens import Token
from .words import FUNCTION_WORDS, lemmas

PREFIXES = ("anti-", "counter-")


def _noun(token: Token) -> bool:
    """True if ``token`` is a lower-case content word the dictionary lists as a noun."""
    word = token.text
    return (
        token.is_word
        and word.islower()
        and word.isalpha()
        and word not in FUNCTION_WORDS
        and "NOUN" in lemmas(word)
    )


def _stem(token: Token) -> str | None:
    """The noun after "anti-"/"counter-" in ``token`` ("counter-extremism" -> "extremism")."""
    text = token.text
    for prefix in PREFIXES:
        if text.startswith(prefix):
            stem = text.removeprefix(prefix)
            if stem.isalpha() and stem.islower() and "NOUN" in lemmas(stem):
                return stem
    return None


def unpack_against(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """Easy Read: propose "counter-extremism scheme" -> "scheme against extremism"."""
    if context.level != "easy":
        return
    for index in range(len(sentence) - 1):
        token, head = sentence[index], sentence[index + 1]
        if token.protected or head.protected:
            continue
        stem = _stem(token)
        if stem is None or not _noun(head):
            continue
        if index + 2 < len(sentence) and _noun(sentence[index + 2]):
            continue  # the noun phrase goes on: "counter-terrorism police officers"
        new = (
            replace(head, space=token.space, n=-1),
            Token("against", token.start, token.start, True),
            Token(stem, token.start, token.start, True),
        )
        result = [*sentence[:index], *new, *sentence[index + 2 :]]
        fix_article(result, index)  # "an anti-war protest" -> "a protest against war"
        yield Edit("compound", (tuple(result),), (token, head), f"{head.text} against {stem}")
