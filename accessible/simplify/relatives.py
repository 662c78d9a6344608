"""Relative clauses and appositives become sentences of their own.

"The bridge, which was built in 1890, will close" asks the reader to hold
one idea open while reading another. The new sentence's subject is a pronoun
where the antecedent is plainly a thing and the repeated noun phrase
otherwise, because Easy Read prefers a repeated name to a pronoun the reader
has to resolve.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .edits import Context, Edit, Sentence
from .numberwords import word_value
from .splitting import (
    antecedent_span,
    be_form,
    body_and_final,
    clause_close,
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
    PREPOSITIONS,
    SUBORDINATORS,
    can_be,
    can_be_finite,
    is_base_verb,
    is_participle,
    is_past_tense,
    is_plural_noun,
)


def _rest_after(sentence: Sentence, close: int, end: int) -> list[Token] | None:
    """What follows an inserted clause, to rejoin the main clause (None if it cannot be)."""
    if close >= end:
        return []
    after = list(sentence[close + 1 : end])
    if not after:
        return []
    if after[0].lower in ("and", "but", "or", "while"):
        return [sentence[close], *after]
    return after


def _disagrees(antecedent: Sequence[Token], verb: Token) -> bool:
    """True if the relative clause's verb cannot agree with ``antecedent`` ("days ... is")."""
    if is_name_phrase(antecedent) or any(t.lower == "and" for t in antecedent):
        return False
    plural = is_plural_noun(antecedent[-1].text)
    return (plural and verb.lower in ("is", "was", "has")) or (
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
        if relative.lower == "who":
            if is_plural_noun(antecedent[-1].text) and not is_name_phrase(antecedent):
                subject = [inserted("They", relative)]
            else:
                subject = repeat(antecedent)
        elif all(t.text[:1].isdigit() for t in antecedent if t.is_word) or (
            [t.lower for t in sentence[k + 2 : k + 4]] == ["is", "why"]
        ):
            subject = [inserted("This", relative)]  # "..., which is why": the whole clause
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
        close = clause_close(sentence, verb, end, top)
        if (
            close < end
            and not (is_dash(sentence[k]) and is_dash(sentence[close]))
            and not _new_clause(sentence, close, end)
            and not _verb_next(sentence, close + 1)
        ):
            if close + 1 < end and sentence[close + 1].lower in ("and", "or"):
                continue  # "stakes in Fairmont, which will manage X, and Four Seasons": a list
            close = end  # ", including ..." / ", but slower to ..." still belongs to the clause
        # (a pair of dashes always closes it: "airtime - which will be rented - for ...")
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


def _speaker_described(sentence: Sentence, span: tuple[int, int], rest: Sequence[Token]) -> bool:
    """True when the relative clause describes the subject of a speech verb.

    The reported-speech rule then writes "X said:" with the claim below it,
    and a description placed after the claim would read as part of it.
    """
    words = [t for t in rest if t.is_word]
    return span[0] == _opening(sentence) and bool(words) and words[0].lower in SPEECH_VERBS


_APPOSITIVE_STARTS = DETERMINERS - {"no", "all", "both", "each", "every", "any", "some", "few"}


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
        if relative.lower == "who" or is_name_phrase(antecedent):
            subject = subject_again(antecedent, relative)
        else:
            subject = [inserted(pronoun_for(antecedent), relative)]
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
        if can_be(participle.lower, "NOUN"):
            continue  # "the new ground through ..." is a noun, not "ground" from "grind"
        if sentence[k + 1].lower not in PREPOSITIONS:
            continue  # "jailed for", "convicted of", "made by"
        span = noun_phrase_before(sentence, k)
        if span is None or span[0] < 2 or sentence[span[0] - 1].lower not in PREPOSITIONS:
            continue
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
