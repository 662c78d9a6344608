"""Speech engines: a small protocol, and a name → "module:Class" table imported lazily.

An engine turns one line of text in one voice into a :class:`Clip` of PCM
samples. It never writes files; its quirks stay inside its module. Adding an
engine is one module and one line in :data:`ENGINES`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from ..config import Voice
from ..errors import ConfigError

ENGINES: dict[str, str] = {
    "pyttsx3": "accessible.engines.pyttsx3_engine:Pyttsx3Engine",
    "fake": "accessible.engines.fake:FakeEngine",
}


@dataclass(frozen=True, slots=True)
class Clip:
    """Mono signed 16-bit little-endian PCM and its sample rate."""

    samples: bytes
    sample_rate: int

    @property
    def duration_ms(self) -> float:
        return 1000 * len(self.samples) / 2 / self.sample_rate


@dataclass(frozen=True, slots=True)
class EngineVoice:
    id: str
    name: str
    language: str
    gender: str | None


class Engine(Protocol):
    def voices(self) -> list[EngineVoice]: ...

    def synthesize(self, text: str, voice: Voice, rate: int) -> Clip: ...

    def synthesize_all(self, lines: Iterable[tuple[str, Voice, int]]) -> Iterator[Clip]:
        """Clips for many lines in order; an engine may overlap their synthesis."""
        ...

    def close(self) -> None: ...


def create_engine(name: str) -> Engine:
    """Instantiate the engine called ``name`` (see :data:`ENGINES`)."""
    if name not in ENGINES:
        raise ConfigError(f"unknown speech engine {name!r}; choose one of {', '.join(ENGINES)}")
    module_name, class_name = ENGINES[name].split(":")
    engine: Engine = getattr(importlib.import_module(module_name), class_name)()
    return engine
