"""A fake engine: deterministic tones instead of speech, so tests run the real pipeline fast.

Each voice gets its own tone frequency (from its pitch and variant) and each
word lasts 60 ms at 150 words per minute, so durations scale with the text
and the rate like speech does.
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Iterable, Iterator

from ..config import Voice
from . import Clip, EngineVoice

RATE = 16000


class FakeEngine:
    def voices(self) -> list[EngineVoice]:
        return [EngineVoice("fake/en", "Fake English", "en", None)]

    def frequency(self, voice: Voice) -> float:
        base = 200.0 if "+f" in voice.voice else 110.0
        return base * 2 ** ((voice.pitch - 50) / 60) + zlib.crc32(voice.voice.encode()) % 7

    def synthesize(self, text: str, voice: Voice, rate: int) -> Clip:
        words = len(text.split())
        frames = int(RATE * words * 0.06 * 150 / rate)
        step = 2 * math.pi * self.frequency(voice) / RATE
        samples = (int(8000 * math.sin(step * i)) for i in range(frames))
        return Clip(struct.pack(f"<{frames}h", *samples), RATE)

    def synthesize_all(self, lines: Iterable[tuple[str, Voice, int]]) -> Iterator[Clip]:
        for text, voice, rate in lines:
            yield self.synthesize(text, voice, rate)

    def close(self) -> None:
        return None
