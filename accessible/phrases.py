"""Noun phrases that name who speaks: people, bodies, unnamed and collective speakers.

News names a speaker in a handful of shapes: a name with a role before it
("chief executive Jeroen van der Veer"), a name with a description after it
("Ghaffar Hussain, Quilliam's head of research,"), an unnamed role ("a spokesman
for the club", "one dealer"), a group ("critics", "G7 ministers") or a pronoun.
This module turns the words before or after a speech verb into one
:class:`Phrase`: the words that name the speaker, what kind of phrase it is, and
the description the article gives. It works on plain word tokens, so the cue
finder and the name registry share one reading of a phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .wordlists import (
    ADVERBIAL,
    BODY_NOUNS,
    CONNECTORS,
    DETERMINERS,
    GROUP_NOUNS,
    INNER_ROLES,
    LEADING,
    NOT_NAMES,
    ORG_HEADS,
    PARTICLES,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    TIME_WORDS,
    TITLES,
    TRAILING,
    VERB_LIKE,
)

PhraseKind = Literal["pronoun", "name", "unnamed", "relative"]

FILL = "\ue000"
"""Stands in for each quoted character in the narration (not a space, a word or a mark)."""
_TOKEN = re.compile(r"\ue000+|[^\W_][\w'’&.\-]*|[,;:()\[\]–—]|(?<!\S)-(?!\S)")
_SEPARATORS = frozenset(",;:()[]–—-")


@dataclass(frozen=True, slots=True)
class Phrase:
    """The words naming one speaker, as found in the text."""

    text: str
    start: int
    kind: PhraseKind
    description: str | None = None
    alias: str | None = None
    """Another name given in brackets: "Office for National Statistics (ONS)"."""


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".")


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]``; a final full stop is not kept."""
    result = []
    for match in _TOKEN.finditer(text, start, end):
        word, a, b = match.group(), match.start(), match.end()
        dotted = bool(re.fullmatch(r"(?:[A-Za-z]\.)+", word))
        if word.endswith(".") and len(word) > 2 and word[:-1].lower() not in TITLES and not dotted:
            word, b = word[:-1], b - 1
        word = word.rstrip("'’") if word.endswith(("s'", "s’")) else word
        result.append(Token(word, a, a + len(word)))
    return result


def is_capital(token: Token) -> bool:
    word = token.text
    return bool(word) and (
        word[0].isupper()
        or (word[0].isdigit() and any(c.isupper() for c in word))
        or bool(re.match(r"[a-z]{1,2}[A-Z]|[ldLD]['’][A-Z]", word))
    )


def is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s")) and len(word) > 2


def name_runs(toks: list[Token]) -> list[tuple[int, int]]:
    """Index ranges ``[i, j)`` of capitalised names ("Bank of England", "Jeroen van der Veer")."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if not is_capital(toks[i]) or toks[i].text in _SEPARATORS:
            i += 1
            continue
        j = i + 1
        while j < n and not is_possessive(toks[j - 1].text):
            word = toks[j]
            if is_capital(word):
                j += 1
                continue
            nxt = j + 1
            if word.low in PARTICLES:
                while nxt < n and toks[nxt].low in PARTICLES:
                    nxt += 1  # "van der"
                joins = nxt < n and is_capital(toks[nxt])
            else:
                if word.low in CONNECTORS and nxt < n and toks[nxt].low == "the":
                    nxt += 1  # "Bank of the West"
                joins = (
                    word.low in CONNECTORS
                    and nxt < n
                    and is_capital(toks[nxt])
                    and (any(t.low in ORG_HEADS for t in toks[i:j]) or _titled(toks, nxt))
                )
            if not joins:
                break
            j = nxt
        while i < j and (toks[i].low in NOT_NAMES | ADVERBIAL or toks[i].low.endswith("-based")):
            i += 1
        if i < j:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _titled(toks: list[Token], index: int) -> bool:
    """Whether the capitalised words from ``index`` hold a title ("Fiscal Policy Minister X")."""
    for tok in toks[index:]:
        if not is_capital(tok):
            return False
        if tok.low in INNER_ROLES:
            return True
    return False


def split_role(toks: list[Token], i: int, j: int) -> int:
    """Where the name starts inside a capitalised run that begins with a role ("Chancellor X")."""
    start = i
    for k in range(i, j - 1):
        if toks[k].low in INNER_ROLES or toks[k].low.rstrip("s") in INNER_ROLES:
            start = k + 1
            if toks[start].low in CONNECTORS:
                start += 2  # "Secretary of State Condoleezza Rice"
    if start == i and j - i > 1 and toks[i].low in ROLE_NOUNS - BODY_NOUNS:
        start = i + 1  # "Spokesman Alan Jones", not "Association of ..."
    return start if start < j else i


def _text(toks: list[Token], source: str) -> str:
    return source[toks[0].start : toks[-1].end] if toks else ""


def _strip(toks: list[Token]) -> list[Token]:
    while len(toks) > 1 and toks[0].low in LEADING:
        toks = toks[1:]
    while len(toks) > 1 and (
        toks[-1].low in TRAILING or (toks[-1].text.islower() and toks[-1].text.endswith("ly"))
    ):
        toks = toks[:-1]
    return toks


def chunks(toks: list[Token]) -> list[tuple[list[Token], bool]]:
    """Split at commas, dashes and brackets; the flag marks a bracketed chunk."""
    result: list[tuple[list[Token], bool]] = []
    current: list[Token] = []
    bracket = False
    for tok in toks:
        if tok.text in _SEPARATORS or tok.text.startswith("\ue000"):
            if current:
                result.append((current, bracket))
            current = []
            bracket = tok.text in "([" or (bracket and tok.text not in ")]")
            continue
        current.append(tok)
    if current:
        result.append((current, bracket))
    return result


def head(toks: list[Token], source: str) -> Phrase | None:
    """The speaker named by one chunk, with any role before the name as its description."""
    toks = _strip(toks)
    if not toks:
        return None
    first = toks[0].low
    if first in PRONOUNS:
        return Phrase(toks[0].text, toks[0].start, "pronoun")
    if first in {"who", "which"}:
        return Phrase(toks[0].text, toks[0].start, "relative")
    runs = name_runs(toks)
    if first in ADVERBIAL or _participle(toks):
        trailing = [r for r in runs if r[1] == len(toks)]
        if not trailing:
            return None
        return _named(toks[trailing[-1][0] :], (0, trailing[-1][1] - trailing[-1][0]), source)
    role_seen = False
    index = 0
    while index < len(toks):
        tok = toks[index]
        run = next((r for r in runs if r[0] == index), None)
        if run is not None and not (run[1] - run[0] == 1 and tok.low in ROLE_NOUNS):
            after = toks[run[1] : run[1] + 4]
            modifier = is_possessive(toks[run[1] - 1].text) or _role_then_name(toks, run[1], runs)
            if modifier:
                index = run[1]
                continue
            if after and (after[0].low in ROLE_NOUNS or _role_next(after)):
                return _unnamed(toks, source)  # "Computer specialist", "European outreach chief"
            if sum(_loose(t) for t in toks[:index]) > 4:
                return None  # "The offer follows media speculation that X": a clause
            return _named(toks, run, source)
        if tok.low in PREPOSITIONS:
            return _unnamed(toks, source) if role_seen else None
        if tok.low in ROLE_NOUNS:
            role_seen = True
        elif role_seen and not _role_ahead(toks, index, runs):
            return None  # "the club may consider ...": a clause, not a speaker
        index += 1
    return _unnamed(toks, source) if role_seen else None


def _role_next(after: list[Token]) -> bool:
    """Whether a role follows within a few lower-case words ("outreach coordinator").

    A body's role ("service provider") must also end the words, so that "Max Lawson
    welcomed the statement and said" stays a name followed by its verb.
    """
    for index, tok in enumerate(after[:4]):
        if is_capital(tok) or tok.low in PREPOSITIONS:
            return False
        if tok.low in ROLE_NOUNS - BODY_NOUNS - GROUP_NOUNS:
            return True
        if tok.low in ROLE_NOUNS:
            return index + 1 == len(after) or after[index + 1].low in PREPOSITIONS
    return False


def _participle(toks: list[Token]) -> bool:
    """Whether the words open with a participle phrase ("Speaking to the BBC, ...")."""
    word = toks[0].text
    follows = len(toks) > 1 and not is_capital(toks[1])
    return len(word) > 4 and word[1:].islower() and word.endswith("ing") and follows


def _loose(tok: Token) -> bool:
    """A word before a name that is neither part of a name nor of a role: maybe a verb."""
    return not (is_capital(tok) or tok.low in DETERMINERS | ROLE_NOUNS | CONNECTORS)


def _has_role(toks: list[Token]) -> bool:
    """Whether the words hold a role ("chief executive"), so they describe who someone is."""
    return any(t.low.split("-")[-1] in ROLE_NOUNS | INNER_ROLES for t in toks)


def _role_then_name(toks: list[Token], index: int, runs: list[tuple[int, int]]) -> bool:
    """Whether role words and then a name follow ("Regent Street Association director Annie")."""
    role = False
    for ahead in range(index, len(toks)):
        if any(r[0] == ahead for r in runs):
            return role
        if toks[ahead].low in PREPOSITIONS or is_capital(toks[ahead]):
            return False
        role = role or toks[ahead].low in ROLE_NOUNS
    return False


def _role_ahead(toks: list[Token], index: int, runs: list[tuple[int, int]]) -> bool:
    """Whether a role or a name comes before the next preposition ("chief economic adviser")."""
    for ahead in range(index, len(toks)):
        if toks[ahead].low in PREPOSITIONS:
            return False
        if toks[ahead].low in ROLE_NOUNS or any(r[0] == ahead for r in runs):
            return True
    return False


def _named(toks: list[Token], run: tuple[int, int], source: str) -> Phrase:
    start = split_role(toks, *run)
    name = toks[start : run[1]]
    before = [t for t in toks[:start] if t.low not in DETERMINERS]
    after = toks[run[1] :]
    description = None
    if before and (_has_role(before[-1:]) or _has_role(toks[run[0] : start])):
        description = _text(before, source)
    elif (
        not before
        and _has_role(after)
        and (after[0].low in PREPOSITIONS or _role_ahead(after, 0, []))
    ):
        description = _text(after, source)
    text = _text(name, source)
    if is_possessive(text):
        text = text[:-2]
    return Phrase(text, name[0].start, "name", description)


def _unnamed(toks: list[Token], source: str) -> Phrase | None:
    """An unnamed or collective speaker: the role with its modifiers and what it is "for".

    None when the words run on past the role into something that is not part of
    it ("the company would"), so a clause is never taken for a speaker.
    """
    if toks[0].low in {"a", "an"} and len(toks) > 1:
        toks = toks[1:]
    for index, tok in enumerate(toks[:-2]):
        if tok.low in {"statement", "letter", "report"} and toks[index + 1].low in {"from", "by"}:
            inner = head(toks[index + 2 :], source)
            if inner is not None:
                return inner
    if not (toks[-1].low in ROLE_NOUNS or is_capital(toks[-1])):
        return None
    text = _text(toks, source)
    first = toks[0]
    named = len(toks) > 1 and (is_capital(toks[1]) or toks[1].low in CONNECTORS)
    common = first.low in DETERMINERS or (first.low in ROLE_NOUNS and not named)
    if text and first.text[:1].isupper() and not first.text.isupper() and common:
        text = text[0].lower() + text[1:]  # "Critics said": capitalised only as a sentence start
    return Phrase(text, toks[0].start, "unnamed")


def chunk_kind(toks: list[Token], bracket: bool, after_name: bool) -> str:
    """How a chunk before a speech verb reads: subject, description or adverbial.

    ``after_name`` says the chunk follows a chunk that is only a name: a role
    there is the name's description ("Steve Roukis, an analyst at Gartner,").
    """
    toks = _strip(toks)
    if bracket or not toks:
        return "description"
    first = toks[0]
    if first.low in PRONOUNS:
        return "subject"
    if first.low in {"who", "which", "whose", "whom"}:
        return "description"
    if first.low in ADVERBIAL or _participle(toks):
        return "adverbial"
    if after_name and first.low in {"a", "an", "the"} and not is_possessive(toks[-1].text):
        return "description"  # "Stephen Schechter, a UK investment banker,"
    found = head(toks, "")
    if found is not None and found.kind == "name":
        return "subject"
    runs = name_runs(toks)
    if runs and runs[0][0] == 0 and is_possessive(toks[runs[0][1] - 1].text):
        return "description"  # "Christian Aid's head of Trade Policy"
    if not is_capital(first) and first.low not in DETERMINERS | GROUP_NOUNS:
        return "description"  # "chief secretary to the Treasury", but "critics" is a subject
    if first.low in INNER_ROLES and len(toks) > 1 and toks[1].low in PREPOSITIONS:
        return "description"
    if after_name and (found is None or found.kind == "unnamed"):
        return "description"
    return "subject"


def only_name(toks: list[Token]) -> bool:
    """Whether a chunk is one name and nothing else ("Mr Abbas", "Ghaffar Hussain")."""
    toks = [t for t in _strip(toks) if t.low not in DETERMINERS]
    runs = name_runs(toks)
    return len(runs) == 1 and runs[0] == (0, len(toks))


def subject_before(source: str, start: int, end: int) -> Phrase | None:
    """The speaker in ``source[start:end]``, the words between a clause start and its verb.

    Walks back over descriptions ("Andrew Pendleton, Christian Aid's head of Trade
    Policy, said"): the first chunk that reads as a subject names the speaker and
    the description right after it becomes the speaker's description.
    """
    parts = chunks(tokens(source, start, end))
    description: str | None = None
    for index in range(len(parts) - 1, -1, -1):
        toks, bracket = parts[index]
        earlier = [part for part, in_brackets in parts[:index] if not in_brackets]
        kind = chunk_kind(toks, bracket, bool(earlier) and only_name(earlier[-1]))
        if kind == "description":
            if not bracket and describes(_strip(toks)):
                description = _text(_strip(toks), source)
            continue
        found = head(toks, source)
        if found is None:
            return None
        if found.kind == "name" and description is None and index > 0 and only_name(toks):
            before = head(parts[index - 1][0], source)  # "IBM's senior vice president, Nick X,"
            if before is not None and before.kind == "unnamed" and not parts[index - 1][1]:
                description = before.text
        if found.kind == "name" and description is not None:
            return Phrase(found.text, found.start, found.kind, description)
        return found
    return None


def subject_after(source: str, start: int, end: int) -> tuple[Phrase, int] | None:
    """The speaker right after an inverted verb ("said Mr Blair, the prime minister.").

    Returns the phrase and where the speaker's words end, or None when the words
    after the verb do not read as a speaker followed by a pause (a comma, a full
    stop or a colon) - "said Gordon was tired" is not inverted.
    """
    parts = chunks(tokens(source, start, end))
    if not parts:
        return None
    toks, _ = parts[0]
    if toks[0].start - start > 2 or toks[0].low in ADVERBIAL:
        return None
    found = head(toks, source)
    if found is None or found.kind in {"pronoun", "relative"}:
        return None
    rest = [t.low for t in toks if t.start >= found.start + len(found.text)]
    if rest and rest[0] not in PREPOSITIONS and not set(rest) <= TIME_WORDS:
        return None
    description = found.description
    if len(parts) > 1 and not parts[1][1]:
        nxt = _strip(parts[1][0])
        nxt_head = head(nxt, source)
        swap = found.kind == "unnamed" and nxt_head is not None and nxt_head.kind == "name"
        if swap and nxt_head is not None and _text(nxt, source) == nxt_head.text:
            # "said EEF chief economist, Steve Radley": the name comes second
            return Phrase(nxt_head.text, nxt_head.start, "name", found.text), nxt[-1].end
        if description is None and found.kind == "name" and describes(nxt):
            description = _text(nxt, source)
    return Phrase(found.text, found.start, found.kind, description), toks[-1].end


def describes(toks: list[Token]) -> bool:
    """Whether a chunk after a name reads as its description ("an analyst at Gartner")."""
    if not toks or len(toks) > 14 or toks[0].low in ADVERBIAL | {"who", "which", "whose"}:
        return False
    if toks[0].text.islower() and (toks[0].low.endswith("ed") or toks[0].low in VERB_LIKE):
        return False  # "..., told the BBC News website": a verb, not a description
    for tok in toks[:5]:
        word = tok.low.split("-")[-1]
        if word in ROLE_NOUNS or word in INNER_ROLES:
            return True
        if tok.low in PREPOSITIONS:
            return False
    return False


def names_in(source: str, start: int, end: int, known: frozenset[str]) -> list[Phrase]:
    """The names mentioned in ``source[start:end]`` (one sentence), role words split off.

    A single capitalised word opening the sentence counts only if ``known`` (words
    seen capitalised mid-sentence) has it, so "Customers ..." is not a name.
    """
    toks = tokens(source, start, end)
    found: list[Phrase] = []
    for i, j in name_runs(toks):
        first = split_role(toks, i, j)
        words = toks[first:j]
        if not words or (len(words) == 1 and words[0].low in ROLE_NOUNS):
            continue
        single = len(words) == 1 and words[0].start == toks[0].start
        if single and words[0].text not in known and not words[0].text.isupper():
            continue
        text = source[words[0].start : words[-1].end]
        if is_possessive(text):
            text = text[:-2]
        description = alias = None
        if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
            alias = toks[j + 1].text if is_capital(toks[j + 1]) else None
        if j + 1 < len(toks) and toks[j].text == ",":
            tail = next((c for c, _ in chunks(toks[j + 1 :])), [])
            if describes(tail):
                description = source[tail[0].start : tail[-1].end]
        found.append(Phrase(text, words[0].start, "name", description, alias))
    return found
