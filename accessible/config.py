"""Voice profiles (``voices/*.toml``): who speaks with which voice, how fast, with which pauses.

Profiles are frozen values loaded from TOML; nothing here is global, so two
renders with different profiles can run side by side.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True, slots=True)
class Voice:
    """One engine voice with its settings. ``pitch`` is 0–100 (engine neutral is 50)."""

    voice: str
    pitch: int = 50
    label: str = ""


@dataclass(frozen=True, slots=True)
class Pauses:
    sentence_ms: int = 350
    paragraph_ms: int = 900
    quote_ms: int = 250
    headline_ms: int = 1200


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    narrator: Voice
    male: tuple[Voice, ...]
    female: tuple[Voice, ...]
    rate: int = 150
    engine: str = "pyttsx3"
    description: str = ""
    pauses: Pauses = field(default_factory=Pauses)
    voice_fragments: bool = False
    lexicon: Path | None = None
    """Pronunciation lexicon (see ``voices/lexicon.toml``), resolved beside the profile."""

    def all_voices(self) -> tuple[Voice, ...]:
        return (self.narrator, *self.male, *self.female)


def profiles_dir() -> Path:
    """``voices/`` beside the package in a checkout, or the copy installed with the package.

    The top-level ``voices/`` is the one source; ``setup.py`` copies it into the
    package at build time, so an installed ``accessible`` finds its profiles too.
    """
    checkout = Path(__file__).resolve().parent.parent / "voices"
    if checkout.is_dir():
        return checkout
    return Path(__file__).resolve().parent / "voices"


def _profile_files() -> dict[str, Path]:
    """Voice profiles by name and by file stem (``default.toml`` is named "standard")."""
    found: dict[str, Path] = {}
    for path in sorted(profiles_dir().glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
            continue
        if "narrator" in data:  # not a lexicon
            found[path.stem] = path
            found.setdefault(str(data.get("name", path.stem)), path)
    return found


def list_profiles() -> list[str]:
    return sorted(_profile_files())


def load_profile(name_or_path: str | Path = "default") -> Profile:
    """Load a profile by name (``voices/NAME.toml``) or by path to a TOML file."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".toml":
        path = candidate
    else:
        path = _profile_files().get(str(name_or_path), profiles_dir() / f"{candidate}.toml")
    if not path.is_file():
        raise ConfigError(
            f"{name_or_path}: no such voice profile; choose one of {', '.join(list_profiles())} "
            "or give a path to a .toml file"
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc}); fix the file") from None
    try:
        return _profile(path, data)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"{path}: invalid voice profile ({exc}); see voices/default.toml"
        ) from None


def _voice(data: dict[str, Any]) -> Voice:
    pitch = int(data.get("pitch", 50))
    if not 0 <= pitch <= 100:
        raise ValueError(f"pitch {pitch} is outside 0-100")
    return Voice(voice=str(data["voice"]), pitch=pitch, label=str(data.get("label", "")))


def _profile(path: Path, data: dict[str, Any]) -> Profile:
    speakers = data.get("speakers", {})
    male = tuple(_voice(v) for v in speakers.get("male", []))
    female = tuple(_voice(v) for v in speakers.get("female", []))
    if not male or not female:
        raise ValueError("[speakers] needs at least one male and one female voice")
    rate = int(data.get("rate", 150))
    if not 60 <= rate <= 400:
        raise ValueError(f"rate {rate} words per minute is outside 60-400")
    lexicon = data.get("lexicon")
    lexicon_path = (path.parent / str(lexicon)) if lexicon else None
    if lexicon_path is not None and not lexicon_path.is_file():
        raise ValueError(f"lexicon {lexicon_path} does not exist")
    return Profile(
        name=str(data.get("name", path.stem)),
        lexicon=lexicon_path,
        narrator=_voice(data["narrator"]),
        male=male,
        female=female,
        rate=rate,
        engine=str(data.get("engine", "pyttsx3")),
        description=str(data.get("description", "")),
        pauses=Pauses(**{k: int(v) for k, v in data.get("pauses", {}).items()}),
        voice_fragments=bool(data.get("voice_fragments", False)),
    )
