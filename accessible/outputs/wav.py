"""WAV output (stdlib ``wave``), for editing tools and players that want uncompressed audio."""

from __future__ import annotations

import wave
from pathlib import Path


class WavSink:
    gain_db = 0.0
    latency_frames = 0

    def __init__(self, path: Path) -> None:
        self._path = path
        self._file: wave.Wave_write | None = None

    def write(self, pcm: bytes, rate: int) -> None:
        if self._file is None:
            self._file = wave.open(str(self._path), "wb")  # noqa: SIM115 (open across writes)
            self._file.setnchannels(1)
            self._file.setsampwidth(2)
            self._file.setframerate(rate)
        self._file.writeframes(pcm)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
