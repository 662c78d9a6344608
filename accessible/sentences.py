"""Sentence boundaries as spans, tuned for news text.

General-purpose splitters (textstat's included) break after "Mr." or "U.S."
and inside "£1.5m"; news prose is full of these, and a wrong split means a
wrong readability score and a narration cue that cuts a name in half.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st rev gen col lt sgt capt cmdr maj adm gov sen rep hon
    no nos vol fig pp co corp inc ltd plc bros dept est approx vs etc al cf
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    e.g i.e a.m p.m u.s u.k u.n d.c e.u""".split()
)
"""Words that end in a full stop without ending the sentence (lower case, no final dot)."""

SENTENCE_STARTERS = frozenset(
    """the a an it he she they we i you this that these those there but and so yet
    in on at for if when while after before as his her their its our my some many
    most all one two three mr mrs ms dr""".split()
)
"""After a dotted acronym ("U.S."), a capitalised one of these most likely starts a sentence."""

_CANDIDATE = re.compile(r"""[.!?…]+['"’”»)\]]*(?=\s+)""")
_NEXT = re.compile(r"""\s+(['"‘“«(\[]*)(\S+)""")
_TOKEN_BEFORE = re.compile(r"(\S+?)\.*$")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences; return half-open spans into ``text``.

    Spans are trimmed of surrounding whitespace and cover every non-space character
    of the range exactly once.
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _CANDIDATE.finditer(text, start, stop):
        cut = match.end()
        if _is_boundary(text, match.start(), cut, stop):
            _add(text, begin, cut, spans)
            begin = cut
    _add(text, begin, stop, spans)
    return spans


def _add(text: str, begin: int, end: int, spans: list[tuple[int, int]]) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if begin < end:
        spans.append((begin, end))


def _is_boundary(text: str, mark: int, cut: int, stop: int) -> bool:
    following = _NEXT.match(text, cut, stop)
    if following is None:
        return False
    opener, word = following.group(1), following.group(2)
    first = word[0]
    if not (first.isupper() or first.isdigit() or opener):
        return False
    if text[mark] != ".":
        return True
    line_start = max(text.rfind(" ", 0, mark), text.rfind("\n", 0, mark)) + 1
    before = text[line_start:mark]
    token_match = _TOKEN_BEFORE.search(before)
    token = token_match.group(1) if token_match else ""
    bare = token.strip("\"'“‘(").lower()
    if text[mark : mark + 3] == "...":
        return True
    if bare in ABBREVIATIONS and "." not in bare:
        return False
    if _DOTTED.fullmatch(bare) or (len(bare) == 1 and bare.isalpha()):
        # "U.S." or an initial ("J. Smith"): a boundary only before a likely sentence start.
        return len(bare) > 1 and word.strip("\"'“‘,").lower() in SENTENCE_STARTERS
    return True
