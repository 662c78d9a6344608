"""What kind of word a token is, without a parser.

The rules need only a few coarse judgements — is this a function word, can it
be a finite verb, is this noun plural — and a tagging model would need data
downloaded at run time. Closed classes are listed here; open-class questions go
to ``lemminflect``'s dictionary (shipped inside the package, loaded lazily
because it takes a moment).
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

DETERMINERS = frozenset(
    "a an the this that these those his her its their our my your some many several "
    "each every any no all both few most such another other".split()
)
PRONOUNS = frozenset("i you he she it we they there this these those".split())
OBJECT_PRONOUNS = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them"}
SUBJECT_PRONOUNS = {v: k for k, v in OBJECT_PRONOUNS.items()} | {"it": "it", "you": "you"}
PREPOSITIONS = frozenset(
    "of in on at by for with from to into onto upon over under about after before during "
    "between among against through throughout across along around near since until till "
    "within without towards toward behind beyond beside besides despite via per like as "
    "than off out up down".split()
)
CONJUNCTIONS = frozenset("and or but nor yet so".split())
SUBORDINATORS = frozenset(
    "although though while whereas because since unless if when whenever where wherever "
    "after before until once as whether".split()
)
RELATIVES = frozenset("which who whom whose that where when".split())
BE = frozenset("be is are was were been being am 's 're".split())
HAVE = frozenset("have has had having".split())
MODALS = frozenset("will would can could may might must shall should".split())
DO = frozenset("do does did".split())
AUXILIARIES = BE | HAVE | MODALS | DO
FINITE_AUX = frozenset("is are was were am has have had will would can could may might must "
                       "shall should do does did".split())  # fmt: skip
NEGATIONS = frozenset(
    "not no never none nobody nothing nowhere neither nor cannot n't without".split()
)
FUNCTION_WORDS = (
    DETERMINERS | PRONOUNS | PREPOSITIONS | CONJUNCTIONS | SUBORDINATORS | RELATIVES
    | AUXILIARIES | NEGATIONS | frozenset(OBJECT_PRONOUNS.values())
    | frozenset("also however then there here it's its not very more most only just even "
                "still too".split())
)  # fmt: skip


PLURAL_ONLY = frozenset({"people", "police", "cattle", "clergy", "staff"})
"""Nouns that take a plural verb though the dictionary lists them as their own lemma."""


@cache
def _lemminflect() -> Any:
    """Import lemminflect on first use (its dictionaries take ~0.1 s to load)."""
    return importlib.import_module("lemminflect")


@cache
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's lemmas by universal POS for a lower-case word ({} if unknown)."""
    result: dict[str, tuple[str, ...]] = _lemminflect().getAllLemmas(word)
    return result


def can_be(word: str, pos: str) -> bool:
    """True if the dictionary lists ``word`` (lower case) with universal POS ``pos``."""
    return pos in lemmas(word.lower())


@cache
def inflect(lemma: str, tag: str) -> str | None:
    """The Penn ``tag`` form of ``lemma`` ("begin", "VBD" -> "began"), or None."""
    forms: tuple[str, ...] = _lemminflect().getInflection(lemma, tag=tag)
    return forms[0] if forms else None


def verb_lemma(word: str) -> str | None:
    """The verb lemma of ``word`` if the dictionary knows it as a verb form."""
    found = lemmas(word.lower()).get("VERB")
    return found[0] if found else None


def is_past_tense(word: str) -> bool:
    """True if ``word`` is the simple past of a verb ("founded", "began")."""
    lower = word.lower()
    lemma = verb_lemma(lower)
    return lemma is not None and inflect(lemma, "VBD") == lower


def is_participle(word: str) -> bool:
    """True if ``word`` is a past participle ("founded", "written")."""
    lower = word.lower()
    lemma = verb_lemma(lower)
    return lemma is not None and inflect(lemma, "VBN") == lower


def is_present_third(word: str) -> bool:
    """True if ``word`` is a verb's -s form that is not also a common plural noun."""
    lower = word.lower()
    lemma = verb_lemma(lower)
    if lemma is None or inflect(lemma, "VBZ") != lower:
        return False
    return "NOUN" not in lemmas(lower)


def is_tensed_form(word: str) -> bool:
    """True if ``word`` is a verb's past or -s form, even if it is also a noun ("means")."""
    lower = word.lower()
    lemma = verb_lemma(lower)
    return lemma is not None and lower in (inflect(lemma, "VBD"), inflect(lemma, "VBZ"))


def is_base_verb(word: str) -> bool:
    """True if ``word`` is the plain form of a verb ("offer", "lie")."""
    lower = word.lower()
    return verb_lemma(lower) == lower


def can_be_finite(word: str) -> bool:
    """True if ``word`` may be the finite verb of a clause (an auxiliary or a tensed verb)."""
    lower = word.lower()
    if lower in FINITE_AUX:
        return True
    if lower in FUNCTION_WORDS:
        return False
    return is_past_tense(lower) or is_present_third(lower)


def is_plural_noun(word: str) -> bool:
    """True if ``word`` looks like a plural noun ("counties", "men")."""
    lower = word.lower()
    if lower in PLURAL_ONLY:
        return True
    if lower.endswith(("'s", "’s", "'")):
        return False  # a possessive ("company's")
    nouns = lemmas(lower).get("NOUN")
    if nouns:
        return nouns[0] != lower
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def is_known_word(word: str) -> bool:
    """True if ``word`` (any case) is an ordinary dictionary word, not only a name."""
    lower = word.lower()
    return lower in FUNCTION_WORDS or bool(lemmas(lower))
