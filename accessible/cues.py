"""Speech cues: the verbs that say someone is speaking, and the speaker each one names.

Cues are read from the narration only: the quoted words are masked out first,
so nothing a speaker says is taken for a cue. A cue comes in either order:
subject first ("Mr Abbas said", "A spokesman told the BBC:") or inverted
("said Mr Blair", "according to analysts"), in any tense. Cues that stand
alone in the narration ("Mr Dein said that ...") matter too: they tell who is
speaking when the next quotation has no cue of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from . import phrases, wordlists
from .phrases import Phrase

Strength = Literal["strong", "weak", "fragment"]

_STRONG = """say says said saying tell tells told telling add adds added adding warn warns warned
warning insist insists insisted insisting explain explains explained explaining argue argues
argued arguing claim claims claimed claiming state states stated note notes noted comment
comments commented continue continues continued admit admits admitted ask asks asked reply
replies replied write writes wrote writing announce announces announced declare declares
declared stress stresses stressed suggest suggests suggested predict predicts predicted
acknowledge acknowledges acknowledged concede concedes conceded confirm confirms confirmed deny
denies denied urge urges urged caution cautions cautioned observe observes observed remark
remarks remarked recall recalls recalled reveal reveals revealed respond responds responded
maintain maintains maintained agree agrees agreed complain complains complained promise
promises promised vow vows vowed boast boasts boasted joke jokes joked conclude concludes
concluded emphasise emphasises emphasised emphasize emphasizes emphasized assert asserts
asserted contend contends contended allege alleges alleged testify testifies testified counter
counters countered retort retorts retorted quip quips quipped exclaim exclaims exclaimed shout
shouts shouted whisper whispers whispered tweet tweets tweeted blogged mention mentions
mentioned advise advises advised plead pleads pleaded demand demands demanded lament laments
lamented disclose discloses disclosed speculate speculates speculated muse muses mused""".split()
_WEAK = """read reads smile smiles smiled laugh laughs laughed sigh sighs sighed grin grins
grinned believe believes believed think thinks thought feel feels felt hope hopes hoped expect
expects expected reckon reckons reckoned fear fears feared estimate estimates estimated forecast
forecasts""".split()
_FRAGMENT = """call calls called describe describes described dub dubs dubbed label labels labelled
labeled brand brands branded term terms termed praise praises praised welcome welcomes welcomed
condemn condemns condemned criticise criticises criticised criticize criticizes criticized attack
attacks attacked accuse accuses accused hail hails hailed dismiss dismisses dismissed slam slams
slammed blame blames blamed define defines defined""".split()
_MULTI = ("pointed out", "points out", "point out", "went on", "goes on", "quoted as saying")
_STRENGTH: dict[str, Strength] = {
    **{w: "fragment" for w in _FRAGMENT},
    **{w: "weak" for w in _WEAK},
    **{w: "strong" for w in (*_STRONG, *_MULTI)},
}
_OBJECT_VERBS = frozenset({"tell", "tells", "told", "telling", "ask", "asks", "asked"})
_NOUN_LIKE = frozenset(
    """say states state notes note claims claim comments comment remarks remark estimates
    estimate promises promise jokes joke fears fear hopes hope reports counters counter demands
    demand laments calls call terms term brands brand labels label attacks attack welcomes
    welcome blames blame forecast forecasts tweets tweet replies reply stress thought""".split()
)
"""Verb forms that are also nouns ("false claims"): cues only right after a speaker."""
_PASSIVE = frozenset("was were is are been being be get gets got when if as than".split())
_VERB = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _STRENGTH), key=len, reverse=True)) + r")\b"
    r"|\b(?:Said|Says|Added|Asked|Writes|Wrote)\b|\b[Aa]ccording to\b"
)
_REACH = 400
"""How many characters around a verb its speaker is looked for in (bounds the work)."""
_STOP = re.compile(r"[\ue000:;\"“”]")
_QUOTED = re.compile(
    r"\b(?:quoted|quotes|quoting|reported|reports|cited|cites)\s+"
    r"(?P<who>[^\ue000.;:\"“”]{2,80}?)\s+as\s+saying\b"
)
"""'The newspaper quoted the executive as saying': the one quoted is the speaker."""
_CLAUSE_WORDS = frozenset(
    """that because although though while whereas but and so if when after before since as
    where than""".split()
)
_FOLLOWS = re.compile(
    r"\s*[,:]?\s*(?:(?:he|she|they|it|the\s+[a-z]+|(?:[A-Z][\w'’.\-]*\s+){1,4})"
    r"\s*(?:also\s+|has\s+|had\s+)?(?:said|says|added|adds|told|tells|insisted|explained|"
    r"continued|wrote|writes|warned|argued|claimed)\b|(?:said|says|added|adds|explained|"
    r"insisted|continued|wrote|writes)\s+(?:[A-Z]|the\b|he\b|she\b|one\b|a\b))"
)


@dataclass(frozen=True, slots=True)
class Cue:
    """One speech verb and the speaker it names.

    ``lead`` is where the cue's words begin (the subject, or the verb when
    inverted) and ``tail`` where they end (the verb, or the inverted subject), so
    a quotation can tell whether the cue touches it.
    """

    verb: str
    verb_start: int
    verb_end: int
    subject: Phrase
    inverted: bool
    lead: int
    tail: int
    strength: Strength


SPEAKING_VERBS = frozenset(
    w
    for w, s in _STRENGTH.items()
    if s != "fragment"
    and " " not in w
    and (w.endswith(("ed", "ing")) or (w.endswith("s") and not w.endswith("ss")))
) | frozenset("said told wrote thought felt say tell add explain warn argue continue".split())
"""Verb forms that introduce what someone says, strong ("said") or weak ("smiles").

Plain forms are left out but for the commonest ("analysts say"): "observe",
"state" or "note" are far more often other words ("firms must observe the rules")."""


def follows_cue(text: str, position: int) -> bool:
    """Whether a speech cue starts at ``position`` ('," he said' after a closing mark)."""
    return _FOLLOWS.match(text, position, min(len(text), position + 80)) is not None


def find_cues(masked: str, sentences: list[tuple[int, int]]) -> list[Cue]:
    """Every speech cue in the given sentences of ``masked`` (quotes already blanked out)."""
    found: list[Cue] = []
    for start, end in sentences:
        for match in _VERB.finditer(masked, start, end):
            cue = _cue(masked, start, end, match)
            if cue is not None:
                found.append(cue)
        for match in _QUOTED.finditer(masked, start, end):
            subject = phrases.head(phrases.tokens(masked, *match.span("who")), masked)
            if subject is not None and subject.kind in {"name", "unnamed"}:
                a, b = match.span()
                found.append(Cue("quoted as saying", a, b, subject, True, a, b, "strong"))
    return sorted(found, key=lambda c: c.lead)


def _previous_word(masked: str, start: int, position: int) -> str:
    words = re.findall(r"[\w'’]+|[^\w\s]", masked[max(start, position - 40) : position])
    return words[-1] if words else ""


def _cue(masked: str, start: int, end: int, match: re.Match[str]) -> Cue | None:
    verb = match.group().lower()
    a, b = match.start(), match.end()
    previous = _previous_word(masked, start, a)
    low = previous.lower()
    if verb.startswith("according"):
        found = phrases.subject_after(masked, b, _limit(masked, b, end))
        if found is None:
            return None
        return Cue("according to", a, b, found[0], True, a, found[1], "strong")
    if verb == "quoted as saying":
        low = ""  # "X was quoted as saying" is the one passive that names the speaker
    if low in _PASSIVE or low in wordlists.DETERMINERS or low in wordlists.PREPOSITIONS:
        return None
    if low.endswith(("'s", "’s")):
        return None
    strength = _STRENGTH.get(verb, "strong")
    boundary = not previous or previous in {",", '"', "”", ":", ";"} or phrases.FILL in previous
    if verb in _NOUN_LIKE and not (_subject_like(previous) or boundary):
        return None
    if verb not in _OBJECT_VERBS and low not in wordlists.PRONOUNS:
        inverted = phrases.subject_after(masked, b, _limit(masked, b, end))
        if inverted is not None:
            return Cue(verb, a, b, inverted[0], True, a, inverted[1], strength)
    if verb.endswith("ing"):
        subject = leading_subject(masked, start, a)
        lead = a
    else:
        lead = _clause_start(masked, start, a)
        subject = phrases.subject_before(masked, lead, a)
        if subject is None and masked[lead:a].strip() == "":
            subject = leading_subject(masked, start, a)
    if subject is None:
        return None
    return Cue(verb, a, b, subject, False, lead, b, strength)


def _subject_like(word: str) -> bool:
    return (
        word[:1].isupper()
        or word.lower() in wordlists.PRONOUNS
        or word.lower() in wordlists.ROLE_NOUNS
        or word.lower() in {"also", "who", "which", "they", "we", "to", "not"}
        or word.lower() in {"will", "would", "can", "could", "may", "might", "should", "did"}
    )


def _limit(masked: str, position: int, end: int) -> int:
    """Where the words after an inverted verb stop: a quote, a colon or the sentence end."""
    end = min(end, position + _REACH)
    found = _STOP.search(masked, position, end)
    return found.start() if found else end


def _clause_start(masked: str, start: int, verb: int) -> int:
    """The start of the clause whose verb is at ``verb``.

    Clauses begin at the sentence start, after a quotation, a colon or semicolon,
    or after a joining word ("that", "but", "and" - except inside a name such as
    "Payment and Clearing Services").
    """
    toks = phrases.tokens(masked, max(start, verb - _REACH), verb)
    runs = phrases.name_runs(toks)
    last = len(toks) - 1
    if toks and toks[-1].text in {",", ")", "-", "–", "—"}:
        # "Jacques Barrot, vice president ... and Commissioner for Transport, said":
        # the joining words of a description between commas do not start a clause.
        closing = {")": "("}.get(toks[-1].text, toks[-1].text)
        last = next((i for i in range(last - 1, -1, -1) if toks[i].text == closing), last)
    for index in range(last, -1, -1):
        tok = toks[index]
        if tok.text.startswith("\ue000") or tok.text in {":", ";"}:
            return _after_marks(masked, tok.end, verb)
        joining = tok.low in _CLAUSE_WORDS and tok.text.islower()
        if joining and not any(a < index < b for a, b in runs):
            return tok.end
        if len(toks) - index > 30:
            return tok.start
    return start


def _after_marks(masked: str, position: int, limit: int) -> int:
    while position < limit and masked[position] in "\"“”'’‘»«,.?!: ":
        position += 1
    return position


def leading_subject(masked: str, start: int, end: int) -> Phrase | None:
    """The subject of the sentence's first clause, for "X praised it but said ..."."""
    parts = phrases.chunks(phrases.tokens(masked, start, min(end, start + _REACH)))
    for index, (toks, bracket) in enumerate(parts):
        kind = phrases.chunk_kind(toks, bracket, False)
        if kind == "adverbial" and index + 1 < len(parts):
            continue
        found = phrases.head(toks, masked)
        if found is None or found.kind == "relative":
            return None
        if found.kind == "unnamed" and index + 1 < len(parts) and not parts[index + 1][1]:
            # "Computer specialist at the IAEA, Peter Smith, would like": the name is the subject.
            nxt = parts[index + 1][0]
            if phrases.only_name(nxt):
                named = phrases.head(nxt, masked)
                if named is not None and named.kind == "name":
                    return Phrase(named.text, named.start, "name", found.text)
        if found.kind == "name" and found.description is None and index + 1 < len(parts):
            nxt, nxt_bracket = parts[index + 1]
            if phrases.only_name(toks) and not nxt_bracket and phrases.describes(nxt):
                text = masked[nxt[0].start : nxt[-1].end]
                return Phrase(found.text, found.start, found.kind, text)
        return found
    return None
