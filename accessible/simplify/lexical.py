"""Word- and phrase-level rewrites from the plain-language lexicon.

Substitution is only as safe as its matching, so verbs are matched in every
inflected form but replaced in the same form ("commenced" -> "started"), a
word that is also a noun ("purchase") is replaced only where it must be a
verb, and a phrase can be blocked by the word before it ("the following day"
is not "the after day").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from .edits import Context, Edit, Sentence
from .lexicon import LEVELS, PhraseEntry, WordEntry, phrase_entries, word_entries
from .records import Level
from .tokens import Token
from .words import (
    BE,
    DETERMINERS,
    FUNCTION_WORDS,
    HAVE,
    MODALS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    inflect,
    lemmas,
)

PREP_SLOT = "{PREP}"
BE_SLOT = "{BE}"
SLOTS = {PREP_SLOT: PREPOSITIONS, BE_SLOT: BE - {"'s", "'re"}}
"""Phrase slots: a slot matches any word of its class and is copied to the replacement."""
SENTENCE_START = "^"
_VBN_CUES = BE | HAVE | frozenset({"get", "got", "gets", "getting", "having"})
_VERB_CUES = (
    MODALS | frozenset({"to", "do", "does", "did", "not", "never"}) | frozenset(SUBJECT_PRONOUNS)
)
_NO_SPACE = frozenset(",.;:!?%)")


@dataclass(frozen=True, slots=True)
class _Form:
    entry: WordEntry
    tag: str  # Penn tag of the matched form: VB VBD VBN VBG VBZ NN NNS or "" (exact)


@cache
def _forms() -> dict[str, list[_Form]]:
    """Surface form (lower case) -> the lexicon entries it can be a form of."""
    table: dict[str, list[_Form]] = {}
    for entry in word_entries():
        if entry.word_class == "v":
            for tag in ("VB", "VBD", "VBN", "VBG", "VBZ"):
                form = inflect(entry.word, tag)
                if form:
                    table.setdefault(form, []).append(_Form(entry, tag))
        elif entry.word_class == "n":
            table.setdefault(entry.word, []).append(_Form(entry, "NN"))
            plural = inflect(entry.word, "NNS")
            if plural:
                table.setdefault(plural, []).append(_Form(entry, "NNS"))
        else:
            table.setdefault(entry.word, []).append(_Form(entry, ""))
    return table


def _match_case(word: str, model: str) -> str:
    """``word`` capitalised like ``model`` (first letter only; all-caps stays as written)."""
    if model[:1].isupper() and not model.isupper():
        return word[:1].upper() + word[1:]
    return word


def _new_tokens(words: list[str], first: Token) -> list[Token]:
    """Tokens for replacement ``words`` placed where ``first`` was."""
    out: list[Token] = []
    for index, word in enumerate(words):
        space = first.space if index == 0 else word not in _NO_SPACE
        if word in _NO_SPACE:
            space = False
        out.append(Token(word, first.start, first.start, space))
    return out


def _fix_article(tokens: list[Token], index: int) -> None:
    """Make "a"/"an" before ``tokens[index]`` agree with the new word's first sound."""
    if index == 0 or index >= len(tokens):
        return
    article = tokens[index - 1]
    if article.lower not in ("a", "an") or article.protected:
        return
    word = tokens[index].lower
    vowel = word[:1] in "aeiou" and not word.startswith(("one", "uni", "use", "eu", "usu"))
    vowel = vowel or word.startswith(("hour", "honest", "honour"))
    wanted = "an" if vowel else "a"
    if article.lower != wanted:
        tokens[index - 1] = replace(article, text=_match_case(wanted, article.text), n=-1)


def _target(form: _Form, previous: list[str]) -> list[str] | None:
    """The replacement words for a matched form, inflected like it, or None if unsafe."""
    words = form.entry.replacement.split(" ")
    tag = form.tag
    if form.entry.word_class == "v":
        if tag in ("VBD", "VBN", "VBG") and previous and previous[-1] in DETERMINERS - {"that"}:
            return None  # an adjective: "the established order", "the remaining seats"
        if tag == "VBD" and any(w in _VBN_CUES for w in previous[-3:]):
            tag = "VBN"
        is_noun = "NOUN" in lemmas(form.entry.word) or "NOUN" in lemmas(
            inflect(form.entry.word, form.tag) or ""
        )
        if tag in ("VB", "VBZ") and is_noun and not (previous and previous[-1] in _VERB_CUES):
            return None
        head = inflect(words[0], tag)
        if head is None:
            return None
        return [head, *words[1:]]
    if tag == "NNS":
        head = inflect(words[-1], "NNS")
        return None if head is None else [*words[:-1], head]
    return words


def _noun_follows(sentence: Sentence, index: int) -> bool:
    """True if the token after ``sentence[index]`` is a content word that can be a noun."""
    if index + 1 >= len(sentence):
        return False
    after = sentence[index + 1]
    noun = after.lower.removesuffix("'s").removesuffix("’s").rstrip("'’")
    return after.is_word and noun not in FUNCTION_WORDS and "NOUN" in lemmas(noun)


def _attributive(form: _Form, sentence: Sentence, index: int) -> bool:
    """True if a verb form is used as an adjective, or a noun as a modifier, before a noun.

    "Convicted terrorists", "manufacturing output": replacing these with the
    plain verb ("found guilty terrorists", "making output") breaks the phrase.
    A noun whose plain equivalent is a phrase ("rehabilitation" -> "help to
    change") can only stand where the noun ends its phrase: "rehabilitation
    requirements" and "rehabilitation of offenders" cannot become "help to
    change requirements" or "help to change of offenders".
    """
    if form.entry.word_class == "n":
        after = sentence[index + 1].lower if index + 1 < len(sentence) else ""
        head = _noun_follows(sentence, index) or after == "of"
        return " " in form.entry.replacement and head
    if form.entry.word_class != "v" or form.tag not in ("VBD", "VBN", "VBG"):
        return False
    if not _noun_follows(sentence, index):
        return False
    if index == 0:
        return True
    before = sentence[index - 1]
    if form.tag == "VBG":
        return before.lower not in BE
    infinitive = index > 1 and sentence[index - 2].lower in _VERB_CUES  # "to change convicted"
    subject = before.lower in SUBJECT_PRONOUNS or (
        before.is_word
        and before.lower not in FUNCTION_WORDS
        and not infinitive
        and (before.text[:1].isupper() or "NOUN" in lemmas(before.lower))
    )
    return not subject  # after a subject ("the firm commenced talks") it is the verb


def substitute_words(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """Propose replacing each hard lexicon word with its plainer equivalent, last word first.

    The checks on a word read the words before it, so words are replaced from
    the end: each check then sees the writer's words, not a replacement ("extreme
    thinking required" would hide that "required" follows its subject).
    """
    levels = LEVELS[context.level]
    table = _forms()
    for index in reversed(range(len(sentence))):
        token = sentence[index]
        if token.protected or not token.is_word:
            continue
        candidates = [f for f in table.get(token.lower, ()) if f.entry.level in levels]
        if not candidates:
            continue
        previous = [t.lower for t in sentence[max(0, index - 3) : index]]
        if _attributive(candidates[0], sentence, index):
            continue
        words = _target(candidates[0], previous)
        if words is None:
            continue
        words[0] = _match_case(words[0], token.text)
        new = _new_tokens(words, token)
        result = [*sentence[:index], *new, *sentence[index + 1 :]]
        _fix_article(result, index)
        yield Edit("lexicon", (tuple(result),), (token,), " ".join(words))


def _match_phrase(sentence: Sentence, index: int, entry: PhraseEntry) -> list[Token] | None:
    """The tokens of ``entry`` matched at ``index``, or None."""
    if index + len(entry.pattern) > len(sentence):
        return None
    matched: list[Token] = []
    for offset, part in enumerate(entry.pattern):
        token = sentence[index + offset]
        if token.protected:
            return None
        if part in SLOTS:
            if token.lower not in SLOTS[part]:
                return None
        elif token.lower != part:
            return None
        matched.append(token)
    previous = sentence[index - 1].lower if index > 0 else SENTENCE_START
    if previous in entry.blocked_after:
        return None
    end = index + len(matched)
    if end < len(sentence) and sentence[end].lower in {"-", "–"}:
        return None  # part of a compound ("following-day")
    return matched


@cache
def _phrases_by_first_word(level: Level) -> dict[str, tuple[PhraseEntry, ...]]:
    """Phrase entries for ``level`` keyed by their first word (or slot), longest first."""
    table: dict[str, list[PhraseEntry]] = {}
    for entry in phrase_entries():
        if entry.level in LEVELS[level]:
            table.setdefault(entry.pattern[0], []).append(entry)
    return {k: tuple(v) for k, v in table.items()}


def _slot_of(word: str) -> str:
    """The slot name a word can fill ("" if none)."""
    return next((slot for slot, words in SLOTS.items() if word in words), "")


def rewrite_phrases(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """Propose rewriting wordy or empty phrases ("in order to" -> "to")."""
    by_first = _phrases_by_first_word(context.level)
    for index, token in enumerate(sentence):
        for entry in by_first.get(token.lower, ()) + by_first.get(_slot_of(token.lower), ()):
            matched = _match_phrase(sentence, index, entry)
            if matched is None:
                continue
            filled = {p: t.text for t, p in zip(matched, entry.pattern, strict=True) if p in SLOTS}
            words = [filled.get(w, w) for w in entry.replacement]
            if words and matched[0].text[:1].isupper():
                words[0] = _match_case(words[0], matched[0].text)
            new = _new_tokens(words, matched[0]) if words else []
            end = index + len(matched)
            rest = list(sentence[end:])
            if not new and rest and index > 0:
                rest[0] = replace(rest[0], space=matched[0].space and rest[0].text not in _NO_SPACE)
            result = [*sentence[:index], *new, *rest]
            _fix_article(result, index)
            yield Edit("phrase", (tuple(result),), tuple(matched), " ".join(words))
            break
