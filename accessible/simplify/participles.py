"""Participle phrases become sentences of their own.

"The storm moved north, making landfall near X" holds two events; Easy Read
wants one per sentence. The participle is re-inflected to agree with the
main clause's subject and tense, which is repeated as the new subject.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from .edits import Context, Edit, Sentence
from .numberwords import word_value
from .splitting import (
    be_form,
    body_and_final,
    clause_close,
    main_subject,
    phrase_mark,
    plural_subject,
    split_edit,
    subject_again,
)
from .structure import (
    SPEECH_VERBS,
    has_finite,
    inserted,
    is_past_clause,
    make_sentence,
    subject_verb,
    top_level,
)
from .tokens import Token, decapitalise
from .words import (
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    can_be,
    can_be_finite,
    inflect,
    is_base_verb,
    is_participle,
    is_past_tense,
    verb_lemma,
)

NOT_PARTICIPLES = frozenset(
    "including according following regarding concerning depending excluding beginning starting "
    "considering assuming notwithstanding during pending barring nothing something anything "
    "everything thing king spring morning evening building wedding".split()
)
"""-ing words that head a phrase, not a clause about the subject."""


RESULTS = frozenset(
    "leading resulting prompting causing meaning sending pushing sparking triggering fuelling "
    "fueling forcing bringing putting wiping dragging lifting boosting reducing cutting "
    "increasing hurting hitting denting".split()
)
"""Participles that name a result of the whole event, whose subject is "This"."""
_FUTURE = frozenset({"will", "would", "could", "may", "might", "should", "can"})


def _future(main: Sentence) -> str | None:
    """The modal of a main clause about the future ("will", or "set to" as "will")."""
    words = [t.lower for t in main if t.is_word and not t.protected]
    for word in words:
        if word in _FUTURE:
            return word
    if any(a == "set" and b == "to" for a, b in pairwise(words)):
        return "will"
    return None


def _perfect(main: Sentence) -> bool:
    """True if the main clause's first finite verb is "has/have" + participle ("has grown")."""
    words = [t for t in main if t.is_word and not t.protected]
    for a, b in pairwise(words):
        if a.lower in ("has", "have"):
            return is_participle(b.text) or b.lower in ADVERB_GAP
    return False


ADVERB_GAP = frozenset({"already", "also", "now", "since", "recently", "just"})


def _agreeing(main: Sentence, lemma: str, at: Token, plural: bool) -> list[Token]:
    """The participle as a finite verb agreeing with the main clause's subject and tense."""
    modal = _future(main)
    if modal is not None:
        return [inserted(modal, at), Token(lemma, at.start, at.end, True)]
    present = "VBP" if plural else "VBZ"
    # "has grown rapidly, overtaking X" -> "overtook X"
    tag = "VBD" if is_past_clause(main) or _perfect(main) else present
    form = inflect(lemma, tag)
    return [Token(form, at.start, at.end, True)] if form else []


def _result_verb(main: Sentence, lemma: str, at: Token) -> list[Token]:
    """The verb after "This": "This led to", "This will lead to", "This leads to"."""
    return _agreeing(main, lemma, at, plural=False)


def _having(sentence: Sentence, start: int, end: int, plural: bool) -> list[Token]:
    """ "having been awarded" -> "was awarded"; "having won" -> "won" (what came before)."""
    if start + 2 >= end:
        return []
    after = sentence[start + 1]
    if after.lower == "been" and is_participle(sentence[start + 2].text):
        return [Token(be_form(True, plural), after.start, after.end, True)]
    lemma = verb_lemma(after.lower)
    if lemma is None or not is_participle(after.text):
        return []
    form = inflect(lemma, "VBD")
    return [Token(form, after.start, after.end, True)] if form else []


def _nearer_noun(sentence: Sentence, verb: int, comma: int) -> bool:
    """True if an -ing phrase already hangs off a noun just before ``comma``.

    In "reductions to customers opting for tickets, booking in advance" the
    second -ing phrase continues the first ("opting"), whose subject is the
    customers, not the main clause's subject.
    """
    return any(
        t.is_word and t.lower.endswith("ing") and t.lower not in NOT_PARTICIPLES
        and verb_lemma(t.lower) is not None and not t.text[:1].isupper()
        and prev.lower not in _PROGRESSIVE
        for prev, t in pairwise(sentence[verb:comma])
    )  # fmt: skip


_PROGRESSIVE = frozenset("is are was were be been am also still not".split())


_CLAUSE_TAKING = frozenset(
    "that believe believes believed think thinks thought suggest suggests suggested show shows "
    "showed expect expects expected hope hopes hoped fear fears feared say says".split()
)
"""Words after which a clause with its own subject follows, whose verb an -ing phrase may
continue ("figures suggest that jobs were made, taking the total to ...")."""


def _doubtful_doer(sentence: Sentence, verb: int, comma: int) -> bool:
    """True if the subject may not be what does the -ing verb after ``comma``.

    After a passive ("Beer is heavily taxed, driving breweries to ...") it is
    the taxing that drives; after an infinitive ("vowed to go after buyers,
    using every legal means") the phrase may belong to the later verb, whose
    time is not the main verb's.
    """
    words = [t.lower for t in sentence[verb:comma]]
    passive = words[0] in ("is", "are", "was", "were", "be", "been") and any(
        is_participle(t.text) and t.lower.endswith("ed") for t in sentence[verb + 1 : verb + 3]
    )
    infinitive = any(a == "to" and is_base_verb(b) for a, b in pairwise(words))
    return passive or infinitive


def split_participle(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "The storm moved north, making landfall near X." -> "... north. It made landfall ..."."""
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    found = main_subject(sentence)
    if found is None:
        return
    subject, verb = found
    for k in range(verb + 2, end - 2):
        if sentence[k].text != "," or not top[k]:
            continue  # after a dash the phrase is as often about the last noun ("pixels")
        start = k + 1
        if sentence[start].lower in ("thus", "thereby"):
            start += 1
        participle = sentence[start]
        lower = participle.lower
        if not lower.endswith("ing") or lower in NOT_PARTICIPLES or participle.protected:
            continue
        lemma = verb_lemma(lower)
        if lemma is None or inflect(lemma, "VBG") != lower:
            continue
        if clause_close(sentence, start, end, top) != end:
            continue  # the phrase must run to the end of the sentence
        if any(t.lower in SPEECH_VERBS for t in sentence[verb + 1 : k]):
            return  # "..., BMW said, adding that ...": the speaker does the adding
        if sentence[verb].lower in SPEECH_VERBS and (
            sentence[verb + 1].lower == "that" or subject_verb(sentence, verb + 1) is not None
        ):
            return  # "It said growth had been zero, putting ...": the putting is claimed too
        if _nearer_noun(sentence, verb, k):
            continue  # "customers opting for tickets, booking in advance": who books?
        pairs = pairwise(sentence[start:end])
        if any(t.lower in ("and", "or") and n.lower.endswith("ing") for t, n in pairs):
            return  # "failing to X and making Y": only the first would be re-inflected
        result = lower in RESULTS or (
            lower == "making" and sentence[start + 1].lower in ("it", "them")
        )
        if not result and any(t.lower in _CLAUSE_TAKING for t in sentence[verb:k]):
            continue  # "analysts believe the industry is young, offering scope": the industry's
        if not result and lower not in _SAYING and _doubtful_doer(sentence, verb, k):
            continue
        main = sentence[:k]
        plural = plural_subject(subject)
        rest = list(sentence[start + 1 : end])
        following = sentence[start + 1].lower
        if lower in RESULTS or (lower == "making" and following in ("it", "them")):
            # The whole event has the result: "Orange added customers, leading to a rise"
            # -> "This led to a rise", never "Orange led to a rise".
            new_subject = [inserted("This", participle)]
            verb_tokens = _result_verb(main, lemma, participle)
        elif lower == "having":
            new_subject = subject_again(subject, participle)
            verb_tokens = _having(sentence, start, end, plural)
            rest = rest[1:]
        else:
            new_subject = subject_again(subject, participle)
            verb_tokens = _agreeing(main, lemma, participle, plural)
        if not verb_tokens:
            continue
        pieces = (
            make_sentence(main, None),
            make_sentence([*new_subject, *verb_tokens, *rest], final),
        )
        edit = split_edit("split-participle", pieces, sentence)
        if edit:
            yield edit


def split_fronted_participle(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "Tracking north, the storm hit X." -> "The storm tracked north. The storm hit X."."""
    end, final = body_and_final(sentence)
    if end < 4 or sentence[0].protected:
        return
    first = sentence[0]
    lower = first.lower
    lemma = verb_lemma(lower)
    if lemma is None or lower in NOT_PARTICIPLES or lower in ("given", "based", "compared"):
        return
    having = lower == "having" and is_participle(sentence[1].text)
    gerund = lower.endswith("ing") and inflect(lemma, "VBG") == lower and not having
    passive = not lower.endswith("ing") and is_participle(lower)
    if not (gerund or passive or having):
        return
    top = top_level(sentence)
    comma = next((k for k in range(2, end - 2) if top[k] and sentence[k].text == ","), None)
    if comma is None or has_finite(sentence[1:comma]):
        return
    main = sentence[comma + 1 : end]
    found = main_subject(main)
    if found is None:
        return
    subject, _ = found
    past = is_past_clause(main)
    plural = plural_subject(subject)
    if having:
        verb = [inserted("had", first)]
        rest = sentence[1:comma]
    elif passive:
        verb = [inserted(be_form(past, plural), first), decapitalise(first)]
        rest = sentence[1:comma]
    else:
        form = inflect(lemma, "VBD" if past else ("VBP" if plural else "VBZ"))
        if form is None:
            return
        verb = [Token(form, first.start, first.end, True)]
        rest = sentence[1:comma]
    participle_clause = [*subject_again(subject, first), *verb, *rest]
    pieces = (make_sentence(participle_clause, None), make_sentence(main, final))
    edit = split_edit("split-participle", pieces, sentence)
    if edit:
        yield edit


_ABSOLUTE_NP_STOPS = frozenset(
    "and or but who which that whose when where while if because as than to not no".split()
)
"""Words that cannot stand inside the subject of a "with X doing Y" phrase."""
MAX_ABSOLUTE_SUBJECT = 7
"""Words allowed between "with" and its -ing verb ("with some of the analysts saying")."""


def _absolute_verb(sentence: Sentence, start: int, end: int, top: list[bool]) -> int | None:
    """Index of the -ing verb of "with <subject> <verb>-ing" whose subject starts at ``start``.

    The subject is a short noun phrase: no verb, comma, conjunction or
    relative word; its last word is not "of", a determiner or a preposition.
    """
    for j in range(start, min(end, start + MAX_ABSOLUTE_SUBJECT + 1)):
        token = sentence[j]
        if not top[j] or token.protected or (not token.is_word and token.text not in ("%", "'s")):
            return None
        lower = token.lower
        if lower in _ABSOLUTE_NP_STOPS:
            return None
        if (
            j > start
            and lower.endswith("ing")
            and lower not in NOT_PARTICIPLES
            and verb_lemma(lower) is not None
            and inflect(verb_lemma(lower) or "", "VBG") == lower
            and sentence[j - 1].lower not in DETERMINERS | PREPOSITIONS
            and any(t.is_word and t.lower not in DETERMINERS for t in sentence[start:j])
        ):
            return j
        finite = token.is_word and can_be_finite(token.text) and not token.text[:1].isupper()
        if finite and not (can_be(lower, "NOUN") or lower.endswith("ing")):
            return None  # a finite verb: the phrase is no noun phrase
    return None


def split_with_absolute(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "A, with X doing Y." -> "A. X did Y." when the main clause is in the simple past.

    "Travel companies took a hit, with Kinki Nippon sliding 1.5%" ->
    "Travel companies took a hit. Kinki Nippon slid 1.5%.". Only a phrase
    after a comma that ends the sentence, with one -ing verb (a second, as in
    "and HIS dropping 3.3%", leaves the sentence whole) and a main clause in
    the simple past, where the past form needs no agreement with the new subject.
    """
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    for k in range(3, end - 3):
        if sentence[k].lower != "with" or not top[k] or not phrase_mark(sentence, k - 1, end, top):
            continue
        left = sentence[: k - 1]
        verb = subject_verb(left, 1 if left[0].lower in ("but", "and", "so") else 0)
        if verb is None or not has_finite(left):
            return
        if not _simple_past(left, verb) or any(t.lower in _PRESENT_AUX for t in left):
            return  # a present, perfect or modal main clause leaves the tense in doubt
        if any(t.lower in SPEECH_VERBS or t.lower == "that" for t in left):
            return  # the phrase may still be reported
        ing = _absolute_verb(sentence, k + 1, end, top)
        if ing is None:
            return
        rest = sentence[ing + 1 : end]
        if any(top[ing + 1 + i] and (t.text in (",", ";", ":") or t.text == "-") for i, t in
               enumerate(rest)):  # fmt: skip
            return  # "..., which in turn forces ...": more than one phrase follows
        subject = sentence[k + 1 : ing]
        if not _noun_end(subject[-1]) or not _verb_follows(sentence, ing, end):
            return  # "with long waiting lists": "waiting" is part of the noun phrase
        body = [*subject, _inflected(sentence[ing], "VBD")]
        tail = list(rest)
        if any(_is_ing(t) for t in tail):
            return  # a second absolute ("and HIS dropping 3.3%"): leave the sentence whole
        if sentence[k + 1].lower in ("a", "an") or any(_takes_with(t) for t in left):
            return  # "agreed to merge, with a rival operating in Asia": "with" is the verb's
        if sentence[ing].lower in ("being", "having"):
            return  # "was" or "were", "has" or "have": the number of the subject decides
        new = [*body, *tail]
        pieces = (make_sentence(left, None), make_sentence(new, final))
        edit = split_edit("split-with", pieces, sentence)
        if edit:
            yield edit
        return


def _simple_past(left: Sentence, verb: int) -> bool:
    """True if the main verb at ``verb`` is a simple past ("took", "jumped"), no auxiliary."""
    token = left[verb]
    return token.lower not in FUNCTION_WORDS and is_past_tense(token.text)


def _noun_end(token: Token) -> bool:
    """True if ``token`` can end a subject: a noun, a name or a number."""
    return (
        token.text[:1].isupper()
        or token.text[:1].isdigit()
        or token.text == "%"
        or can_be(token.lower, "NOUN")
    )


_PRESENT_AUX = frozenset(
    "is are am has have will can may must shall 's 're would could might should".split()
)
"""Auxiliaries that make a main clause present, perfect or modal ("is becoming")."""


_SAYING = frozenset("saying predicting warning expecting claiming arguing suggesting".split())


def _verb_follows(sentence: Sentence, ing: int, end: int) -> bool:
    """True if the word after the -ing form cannot be the noun it describes ("lists")."""
    if ing + 1 >= end:
        return True
    after = sentence[ing + 1]
    if sentence[ing].lower in _SAYING or not after.is_word:
        return True
    return (
        after.lower in FUNCTION_WORDS
        or after.text[:1].isdigit()
        or word_value(after.text) is not None
        or not can_be(after.lower, "NOUN")
    )


def _inflected(token: Token, tag: str) -> Token:
    """The ``tag`` form of an -ing verb ("sliding" -> "slid", "says", "say"), in its place."""
    lemma = verb_lemma(token.lower) or ""
    form = (lemma if tag == "VBP" else inflect(lemma, tag)) or token.text
    return Token(form, token.start, token.end, token.space)


_WITH_VERBS = frozenset(
    "merge merged merging deal dealt cope coped compete competed agree agreed talk talked talks "
    "meet met partner partnered work worked team teamed link linked clash clashed side sided "
    "join joined combine combined tie tied ally allied cooperate cooperated".split()
)
"""Verbs that take a "with" phrase of their own ("merge with a rival")."""


def _takes_with(token: Token) -> bool:
    return token.lower in _WITH_VERBS


def _is_ing(token: Token) -> bool:
    """True for a verb's -ing form that may head a phrase ("dropping", not "morning")."""
    lower = token.lower
    if not lower.endswith("ing") or lower in NOT_PARTICIPLES:
        return False
    lemma = verb_lemma(lower)
    return lemma is not None and inflect(lemma, "VBG") == lower
