"""People and bodies in an article: one entity per speaker, however the article names them.

"Mahmoud Abbas", "Mr Abbas" and "Abbas" are one person; "the Office for
National Statistics (ONS)" and "the ONS" one body; "a spokesman for the Trafford
Centre" and "the Trafford Centre spokeswoman" one unnamed speaker. Pronouns go to
the most salient earlier entity that fits them: someone who spoke counts more
than the subject of a sentence, a subject more than a passing mention, and a
nearer mention more than a farther one. Gender comes from titles, pronouns,
gendered role nouns and, failing those, common forenames; casting uses it.
"""

from __future__ import annotations

import difflib
import itertools
import re
from dataclasses import dataclass, field
from typing import Literal

from .forenames import FORENAMES
from .model import Gender, Speaker
from .phrases import Phrase
from .wordlists import (
    BODY_NOUNS,
    FEMALE_ROLES,
    GROUP_NOUNS,
    MALE_ROLES,
    ORG_WORDS,
    PREPOSITIONS,
    ROLE_NOUNS,
    TITLES,
)

EntityKind = Literal["person", "body", "group", "unknown"]

SPEAKER = 3
"""Mention weight of someone named by a speech cue or given a quotation."""
INTRODUCED = 2.9
"""Mention weight of someone first named with who they are ("Brian Gammage, of Gartner,")."""
SUBJECT = 2
"""Mention weight of the subject of a sentence."""
MENTION = 1
"""Mention weight of any other mention."""

_WRITINGS = frozenset(
    "statement report letter study survey analysis website newspaper paper journal magazine".split()
)
"""Bodies that are writings: "the letter added" is not "it added", so it stays as written."""
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})
_WINDOW = 3
_REACH = 400
"""How many mentions back a pronoun looks, whatever the paragraphs (bounds the work)."""
_LEAST = 0.1
_DEFINITE = 2.0
"""Salience a person needs for "the chairman" to be taken as them rather than someone new."""
"""Salience below which a pronoun is left unresolved rather than guessed."""
"""How many paragraphs back a pronoun may reach."""


@dataclass(frozen=True, slots=True)
class Where:
    """A position in the article, with its sentence and paragraph numbers."""

    position: int
    sentence: int
    paragraph: int


@dataclass
class _Entity:
    key: str
    name: str
    kind: EntityKind
    gender: Gender | None = None
    gender_sure: bool = False
    description: str | None = None
    surname: str | None = None
    initials: str | None = None
    aliases: set[str] = field(default_factory=set)


class Registry:
    """The people and bodies of one article, with where and how each was mentioned."""

    def __init__(self) -> None:
        self._entities: dict[str, _Entity] = {}
        self._aliases: dict[str, str] = {}
        self._mentions: list[tuple[Where, str, float]] = []
        self._by_key: dict[str, list[tuple[Where, float]]] = {}
        self._spoke: list[tuple[Where, str]] = []
        self._seen: dict[str, int] = {}

    def note(self, phrase: Phrase, where: Where, weight: float) -> str | None:
        """Record a mention of ``phrase`` at ``where``; return its entity key (None: unresolved)."""
        if phrase.kind == "pronoun":
            key = self._pronoun(phrase.text.lower(), where)
        elif phrase.kind == "relative":
            key = self._relative(where)
        elif phrase.kind == "name":
            known = len(self._entities)
            key = self._name(phrase.text, phrase.description)
            if len(self._entities) > known and phrase.description is not None:
                weight = max(weight, INTRODUCED)  # someone just introduced is the one to follow
        else:
            key = self._unnamed(phrase.text, where)
        if key is not None:
            self.mention(key, where, weight)
            if phrase.alias is not None:
                self._aliases.setdefault(phrase.alias.lower(), key)
        return key

    def mention(self, key: str, where: Where, weight: float) -> None:
        self._mentions.append((where, key, weight))
        self._by_key.setdefault(key, []).append((where, weight))
        self._seen[key] = len(self._mentions)
        if weight >= SPEAKER:
            self._spoke.append((where, key))

    def last_speaker(self, where: Where, paragraphs: int) -> tuple[str, Where] | None:
        """Who spoke last before ``where``, if within ``paragraphs`` paragraphs."""
        for mention_where, key in reversed(self._spoke):
            if mention_where.position >= where.position:
                continue
            if where.paragraph - mention_where.paragraph > paragraphs:
                return None
            return key, mention_where
        return None

    def speakers(self, keys: set[str]) -> dict[str, Speaker]:
        """Speakers for the given entity keys, with ids unique within the article."""
        result: dict[str, Speaker] = {}
        used: set[str] = set()
        for key, entity in self._entities.items():
            if key not in keys:
                continue
            base = speaker_id(entity.name)
            sid, n = base, 2
            while sid in used:
                sid, n = f"{base}-{n}", n + 1
            used.add(sid)
            result[key] = Speaker(sid, entity.name, entity.description, entity.gender)
        return result

    # -- pronouns -------------------------------------------------------------------------

    def _pronoun(self, pronoun: str, where: Where, least: float = _LEAST) -> str | None:
        """The entity ``pronoun`` refers to ("person" for a definite role: "the chairman")."""
        wanted: Gender | None = None
        if pronoun in {"he", "she"}:
            wanted = "male" if pronoun == "he" else "female"
        best: tuple[float, str] | None = None
        seen: set[str] = set()
        for mention_where, key, _ in itertools.islice(reversed(self._mentions), _REACH):
            if mention_where.position >= where.position or key in seen:
                continue
            if where.paragraph - mention_where.paragraph > _WINDOW:
                break
            seen.add(key)
            fit = self._fits(self._entities[key], pronoun, wanted)
            if fit is None:
                continue
            score = self._salience(key, where) * fit
            if best is None or score > best[0]:
                best = (score, key)
        if best is None or best[0] < least:
            return None
        entity = self._entities[best[1]]
        if wanted is not None:
            if entity.kind == "unknown":
                entity.kind = "person"
            if not entity.gender_sure:
                entity.gender, entity.gender_sure = wanted, True
        return best[1]

    def _salience(self, key: str, where: Where) -> float:
        """How present ``key`` is at ``where``: its best mention, less for each sentence back."""
        best = 0.0
        for mention_where, weight in reversed(self._by_key.get(key, [])):
            if mention_where.position >= where.position:
                continue
            sentences = where.sentence - mention_where.sentence
            if 3.0 - 0.35 * sentences <= best:
                break  # every earlier mention is farther away and scores less
            paragraphs = where.paragraph - mention_where.paragraph
            best = max(best, weight - 0.35 * sentences - 0.5 * paragraphs)
        return best

    @staticmethod
    def _fits(entity: _Entity, pronoun: str, wanted: Gender | None) -> float | None:
        """How well ``entity`` fits the pronoun: None for not at all, else a salience factor."""
        if pronoun == "it":
            return 1.0 if entity.kind == "body" else 0.8 if entity.kind == "unknown" else None
        if pronoun == "they":
            return 1.0 if entity.kind in {"group", "body"} else None
        if entity.kind in {"body", "group"}:
            return None
        if wanted is not None and entity.gender is not None and entity.gender != wanted:
            return None if entity.gender_sure else 0.3
        return 1.0 if entity.kind == "person" else 0.3

    def _relative(self, where: Where) -> str | None:
        for mention_where, key, _ in reversed(self._mentions):
            if mention_where.position < where.position:
                return key if mention_where.sentence == where.sentence else None
        return None

    # -- names ----------------------------------------------------------------------------

    def _name(self, text: str, description: str | None) -> str:
        words = text.replace("’", "'").split()
        title = words[0].lower().rstrip(".") if len(words) > 1 else ""
        titled = title in TITLES
        bare = words[1:] if titled else words
        key = " ".join(bare).lower()
        entity = self._lookup(key, bare, titled)
        if entity is None:
            display = text if len(bare) == 1 and titled else " ".join(bare)
            entity = _Entity(key, display, _classify(bare, titled, description))
            if len(bare) > 1 and entity.kind in {"person", "unknown"}:
                entity.surname = bare[-1].lower()
            elif len(bare) == 1 and titled:
                entity.surname = key
            entity.initials = _initials(bare)
            self._entities[key] = entity
        elif len(bare) > 1 and _titled_only(entity.name) and entity.surname == bare[-1].lower():
            entity.name = " ".join(bare)
        elif titled and len(bare) == 1 and entity.name.lower() == key:
            entity.name = text  # "Bush", then "Mr Bush"
        if titled:
            entity.kind = "person"
            gender = TITLES[title]
            if gender in {"male", "female"} and not entity.gender_sure:
                entity.gender = "male" if gender == "male" else "female"
                entity.gender_sure = True
        if entity.gender is None and entity.kind in {"person", "unknown"} and len(bare) > 1:
            entity.gender = FORENAMES.get(bare[0].lower())
        if description and entity.description is None:
            entity.description = description
            if entity.kind == "unknown" and _personal(description):
                entity.kind = "person"
        return entity.key

    def _lookup(self, key: str, bare: list[str], titled: bool) -> _Entity | None:
        if key in self._entities:
            return self._entities[key]
        if key in self._aliases:
            return self._entities[self._aliases[key]]
        if not bare:
            return None
        last = bare[-1].lower()
        if len(bare) == 1 and not titled:
            for entity in self._recent():
                if entity.initials == bare[0] or (
                    entity.kind != "person" and entity.key.split()[-1] == key
                ):
                    return entity
        if len(bare) == 1 or titled:
            for entity in self._recent():
                if entity.surname is not None and _same_surname(entity.surname, last):
                    return entity
        return None

    def _recent(self) -> list[_Entity]:
        """Entities, the most recently mentioned first."""
        return sorted(self._entities.values(), key=lambda e: -self._seen.get(e.key, 0))

    # -- unnamed speakers -----------------------------------------------------------------

    def _unnamed(self, text: str, where: Where) -> str | None:
        words = re.findall(r"[\w'’\-&]+", text)
        low = [w.lower() for w in words]
        low_rest = low[1:] if low and low[0] in {"a", "an", "the"} else low
        role = _head_noun(words)
        definite = (
            len(low) == 2 and low[0] == "the" and role in (BODY_NOUNS | GROUP_NOUNS) - _WRITINGS
        )
        if definite:
            found = self._pronoun("it" if role in BODY_NOUNS else "they", where)
            if found is not None:
                return found
        if low[:1] == ["the"] and role in _SPOKES and not any(w[:1].isupper() for w in words[1:]):
            for _, key, _ in itertools.islice(reversed(self._mentions), _REACH):
                if key.startswith("spokesperson|"):
                    return key  # "the spokesman": the one already quoted
        elif low[:1] == ["the"] and role in ROLE_NOUNS - BODY_NOUNS - GROUP_NOUNS:
            found = self._pronoun("person", where, least=_DEFINITE)
            if found is not None:
                return found  # "the veteran game maker", "the Russian president"
        if role in _SPOKES:
            body = [w for w in words if w[:1].isupper() and w.lower() not in {"a", "an", "the"}]
            body = [w for w in body if not w.endswith(("'s", "’s"))]
            key = "spokesperson|" + " ".join(body).lower()
        else:
            key = " ".join(low_rest)
        entity = self._entities.get(key)
        if entity is None:
            kind: EntityKind = (
                "group" if role in GROUP_NOUNS else "body" if role in BODY_NOUNS else "person"
            )
            entity = _Entity(key, text, kind)
            if role in MALE_ROLES:
                entity.gender = "male"
            elif role in FEMALE_ROLES:
                entity.gender = "female"
            self._entities[key] = entity
        return key


def _head_noun(words: list[str]) -> str:
    """The role an unnamed speaker is named by: "spokesman" in "a Ministry of Justice spokesman"
    and in "a spokesman for the supporters club"."""
    head = ""
    for word in words:
        if word in PREPOSITIONS and head:
            break
        if word in ROLE_NOUNS:
            head = word  # lower case: capitalised words belong to a name
    if head:
        return head
    return next(
        (w.lower() for w in words if w.lower() in ROLE_NOUNS), words[-1].lower() if words else ""
    )


def speaker_id(name: str) -> str:
    """A stable id from the name, so the same person gets the same voice across a batch."""
    words = name.split()
    if len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    slug = re.sub(r"[^a-z0-9]+", "-", " ".join(words).lower()).strip("-")
    return slug or "speaker"


def _classify(bare: list[str], titled: bool, description: str | None) -> EntityKind:
    low = [w.lower().strip(".,") for w in bare]
    if titled:
        return "person"
    if any(w in ORG_WORDS for w in low) or any(w in PREPOSITIONS for w in low):
        return "body"
    if len(bare) == 1:
        return "body" if bare[0].isupper() or any(c.isdigit() for c in bare[0]) else "unknown"
    if low[0] in FORENAMES or (description is not None and _personal(description)):
        return "person"
    return "unknown"  # a pronoun or a title will tell


def _titled_only(name: str) -> bool:
    words = name.split()
    return len(words) == 2 and words[0].lower().rstrip(".") in TITLES


def _personal(description: str) -> bool:
    words = {w.lower().strip(".,'’") for w in description.split()}
    return bool(words & (ROLE_NOUNS - BODY_NOUNS - GROUP_NOUNS))


def _initials(bare: list[str]) -> str | None:
    caps = [w for w in bare if w[:1].isupper()]
    return "".join(w[0] for w in caps) if len(caps) >= 2 else None


def _same_surname(known: str, other: str) -> bool:
    """Same surname, allowing a misspelling of a long one ("Illarionov", "Iliaronov")."""
    if known == other:
        return True
    if len(known) < 6 or known[0] != other[:1]:
        return False
    return difflib.SequenceMatcher(None, known, other).ratio() >= 0.8
