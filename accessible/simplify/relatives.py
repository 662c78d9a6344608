"""Relative clauses and appositives become sentences of their own.

"The bridge, which was built in 1890, will close" asks the reader to hold
one idea open while reading another. The new sentence's subject is a pronoun
where the antecedent is plainly a thing and the repeated noun phrase
otherwise, because Easy Read prefers a repeated name to a pronoun the reader
has to resolve.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .edits import Context, Edit, Sentence
from .numberwords import word_value
from .splitting import (
    antecedent_span,
    be_form,
    body_and_final,
    clause_close,
    main_subject,
    plural_subject,
    repeat,
    split_edit,
    subject_again,
)
from .structure import (
    SPEECH_VERBS,
    clause_after,
    copy_phrase,
    finite_at,
    has_finite,
    inserted,
    is_adverb,
    is_dash,
    is_name_phrase,
    is_past_clause,
    is_separator,
    lower_start,
    make_sentence,
    noun_phrase_before,
    pronoun_for,
    top_level,
    verb_after_relative,
    word_count,
)
from .tokens import Token
from .words import (
    DETERMINERS,
    FINITE_AUX,
    FUNCTION_WORDS,
    MODALS,
    PREPOSITIONS,
    SUBORDINATORS,
    can_be,
    can_be_finite,
    inflect,
    is_base_verb,
    is_participle,
    is_past_tense,
    is_plural_noun,
    is_present_third,
    is_tensed_form,
    verb_lemma,
)


def _rest_after(sentence: Sentence, close: int, end: int) -> list[Token] | None:
    """What follows an inserted clause, to rejoin the main clause (None if it cannot be)."""
    if close >= end:
        return []
    after = list(sentence[close + 1 : end])
    if not after:
        return []
    if after[0].lower in ("and", "but", "or", "while") and not is_dash(sentence[close]):
        return [sentence[close], *after]
    return after


def _disagrees(antecedent: Sequence[Token], verb: Token) -> bool:
    """True if the relative clause's verb cannot agree with ``antecedent`` ("days ... is")."""
    if is_name_phrase(antecedent) or any(t.lower == "and" for t in antecedent):
        return False
    plural = is_plural_noun(antecedent[-1].text)
    lemma = verb_lemma(verb.lower)
    singular_verb = verb.lower in ("is", "was", "has") or (
        lemma is not None and inflect(lemma, "VBZ") == verb.lower  # "services, which means"
    )
    return (plural and singular_verb) or (
        not plural and verb.lower in ("are", "were") and not antecedent[-1].text[:1].isdigit()
    )


def _verb_next(sentence: Sentence, index: int) -> bool:
    """True if a finite verb (after one adverb) stands at ``index``: the main clause resumes."""
    for j in (index, index + 1):
        if j < len(sentence) and finite_at(sentence, j):
            return True
        if j < len(sentence) and not is_adverb(sentence[j]):
            return False
    return False


def _new_clause(sentence: Sentence, close: int, end: int) -> bool:
    """True if a clause of its own follows the comma at ``close`` ("..., and the firm said")."""
    start = close + 1
    if start < end and sentence[start].lower in ("and", "but", "or", "while", "so", "yet"):
        start += 1
    return clause_after(sentence, start) is not None


def _plural_verb(verb: Token) -> bool:
    """True for a verb form a singular subject cannot take ("are", "have", "include")."""
    lower = verb.lower
    if lower in ("are", "were", "have", "do"):
        return True
    return is_base_verb(lower) and not is_past_tense(lower) and lower not in FINITE_AUX


def _singular_verb(verb: Token) -> bool:
    """True for a verb form a plural subject cannot take ("is", "has", "develops")."""
    lower = verb.lower
    if lower in ("is", "was", "has", "does"):
        return True
    return is_tensed_form(lower) and lower.endswith("s") and not is_past_tense(lower)


def _repeatable(sentence: Sentence, span: tuple[int, int]) -> bool:
    """True if the antecedent at ``span`` can stand as a subject on its own.

    It must open on a determiner, a possessive or a capital ("the index", "Delta"),
    start a word ("S&P", not "P"), hold no verb ("believe Deutsche Boerse") and
    not follow "of", which leaves open which noun is meant.
    """
    phrase = sentence[span[0] : span[1]]
    first = phrase[0] if phrase else None
    if first is None or first.protected or (span[0] and not first.space):
        return False
    if span[0] and sentence[span[0] - 1].lower == "of":
        return False  # "the takeover of UFJ, which will be ...": the takeover, not UFJ
    opens = (
        first.lower in DETERMINERS or first.lower.endswith(("'s", "’s")) or first.text[:1].isupper()
    )
    verb = any(
        t.is_word and t.text.islower() and can_be(t.lower, "VERB") and not can_be(t.lower, "NOUN")
        for t in phrase
    )
    return opens and not verb


def _subject_of_main(sentence: Sentence, span: tuple[int, int]) -> bool:
    """True if the antecedent at ``span`` ends the main clause's subject or an appositive.

    "The company, which ...", "At the start of the year, the US currency,
    which ...", "Mitsubishi's takeover of UFJ, which ..." and "the Contest
    programme, the government's scheme against extremism, which ...": the
    new sentence's "It" then points back to the subject, or to a thing the
    sentence has just named twice, which is how a reader takes it.
    """
    begin, only_of = span[0], True
    while begin > 1 and sentence[begin - 1].lower in PREPOSITIONS:
        found = noun_phrase_before(sentence, begin - 1)
        if found is None:
            break
        only_of = only_of and sentence[begin - 1].lower == "of"
        begin = found[0]
    if begin > 0 and sentence[begin - 1].text == ",":
        return True
    # "An spokesman for SSL, which makes ...": "It" would be read as the spokesman.
    return begin == _opening(sentence) and only_of


_COMPOUND_PREPOSITIONS = frozenset("thanks due owing according close next compared".split())


def _after_noun_phrase(sentence: Sentence, span: tuple[int, int]) -> bool:
    """True if the antecedent follows "noun + preposition" ("the collection at Michigan").

    The clause may then describe either noun ("the building of a plant in Iran,
    which has been a source of tension"); after a verb ("questioned for the
    poll, which ...") only the noun after the preposition can be meant.
    """
    if span[0] < 2 or sentence[span[0] - 1].lower not in PREPOSITIONS:
        return False
    head = sentence[span[0] - 2]
    if head.lower in _COMPOUND_PREPOSITIONS:
        return False  # "thanks to China's economy, which": only the economy can be meant
    return not (
        head.is_word
        and not head.protected
        and (can_be_finite(head.text) or is_participle(head.text) or is_base_verb(head.text))
        and not can_be(head.lower, "NOUN")  # "the Olympic Dam mine in South Australia"
    )


_AMBIGUOUS_OF = frozenset({"from", "by", "with", "than", "like"})
"""Prepositions after a noun that leave open which noun a following "which" describes."""


def split_relative(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "X, which/who V ..., Y" -> "X Y. It/They/X V ..."."""
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    for k in range(1, end - 2):
        if not is_separator(sentence[k]) or not top[k]:
            continue
        relative = sentence[k + 1]
        if relative.lower not in ("which", "who") or not top[k + 1]:
            continue
        verb = verb_after_relative(sentence, k + 2)
        if verb is None:
            continue
        finite = sentence[verb]
        verb = k + 2  # keep an adverb with its verb
        span = antecedent_span(sentence, k)
        if span is None:
            continue
        antecedent = sentence[span[0] : span[1]]
        if span[0] > 1 and sentence[span[0] - 1].lower in _AMBIGUOUS_OF:
            continue  # "an earlier approach from the US tycoon, which was rejected": which one?
        if relative.lower == "who" and span[0] and sentence[span[0] - 1].lower == "of":
            continue  # "the four owners of Rover, who have been accused": the owners
        idiom = span[0] > 0 and sentence[span[0] - 1].lower in PREPOSITIONS
        if _cut_name(sentence, span) or (idiom and _bare_singular(antecedent)):
            continue  # "1776's Wealth of Nations, which": "on cue, which makes": no antecedent
        if any(t.lower in ("last", "next", "ago") for t in antecedent):
            continue  # "the Player (iMP) last year, which was": the time is no antecedent
        if antecedent[0].lower in _NOT_NOUNS:
            continue  # "Unlike virtual reality, which ...": the phrase is no subject
        if _verb_then_verb(sentence, k + 2):
            continue  # "subsidies, which rivals say give ...": "rivals" is no verb here
        if span[0] and sentence[span[0] - 1].lower in ("and", "or") and not is_dash(sentence[k]):
            continue  # "X, Y and Christopher Tresco, who used a server": one of them or all?
        if _inside_participle_phrase(sentence, span[0], top):
            continue  # "Halo 2, released in November, which pushed sales": not November
        if relative.lower == "who":
            if is_plural_noun(antecedent[-1].text) and not is_name_phrase(antecedent):
                subject = [inserted("They", relative)]
            elif _repeatable(sentence, span):
                subject = repeat(antecedent)
            else:
                continue  # "the man behind suprnova.org, who": "Org goes by ..."
        elif (
            all(_number(t) for t in antecedent if t.is_word)
            or [t.lower for t in sentence[k + 2 : k + 4]] == ["is", "why"]
            or sentence[k + 2].lower in ("means", "meant")
        ):
            subject = [inserted("This", relative)]  # "..., which is why / which means": the clause
        elif antecedent[-1].text[:1].isupper():
            pronoun = _name_pronoun(antecedent[-1], finite)
            if pronoun is None:
                continue  # "Las Vegas, which ran": one thing or many? The verb cannot tell
            subject = [inserted(pronoun, relative)]
        else:
            subject = [inserted(pronoun_for(antecedent), relative)]
        if sentence[0].lower in SUBORDINATORS and not any(
            top[j] and sentence[j].text == "," for j in range(k)
        ):
            continue  # "Although below the peak of $55, which ..., prices are": no main clause
        if _disagrees(antecedent, sentence[verb]):
            continue  # "these days, which is": the clause is about something else
        if subject[-1].text in ("It", "This") and _plural_verb(finite):
            continue  # "countries like Korea, which have": the clause is about the countries
        if subject[-1].text == "They" and _singular_verb(finite):
            continue  # "the figures, which shows": which noun the clause is about is unclear
        close = clause_close(sentence, verb, end, top)
        if (
            close < end
            and not (is_dash(sentence[k]) and is_dash(sentence[close]))
            and not _new_clause(sentence, close, end)
            and not _verb_next(sentence, close + 1)
        ):
            if close + 1 < end and sentence[close + 1].lower in ("and", "or"):
                continue  # "stakes in Fairmont, which will manage X, and Four Seasons": a list
            if sentence[close + 1].lower not in _CLAUSE_GOES_ON:
                continue  # "paint Mr Sullivan, who ..., as the mastermind": the main verb's
            close = end  # ", including ..." / ", but slower to ..." still belongs to the clause
        # (a pair of dashes always closes it: "airtime - which will be rented - for ...")
        if close < end and _verb_next(sentence, close + 1) and has_finite(sentence[: span[0]]):
            continue  # "a rival to Atari, once called Infogrames": the main clause had its verb
        rest = _rest_after(sentence, close, end)
        if rest is None:
            continue
        main = [*sentence[:k], *rest]
        if not has_finite(main):
            continue  # "The State Administration of Radio, Film and Television (SARFT)."
        if (
            subject[-1].text in ("It", "They")
            and len(rest) > 1
            and is_separator(rest[0])  # ", and he appeared ...": a clause comes between
            and _repeatable(sentence, span)
        ):
            # "..., which left 1m dead, and he appeared ...": by the time the reader
            # meets "It", another clause stands between it and the genocide.
            subject = repeat(antecedent)
        if (
            subject[-1].text == "It"
            and not (is_dash(sentence[k]) and close < end and is_dash(sentence[close]))
            and not _subject_of_main(sentence, span)
            and not _pronoun_clear(sentence[:k], "It")
        ):
            # "An spokesman for SSL would not comment. It makes ...": the reader
            # takes "It" for the subject, so name the thing again or leave it whole.
            if not _repeatable(sentence, span) or _after_noun_phrase(sentence, span):
                continue
            subject = repeat(antecedent)
        if _speaker_described(sentence, span, rest):
            # "Quilliam, which was founded by ..., said that ...": the description
            # first, so it cannot be read as part of what the speaker said.
            clause = [*repeat(antecedent), *sentence[verb:close]]
            pieces = (make_sentence(clause, None), make_sentence(main, final))
        else:
            clause = [*subject, *sentence[verb:close]]
            pieces = (make_sentence(main, None), make_sentence(clause, final))
        edit = split_edit("split-relative", pieces, sentence)
        if edit:
            yield edit


_CLAUSE_GOES_ON = frozenset(
    "including but especially particularly mainly mostly largely chiefly".split()
)
"""Words after a comma that continue a relative clause rather than the main clause."""


def _cut_name(sentence: Sentence, span: tuple[int, int]) -> bool:
    """True if the antecedent is the end of a longer name ("Wealth of Nations")."""
    start = span[0]
    return (
        start >= 2
        and sentence[start - 1].lower == "of"
        and sentence[start].text[:1].isupper()
        and sentence[start - 2].text[:1].isupper()
    )


def _bare_plural(antecedent: Sequence[Token]) -> bool:
    """True for plain lower-case words ending in a plural noun ("rival products"), no verb.

    Such a phrase needs no article to stand as a subject: "Passwords are easily
    compromised" names the same things the sentence before did.
    """
    return (
        is_plural_noun(antecedent[-1].text)
        and can_be(antecedent[-1].lower, "NOUN")
        and all(t.is_word and t.text.islower() and not t.protected for t in antecedent)
        and not any(can_be(t.lower, "VERB") and not can_be(t.lower, "NOUN") for t in antecedent)
    )


def _bare_singular(antecedent: Sequence[Token]) -> bool:
    """True for one lower-case singular noun with no determiner: after a preposition ("on
    cue") maybe no antecedent at all.

    After "happen on cue, which makes for exciting moments" the clause is about
    the whole event, and "It" would point to a word that only ends an idiom.
    """
    return (
        len(antecedent) == 1
        and antecedent[0].text[:1].islower()
        and not is_plural_noun(antecedent[0].text)
    )


_NOT_NOUNS = PREPOSITIONS | frozenset({"unlike", "including", "following", "despite"})


def _verb_then_verb(sentence: Sentence, index: int) -> bool:
    """True if the word after "which" may be a noun and a verb follows it ("which rivals say")."""
    if index + 1 >= len(sentence):
        return False
    first, second = sentence[index], sentence[index + 1]
    return (
        can_be(first.lower, "NOUN")
        and second.is_word
        and second.text[:1].islower()
        and (is_base_verb(second.text) or can_be_finite(second.text))
        and second.lower not in FUNCTION_WORDS
    )


_PERSONAL = frozenset("i we you he she".split())


def _pronoun_clear(main: Sequence[Token], pronoun: str) -> bool:
    """True if ``pronoun`` cannot be taken for the subject of ``main``, the sentence before it.

    A reader takes "It" for the last sentence's subject first; when that
    subject is a person ("he") or plural ("The general's opponents rejoiced
    at the settlement. It was agreed ..."), "It" can only be the thing named
    after the verb. "They" likewise after a singular subject.
    """
    found = main_subject(tuple(main))
    if found is None:
        return False
    subject = found[0]
    if len(subject) == 1 and subject[0].lower in _PERSONAL:
        return True
    if len(subject) == 1 and subject[0].lower in ("it", "they", "this", "that", "there"):
        return False
    plural = plural_subject(subject)
    return plural if pronoun == "It" else (pronoun == "They" and not plural)


def _name_pronoun(head: Token, verb: Token) -> str | None:
    """ "It" or "They" for a name, or None when nothing tells which.

    The verb decides where it can ("Codemasters, which develops" is one firm);
    otherwise the dictionary ("Airbus" is one thing, "Americans" many); a name
    it does not know that ends in -s ("Las Vegas, which ran") is left alone.
    """
    lower = verb.lower
    if lower in ("is", "was", "has") or is_present_third(verb.text):
        return "It"
    if lower in ("are", "were", "have"):
        return "They"
    word = head.text.lower()
    if not word.endswith("s") or word.endswith("ss"):
        return "It"
    if can_be(word, "NOUN"):
        return "They" if is_plural_noun(word) else "It"
    return None


def _inside_participle_phrase(sentence: Sentence, start: int, top: list[bool]) -> bool:
    """True if the antecedent at ``start`` sits in a phrase opened by a comma and a participle.

    "the game Halo 2, released in November, which pushed sales": the clause
    describes the game, not the month that closes the phrase before it.
    """
    for j in range(start - 1, max(start - 8, 0), -1):
        if top[j] and is_separator(sentence[j]):
            after = sentence[j + 1]
            return after.text[:1].islower() and is_participle(after.text)
    return False


def _speaker_described(sentence: Sentence, span: tuple[int, int], rest: Sequence[Token]) -> bool:
    """True when the relative clause describes the subject of a speech verb.

    The reported-speech rule then writes "X said:" with the claim below it,
    and a description placed after the claim would read as part of it.
    """
    words = [t for t in rest if t.is_word]
    return span[0] == _opening(sentence) and bool(words) and words[0].lower in SPEECH_VERBS


_APPOSITIVE_STARTS = DETERMINERS - {
    "no", "all", "both", "each", "every", "any", "some", "few", "most", "many", "several", "such"
}  # fmt: skip
"""Words that may open an appositive; ", most economists accept," opens a clause instead."""


_CONNECTIVES = frozenset({"but", "and", "so", "yet", "meanwhile", "however"})


def _opening(sentence: Sentence) -> int:
    """Where the subject starts: after a connective ("But PwC's chief, X, said")."""
    if len(sentence) > 1 and sentence[0].lower in _CONNECTIVES:
        return 2 if sentence[1].text == "," else 1
    return 0


def _possessive(token: Token) -> bool:
    """True for a possessive that can open an appositive ("Quilliam's head of research")."""
    return token.is_word and not token.protected and token.text.endswith(("'s", "’s"))


def _names_a_thing(antecedent: Sequence[Token], first: Token) -> bool:
    """True if a sentence-final appositive after ``antecedent`` plainly describes it.

    "Marcel Junod, a doctor" and "the Contest programme, the government's
    scheme": the antecedent is (or contains) a name, and the appositive opens
    with an article or a possessive, unlike a list's last item.
    """
    if first.lower in ("a", "an"):
        return is_name_phrase(antecedent)
    named = any(t.text[:1].isupper() for t in antecedent if t.lower not in DETERMINERS)
    return named and len(antecedent) >= 2 and (first.lower == "the" or _possessive(first))


def _opens_appositive(sentence: Sentence, index: int) -> bool:
    """True if a description of the noun before may start at ``index``.

    An article, a possessive, or "one of" ("France Telecom, one of the world's
    largest ..."); a bare noun could as well be the next item of a list.
    """
    token = sentence[index]
    if token.lower in _APPOSITIVE_STARTS or _possessive(token):
        return True
    following = sentence[index + 1].lower if index + 1 < len(sentence) else ""
    return token.lower == "one" and following == "of"


TITLE_NAME_MIN = 12
"""A title with the holder's name after it is split only in sentences longer than this."""
MAX_NAME = 4


def _plural_or_odd(role: Sequence[Token]) -> bool:
    """True unless ``role`` is a plain singular job title ("PwC's global chief executive").

    A plural role, a preposition or a number means the name after it may
    name something in the role ("executives of the airline, Aer Lingus,").
    """
    head = role[-1]
    return (
        not head.text[:1].islower()
        or is_plural_noun(head.text)
        or any(
            not t.is_word
            or t.protected
            or can_be_finite(t.text)
            or t.lower in PREPOSITIONS
            or t.text[:1].isdigit()
            or word_value(t.text) is not None
            for t in role
        )
    )


def split_titled_name(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "PwC's chief, Sam Lee, said X." -> "Sam Lee said X. Sam Lee was PwC's chief."

    Only a subject that is a lower-case role (with an optional possessive
    name before it) followed by a name of up to four capitalised words, closed
    by a comma and a verb: the role then describes the named person, and
    nothing else in the sentence can be what the name refers to.
    """
    if word_count(sentence) <= TITLE_NAME_MIN:
        return
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    start = _opening(sentence)
    comma = next(
        (k for k in range(start + 1, min(end, start + 8)) if sentence[k].text == ","), None
    )
    if comma is None or not top[comma]:
        return
    role = sentence[start:comma]
    if not (role[0].lower in DETERMINERS or _possessive(role[0])) or _plural_or_odd(role):
        return  # "Yesterday Argentina's minister, X," or "Three executives of the airline, X,"
    close = clause_close(sentence, comma + 1, end, top)
    name = sentence[comma + 1 : close]
    if not 2 <= len(name) <= MAX_NAME or close >= end or not finite_at(sentence, close + 1):
        return
    if any(not t.is_word or not t.text[:1].isupper() for t in name):
        return
    main = [*sentence[:start], *name, *sentence[close + 1 : end]]
    be = inserted(be_form(is_past_clause(main), False), sentence[comma])
    described = [*copy_phrase(name), be, lower_start(role[0]), *role[1:]]
    pieces = (make_sentence(main, final), make_sentence(described, None))
    edit = split_edit("split-appositive", pieces, sentence)
    if edit:
        yield edit


def split_appositive(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "Junod, a physician from Geneva, was ..." -> "Junod was .... Junod was a physician ..."."""
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    yield from _participle_appositive(sentence, end, final, top)
    for k in range(1, end - 2):
        if not is_separator(sentence[k]) or not top[k]:
            continue
        if not _opens_appositive(sentence, k + 1):
            continue
        span = antecedent_span(sentence, k)
        if span is None:
            continue
        antecedent = sentence[span[0] : span[1]]
        close = clause_close(sentence, k + 1, end, top)
        appositive = sentence[k + 1 : close]
        if word_count(appositive) < 2 or any(
            t.is_word and can_be_finite(t.text) for t in appositive
        ):
            continue
        if any(t.text in (",", ";", ":") or t.lower in ("and", "or") for t in appositive):
            continue  # "Sweden's Saab and Russia's MiG" is the rest of a list
        if span[0] > 0 and sentence[span[0] - 1].lower in ("like", "as", "including"):
            continue  # "firms such as France's Dassault, Sweden's Saab": list items
        if close < end:
            # Mid-sentence: the antecedent must be the subject and a verb must follow.
            if span[0] != _opening(sentence) or not finite_at(sentence, close + 1):
                continue
            main = [*sentence[:k], *sentence[close + 1 : end]]
        else:
            # Sentence-final: "Name, a/an ...", "the Contest scheme, the government's ..."
            # or after a dash; never the last item of a list.
            if not (is_dash(sentence[k]) or _names_a_thing(antecedent, sentence[k + 1])):
                continue
            if any(sentence[j].text == "," and top[j] for j in range(span[0])):
                continue
            if not has_finite(sentence[: span[0]]):
                continue
            main = list(sentence[:k])
        if all(t.text[:1].isdigit() for t in antecedent if t.is_word):
            continue  # "closed at 6709.93 - a gain of 400 points": the gain is the closing
        plural = is_plural_noun(antecedent[-1].text) and not is_name_phrase(antecedent)
        be = inserted(be_form(_past(main), plural), sentence[k])
        clause = [*repeat(antecedent), be, *appositive]
        pieces = (make_sentence(main, None), make_sentence(clause, final))
        edit = split_edit("split-appositive", pieces, sentence)
        if edit:
            yield edit


def _participle_appositive(
    sentence: Sentence, end: int, final: Token | None, top: list[bool]
) -> Iterator[Edit]:
    """ "The chip, developed by TI, could cut costs." -> "The chip could cut costs. The chip
    was developed by TI."

    Only a participle phrase set off by commas right after the subject, with
    the main verb straight after the closing comma: the phrase can then only
    describe the subject, and "<subject> was <participle> ..." says what it said.
    """
    start = _opening(sentence)
    k = next((j for j in range(start + 1, min(end, start + 8)) if sentence[j].text == ","), None)
    if k is None or not top[k] or k + 2 >= end:
        return
    span = noun_phrase_before(sentence, k)
    participle = sentence[k + 1]
    if span is None or span[0] != start or not _repeatable(sentence, span):
        return
    if not _plain_participle(participle):
        return
    close = clause_close(sentence, k + 1, end, top)
    phrase = sentence[k + 2 : close]
    if close >= end or not _verb_next(sentence, close + 1) or word_count(phrase) < 1:
        return
    if any((t.is_word and can_be_finite(t.text)) or t.lower in _PHRASE_STOPS for t in phrase):
        return  # "based on the idea that fabric can connect": a clause inside the phrase
    antecedent = sentence[span[0] : span[1]]
    if is_name_phrase(antecedent) and is_plural_noun(antecedent[-1].text):
        return  # "The Labs, set up in ...": one place or many? "was" and "were" both guess
    main = [*sentence[:k], *sentence[close + 1 : end]]
    plural = is_plural_noun(antecedent[-1].text) and not is_name_phrase(antecedent)
    habit = any(t.lower in _HABITS for t in phrase)  # "updated monthly" still is
    past = _past(main) or (participle.lower not in _STATES and not habit)
    be = inserted(be_form(past, plural), participle)
    clause = [*repeat(antecedent), be, participle, *phrase]
    pieces = (make_sentence(main, None), make_sentence(clause, final))
    edit = split_edit("split-appositive", pieces, sentence)
    if edit:
        yield edit


_STATES = frozenset(
    "called named known nicknamed dubbed based located owned led backed headed run "
    "controlled listed valued chaired funded".split()
)
"""Participles that describe how things stand, so a present main clause keeps "is"; any
other ("developed", "released") names an event that came before, so "was"."""
_HABITS = frozenset(
    "daily weekly monthly yearly annually regularly every always usually often".split()
)
_PHRASE_STOPS = frozenset("who which that whose when where while because if although".split())


def _plain_participle(token: Token) -> bool:
    """True for a lower-case past participle that is no speech verb ("developed", "called")."""
    return (
        token.is_word
        and not token.protected
        and token.text[:1].islower()
        and is_participle(token.text)
        and token.lower not in SPEECH_VERBS
        and token.lower not in _NOT_DESCRIBING
    )


_NOT_DESCRIBING = frozenset("compared given including according meanwhile however".split())


_PRESENT_MODALS = frozenset({"could", "would", "might", "should"})


def _past(main: Sequence[Token]) -> bool:
    """True if ``main`` is in the past: "could cut" speaks of now, so "X is one of ..."."""
    for token in main:
        if token.is_word and not token.protected and can_be_finite(token.text):
            return token.lower not in _PRESENT_MODALS and is_past_clause(main)
    return False


REDUCED_MIN = 12
"""Reduced relatives are split only in sentences longer than this."""


_BIG_NUMBERS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "bn", "m"})


def _amount_head(phrase: Sequence[Token]) -> bool:
    """True if ``phrase`` ends in a number ("the 5.8 million", "the 300")."""
    head = phrase[-1]
    return (
        head.text[:1].isdigit() or head.lower in _BIG_NUMBERS or word_value(head.text) is not None
    )


_QUANTIFIERS = frozenset("any every each no all some many few most several".split())
"""Determiners after which a restrictive clause cannot become a statement of its own."""


_WH_VERBS = frozenset(
    "reveal reveals revealed know knows knew ask asks asked say says said decide decides "
    "decided tell tells told explain explains explained show shows showed see sees saw "
    "understand wonder wondered disclose disclosed identify identified determine learn "
    "find discover discovered".split()
)
"""Verbs after which "who"/"which" asks a question ("reveal who told them"), not a relative."""


_CLAUSE_LINKS = frozenset(
    "i you he she it we they that which who and or but not never also still say says said "
    "believe believes expect expects".split()
)
"""Words after which a modal starts or continues a clause of its own, not the main verb."""


def _opens_reported_clause(token: Token) -> bool:
    """True for "said", "that" or "believe" just before a noun: it is a clause's subject.

    In "said the waves which killed 30,000 also washed away ..." the verb of
    "the waves" comes after the relative clause, so the clause cannot end the sentence.
    """
    lower = token.lower
    return lower in SPEECH_VERBS or lower in _WH_VERBS or lower in _CLAUSE_LINKS - {"and", "or"}


def _number(token: Token) -> bool:
    """True for a number or an amount ("2001", "$5m", "40%"), not a name like "777-200LR"."""
    return bool(re.fullmatch(r"[£$€¥]?\d[\d.,]*(%|bn|m|k)?", token.text))


def _main_verb_follows(sentence: Sentence, verb: int, end: int) -> bool:
    """True if a tensed auxiliary follows a verb inside the clause: the main verb resumes.

    In "that the staff who had been fired had been ruined" the second "had"
    belongs to "the staff", so the relative clause ends before the sentence does.
    """
    for j in range(verb + 1, end):
        token, before = sentence[j], sentence[j - 1]
        if (
            token.lower in FINITE_AUX
            and before.is_word
            and (is_participle(before.text) or can_be_finite(before.text))
        ):
            return True
        if token.lower in MODALS and before.is_word and before.lower not in _CLAUSE_LINKS:
            return True  # "a policyholder who had invested for 25 years would see ..."
        if token.lower in FINITE_AUX and before.lower in ("it", "them") and j - 2 > verb:
            # "the consortium which built and ran it had links": "had" is the main verb's,
            # unless "it" is the subject of a reported clause ("which says it has ...")
            return sentence[j - 2].lower not in SPEECH_VERBS and sentence[j - 2].lower != "that"
    return False


def split_restrictive(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """Easy Read: "... the chief who quit in May." -> "... the chief. The chief quit in May."."""
    if context.level != "easy":
        return
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    for k in range(2, end - 2):
        relative = sentence[k]
        if relative.lower not in ("who", "which") or not top[k]:
            continue  # "that" is as often "said that ..." as a relative pronoun
        if sentence[k - 1].text == ",":
            continue  # non-restrictive: split_relative's job
        verb = verb_after_relative(sentence, k + 1)
        if verb is None or any(t.lower == "to" for t in sentence[verb:end]):
            continue  # "allows two parties who ... to agree": the clause may end early
        span = noun_phrase_before(sentence, k)
        if span is None or span[0] == 0 or span[1] - span[0] < 2:
            continue  # the subject itself, or a bare noun ("people who ...") reads badly
        close = clause_close(sentence, k + 1, end, top)
        if close != end:
            continue
        left = sentence[:k]
        if not has_finite(left[: span[0]]):
            continue
        antecedent = sentence[span[0] : span[1]]
        if _amount_head(antecedent):
            continue  # "12% of the 5.8 million who needed them": a number is no subject
        if antecedent[0].lower in _QUANTIFIERS or sentence[span[0] - 1].text == ",":
            continue  # "any business which has ...": not every business has it
        if span[0] and sentence[span[0] - 1].lower in ("and", "or"):
            continue  # "by Microsoft and Eliot Spitzer who alleged": one of them or both?
        if antecedent[0].lower in ("a", "an") and sentence[span[0] - 1].lower in PREPOSITIONS:
            continue  # "the buzz phrase in a company which believes ...": the clause says which
        if _opens_reported_clause(sentence[span[0] - 1]):
            continue  # "said the waves which killed 30,000 also washed away ...": a subject
        if not sentence[span[0] - 1].is_word and sentence[span[0] - 1].text != ",":
            continue  # "Grand Theft Auto: San Andreas which took": part of a title
        if _after_noun_phrase(sentence, span) or sentence[k - 1].lower in _WH_VERBS:
            continue  # "anyone in the US who has ...", "make bloggers reveal who told them"
        if _main_verb_follows(sentence, verb, end):
            continue  # "the staff who had been fired had been ruined": the clause ends early
        pronoun = pronoun_for(antecedent)
        if relative.lower == "who" or is_name_phrase(antecedent):
            subject = subject_again(antecedent, relative)
        elif _pronoun_clear(left, pronoun):
            subject = [inserted(pronoun, relative)]  # "Opponents rejoiced at the deal. It was ..."
        elif _repeatable(sentence, span) or _bare_plural(antecedent):
            subject = repeat(antecedent)  # "... replace passwords. Passwords are easily ..."
        else:
            continue  # "It" would point to the main clause's subject, not to the object
        pieces = (
            make_sentence(left, None),
            make_sentence([*subject, *sentence[k + 1 : end]], final),
        )
        edit = split_edit("split-relative", pieces, sentence)
        if edit:
            yield edit


_CAUSATIVE = frozenset(
    "have has had having get gets got getting see sees saw seen want wants wanted need needs "
    "needed keep keeps kept leave leaves left find finds found make makes made".split()
)
"""Verbs whose object a participle may complete ("had the car repaired"): not a relative."""


def _verb_before(token: Token) -> bool:
    """True if the preposition before a reduced relative's noun follows a verb ("were among").

    After a noun ("clicking on a mouse button caused by") the participle may
    describe either noun, so the rule does not guess.
    """
    return token.is_word and (
        can_be_finite(token.text)
        or token.lower in ("be", "been", "being")
        or is_participle(token.text)
    )


_POINTING = frozenset({"those", "these", "that", "this", "them"})


def split_reduced(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """Easy Read: "... among four men jailed for it." -> "... 4 men. The 4 men were jailed ..."."""
    if context.level != "easy" or word_count(sentence) <= REDUCED_MIN:
        return
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    for k in range(3, end - 2):
        participle = sentence[k]
        if not top[k] or participle.text[:1].isupper() or not is_participle(participle.text):
            continue
        if participle.lower in SPEECH_VERBS or participle.lower in _WH_VERBS:
            continue  # "after the company said in December that ...": a verb, not a description
        if can_be(participle.lower, "NOUN"):
            continue  # "the new ground through ..." is a noun, not "ground" from "grind"
        if sentence[k + 1].lower not in PREPOSITIONS:
            continue  # "jailed for", "convicted of", "made by"
        span = noun_phrase_before(sentence, k)
        if span is None or span[0] < 2 or sentence[span[0] - 1].lower not in PREPOSITIONS:
            continue
        if sentence[span[0] - 1].lower == "to" or sentence[span[0]].lower in ("a", "an"):
            continue  # "offered to freeze debts owed by": a verb; "set up a policy based on"
        if not _verb_before(sentence[span[0] - 2]):
            continue  # "clicking on a mouse button caused by ...": which noun was caused?
        if any(t.lower in _CAUSATIVE for t in sentence[: span[0]]):
            continue
        if clause_close(sentence, k, end, top) != end or not has_finite(sentence[: span[0]]):
            continue
        phrase = sentence[span[0] : span[1]]
        if not phrase or (
            not is_plural_noun(phrase[-1].text) and not phrase[-1].text[:1].islower()
        ):
            continue
        if _main_verb_follows(sentence, k, end) or _opens_reported_clause(sentence[span[0] - 1]):
            continue  # "revenue lost to tax cuts enacted since 2000 will have to be": a subject
        if len(phrase) < 2 or sentence[span[0] - 1].lower in ("as", "than", "like"):
            continue  # "as firms vied for", "at first triggered by", "in turn bought up"
        if phrase[-1].lower in _POINTING:
            continue  # "among those tested with the chip": "Those were tested" names nothing
        subject = repeat(phrase)
        if subject[0].lower not in DETERMINERS:
            subject = [inserted("the", phrase[0]), *subject]
        plural = is_plural_noun(phrase[-1].text)
        be = inserted(be_form(is_past_clause(sentence[: span[0]]), plural), participle)
        pieces = (
            make_sentence(sentence[:k], None),
            make_sentence([*subject, be, *sentence[k:end]], final),
        )
        edit = split_edit("split-relative", pieces, sentence)
        if edit:
            yield edit
