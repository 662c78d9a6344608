"""The quotes sidecar: who says what, as a file a person can correct.

``render`` writes ``<stem>.quotes.json`` beside its outputs: every quote with its
id, text, kind and speaker, and every speaker with name, gender, description and
voice. A user fixes what the machine got wrong (a name, a gender, a speaker that
should be nobody) and renders again; the corrections are applied on top of the
fresh analysis. Quotes are matched by their text, not their offsets, so the
corrections survive small edits to the article: first exact (ignoring case,
spacing and the style of quotation marks and apostrophes), then the most
similar remaining quote. A corrected quote that no longer matches a detected
one but still appears word for word in the article is added back as a quote.

Format (``"format": "accessible.quotes/1"``)::

    {"format": "accessible.quotes/1", "source": "article.txt",
     "speakers": [{"id": "ghaffar-hussain", "name": "Ghaffar Hussain",
                   "gender": "male", "description": "...", "voice": "gmw/en"}],
     "quotes": [{"id": "q1", "text": "...", "kind": "direct",
                 "speaker": "ghaffar-hussain", "confidence": 0.8, "voice": "gmw/en"}]}

Editable: a speaker's ``name``, ``gender`` (``"male"``, ``"female"`` or null)
and ``description``; a speaker's ``voice`` (an engine voice id, e.g. from
``accessible voices``; it is used as written); a quote's ``speaker`` (a speaker
id, a new name, or null for the narrator) and ``kind``. New speakers may be
added with an id of their own. A quote's ``voice`` and ``confidence`` are for
reading only.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .model import Article, Gender, Quote, QuoteKind, Span, Speaker
from .names import speaker_id

FORMAT = "accessible.quotes/1"
_SIMILAR = 0.75
"""How alike (0-1) an edited quote must still be to its corrected text to keep the correction."""
_MARKS = str.maketrans({c: "'" for c in "‘’‹›`"} | {c: '"' for c in "“”„«»"})


@dataclass(frozen=True, slots=True)
class SpeakerFix:
    id: str
    name: str
    gender: Gender | None
    description: str | None
    voice: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteFix:
    text: str
    speaker: str | None
    kind: QuoteKind


@dataclass(frozen=True, slots=True)
class Corrections:
    """A loaded sidecar: the speakers and quotes as the user left them."""

    path: str
    speakers: tuple[SpeakerFix, ...]
    quotes: tuple[QuoteFix, ...]

    def voices(self) -> dict[str, str]:
        """Speaker id → the engine voice the sidecar gives them."""
        return {s.id: s.voice for s in self.speakers if s.voice}


def sidecar(article: Article, voices: dict[str, str]) -> dict[str, Any]:
    """The sidecar for ``article``; ``voices`` maps speaker ids to the voice each was cast."""
    text = article.text
    return {
        "format": FORMAT,
        "source": article.source.path,
        "speakers": [
            {
                "id": s.id,
                "name": s.name,
                "gender": s.gender,
                "description": s.description,
                "voice": voices.get(s.id),
            }
            for s in article.speakers
        ],
        "quotes": [
            {
                "id": q.id,
                "text": q.span.of(text),
                "kind": q.kind,
                "speaker": q.speaker,
                "confidence": q.confidence,
                "voice": voices.get(q.speaker) if q.speaker else None,
            }
            for q in article.quotes
        ],
    }


def load_corrections(path: str | Path) -> Corrections:
    """Read a sidecar; raise :class:`ConfigError` naming the file if it is not a valid one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _invalid(path, f"not readable JSON: {exc}") from None
    try:
        return _corrections(str(path), data)
    except (KeyError, TypeError, ValueError) as exc:
        raise _invalid(path, str(exc).strip("'\"")) from None


def _invalid(path: str | Path, problem: str) -> ConfigError:
    return ConfigError(
        f"{path}: invalid quotes file ({problem}); fix it, or delete it to start from the "
        "automatic attribution"
    )


def _corrections(path: str, data: object) -> Corrections:
    if not isinstance(data, dict):
        raise ValueError("the top level must be an object")
    if data.get("format", FORMAT) != FORMAT:
        raise ValueError(f"format must be {FORMAT!r}")
    speakers = tuple(_speaker(i, s) for i, s in enumerate(_list(data, "speakers")))
    quotes = tuple(_quote(i, q) for i, q in enumerate(_list(data, "quotes")))
    return Corrections(path, speakers, quotes)


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ValueError(f'"{key}" must be a list')
    return value


def _speaker(index: int, item: object) -> SpeakerFix:
    where = f"speaker {index + 1}"
    if not isinstance(item, dict):
        raise ValueError(f"{where} must be an object")
    sid, name = item.get("id"), item.get("name")
    if not isinstance(sid, str) or not sid:
        raise ValueError(f'{where} needs an "id" string')
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f'{where} needs a "name" string')
    gender = item.get("gender")
    if gender not in ("male", "female", None):
        raise ValueError(f'{where}: "gender" must be "male", "female" or null')
    description = item.get("description")
    if description is not None and not isinstance(description, str):
        raise ValueError(f'{where}: "description" must be a string or null')
    voice = item.get("voice")
    if voice is not None and (not isinstance(voice, str) or not voice.strip()):
        raise ValueError(f'{where}: "voice" must be an engine voice id or null')
    return SpeakerFix(sid, name.strip(), gender, description, voice.strip() if voice else None)


def _quote(index: int, item: object) -> QuoteFix:
    where = f"quote {index + 1}"
    if not isinstance(item, dict):
        raise ValueError(f"{where} must be an object")
    text, speaker, kind = item.get("text"), item.get("speaker"), item.get("kind", "direct")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f'{where} needs a "text" string')
    if speaker is not None and (not isinstance(speaker, str) or not speaker.strip()):
        raise ValueError(f'{where}: "speaker" must be a speaker id, a name or null')
    if kind not in ("direct", "fragment"):
        raise ValueError(f'{where}: "kind" must be "direct" or "fragment"')
    return QuoteFix(text, speaker.strip() if speaker else None, kind)


def apply_corrections(article: Article, corrections: Corrections) -> Article:
    """``article`` with the user's speakers and quote attributions applied on top."""
    speakers = {s.id: s for s in article.speakers}
    for person in corrections.speakers:
        speakers[person.id] = Speaker(person.id, person.name, person.description, person.gender)
    quotes = list(article.quotes)
    matches = _match(article, quotes, corrections.quotes)
    for fix, index in zip(corrections.quotes, matches, strict=True):
        if index is None:
            span = _find(article, quotes, fix.text)
            if span is None:
                continue  # the quoted words are gone from the article
            quotes.append(Quote("", span, None, 1.0, fix.kind))
            index = len(quotes) - 1
        target = _speaker_for(fix.speaker, speakers)
        quotes[index] = replace(quotes[index], speaker=target, confidence=1.0, kind=fix.kind)
    quotes.sort(key=lambda q: q.span.start)
    renumbered = tuple(replace(q, id=f"q{n}") for n, q in enumerate(quotes, start=1))
    used = dict.fromkeys(q.speaker for q in renumbered if q.speaker is not None)
    return article.with_quotes(renumbered, tuple(speakers[sid] for sid in used))


def _speaker_for(value: str | None, speakers: dict[str, Speaker]) -> str | None:
    """A speaker id for a sidecar value: an id, the name of a known speaker, or a new name."""
    if value is None or value in speakers:
        return value
    for speaker in speakers.values():
        if speaker.name.casefold() == value.casefold():
            return speaker.id
    sid = base = speaker_id(value)
    n = 2
    while sid in speakers:
        sid, n = f"{base}-{n}", n + 1
    speakers[sid] = Speaker(sid, value)
    return sid


def _normal(text: str) -> str:
    return " ".join(text.translate(_MARKS).casefold().split()).strip(" .,;:!?'\"")


def _match(article: Article, quotes: list[Quote], fixes: tuple[QuoteFix, ...]) -> list[int | None]:
    """For each fix, the index of the quote it corrects: same text first, then most similar."""
    texts = [_normal(q.span.of(article.text)) for q in quotes]
    taken: set[int] = set()
    result: list[int | None] = []
    for fix in fixes:
        wanted = _normal(fix.text)
        found = next((i for i, t in enumerate(texts) if t == wanted and i not in taken), None)
        if found is not None:
            taken.add(found)
        result.append(found)
    for number, fix in enumerate(fixes):
        if result[number] is not None:
            continue
        wanted = _normal(fix.text)
        best, best_ratio = None, _SIMILAR
        for i, text in enumerate(texts):
            if i in taken:
                continue
            matcher = difflib.SequenceMatcher(None, wanted, text, autojunk=False)
            if matcher.real_quick_ratio() >= best_ratio and matcher.ratio() >= best_ratio:
                best, best_ratio = i, matcher.ratio()
        if best is not None:
            taken.add(best)
            result[number] = best
    return result


def _find(article: Article, quotes: list[Quote], text: str) -> Span | None:
    """Where ``text`` stands in the article, outside every quote, within one paragraph."""
    words = [re.escape(w) for w in text.translate(_MARKS).split()]
    if not words:
        return None
    pattern = re.compile(r"\s+".join(words).replace("'", "['‘’]").replace('"', '["“”]'))
    for paragraph in article.paragraphs:
        for match in pattern.finditer(article.text, paragraph.span.start, paragraph.span.end):
            span = Span(match.start(), match.end())
            if not any(span.overlaps(q.span) for q in quotes):
                return span
    return None
