"""Assemble engine clips into one track, with pauses and even levels (pydub lives here only).

Every clip is trimmed of the engine's own leading and trailing silence, so the
pauses are the profile's and the transcript's cue times are the speech's, then
brought to the same loudness so no voice is louder than another.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass

from .engines import Clip

with warnings.catch_warnings():
    # pydub warns when ffmpeg is absent (we never ask it to decode or encode files)
    # and, on Python 3.11-3.12, that the stdlib audioop it uses is deprecated.
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from pydub import AudioSegment
    from pydub.silence import detect_leading_silence

TARGET_DBFS = -20.0
PEAK_CEILING_DBFS = -1.0
SILENCE_DBFS = -50.0


@dataclass(frozen=True, slots=True)
class Cue:
    """Where one script line sits in the track, in milliseconds."""

    start_ms: int
    end_ms: int


@dataclass(frozen=True, slots=True)
class Track:
    pcm: bytes
    sample_rate: int
    cues: tuple[Cue, ...]

    @property
    def duration_ms(self) -> int:
        return round(1000 * len(self.pcm) / 2 / self.sample_rate)


def _segment(clip: Clip) -> AudioSegment:
    return AudioSegment(data=clip.samples, sample_width=2, frame_rate=clip.sample_rate, channels=1)


def level(clip: Clip) -> AudioSegment:
    """Trim silence at both ends and bring the clip to the common level."""
    segment = _segment(clip)
    if len(segment) == 0 or segment.rms == 0:
        return segment[:0]
    lead = detect_leading_silence(segment, silence_threshold=SILENCE_DBFS)
    tail = detect_leading_silence(segment.reverse(), silence_threshold=SILENCE_DBFS)
    segment = segment[lead : max(lead, len(segment) - tail)]
    if len(segment) == 0:
        return segment
    gain = TARGET_DBFS - segment.dBFS
    gain = min(gain, PEAK_CEILING_DBFS - segment.max_dBFS)
    return segment.apply_gain(gain)


def assemble(parts: Iterable[tuple[Clip, int]], sample_rate: int | None = None) -> Track:
    """Join ``(clip, pause_after_ms)`` pairs into one track and record each clip's cue."""
    chunks: list[bytes] = []
    cues: list[Cue] = []
    frames = 0
    rate = sample_rate or 0
    for clip, pause_ms in parts:
        rate = rate or clip.sample_rate
        segment = level(clip)
        if segment.frame_rate != rate and len(segment):
            segment = segment.set_frame_rate(rate)
        start = frames
        chunks.append(segment.raw_data)
        frames += len(segment.raw_data) // 2
        cues.append(Cue(_ms(start, rate), _ms(frames, rate)))
        silence = rate * pause_ms // 1000
        chunks.append(b"\x00\x00" * silence)
        frames += silence
    return Track(b"".join(chunks), rate or 22050, tuple(cues))


def _ms(frames: int, rate: int) -> int:
    return round(1000 * frames / rate)
