"""Give the narrator and every quoted speaker a voice.

A speaker's voice is chosen from a hash of their id, not by order of
appearance, so the same named person keeps the same voice across a batch.
Within one article no two speakers share a voice while the pool has a free
one: a collision moves the later speaker (in id order) to the next free voice.

Profiles name English voices. An article in another language is read by the
engine's voice for that language instead, each profile voice keeping its
variant and pitch, so the narrator and the speakers stay as far apart as the
profile set them; English voices would read French words with English sounds.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from .config import Profile, Voice
from .engines import EngineVoice
from .language import primary
from .model import Article, Speaker


@dataclass(frozen=True, slots=True)
class Cast:
    narrator: Voice
    speakers: dict[str, Voice]

    def voice_for(self, speaker_id: str | None) -> Voice:
        if speaker_id is None:
            return self.narrator
        return self.speakers.get(speaker_id, self.narrator)


def pool_for(speaker: Speaker | None, profile: Profile) -> tuple[Voice, ...]:
    """The voices a speaker may get: of their gender, or all when it is not known."""
    if speaker is not None and speaker.gender == "male":
        return profile.male
    if speaker is not None and speaker.gender == "female":
        return profile.female
    return profile.male + profile.female


def cast(
    article: Article,
    profile: Profile,
    chosen: Mapping[str, str] | None = None,
    available: Sequence[EngineVoice] = (),
) -> Cast:
    """Assign voices to the article's speakers from ``profile``.

    ``chosen`` maps speaker ids to voice ids a user picked (in the quotes
    sidecar); a voice of the profile with that id keeps its pitch.
    ``available`` is the engine's voice list: when it has a voice for the
    article's language, that voice replaces the profile's (see :func:`localise`).
    """
    profile = localise(profile, article.language, available)
    used: set[Voice] = set()
    voices: dict[str, Voice] = {}
    for speaker_id, voice_id in sorted((chosen or {}).items()):
        speaker = article.speaker(speaker_id)
        voices[speaker_id] = _chosen(speaker, speaker_id, voice_id, profile, used)
        used.add(voices[speaker_id])
    for speaker in sorted(article.speakers, key=lambda s: s.id):
        if speaker.id in voices:
            continue
        order = _order(speaker.id, pool_for(speaker, profile))
        choice = next((v for v in order if v not in used), order[0])
        used.add(choice)
        voices[speaker.id] = choice
    return Cast(narrator=profile.narrator, speakers=voices)


def _order(speaker_id: str, pool: tuple[Voice, ...]) -> list[Voice]:
    """The pool starting at the voice the speaker's id hashes to."""
    first = zlib.crc32(speaker_id.encode()) % len(pool)
    return [pool[(first + k) % len(pool)] for k in range(len(pool))]


def _chosen(
    speaker: Speaker | None, speaker_id: str, voice_id: str, profile: Profile, used: set[Voice]
) -> Voice:
    """The profile voice behind a voice id from the sidecar, with its pitch.

    Localised profiles repeat ids ("roa/fr" for the narrator and several men,
    told apart by pitch), so the voice is looked for as automatic casting
    would choose it for this speaker (in id order, skipping voices taken): a
    render, then a re-render with the sidecar it wrote, gives every speaker
    the same voice.
    """
    order = _order(speaker_id, pool_for(speaker, profile))
    same = [v for v in (*order, *profile.all_voices()) if v.voice == voice_id]
    return next((v for v in same if v not in used), same[0] if same else Voice(voice_id))


def localise(profile: Profile, language: str, available: Sequence[EngineVoice]) -> Profile:
    """``profile`` with each voice that does not speak ``language`` moved to one that does.

    The engine's voice for the language (:func:`voice_for_language`) replaces
    the base of each voice id; the variant (``+f3``) and pitch stay. Profiles
    are English, so an English article, or an engine with no voice for the
    language (the fake engine has only English), leaves the profile unchanged.
    """
    base = None if language == "en" else voice_for_language(available, language)
    if base is None:
        return profile
    languages = {v.id: primary(v.language) for v in available}

    def move(voice: Voice) -> Voice:
        own, plus, variant = voice.voice.partition("+")
        if languages.get(own) == language:
            return voice
        return replace(voice, voice=f"{base}{plus}{variant}")

    return replace(
        profile,
        narrator=move(profile.narrator),
        male=tuple(move(v) for v in profile.male),
        female=tuple(move(v) for v in profile.female),
    )


def voice_for_language(available: Sequence[EngineVoice], language: str) -> str | None:
    """The id of the engine's main voice for ``language`` (an ISO 639-1 code), if it has one.

    A voice tagged with the bare language ("de") comes first, then the one of
    the language's home country ("fr-fr" rather than "fr-be"), then the first by id.
    """
    candidates = [v for v in available if primary(v.language) == language]
    if not candidates:
        return None

    def rank(voice: EngineVoice) -> tuple[bool, bool, str]:
        tag = voice.language.lower().replace("_", "-")
        return (tag != language, tag != f"{language}-{language}", voice.id)

    return min(candidates, key=rank).id
