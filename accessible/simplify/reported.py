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

import itertools
from collections.abc import Iterator, Sequence

from .edits import Context, Edit, Sentence
from .splitting import body_and_final, clause_close, repeat, split_edit
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
    verb_after_relative,
    word_count,
)
from .tokens import Token
from .words import (
    DETERMINERS,
    FINITE_AUX,
    FUNCTION_WORDS,
    MODALS,
    NEGATIONS,
    PREPOSITIONS,
    RELATIVES,
    SUBORDINATORS,
    can_be_finite,
    is_participle,
    is_past_tense,
    is_plural_noun,
    is_tensed_form,
    lemmas,
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
    if any(
        top[j] and sentence[j].lower in ("and", "but") and sentence[j + 1].lower in REPORT_VERBS
        for j in range(start, end - 1)
    ):
        return True  # "X said A and stressed B": "stressed" is the speaker's, not A's subject's
    return any(
        top[j] and sentence[j].text == "," and j + 1 < end
        and not sentence[j + 1].text[:1].isupper()
        and (can_be_finite(sentence[j + 1].text) or sentence[j + 1].lower.endswith("ing"))
        for j in range(start, end)
    )  # fmt: skip


MAX_DESCRIBED = 6
"""Words allowed in a speaker described by a relative clause ("The company, which ...")."""
MAX_ADVERBS = 1
"""Adverbs allowed between the relative clause and the speech verb ("..., also said")."""


def _relative_after(sentence: Sentence, at: int, end: int, top: list[bool]) -> int | None:
    """The comma closing a subject relative clause ("which makes Stella Artois,") at ``at``.

    Only "which"/"who" with its verb right after ("who has been", not "which he
    founded"), closed by a comma, with no speech verb, colon or dash inside.
    """
    if at + 1 >= end or sentence[at].lower not in ("which", "who"):
        return None
    if verb_after_relative(sentence, at + 1) is None:
        return None
    close = clause_close(sentence, at + 1, end, top)
    if close >= end or sentence[close].text != ",":
        return None
    if any(t.lower in REPORT_VERBS or t.text in ";:" or is_dash(t) for t in sentence[at:close]):
        return None
    return close


def _verb_after(sentence: Sentence, close: int, end: int) -> int | None:
    """The speech verb right after the comma at ``close`` (one adverb may come first)."""
    verb = close + 1
    while verb < end and verb - close - 1 < MAX_ADVERBS and is_adverb(sentence[verb]):
        verb += 1
    return verb if verb < end and sentence[verb].lower in REPORT_VERBS else None


def _present(word: str) -> bool:
    """True for a present-tense verb form ("is", "studies"), even one that is also a noun."""
    lower = word.lower()
    return lower in ("is", "are", "has") or (
        lower.endswith("s") and is_tensed_form(lower) and not is_past_tense(lower)
    )


def _is_name(phrase: Sequence[Token]) -> bool:
    """True if every word of ``phrase`` is capitalised ("Dr Johan Pouwelse", "Grassroots Media")."""
    return bool(phrase) and all(t.is_word and t.text[:1].isupper() for t in phrase)


def _described_speaker(
    sentence: Sentence, lead: int, end: int, top: list[bool]
) -> tuple[list[Token], list[Token], int] | None:
    """(description, speaker kept before the verb, verb) when the speaker carries a description.

    Three shapes, each a short noun phrase of words first:

    - "The company, which hopes to ..., also said": the relative clause describes
      the speaker (an age may come first: "Dr Greenspan, 79, who has been ...");
    - "Dr Johan Pouwelse, a researcher at ... who studies ..., said": a named
      speaker and an appositive opened by an article;
    - "Dan Gillmor, founder of Grassroots Media, which supports ..., said": the
      relative clause describes the name that ends the speaker's role.
    """
    comma = next((j for j in range(lead, min(end, lead + MAX_DESCRIBED + 1))
                  if sentence[j].text == ","), None)  # fmt: skip
    if comma is None or comma == lead or not top[comma] or comma + 2 >= end:
        return None
    speaker = sentence[lead:comma]
    if any(not t.is_word or t.protected or t.lower in FUNCTION_WORDS - DETERMINERS
           or (can_be_finite(t.text) and not t.text[:1].isupper()) for t in speaker):  # fmt: skip
        return None
    if speaker[0].lower not in DETERMINERS and not speaker[0].text[:1].isupper():
        return None
    at, kept = comma + 1, comma
    if sentence[at].text.isdigit() and sentence[at + 1].text == ",":
        at, kept = at + 2, at + 2  # "Dr Greenspan, 79, who ...": the age stays with the name
    close = _relative_after(sentence, at, end, top)
    if close is not None:
        verb = _verb_after(sentence, close, end)
        if verb is None:
            return None
        described = [*repeat(speaker), *sentence[at + 1 : close]]
        return described, [*sentence[:kept], *sentence[close + 1 : verb]], verb
    if kept != comma or not _is_name(speaker):
        return None
    close = clause_close(sentence, at, end, top)
    if close >= end or sentence[close].text != "," or not 0 < close - at <= MAX_SPEAKER_TOKENS:
        return None
    role = sentence[at:close]
    if any(not t.is_word or t.protected for t in role):
        return None
    inner = next((i for i, t in enumerate(role) if t.lower in ("who", "which", "that")), len(role))
    if any(can_be_finite(t.text) and not t.text[:1].isupper() for t in role[:inner]):
        return None
    if any(t.lower in REPORT_VERBS for t in role):
        return None
    if role[0].lower in ("a", "an", "the"):
        verb = _verb_after(sentence, close, end)
        if verb is None or is_plural_noun(speaker[-1].text):
            return None
        present = any(_present(t.text) for t in role[inner:])
        past = is_past_tense(sentence[verb].text) and not present  # "... who studies ..."
        be = inserted("was" if past else "is", role[0])
        described = [*copy_phrase(speaker), be, lower_start(role[0]), *role[1:]]
        return described, [*sentence[:comma], *sentence[close + 1 : verb]], verb
    named = len(role)
    while named > 0 and role[named - 1].text[:1].isupper():
        named -= 1
    if inner != len(role) or named in (0, len(role)) or role[named - 1].lower not in ("of", "at"):
        return None
    relative = _relative_after(sentence, close + 1, end, top)
    if relative is None or sentence[close + 1].lower != "which":
        return None
    verb = _verb_after(sentence, relative, end)
    if verb is None:
        return None
    described = [*copy_phrase(role[named:]), *sentence[close + 2 : relative]]
    return described, [*sentence[: close + 1], *sentence[relative + 1 : verb]], verb


def _split_described(
    sentence: Sentence, lead: int, end: int, final: Token | None, top: list[bool]
) -> Edit | None:
    """ "The company, which hopes to ..., also said X." -> description, "The company also said:", X.

    The description comes first: placed after the claim (where splitting the
    relative clause or appositive on its own would put it) it would read as
    part of what was said.
    """
    found = _described_speaker(sentence, lead, end, top)
    if found is None:
        return None
    described, speaker, verb = found
    claim_at = _claim_start(sentence, verb, end, top)
    if claim_at is None:
        return None
    gap_end, start = claim_at
    if sentence[start].lower in _PRONOUN_SUBJECTS or _lists_verbs(sentence, start, end, top):
        return None
    said = [*speaker, *sentence[verb:gap_end]]
    pieces = (
        make_sentence(described, None),
        make_sentence(said, _colon(said[-1])),
        make_sentence(list(sentence[start:end]), final),
    )
    return split_edit("split-reported", pieces, sentence)


_SAYING_NOUNS = frozenset(
    """statement report filing interview speech letter note briefing announcement overview
    review comments remarks message broadcast submission response reply answer testimony
    evidence court parliament email e-mail blog article column address presentation
    conference documents document survey study research update results forecast""".split()
)
"""Nouns that make a fronted "In ..." phrase the occasion of the saying ("In a statement")."""
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "recent early late mid".split()
)
_CLAIM_FRONTS = frozenset({"in", "overall", "elsewhere"})


def _claim_front(sentence: Sentence, lead: int, verb: int, top: list[bool]) -> int | None:
    """The comma ending a fronted phrase that limits the claim, not the saying, if any.

    "In the North West", "In the first year at least", "Overall", "Elsewhere":
    placed before "X said:" they would read as where or when X spoke. A phrase
    naming the occasion ("In a statement", "In its quarterly review") or a time
    ("In January") stays with the speaker.
    """
    if sentence[lead].lower not in _CLAIM_FRONTS or sentence[lead].protected:
        return None
    comma = next((j for j in range(lead + 1, verb) if top[j] and sentence[j].text == ","), None)
    if comma is None or comma + 1 >= verb:
        return None
    phrase = sentence[lead:comma]
    if any(not t.is_word or t.protected for t in phrase):
        return None
    if sentence[lead].lower == "in":
        second = phrase[1].lower if len(phrase) > 1 else ""
        if second in _MONTHS or second[:1].isdigit():
            return None
        if any(t.lower in _SAYING_NOUNS for t in phrase):
            return None
    elif len(phrase) > 1:
        return None
    return comma


def _reports_again(sentence: Sentence, start: int, end: int, top: list[bool]) -> bool:
    """True if the claim goes on to another report: "A rose and Nationwide reported B"."""
    joined = False
    for j in range(start, end):
        token = sentence[j]
        if not top[j]:
            continue
        if token.lower in ("and", "but", "while", "whereas"):
            joined = True
        elif joined and token.lower in REPORT_VERBS:
            return True
    return False


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
        described = _split_described(sentence, lead, end, final, top)
        if described:
            yield described
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
    if _reports_again(sentence, start, end, top):
        return  # "Halifax said A and Nationwide reported B": B is not Halifax's claim
    claim = list(sentence[start:end])
    gap = list(sentence[verb + 1 : gap_end])
    said = list(sentence[: verb + 1]) + gap  # "X said on Sunday:", "But X told the BBC:"
    front = _claim_front(sentence, lead, verb, top)
    if front is not None:
        # "In the North West, Halifax said prices rose" -> "Halifax said:" /
        # "In the North West, prices rose": the phrase limits the claim, not the saying.
        said = [*sentence[:lead], *sentence[front + 1 : verb + 1], *gap]
        claim = [*sentence[lead : front + 1], *claim]
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


def _only_a_phrase(sentence: Sentence, stop: int, top: list[bool]) -> bool:
    """True if ``sentence[:stop]`` is one fronted phrase, not a claim.

    A phrase opened by a preposition, a subordinator or an -ing form, with no
    comma and no verb but a participle, as in the lead into a quotation "In a
    report published this week for the Video Standards Council, Dr Cumberbatch
    said": split, the phrase would stand alone as if it were what was said.
    """
    first = 1 if sentence[0].lower in _CONNECTIVES else 0
    if first >= stop or any(top[k] and sentence[k].text == "," for k in range(first, stop)):
        return False
    opener = sentence[first].lower
    gerund = opener.endswith("ing") and "VERB" in lemmas(opener)
    if opener not in PREPOSITIONS and opener not in SUBORDINATORS and not gerund:
        return False
    verbs = [t for t in sentence[first:stop] if not t.protected and can_be_finite(t.text)]
    return len(verbs) <= 1 and all(
        t.lower not in FINITE_AUX and is_participle(t.text) for t in verbs
    )


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
    if _only_a_phrase(sentence, comma, top):
        return  # "In a report published this week, Dr Cumberbatch said": a phrase, no claim
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


_KEEPS_COMMA = frozenset(
    "too also however now then so instead meanwhile indeed still yet first finally".split()
)
"""Fronted words whose comma stays when an attribution is lifted out ("Locally, too, ...")."""


def _appositive_follows(sentence: Sentence, b: int, end: int, top: list[bool]) -> bool:
    """True if a verbless phrase between commas follows the attribution ("X, head of Y, is")."""
    nxt = next((k for k in range(b + 1, end) if top[k] and sentence[k].text == ","), None)
    return (
        nxt is not None
        and not has_finite(sentence[b + 1 : nxt])
        and nxt + 1 < end
        and (can_be_finite(sentence[nxt + 1].text))
    )


def split_parenthetical(sentence: Sentence, context: Context) -> Iterator[Edit]:
    """ "A lot of money, he says, has gone." -> "He says:" / "A lot of money has gone.".

    An attribution set between commas inside the claim ("Then, say analysts,
    there is ...", "This, they say, shows ...") breaks the claim in two; Easy
    Read names the speaker first, as for an attribution at either end. The
    comma before the attribution stays after a fronted adverb ("Locally, too,").
    Only an attribution that interrupts the claim before its verb is taken.
    """
    if word_count(sentence) <= LIMIT[context.level]:
        return
    end, final = body_and_final(sentence)
    top = top_level(sentence)
    commas = [k for k in range(1, end - 1) if top[k] and sentence[k].text == ","]
    for a, b in itertools.pairwise(commas):
        attribution = _speaker_phrase(sentence[a + 1 : b])
        if attribution is None:
            continue
        if has_finite(sentence[:a]):
            return  # "Prices will rise, he said, adding ...": the claim was whole already
        if _appositive_follows(sentence, b, end, top):
            return  # "What this means, said X, head of Y, is ...": Y describes the speaker
        before = sentence[a - 1]
        keep = (
            sentence[0].lower in PREPOSITIONS
            or before.lower in _KEEPS_COMMA
            or is_adverb(before)
            or (a == 1 and before.lower.endswith("ly"))
        )  # "By contrast, ...", "Locally, too, ...", but "The net result is ..."
        claim = [*sentence[: a + 1 if keep else a], *sentence[b + 1 : end]]
        if not has_finite(claim) or claim[0].lower in _CONNECTIVES:
            return
        pieces = (make_sentence(attribution, _colon(attribution[-1])), make_sentence(claim, final))
        edit = split_edit("split-attribution", pieces, sentence)
        if edit:
            yield edit
        return
