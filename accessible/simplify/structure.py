"""Shallow sentence structure: brackets, clause starts, noun phrases.

The splitting rules need to know where a clause begins and what a pronoun
would stand for, but a full parser is not available offline. These helpers
answer those questions conservatively: when unsure they say "no", so the rule
using them does nothing rather than something wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .tokens import Token, capitalise, decapitalise, respace
from .words import (
    DETERMINERS,
    FUNCTION_WORDS,
    MODALS,
    PREPOSITIONS,
    can_be,
    can_be_finite,
    is_base_verb,
    is_past_tense,
    is_plural_noun,
    is_tensed_form,
)

FINAL_MARKS = frozenset(".!?…")
OPENERS = {"(": ")", "[": "]"}
DASHES = frozenset({"—", "–", "--"})
SEPARATORS = frozenset({",", *DASHES})
"""Marks that open or close an inserted phrase (a spaced hyphen counts as a dash too)."""
SUBJECT_PRONOUNS = frozenset("i you he she it we they there".split())
DEMONSTRATIVES = frozenset("this that these those".split())
ADVERBS = frozenset(
    "also then later still never not soon often now first once already just today always "
    "sometimes usually even only again thus".split()
)
SPEECH_VERBS = frozenset(
    "said says say told tells tell added adds asked asks wrote writes explained explains "
    "warned warns stated states argued argues claimed claims insisted insists".split()
)


def depths(sentence: Sequence[Token]) -> list[int]:
    """Bracket depth of each token (brackets themselves count as inside)."""
    out: list[int] = []
    depth = 0
    for token in sentence:
        if token.text in OPENERS:
            depth += 1
            out.append(depth)
            continue
        out.append(depth)
        if token.text in (")", "]") and depth > 0:
            depth -= 1
    return out


def top_level(sentence: Sequence[Token]) -> list[bool]:
    """True for tokens outside brackets and quotes, where a rule may cut or edit."""
    return [d == 0 and not t.protected for d, t in zip(depths(sentence), sentence, strict=True)]


def body_end(sentence: Sequence[Token]) -> int:
    """Index where the sentence-final punctuation begins (``len`` if there is none)."""
    end = len(sentence)
    while end > 0 and sentence[end - 1].text in FINAL_MARKS and not sentence[end - 1].protected:
        end -= 1
    return end


def is_dash(token: Token) -> bool:
    """True for a dash between words: "—", "–", "--", or a hyphen with a space before it."""
    return token.text in DASHES or (token.text == "-" and token.space)


def is_separator(token: Token) -> bool:
    """True for a comma or a dash: what opens or closes an inserted phrase."""
    return token.text == "," or is_dash(token)


def word_count(sentence: Sequence[Token]) -> int:
    return sum(1 for t in sentence if t.is_word)


def has_finite(sentence: Sequence[Token]) -> bool:
    """True if some unprotected token may be a finite verb, or the words open with a clause."""
    lead = 1 if sentence and sentence[0].lower in LEADING_CONNECTIVES else 0
    return (
        any(not t.protected and t.is_word and can_be_finite(t.text) for t in sentence)
        or subject_verb(sentence, lead) is not None
    )


LEADING_CONNECTIVES = frozenset({"but", "and", "so", "yet"})
"""Connectives a clause may open with ("But the rate still remains ...")."""


def subject_verb(sentence: Sequence[Token], start: int, max_np: int = 5) -> int | None:
    """If a clause (subject, then finite verb) starts at ``start``, the verb's index.

    Subjects recognised: a personal pronoun, a demonstrative, or a noun phrase
    of up to ``max_np`` content words after an optional determiner, optionally
    followed by one "of" phrase ("the cantons of Uri and Ticino"). One adverb
    may stand between subject and verb ("he later joined"). A plain verb form
    ("offer") counts as finite only after a plural subject.
    """
    n = len(sentence)
    if start >= n or sentence[start].protected:
        return None
    first = sentence[start]
    if first.lower in SUBJECT_PRONOUNS or first.lower in DEMONSTRATIVES:
        plural = first.lower in PLURAL_PRONOUNS
        found = _verb_at(sentence, start + 1, plural)
        if found is not None or first.lower in SUBJECT_PRONOUNS:
            return found
    for stop in _phrase_ends(sentence, start, max_np):
        head = sentence[stop - 1]
        plural = is_plural_noun(head.text) and (stop - 1 == start or not head.text[:1].isupper())
        if stop < n and sentence[stop].lower in SUBJECT_PREPOSITIONS:
            for after in _phrase_ends(sentence, stop + 1, max_np):
                found = _verb_at(sentence, after, is_plural_noun(head.text))
                if found is not None:
                    return found
        found = _verb_at(sentence, stop, plural)
        if found is not None:
            return found
    return None


def _phrase_ends(sentence: Sequence[Token], start: int, max_np: int) -> list[int]:
    """Every place a noun phrase starting at ``start`` might end, shortest first."""
    end = _noun_phrase_end(sentence, start, max_np)
    if end is None:
        return []
    first_content = start + (sentence[start].lower in DETERMINERS)
    return list(range(first_content + 1, end + 1))


WH_WORDS = frozenset("what whether how why whom whose".split())
"""Words that open a clause of their own, so never continue a noun phrase."""
PLURAL_PRONOUNS = frozenset("i you we they these those".split())
SUBJECT_PREPOSITIONS = frozenset("of in from at on for with".split())
"""Prepositions that may start a phrase inside a subject ("territories in Caucasia")."""
MAX_LEAD_IN = 5
"""Words allowed between a conjunction and a pronoun subject ("and shortly after that it")."""


def clause_after(sentence: Sequence[Token], start: int) -> int | None:
    """The verb index if a clause starts at ``start``, allowing a short lead-in.

    Accepts a plain clause, one adverb before it ("even the simplest chips
    contain"), or up to ``MAX_LEAD_IN`` verb-free words before a personal
    pronoun subject ("shortly after that it dissipated").
    """
    found = subject_verb(sentence, start)
    if found is not None:
        return found
    if start < len(sentence) and is_adverb(sentence[start]):
        found = subject_verb(sentence, start + 1)
        if found is not None:
            return found
    for j in range(start + 1, min(start + MAX_LEAD_IN + 1, len(sentence) - 1)):
        token = sentence[j]
        if token.protected or token.text in (";", ":", "(", ")"):
            return None
        if token.lower in SUBJECT_PRONOUNS and finite_at(sentence, j + 1):
            return j + 1
        if token.is_word and can_be_finite(token.text):
            return None
    return None


def _noun_phrase_end(sentence: Sequence[Token], start: int, max_np: int) -> int | None:
    """End of a determiner + content-word noun phrase starting at ``start`` (None if none).

    "and" is allowed between capitalised words, so "Uri and Ticino" is one phrase.
    """
    j = start
    n = len(sentence)
    if j < n and sentence[j].lower in DETERMINERS:
        j += 1
    content = 0
    while j < n and content < max_np:
        token = sentence[j]
        joins_names = (
            token.lower == "and"
            and content > 0
            and sentence[j - 1].text[:1].isupper()
            and j + 1 < n
            and sentence[j + 1].text[:1].isupper()
        )
        if not joins_names and (
            token.lower in WH_WORDS
            or not token.is_word
            or token.protected
            or (token.lower in FUNCTION_WORDS and not is_acronym(token))
        ):
            break
        if content > 0 and can_be_finite(token.text):
            break
        j += 1
        content += 1
    return j if content else None


def _verb_at(sentence: Sequence[Token], index: int, plural: bool) -> int | None:
    """``index`` (or the next one, after an adverb) if a finite verb stands there."""
    for j in (index, index + 1):
        if j >= len(sentence):
            return None
        token = sentence[j]
        if token.is_word and not token.protected:
            if can_be_finite(token.text):
                return j
            if j > index and sentence[index].lower in ADVERBS and is_tensed_form(token.text):
                return j  # after "still", "remains" is a verb; after "weekly", "journeys" is not
            if plural and is_base_verb(token.text) and token.lower not in FUNCTION_WORDS:
                return j
        if j == index and not is_adverb(token):
            return None
    return None


def is_adverb(token: Token) -> bool:
    """True for an adverb that may stand between a subject and its verb ("officially")."""
    return token.lower in ADVERBS or (token.lower.endswith("ly") and can_be(token.lower, "ADV"))


def verb_after_relative(sentence: Sequence[Token], index: int) -> int | None:
    """Index of the verb of a subject relative clause whose first word is at ``index``.

    Right after "which"/"who" a word that can be a tensed verb is one, even if it
    can also be a noun ("which means", "who speeds"); one adverb may come first.
    """
    for j in (index, index + 1):
        if j >= len(sentence):
            return None
        token = sentence[j]
        if token.protected or not token.is_word:
            return None
        if can_be_finite(token.text) or is_tensed_form(token.text):
            return j
        if j == index and not is_adverb(token):
            return None
    return None


def finite_at(sentence: Sequence[Token], index: int) -> bool:
    """True if the token at ``index`` may be a finite verb; False past the end."""
    if not 0 <= index < len(sentence):
        return False
    token = sentence[index]
    return token.is_word and not token.protected and can_be_finite(token.text)


def noun_phrase_before(sentence: Sequence[Token], end: int) -> tuple[int, int] | None:
    """The noun phrase ending just before ``end``: (start, end) token indices, or None.

    Walks back over content words (names, nouns, adjectives, numbers,
    possessives) and includes one determiner; stops at anything else.
    """
    start = end
    while start > 0:
        token = sentence[start - 1]
        if not token.is_word or token.protected:
            break
        if token.lower in DETERMINERS:
            start -= 1
            break
        if (token.lower in FUNCTION_WORDS or token.lower in PREPOSITIONS) and not is_acronym(token):
            break
        if can_be_finite(token.text) and not token.text[:1].isupper():
            break
        start -= 1
    if start == end:
        return None
    return start, end


def is_acronym(token: Token) -> bool:
    """True for an all-capital abbreviation ("US", "IT"), never the pronoun it spells."""
    return len(token.text) > 1 and token.text.isupper() and token.text.isalpha()


def is_name_phrase(tokens: Sequence[Token]) -> bool:
    """True if the phrase is a proper name ("Marcel Junod", "the Atlanta Falcons")."""
    content = [t for t in tokens if t.lower not in DETERMINERS]
    return bool(content) and all(t.text[:1].isupper() for t in content)


def pronoun_for(phrase: Sequence[Token]) -> str:
    """ "They" for a plural noun phrase, otherwise "It"."""
    head = phrase[-1].text if phrase else ""
    if head[:1].isupper():
        return "They" if head.endswith("s") and not head.endswith("ss") else "It"
    return "They" if is_plural_noun(head) else "It"


_ARTICLES = frozenset({"a", "an", "the"})


def is_past_clause(sentence: Sequence[Token]) -> bool:
    """True if the first finite verb of the sentence is in the past tense.

    A past form right after a determiner is an adjective ("The finished image
    is ..."), not the verb.
    """
    for index, token in enumerate(sentence):
        if token.protected or not token.is_word:
            continue
        if index and sentence[index - 1].lower in _ARTICLES:
            continue
        if token.lower in ("was", "were", "had", "did"):
            return True
        if token.lower in ("is", "are", "has", "have", "does", "do", "am") or token.lower in MODALS:
            return False  # "must show" is not past, though the dictionary lists "must" as VBD
        if can_be_finite(token.text):
            return is_past_tense(token.text)
    return False


def inserted(text: str, at: Token, *, space: bool = True) -> Token:
    """A new token placed at ``at``'s position in the input."""
    return Token(text, at.start, at.start, space)


def copy_phrase(phrase: Sequence[Token]) -> list[Token]:
    """Copies of ``phrase`` as inserted tokens, for repeating a subject in a new sentence.

    Copies of protected tokens are not protected: the original stays in place.
    Each copy keeps its position ``n``, so the spacing inside the phrase stays as
    written ("PH-S6500", not "PH-S 6500").
    """
    return [Token(t.text, t.start, t.start, t.space, n=t.n) for t in phrase]


def make_sentence(tokens: Sequence[Token], final: Token | None) -> tuple[Token, ...]:
    """Tidy a piece cut from a sentence into a sentence of its own.

    Drops leading and trailing commas and conjunction debris, capitalises the
    first word, ends it with ``final`` (or a new full stop) and fixes spacing.
    """
    body = list(tokens)
    while body and not body[0].protected and body[0].text in {",", ";", ":", "—", "–", "-"}:
        body.pop(0)
    while body and not body[-1].protected and body[-1].text in {",", ";", ":", "—", "–", "-"}:
        body.pop()
    if not body:
        return ()
    body[0] = capitalise(body[0])
    quote_ends_sentence = len(body) > 1 and body[-1].protected and body[-2].text in FINAL_MARKS
    if (body[-1].text not in FINAL_MARKS or body[-1].protected) and not quote_ends_sentence:
        if final is None:
            final = Token(".", body[-1].end, body[-1].end, False)
        body.append(replace(final, space=False))
    return tuple(respace(body))


def lower_start(token: Token) -> Token:
    """Lower-case a sentence-initial ordinary word that now stands mid-sentence."""
    return decapitalise(token) if token.lower in FUNCTION_WORDS else token
