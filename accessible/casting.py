"""Give the narrator and every quoted speaker a voice.

A speaker's voice is chosen from a hash of their id, not by order of
appearance, so the same named person keeps the same voice across a batch.
Within one article no two speakers share a voice while the pool has a free
one: a collision moves the later speaker (in id order) to the next free voice.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass

from .config import Profile, Voice
from .model import Article, Speaker


@dataclass(frozen=True, slots=True)
class Cast:
    narrator: Voice
    speakers: dict[str, Voice]

    def voice_for(self, speaker_id: str | None) -> Voice:
        if speaker_id is None:
            return self.narrator
        return self.speakers.get(speaker_id, self.narrator)


def pool_for(speaker: Speaker, profile: Profile) -> tuple[Voice, ...]:
    if speaker.gender == "male":
        return profile.male
    if speaker.gender == "female":
        return profile.female
    return profile.male + profile.female


def cast(article: Article, profile: Profile, chosen: Mapping[str, str] | None = None) -> Cast:
    """Assign voices to the article's speakers from ``profile``.

    ``chosen`` maps speaker ids to voice ids a user picked (in the quotes
    sidecar); a voice of the profile with that id keeps its pitch.
    """
    used: set[Voice] = set()
    voices: dict[str, Voice] = {}
    by_id = {v.voice: v for v in reversed(profile.all_voices())}
    for speaker_id, voice_id in (chosen or {}).items():
        voices[speaker_id] = by_id.get(voice_id, Voice(voice_id))
        used.add(voices[speaker_id])
    for speaker in sorted(article.speakers, key=lambda s: s.id):
        if speaker.id in voices:
            continue
        pool = pool_for(speaker, profile)
        first = zlib.crc32(speaker.id.encode()) % len(pool)
        order = [pool[(first + k) % len(pool)] for k in range(len(pool))]
        choice = next((v for v in order if v not in used), order[0])
        used.add(choice)
        voices[speaker.id] = choice
    return Cast(narrator=profile.narrator, speakers=voices)
