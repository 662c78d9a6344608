"""Word- and phrase-level rewrites from the plain-language lexicon.

Substitution is only as safe as its matching, so verbs are matched in every
inflected form but replaced in the same form ("commenced" -> "started"), a
word that is also a noun ("purchase") is replaced only where it must be a
verb, and a phrase can be blocked by the word before it ("the following day"
is not "the after day").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from ..readability import syllables
from .edits import Context, Edit, Sentence
from .lexicon import LEVELS, PhraseEntry, WordEntry, phrase_entries, word_entries
from .records import Level
from .structure import subject_verb
from .tokens import Token
from .words import (
    BE,
    DETERMINERS,
    FUNCTION_WORDS,
    HAVE,
    MODALS,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    inflect,
    is_base_verb,
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
_OBJECTS = frozenset(OBJECT_PRONOUNS.values()) | frozenset({"it", "you", "them", "itself"})
_COMPARATIVES = frozenset("more less fewer better worse further farther".split())
_GRADERS = frozenset({"more", "most"})
_CLAUSE_END = frozenset(",.;:!?")
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million "
    "millions billion billions dozen dozens half".split()
)
_VERB_FORM_OVERRIDES = {("get", "VBN"): "got"}
"""British forms where lemminflect gives the American one ("had gotten" -> "had got")."""


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


def fix_article(tokens: list[Token], index: int) -> None:
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


def _target(
    form: _Form, previous: list[str], following: str = "", measure: bool = False
) -> list[str] | None:
    """The replacement words for a matched form, inflected like it, or None if unsafe.

    ``following`` is the word after the match: a past form that is also the
    participle ("provided") before "by" is the participle ("the data provided
    by X" is "the data given by X", never "the data gave by X"); before another
    preposition it may be either, so a verb whose two forms differ is not replaced.
    ``measure`` says an amount or a means follows "by": "the economy expanded by
    1.7%" and "the firm expanded by buying rivals" are the past tense ("grew by
    1.7%"), not a participle ("grown by 1.7%").
    """
    words = form.entry.replacement.split(" ")
    tag = form.tag
    if form.entry.word_class == "v":
        if previous and previous[-1] in DETERMINERS - {"that"}:
            return None  # an adjective or a noun: "the established order", "an assist"
        if tag in ("VB", "VBZ") and previous and previous[-1] in PREPOSITIONS - {"to"}:
            return None  # a noun, however spelt: "helping with enquires" is not "with asks"
        two_forms = inflect(words[0], "VBD") != inflect(words[0], "VBN")
        if tag == "VBD" and two_forms and previous and previous[-1] in _PARTICIPLE_ADVERBS:
            return None  # "the 14 already allocated" is a participle, "he already gave" is not
        if tag == "VBD" and any(w in _VBN_CUES for w in previous[-3:]):
            tag = "VBN"
        elif (
            tag == "VBD"
            and following in PREPOSITIONS
            and inflect(words[0], "VBD") != inflect(words[0], "VBN")
        ):
            if following != "by":
                return None
            if not measure:
                tag = "VBN"
        is_noun = "NOUN" in lemmas(form.entry.word) or "NOUN" in lemmas(
            inflect(form.entry.word, form.tag) or ""
        )
        if tag in ("VB", "VBZ") and is_noun and not (previous and previous[-1] in _VERB_CUES):
            return None
        head = _VERB_FORM_OVERRIDES.get((words[0], tag)) or inflect(words[0], tag)
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


def _is_number(word: str) -> bool:
    """True if ``word`` is a numeral, an amount ("£5m") or a number word."""
    return word.lstrip("£$€#~").replace(",", "")[:1].isdigit() or word in _NUMBER_WORDS


_PARTICIPLE_ADVERBS = frozenset("already just recently newly previously originally".split())
"""Adverbs after which a past form may as well be a participle ("the 14 already allocated")."""
_APPROXIMATORS = frozenset(
    "about around nearly almost more less just over some roughly only".split()
)


def _measures(word: str) -> bool:
    """True if ``word`` after "by" says how much or how, not who: "grew by 5%", "by buying"."""
    if _is_number(word) or word in _APPROXIMATORS:
        return True
    return word.endswith("ing") and "VERB" in lemmas(word)


def _is_comparative(word: str) -> bool:
    """True if ``word`` is "more"/"less" or an adjective's or adverb's -er form ("higher")."""
    if word in _COMPARATIVES:
        return True
    found = lemmas(word)
    return any(
        inflect(lemma, tag) == word
        for pos, tag in (("ADJ", "JJR"), ("ADV", "RBR"))
        for lemma in found.get(pos, ())
        if lemma != word
    )


def _begins_object(word: str) -> bool:
    """True if ``word`` can begin a verb's object ("the", "him", "prices", "teething").

    Adverbs, prepositions and numbers do not: "rose sharply", "fell to", "climbed 5%".
    A word the dictionary does not know is taken for a name ("captured Paris").
    """
    if word in DETERMINERS or word in _OBJECTS:
        return True
    if word in FUNCTION_WORDS or not word.isalpha():
        return False
    found = lemmas(word)
    if {"ADV", "ADP"} & found.keys():
        return False
    participle = "VERB" in found and word.endswith(("ing", "ed"))
    return not found or participle or bool({"NOUN", "ADJ", "PROPN"} & found.keys())


def conditions_hold(conditions: tuple[str, ...], sentence: Sentence, start: int, end: int) -> bool:
    """True if the context of ``sentence[start:end]`` allows a row with ``conditions``.

    A row of ``lexicon.tsv`` or ``phrases.tsv`` may list, in its last column:

    - ``next:WORD`` — refused when WORD follows ("operated on" is not "ran on");
    - ``next:CLASS`` / ``needs:CLASS`` — refused when the next word is / is not of a
      class: ``object`` (a word that can begin an object: "climbed the stairs" is not
      "rose the stairs"), ``noun`` (a noun: "his apparent suicide" is not "his clear
      suicide"), ``gerund`` (an -ing verb: "intends moving" is not "plans moving"),
      ``number`` ("in the region of 5m"), ``comparative`` ("much higher"), ``name`` (a
      capitalised word: "the so-called Contest programme" only names it, but "the
      so-called sins" doubts the word), ``verb`` (a verb's plain form: "rather than
      affect" is not "instead of affect"), ``clause`` (a subject and its verb: "Deutsche
      Bank maintains the case has no place" claims, it does not "keep"), ``complement``
      ("that" or a clause: "ensure they are safe" is "make sure they are safe", but
      "ensure a clean supply" is not "make sure a clean supply"), ``adjective`` (an
      adjective that is no verb form: "a previously unknown group" is not "an earlier
      unknown group");
    - ``after:WORD`` — refused right after WORD ("under construction"), or after any
      determiner with ``after:determiner`` ("the apparent rebalancing");
    - ``near:WORD`` — refused when WORD comes later in the same clause
      ("established the Rhine as the boundary" is not "set up ... as");
    - ``needs:WORD`` — only before WORD ("categories of prisoner" are "kinds of prisoner",
      but "the DVD category" is not "the DVD kind");
    - ``needs:start`` — only at the start of the sentence: "As a result, prices fell"
      is "So prices fell", but "Possibly as a result, the worry eased" is not "Possibly
      so the worry eased", nor "Mr Chernin, however, told" "Mr Chernin, but told";
    - ``needs:determiner`` — a singular noun only after a determiner or possessive,
      where it is countable ("an offence", not "took offence");
    - ``after:noun`` — refused after a noun that modifies the word ("a stay
      requirement" is not "a stay need");
    - ``tag:TAG`` — a verb row refused in one form (``tag:VBG``: "sections
      containing the school" is not "sections having the school"); checked by
      :func:`substitute_words`, which knows the form.
    """
    return not any(_refuses(c, sentence, start, end) for c in conditions)


def _refuses(condition: str, sentence: Sentence, start: int, end: int) -> bool:
    """True if one condition (see :func:`conditions_hold`) refuses ``sentence[start:end]``."""
    kind, _, value = condition.partition(":")
    before = [t.lower for t in sentence[max(0, start - 2) : start]]
    if kind in ("next", "needs") and value in _CLASSES:
        return _CLASSES[value](sentence, end) != (kind == "needs")
    if kind == "next":
        return _next_word(sentence, end) == value
    if kind == "after" and value == "determiner":
        return bool(before) and before[-1] in DETERMINERS
    if kind == "after" and value == "noun":
        return start > 0 and _modifying_noun(sentence[start - 1])
    if kind == "after":
        return bool(before) and before[-1] == value
    if kind == "near":
        for token in sentence[end : end + 8]:
            if token.lower in _CLAUSE_END:
                return False
            if token.lower == value:
                return True
        return False
    if kind == "needs" and value == "start":
        return start > 0
    if kind == "needs" and value == "determiner":
        return not any(w in DETERMINERS - {"that"} or w.endswith(("'s", "’s")) for w in before)
    if kind == "needs":
        return _next_word(sentence, end) != value
    raise ValueError(f"unknown condition {condition!r}")


def _modifying_noun(token: Token) -> bool:
    """True if ``token`` is a content word that can only be a noun, not an adjective."""
    if not token.is_word or token.lower in FUNCTION_WORDS:
        return False
    found = lemmas(token.lower)
    return "NOUN" in found and "ADJ" not in found


def _next_word(sentence: Sentence, index: int) -> str:
    """The lower-case token at ``index`` ("" past the end)."""
    return sentence[index].lower if index < len(sentence) else ""


_CLASSES: dict[str, Callable[[Sentence, int], bool]] = {
    "object": lambda s, i: _begins_object(_next_word(s, i)),
    "noun": lambda s, i: i > 0 and _noun_follows(s, i - 1),
    "gerund": lambda s, i: _next_word(s, i).endswith("ing") and "VERB" in lemmas(_next_word(s, i)),
    "number": lambda s, i: _is_number(_next_word(s, i)),
    "comparative": lambda s, i: _is_comparative(_next_word(s, i)),
    "name": lambda s, i: i < len(s) and s[i].text[:1].isupper(),
    "verb": lambda s, i: i < len(s) and s[i].text.islower() and is_base_verb(s[i].text),
    "clause": lambda s, i: subject_verb(s, i) is not None,
    "complement": lambda s, i: _next_word(s, i) == "that" or subject_verb(s, i) is not None,
    "adjective": lambda s, i: (
        "ADJ" in lemmas(_next_word(s, i)) and "VERB" not in lemmas(_next_word(s, i))
    ),
}
"""Classes of the word after a match that a row's conditions can test."""


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


_NOT_GRADED = frozenset({"huge"})
"""Adjectives whose -er/-est form the dictionary lists but readers rarely meet ("huger")."""


def _graded(adjective: str, grader: str) -> str | None:
    """The comparative ("more") or superlative ("most") of a plain ``adjective``.

    One-syllable adjectives, and two-syllable ones in -y, take -er/-est
    ("stronger", "easiest"); longer ones keep "more"/"most" (returned as ""):
    "more famous". None if neither reads ("more main", "huger").
    """
    count = syllables(adjective)
    if count == 1 or (count == 2 and adjective.endswith("y")):
        form = inflect(adjective, "JJR" if grader == "more" else "JJS")
        known = form is not None and adjective in lemmas(form).get("ADJ", ())
        return form if known and adjective not in _NOT_GRADED else None
    return "" if count > 1 else None


def _grader_at(sentence: Sentence, index: int) -> int | None:
    """The index of "more"/"most" grading the adjective at ``index``, if any.

    "Most" without "the" before an adjective and a noun is the determiner
    ("most elderly people" are most of them, not the oldest), so it does not count.
    """
    if index == 0 or sentence[index - 1].lower not in _GRADERS or sentence[index - 1].protected:
        return None
    if sentence[index - 1].lower == "most" and _noun_follows(sentence, index):
        before = sentence[index - 2].lower if index > 1 else ""
        if before != "the" and not before.endswith(("'s", "’s")):
            return None
    return index - 1


def _cue(token: Token) -> str:
    """``token`` in lower case as a cue for the word after it; an acronym stays as written.

    "US" is the country, not the pronoun "us": "in US terms" has no verb "terms".
    """
    text = token.text
    return text if len(text) > 1 and text.isupper() else token.lower


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
        form = candidates[0]
        previous = [_cue(t) for t in sentence[max(0, index - 3) : index]]
        if _attributive(form, sentence, index):
            continue
        conditions = form.entry.conditions
        if any(c.startswith("tag:") for c in conditions):
            tags = tuple(c for c in conditions if c.startswith("tag:"))
            tag = form.tag
            if tag == "VBD" and any(w in _VBN_CUES for w in previous[-3:]):
                tag = "VBN"  # "is contained in", as _target reads it
            if f"tag:{tag}" in tags:
                continue  # "sections containing X" is not "sections having X"
            conditions = tuple(c for c in conditions if c not in tags)
        if form.tag == "NNS":
            conditions = tuple(c for c in conditions if c != "needs:determiner")
        if not conditions_hold(conditions, sentence, index, index + 1):
            continue
        adjective = "ADJ" in lemmas(token.lower)
        if form.entry.word_class == "n" and adjective and _noun_follows(sentence, index):
            continue  # the adjective: "an objective view" is not "an aim view"
        following = _next_word(sentence, index + 1)
        measure = following == "by" and _measures(_next_word(sentence, index + 2))
        words = _target(form, previous, following, measure)
        if words is None:
            continue
        start = index
        grader = _grader_at(sentence, index) if adjective else None
        if grader is not None and form.entry.word_class == "x" and len(words) == 1:
            graded = _graded(words[0], sentence[grader].lower)
            if graded is None:
                continue  # "more robust" is "stronger", never "more strong"
            if graded:
                start, words = grader, [graded]
        words[0] = _match_case(words[0], sentence[start].text)
        new = _new_tokens(words, sentence[start])
        result = [*sentence[:start], *new, *sentence[index + 1 :]]
        fix_article(result, start)
        touched = tuple(sentence[start : index + 1])
        yield Edit("lexicon", (tuple(result),), touched, " ".join(words))


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
    if not conditions_hold(entry.conditions, sentence, index, end):
        return None
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
                # A deleted ", however ," leaves the next word's own space ("Mr Chernin told").
                spaced = matched[0].space or not matched[0].is_word
                rest[0] = replace(rest[0], space=spaced and rest[0].text not in _NO_SPACE)
            result = [*sentence[:index], *new, *rest]
            fix_article(result, index)
            yield Edit("phrase", (tuple(result),), tuple(matched), " ".join(words))
            break
