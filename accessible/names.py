"""People and bodies in an article: speech cues, name mentions and pronoun resolution.

Kept apart from quote finding because the same knowledge serves casting
(gender from pronouns) and later the Easy Read rewrite (who is who).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .model import Gender, Speaker

if TYPE_CHECKING:
    from .model import Article

TITLES = {
    "mr": "male", "mrs": "female", "ms": "female", "miss": "female", "sir": "male",
    "lord": "male", "lady": "female", "dame": "female", "dr": None, "prof": None,
    "professor": None, "president": None, "judge": None, "rev": None, "father": "male",
    "sister": "female", "king": "male", "queen": "female", "prince": "male", "princess": "female",
}  # fmt: skip
PRONOUN_GENDER: dict[str, Gender | None] = {"he": "male", "she": "female"}

_VERBS = (
    "said|says|say|told|tells|tell|added|adds|warned|warns|insisted|insists|explained|explains|"
    "argued|argues|claimed|claims|stated|states|noted|notes|commented|comments|continued|"
    "continues|admitted|admits|asked|asks|replied|replies|wrote|writes|announced|announces|"
    "declared|declares|stressed|stresses|suggested|suggests|predicted|predicts|believes|"
    "believed|thinks|thought|acknowledged|acknowledges|conceded|concedes|confirmed|confirms|"
    "denied|denies|estimated|estimates|urged|urges|cautioned|cautions|observed|observes|"
    "remarked|remarks|recalled|recalls|revealed|reveals|responded|responds|maintained|"
    "maintains|agreed|agrees|pointed out|points out|went on|goes on|complained|complains|"
    "predicted|promised|promises|vowed|vows|boasted|boasts|joked|jokes|concluded|concludes|"
    "emphasised|emphasized|emphasises|emphasizes|reckons|reckoned|feels|felt|hopes|hoped|"
    "expects|expected|had said|has said|would say|will say|is quoted as saying|was quoted as saying"
)
_ROLES = (
    "spokesman|spokeswoman|spokesperson|spokespeople|source|sources|official|officials|"
    "analyst|analysts|expert|experts|critic|critics|executive|executives|director|manager|"
    "minister|secretary|chairman|chairwoman|chief|boss|founder|president|head|leader|"
    "economist|economists|researcher|researchers|statement|report|firm|company|group|bank|"
    "government|ministry|department|police|insider|insiders|observer|observers|"
    "campaigners|campaigner|activists|activist|lawyer|lawyers|investor|investors|trader|"
    "traders|union|regulator|watchdog|commission|committee|study|survey|analysis|"
    "representative|member|members|consumers|customers|users|fans|residents|witnesses|"
    "witness|doctor|doctors|scientist|scientists|officer|officers|aide|aides|adviser|advisers"
)
_CAP = r"[A-Z][\w'’.\-]*[\w]"
_PARTICLE = r"(?:de|van|der|von|al|bin|la|le|du|da|di|del|dos|ter|ten)"
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Lord|Lady|Dame|Rev|Father|Judge)\.?\s+)"
NAME = rf"{_TITLE}?{_CAP}(?:\s+(?:{_CAP}|{_PARTICLE}(?=\s+[A-Z])))*"
_DET = r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ss]ome|[Mm]any|[Oo]ther|[Ss]everal)"
_UNNAMED = rf"{_DET}\s+(?:[\w'’\-]+\s+){{0,6}}?(?:{_ROLES})\b"
_COLLECTIVE = (
    r"(?:critics|analysts|experts|officials|campaigners|economists|observers|insiders|sources)"
)
SPEAKER = rf"(?:[Hh]e|[Ss]he|[Tt]hey|{_UNNAMED}|{_COLLECTIVE}|{NAME})"
_APPOSITIVE = r"(?:,\s*[^,\"“”]{1,90},)?"
_ADVERB = r"(?:(?:also|later|then|previously|once|recently|further|simply|has|had|have|was|is)\s+)?"

_AFTER_VERB_FIRST = re.compile(rf"^\W{{0,3}}\s*(?:{_VERBS})\s+(?P<who>{SPEAKER})")
_AFTER_SUBJECT_FIRST = re.compile(
    rf"^\W{{0,3}}\s*(?P<who>{SPEAKER}){_APPOSITIVE}\s+{_ADVERB}(?:{_VERBS})\b"
)
_BEFORE = re.compile(
    rf"(?P<who>{SPEAKER}){_APPOSITIVE}\s+{_ADVERB}(?:{_VERBS})\b[^\"“”:.]{{0,80}}?[:,]?\s*(?:that\s*)?$"
)
_ACCORDING = re.compile(rf"[Aa]ccording to (?P<who>{SPEAKER}),?\s*$")
_ANYWHERE = re.compile(rf"(?P<who>{SPEAKER}){_APPOSITIVE}\s+{_ADVERB}(?:{_VERBS})\b")
_ANYWHERE_VERB_FIRST = re.compile(rf"(?:{_VERBS})\s+(?P<who>{SPEAKER})")

_ORG_WORDS = set(
    """foundation ministry department ltd inc plc group bank council association news corp
    company office agency commission party union university institute committee authority
    service services court government club league board trust times post journal fund
    reuters bbc itv sky network industries holdings partners international systems""".split()
)
_NOT_NAMES = set(
    """the a an it this that these those there but and so yet in on at for if when while after
    before as his her their its our my some many most all one two three however meanwhile
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)
_MALE_ROLES = {"spokesman", "chairman", "businessman", "congressman", "policeman", "salesman"}
_SPEECH_NOUN = re.compile(rf"^{_DET}\s+", re.ASCII)


def cue_after(after: str) -> tuple[str, int] | None:
    """A speech cue right after a quote: '..., said Mr Blair' or '..., he said'."""
    for pattern in (_AFTER_VERB_FIRST, _AFTER_SUBJECT_FIRST):
        match = pattern.match(after)
        if match and _plausible(match.group("who")):
            return match.group("who"), match.start("who")
    return None


def cue_before(before: str) -> tuple[str, int] | None:
    """A speech cue leading into a quote: 'Mr Abbas said:' or 'According to analysts,'."""
    for pattern in (_ACCORDING, _BEFORE):
        for match in pattern.finditer(before):
            if _plausible(match.group("who")):
                return match.group("who"), match.start("who")
    return None


def cue_anywhere(sentence: str) -> tuple[str, int] | None:
    """A speech cue anywhere in the narration of a sentence (for quoted fragments)."""
    for pattern in (_ANYWHERE, _ANYWHERE_VERB_FIRST):
        match = pattern.search(sentence)
        if match and _plausible(match.group("who")):
            return match.group("who"), match.start("who")
    return None


def _plausible(who: str) -> bool:
    first = who.split()[0].lower().rstrip(".")
    if who.lower() in {"he", "she", "they"}:
        return True
    if _SPEECH_NOUN.match(who) or who.lower() in _COLLECTIVE:
        return True
    return first not in _NOT_NAMES


@dataclass
class _Entity:
    key: str
    name: str
    person: bool
    gender: Gender | None = None
    description: str | None = None
    surnames: set[str] = field(default_factory=set)


class Registry:
    """The people and bodies of one article, with where each was last mentioned."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._entities: dict[str, _Entity] = {}
        self._mentions: list[tuple[int, str]] = []

    def scan_mentions(self, article: Article, quotes: list[Span]) -> None:
        """Record every name in the narration, with any appositive description."""
        pattern = re.compile(rf"(?P<who>{NAME})(?:,\s*(?P<desc>[^,\"“”.]{{3,90}}),)?")
        for paragraph in article.paragraphs:
            start, end = paragraph.span.start, paragraph.span.end
            for match in pattern.finditer(self._text, start, end):
                if any(q.start <= match.start() < q.end for q in quotes):
                    continue
                who = match.group("who")
                if not _plausible(who) or not _is_person(who):
                    continue
                key = self.add(who, match.start())
                desc = match.group("desc")
                entity = self._entities[key]
                if desc and entity.description is None and _is_description(desc):
                    entity.description = desc.strip()

    def add(self, phrase: str, position: int) -> str:
        """Register a mention of ``phrase`` and return its entity key."""
        name, gender = _normalise(phrase)
        person = _is_person(phrase)
        bare = _strip_title(name)
        key = bare.lower()
        tokens = bare.split()
        match = self._entities.get(key)
        if match is None and person:
            surname = tokens[-1].lower() if tokens else key
            candidates = [e for e in self._entities.values() if surname in e.surnames and e.person]
            if len(tokens) == 1 and len(candidates) == 1:
                match = candidates[0]
        if match is None:
            display = name if len(tokens) == 1 and person else bare
            match = _Entity(key, display, person, gender)
            if person and tokens:
                match.surnames.add(tokens[-1].lower())
            self._entities[key] = match
        elif gender and match.gender is None:
            match.gender = gender
        self._mentions.append((position, match.key))
        return match.key

    def mention(self, key: str, position: int) -> None:
        self._mentions.append((position, key))

    def set_gender(self, key: str, gender: Gender | None) -> None:
        entity = self._entities.get(key)
        if entity is not None and entity.gender is None and gender is not None:
            entity.gender = gender

    def latest_person(self, position: int, gender: Gender | None) -> str | None:
        """The most recently mentioned person before ``position`` who fits the pronoun."""
        for pos, key in sorted(self._mentions, reverse=True):
            if pos >= position:
                continue
            entity = self._entities[key]
            if entity.person and (entity.gender in (None, gender) or gender is None):
                return key
        return None

    def speakers(self, keys: set[str]) -> dict[str, Speaker]:
        return {
            key: Speaker(
                id=speaker_id(e.name),
                name=e.name,
                description=e.description,
                gender=e.gender,
            )
            for key, e in self._entities.items()
            if key in keys
        }


def speaker_id(name: str) -> str:
    """A stable id from the name, so the same person gets the same voice across a batch."""
    slug = re.sub(r"[^a-z0-9]+", "-", _strip_title(name).lower()).strip("-")
    return slug or "speaker"


def _normalise(phrase: str) -> tuple[str, Gender | None]:
    words = phrase.strip().split()
    gender: Gender | None = None
    if words and words[0].lower().rstrip(".") in TITLES:
        value = TITLES[words[0].lower().rstrip(".")]
        gender = "male" if value == "male" else "female" if value == "female" else None
    if words and re.fullmatch(_DET, words[0]) and len(words) > 1:
        words = words[1:]
    if gender is None and words:
        role = words[-1].lower()
        if role.endswith(("man", "men")) and not role.endswith(("woman", "women")):
            gender = "male" if role in _MALE_ROLES else None
        elif role.endswith(("woman", "women")):
            gender = "female"
    return " ".join(words), gender


def _strip_title(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def _is_person(phrase: str) -> bool:
    words = phrase.split()
    if not words or phrase.lower() in {"he", "she", "they"}:
        return False
    if words[0].lower().rstrip(".") in TITLES:
        return True
    if re.match(_DET, words[0]) or words[0].lower() in _COLLECTIVE:
        return False
    if any(w.lower().strip(".,") in _ORG_WORDS for w in words):
        return False
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() or re.fullmatch(_PARTICLE, w) for w in words
    )


def _is_description(desc: str) -> bool:
    first = desc.strip().split()[0] if desc.strip() else ""
    return bool(first) and (first[:1].islower() or first.endswith(("'s", "’s")))


if TYPE_CHECKING:
    from .model import Span
