"""Reported speech: who said it gets a short sentence of its own.

"Experts said that terror convicts differ from other prisoners because ..."
makes the reader hold the speaker while reading the claim. Easy Read says
who is speaking first, on a line of its own, then the claim in short
sentences: "Experts said:" / "Terror convicts differ from other prisoners."
The speaker comes first because the claim may be split further: an
attribution after it ("... Experts said this.") would seem to cover only the
last of several sentences.
Both rules fire only on sentences longer than the level's limit, and the
fact guard still checks that nothing (the speaker's name, a "not") is lost.
"""

from __future__ import annotations

from collections.abc import Iterator

from .edits import Context, Edit, Sentence
from .splitting import body_and_final, split_edit
from .structure import (
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    copy_phrase,
    has_finite,
    inserted,
    is_adverb,
    is_dash,
    lower_start,
    make_sentence,
    subject_verb,
    top_level,
    word_count,
)
from .tokens import Token
from .words import (
    DETERMINERS,
    FUNCTION_WORDS,
    MODALS,
    NEGATIONS,
    PREPOSITIONS,
    RELATIVES,
    SUBORDINATORS,
    can_be_finite,
    is_plural_noun,
)

LIMIT = {"plain": 15, "easy": 8}
"""Only sentences with more words than this are split at a speech verb."""
MAX_OBJECT = 4
"""Words allowed between the speech verb and "that" ("told IBTimes UK that")."""
MAX_SPEAKER = 6
"""Words allowed in a trailing speaker ("..., said the head of the union")."""


_CONNECTIVES = frozenset({"but", "and", "so"})
"""A connective before the speaker stays with the claim: "But more had to be done."."""


def _colon(at: Token) -> Token:
    """The colon that ends an attribution line and opens what was said."""
    return Token(":", at.end, at.end, False)


REPORT_VERBS = SPEECH_VERBS | frozenset(
    "announced announces confirmed confirms reported revealed reveals admitted admits estimated "
    "noted stressed acknowledged acknowledges".split()
)
"""Verbs that report a claim ("X announced that Y"), so "Y. X announced this." keeps its sense.

Forms that are also common plural nouns ("reports", "notes") are left out: they
would be taken for the verb inside a subject ("the reports said").
"""
MAX_SPEAKER_TOKENS = 14
"""Tokens allowed before the speech verb ("In January the Institute for Fiscal Studies (IFS)")."""
_GAP_VERBS = frozenset({"said", "says", "told", "tells"})
"""Speech verbs whose claim may follow a short phrase without "that" ("said on Sunday he")."""
_TELLING = frozenset({"told", "tells"})
_WHEN_STARTS = frozenset("on in at last this yesterday today earlier late early during".split())
"""Words that open a time or place phrase between "said" and the claim ("said on Sunday")."""


def _speaker_end(sentence: Sentence, start: int, end: int, top: list[bool]) -> int | None:
    """Index of the speech verb if ``sentence[start:]`` opens "<speaker> said", else None.

    The speaker may be a long noun phrase with an appositive or a fronted time
    phrase ("In January the IFS", "PwC's chief, Samuel DiPiazza,"), but no
    verb, modal, negation or subordinator: "Critics who opposed it said" or "He
    never said" would not survive being turned into "<speaker> said this".
    """
    for j in range(start, min(end, start + MAX_SPEAKER_TOKENS + 1)):
        token = sentence[j]
        if not top[j]:
            continue  # a bracket ("(IFS)") stays with the speaker
        if token.protected or token.text in (";", ":") or is_dash(token):
            return None
        if token.lower in REPORT_VERBS:
            commas = [i for i in range(start, j) if top[i] and sentence[i].text == ","]
            closes_aside = (
                len(commas) == 2
                and commas[-1] == j - 1
                and sentence[commas[0] + 1].lower not in PREPOSITIONS
            )  # "X, the chief, said", not "A priority, in both settings, said the WEF"
            return j if j > start and (sentence[j - 1].is_word or closes_aside) else None
        if not token.is_word:
            continue
        if token.lower in NEGATIONS | SUBORDINATORS | RELATIVES or token.lower in MODALS:
            return None
        name = j > start and token.text[:1].isupper()
        if can_be_finite(token.text) and not name:
            return None
    return None


def _claim_start(
    sentence: Sentence, verb: int, end: int, top: list[bool]
) -> tuple[int, int] | None:
    """Where the reported clause starts and where the words between verb and clause end.

    Returns ``(gap_end, start)``: ``sentence[verb + 1 : gap_end]`` is what stood
    between the verb and the claim ("IBTimes UK" before "that", "on Sunday"),
    and the claim starts at ``start``. None if no clause follows.
    """
    for j in range(verb + 1, min(verb + 2 + MAX_OBJECT, end)):
        token = sentence[j]
        if not top[j] or not token.is_word or token.lower in SUBJECT_PRONOUNS:
            break  # "said he was surprised that ...": "that" is not the speaker's
        if can_be_finite(token.text) and not token.text[:1].isupper():
            break
        if token.lower == "that":
            return (j, j + 1) if subject_verb(sentence, j + 1) is not None else None
    telling = sentence[verb].lower in _TELLING
    if not telling and subject_verb(sentence, verb + 1) is not None:
        return verb + 1, verb + 1  # after "told" comes whom, not the claim
    if sentence[verb].lower not in _GAP_VERBS:
        return None
    if not telling and sentence[verb + 1].lower not in _WHEN_STARTS:
        return None
    for j in range(verb + 2, min(verb + 2 + MAX_OBJECT, end)):
        gap = sentence[verb + 1 : j]
        if any(not t.is_word or not top[verb + 1 + i] or can_be_finite(t.text)
               for i, t in enumerate(gap)):  # fmt: skip
            return None
        if telling and any(t.lower in PREPOSITIONS for t in gap):
            return None  # "told of his fears" is not "told someone"
        opens = sentence[j].lower in SUBJECT_PRONOUNS or sentence[j].lower in DETERMINERS
        if opens and subject_verb(sentence, j) is not None:
            return j, j
    return None


_PRONOUN_SUBJECTS = frozenset("he she it they we i you".split())
"""A claim opening with a pronoun is not put first: "He could not confirm it. X said this."
leaves "he" to be resolved by a name the reader has not met yet."""


_OPENERS = frozenset("however meanwhile indeed instead still yet nevertheless".split())
_NOT_SPEAKERS = frozenset("this that these those it which".split())


def _lists_verbs(sentence: Sentence, start: int, end: int, top: list[bool]) -> bool:
    """True if the claim holds ", <verb>", ", <-ing>" or "and that": it may not stand alone.

    In "Sullivan told jurors he met Ebbers, told him about it and warned him"
    the later verbs are Sullivan's, so the claim cannot be cut out whole.
    """
    if any(
        top[j] and sentence[j].lower in ("and", "but", "or") and sentence[j + 1].lower == "that"
        for j in range(start, end - 1)
    ):
        return True  # "X said A and that B": "that B" would be left without its verb
    if any(
        top[j] and sentence[j].text == "," and sentence[j + 1].lower in ("and", "but")
        and j + 2 < end and can_be_finite(sentence[j + 2].text)
        for j in range(start, end - 1)
    ):  # fmt: skip
        return True  # "X said A, and said B": the second verb is the speaker's
    return any(
        top[j] and sentence[j].text == "," and j + 1 < end
        and not sentence[j + 1].text[:1].isupper()
        and (can_be_finite(sentence[j + 1].text) or sentence[j + 1].lower.endswith("ing"))
        for j in range(start, end)
    )  # fmt: skip


def split_said_that(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "X said (that) Y." -> "Y. X said this."; "X said today Y." -> "Y. X said this today".

    The speaker may carry a fronted time phrase or an appositive, and a short
    time phrase or the person told may stand between the verb and the claim.
    """
    if word_count(sentence) <= LIMIT[context.level]:
        return
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    lead = 1 if sentence[0].lower in _CONNECTIVES else 0
    verb = _speaker_end(sentence, lead, end, top)
    if verb is None:
        return
    found = _claim_start(sentence, verb, end, top)
    if found is None:
        return
    gap_end, start = found
    if sentence[start].lower in _PRONOUN_SUBJECTS or _lists_verbs(sentence, start, end, top):
        return
    if verb == lead + 1 and sentence[lead].lower in _NOT_SPEAKERS:
        return  # "This confirms that ..." has no speaker to name
    opener = sentence[lead]
    if sentence[lead + 1].text == "," and (is_adverb(opener) or opener.lower in _OPENERS):
        return  # "Still, analysts say ...": the connective belongs to the claim
    claim = list(sentence[start:end])
    gap = list(sentence[verb + 1 : gap_end])
    said = list(sentence[: verb + 1]) + gap  # "X said on Sunday:", "But X told the BBC:"
    pieces = (make_sentence(said, _colon(said[-1])), make_sentence(claim, final))
    edit = split_edit("split-reported", pieces, sentence)
    if edit:
        yield edit


def _speaker_phrase(tail: Sentence) -> list[Token] | None:
    """A trailing attribution as "<speaker> <verb>", or None if ``tail`` is not one.

    Accepts "Sky News said" and the inverted "said critics".
    """
    words = [t for t in tail if t.is_word]
    if len(words) != len(tail) or not 2 <= len(words) <= MAX_SPEAKER + 1:
        return None
    if tail[-1].lower in REPORT_VERBS:
        speaker, verb = list(tail[:-1]), tail[-1]
    elif tail[0].lower in SPEECH_VERBS:
        speaker, verb = list(tail[1:]), tail[0]
    else:
        return None
    if any(t.lower in FUNCTION_WORDS - {"the", "a", "an", "of", "he", "she", "they", "it"}
           for t in speaker):  # fmt: skip
        return None
    if any(can_be_finite(t.text) and not t.text[:1].isupper() for t in speaker):
        return None
    if len(speaker) == 1 and speaker[0].lower in ("he", "she", "they", "it"):
        pronoun = speaker[0]
        speaker = [Token(pronoun.lower, pronoun.start, pronoun.end, pronoun.space, pronoun.quote)]
    return [*speaker, verb]


def split_reported(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "Y, Sky News said." / "Y, said critics." -> "Y. Sky News said this."."""
    if word_count(sentence) <= LIMIT[context.level]:
        return
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    comma = next(
        (k for k in range(end - 2, 2, -1) if top[k] and sentence[k].text == ","),
        None,
    )
    if comma is None:
        return
    attribution = _speaker_phrase(sentence[comma + 1 : end])
    if attribution is None or not has_finite(sentence[:comma]):
        return
    claim = list(sentence[:comma])
    lead: list[Token] = []
    if claim[0].lower in _CONNECTIVES and claim[0].lower != "and":
        lead, claim = [claim[0]], claim[1:]  # "But ..., he said." -> "But he said: ..."
    said = [*lead, *attribution]
    pieces = (make_sentence(said, _colon(attribution[-1])), make_sentence(claim, final))
    edit = split_edit("split-reported", pieces, sentence)
    if edit:
        yield edit


CLAIM_VERBS = REPORT_VERBS | frozenset(
    "believe believes believed think thinks thought argue found finds find show shows showed "
    "suggest suggests suggested stress expect expects expected fear fears feared hope hopes "
    "hoped pointed".split()
)
"""Verbs whose "that" clause may be repeated for a second claim ("X believes A and that B")."""
_PARTICLES = frozenset({"out"})
"""A particle that belongs to the verb ("pointed out that")."""
_SAFE_AFTER_THAT = DETERMINERS - {"that", "this", "these", "those"}


def _opens_claim(token: Token) -> bool:
    """True if a clause, not a noun phrase "that X", starts with ``token`` after "that".

    "and that other proposals were ..." opens a claim; "and that figure was ..."
    may be the demonstrative "that figure", so it is not trusted.
    """
    if token.protected or not token.is_word:
        return False
    lower = token.lower
    return (
        lower in SUBJECT_PROMPTS
        or lower in _SAFE_AFTER_THAT
        or token.text[:1].isupper()
        or token.text[:1].isdigit()
        or (lower.endswith("s") and is_plural_noun(lower) and not can_be_finite(lower))
    )


SUBJECT_PROMPTS = frozenset("he she it they we i you there".split())


def split_and_that(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "X said A and that B." -> "X said A. X said that B."; "but that" -> "But X said that B".

    The verb is the main clause's own (its subject opens the sentence, at most
    after a fronted phrase and a comma), nothing between it and "and that" may
    take a "that" clause of its own ("did not disclose that A, and that B" pairs
    with "disclose"), and no negation or modal may stand before the verb.
    """
    if word_count(sentence) <= LIMIT[context.level]:
        return
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    start = 1 if sentence[0].lower in _CONNECTIVES else 0
    for j in range(start, min(end, start + MAX_SPEAKER_TOKENS)):
        if top[j] and sentence[j].text == "," and j + 1 < end:
            if subject_verb(sentence, j + 1) is not None:
                start = j + 1  # "Despite the concerns, analysts pointed out that ..."
            break
    verb = subject_verb(sentence, start)
    if verb is None or verb - start > 8:
        return
    subject = sentence[start:verb]
    if any(not t.is_word or not top[start + i] for i, t in enumerate(subject)):
        return
    head = verb
    if sentence[verb].lower in ("has", "have", "had") and verb + 1 < end:
        head = verb + 1
    if sentence[head].lower not in CLAIM_VERBS:
        return
    if any(t.lower in NEGATIONS or t.lower in MODALS for t in sentence[start:head]):
        return
    claim = head + 1
    if claim < end and sentence[claim].lower in _PARTICLES:
        claim += 1
    first = claim + 1 if claim < end and sentence[claim].lower == "that" else claim
    if subject_verb(sentence, first) is None:
        return  # "X said had not been consulted": the first claim has no subject
    for k in range(claim + 3, end - 3):
        if not top[k] or sentence[k].lower not in ("and", "but"):
            continue
        if sentence[k + 1].lower != "that" or not _opens_claim(sentence[k + 2]):
            continue
        if subject_verb(sentence, k + 2) is None:
            continue
        between = sentence[claim + 1 if sentence[claim].lower == "that" else claim : k]
        if any(t.lower in CLAIM_VERBS or t.lower in ("that", "whether", "if") or t.text in ";:"
               for t in between):  # fmt: skip
            break  # the "and that" may pair with a verb inside the first claim
        left = sentence[: k - 1] if sentence[k - 1].text == "," else sentence[:k]
        say = copy_phrase(sentence[start:claim])
        lead: list[Token] = []
        if sentence[k].lower == "but":
            lead = [inserted("But", sentence[k])]
            say[0] = lower_start(say[0])  # "But the EU said", "But he said"
        pieces = (
            make_sentence(left, None),
            make_sentence([*lead, *say, *sentence[k + 1 : end]], final),
        )
        edit = split_edit("split-and-that", pieces, sentence)
        if edit:
            yield edit
        return
