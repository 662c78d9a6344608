"""Assemble engine clips into one track as they arrive (pydub lives here only).

Each clip is trimmed of the engine's own leading and trailing silence, so the
pauses are the profile's and the transcript's cue times are the speech's; then
brought to the target loudness on its own, so every voice sounds equally loud
and the whole track lands on the target without a second pass; then limited
so its true peak stays under the ceiling. Samples go straight to the sinks
(MP3 or WAV encoders), so memory stays flat however long the article.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from .engines import Clip
from .loudness import Level, Meter, k_weighted, limit, weighted_loudness

with warnings.catch_warnings():
    # pydub warns when ffmpeg is absent (we never ask it to decode or encode files)
    # and, on Python 3.11-3.12, that the stdlib audioop it uses is deprecated.
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from pydub import AudioSegment
    from pydub.silence import detect_leading_silence

SILENCE_DBFS = -50.0
CEILING_DBTP = -2.0
"""Limiter ceiling: 1 dB under the -1 dBTP promise, for the overshoot MP3 encoding adds."""


@dataclass(frozen=True, slots=True)
class Cue:
    """Where one script line sits in the track, in milliseconds."""

    start_ms: int
    end_ms: int


class Sink(Protocol):
    """Where finished samples go: an encoder writing a file.

    ``gain_db`` makes up for level the encoder loses, and ``latency_frames`` is
    the silence a decoder puts before the first sample, so that the file as
    decoded has the target loudness and cue times that match it.
    """

    gain_db: float
    latency_frames: int

    def write(self, pcm: bytes, rate: int) -> None: ...

    def close(self) -> None: ...


def trim(clip: Clip) -> AudioSegment:
    """The clip without the silence the engine puts before and after speech."""
    segment = AudioSegment(
        data=clip.samples, sample_width=2, frame_rate=clip.sample_rate, channels=1
    )
    if len(segment) == 0 or segment.rms == 0:
        return segment[:0]
    lead = detect_leading_silence(segment, silence_threshold=SILENCE_DBFS)
    tail = detect_leading_silence(segment.reverse(), silence_threshold=SILENCE_DBFS)
    return segment[lead : max(lead, len(segment) - tail)]


class TrackWriter:
    """Levels clips, inserts pauses, passes samples to the sinks and records cue times."""

    def __init__(self, sink: Sink, target_lufs: float = -16.0) -> None:
        self._sink = sink
        self._target = target_lufs
        self._bias = 0.0
        self._spoken_frames = 0
        self._rate = 0
        self._frames = 0
        self._meter: Meter | None = None
        self.cues: list[Cue] = []

    def add(self, clip: Clip, pause_ms: int) -> Cue:
        segment = trim(clip)
        if not self._rate:
            self._rate = clip.sample_rate
            self._meter = Meter(self._rate)
        if len(segment) and segment.frame_rate != self._rate:
            segment = segment.set_frame_rate(self._rate)
        samples = np.frombuffer(segment.raw_data, dtype=np.int16).astype(np.float64)
        start = self._frames
        if samples.size:
            self._emit(*self._level(samples))
        latency = self._sink.latency_frames
        cue = Cue(self._ms(start + latency), self._ms(self._frames + latency))
        self.cues.append(cue)
        self._emit(np.zeros(self._rate * pause_ms // 1000))
        self._correct_bias(samples.size)
        return cue

    def _correct_bias(self, spoken: int) -> None:
        """Steer later clips so the whole track, not only each clip, lands on the target.

        The track's gated loudness sits a little under its clips' (blocks that
        straddle a pause are quieter); the gap measured so far is added to the
        next clips' target. Deterministic: it depends only on the audio so far.
        """
        assert self._meter is not None
        self._spoken_frames += spoken
        if self._spoken_frames < self._rate * 3:
            return
        so_far = self._meter.integrated()
        if np.isfinite(so_far):
            self._bias = float(np.clip(self._bias + 0.5 * (self._target - so_far), -3.0, 3.0))

    def _level(self, samples: np.ndarray) -> tuple[np.ndarray, np.ndarray, float | None]:
        """Bring a clip to the target loudness under the peak ceiling, in one pass.

        The limiter takes a little loudness away from peaky clips; rather than
        limit again, the track's running loudness steers later clips up (see
        :meth:`_correct_bias`). The meter gets the weighted clip scaled by the
        gain and by the share of energy the limiter kept, instead of filtering
        the clip a second time.
        """
        weighted = k_weighted(samples, self._rate)
        measured = weighted_loudness(weighted, self._rate)
        if not np.isfinite(measured):
            return samples, weighted, None
        gain = 10 ** ((self._target + self._bias - measured) / 20)
        scaled = samples * gain
        shaped, peak = limit(scaled, CEILING_DBTP, self._rate)
        kept = 1.0
        if shaped is not scaled:
            kept = _energy(shaped) / _energy(scaled)
        return shaped, weighted * (gain * np.sqrt(kept)), peak

    def _emit(
        self, samples: np.ndarray, weighted: np.ndarray | None = None, peak: float | None = None
    ) -> None:
        if not samples.size:
            return
        assert self._meter is not None
        self._meter.add(samples, weighted, peak)
        boosted = samples * 10 ** (self._sink.gain_db / 20)
        pcm = np.clip(np.round(boosted), -32768, 32767).astype("<i2").tobytes()
        self._sink.write(pcm, self._rate)
        self._frames += samples.size

    def _ms(self, frames: int) -> int:
        return round(1000 * frames / self._rate) if self._rate else 0

    @property
    def duration_ms(self) -> int:
        return self._ms(self._frames)

    def close(self) -> Level:
        self._sink.close()
        if self._meter is None:
            return Level(float("-inf"), float("-inf"))
        return Level(round(self._meter.integrated(), 2), round(self._meter.true_peak_dbtp(), 2))


def _energy(samples: np.ndarray) -> float:
    """Sum of squares, without BLAS (whose idle threads spin and burn a core)."""
    return float(np.einsum("i,i->", samples, samples))
