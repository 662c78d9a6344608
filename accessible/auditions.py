"""Let a user hear the voices: list what the engine has and speak a sample of each profile voice."""

from __future__ import annotations

from pathlib import Path

from .audio import TrackWriter
from .config import Profile, Voice
from .engines import EngineVoice, create_engine
from .outputs.files import atomic_path
from .outputs.mp3 import Mp3Sink, Tags, tag

SAMPLE_TEXT = (
    "This is how I sound when I read the news. "
    "Three quarters of readers listened to the whole article."
)


def engine_voices(engine_name: str) -> list[EngineVoice]:
    engine = create_engine(engine_name)
    try:
        return engine.voices()
    finally:
        engine.close()


def roles(profile: Profile) -> list[tuple[str, Voice]]:
    """Every voice of a profile with the part it plays: narrator, male 1, female 2..."""
    named = [("narrator", profile.narrator)]
    named += [(f"male-{n}", v) for n, v in enumerate(profile.male, start=1)]
    named += [(f"female-{n}", v) for n, v in enumerate(profile.female, start=1)]
    return named


def speak_samples(profile: Profile, out_dir: Path, engine_name: str | None = None) -> list[Path]:
    """One short MP3 per voice of ``profile`` in ``out_dir``, named for the role it plays."""
    engine = create_engine(engine_name or profile.engine)
    written = []
    try:
        for role, voice in roles(profile):
            path = out_dir / f"{profile.name}-{role}.mp3"
            with atomic_path(path) as tmp:
                writer = TrackWriter(Mp3Sink(tmp))
                writer.add(engine.synthesize(SAMPLE_TEXT, voice, profile.rate), 300)
                writer.close()
                tag(tmp, Tags(title=f"{profile.name} {role}: {voice.voice} pitch {voice.pitch}"))
            written.append(path)
    finally:
        engine.close()
    return written
