"""Loudness per ITU-R BS.1770-4 / EBU R128, true peak, and a peak limiter, in numpy alone.

scipy would do the filtering in one call but takes a second to import, most
of our budget for narrating a short article; the K-weighting filter is
applied here as an FFT convolution with its impulse response instead, and
true peaks are interpolated only where they can matter. The meter streams:
audio passes through in chunks and one number per 100 ms is kept, so a
one-hour narration is measured in constant memory. ``tests/test_loudness.py``
checks the meter against pyloudnorm.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0
FULL_SCALE = 32768.0
IMPULSE_SECONDS = 0.06
"""Length of the K-weighting impulse response kept: its tail is below 1e-6 by then."""

Samples = NDArray[np.float64]


def _biquads(rate: int) -> list[tuple[tuple[float, float, float], tuple[float, float, float]]]:
    """The two biquads of the K-weighting filter for ``rate`` (libebur128's derivation)."""
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / rate)
    vh = 10 ** (gain_db / 20)
    vb = vh**0.4996667741545416
    a0 = 1 + k / q + k * k
    shelf = (
        ((vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0),
        (1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0),
    )
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / rate)
    a0 = 1 + k / q + k * k
    high = ((1.0, -2.0, 1.0), (1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0))
    return [shelf, high]


@lru_cache(maxsize=8)
def _impulse_response(rate: int) -> Samples:
    size = int(rate * IMPULSE_SECONDS)
    signal = [0.0] * size
    signal[0] = 1.0
    for (b0, b1, b2), (_, a1, a2) in _biquads(rate):
        x1 = x2 = y1 = y2 = 0.0
        out = []
        for x in signal:
            y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
            x2, x1, y2, y1 = x1, x, y1, y
            out.append(y)
        signal = out
    return np.array(signal)


def _sinc_kernels(phases: int = 4, taps: int = 12) -> Samples:
    """Windowed-sinc kernels for the fractional positions 1/4, 2/4, 3/4 between samples."""
    offsets = np.arange(-taps + 1, taps + 1)
    kernels = []
    for p in range(1, phases):
        t = offsets - p / phases
        kernels.append(np.sinc(t) * np.kaiser(2 * taps, 8.0))
    return np.array(kernels)


_KERNELS = _sinc_kernels()
_TAPS = _KERNELS.shape[1] // 2


def true_peaks(samples: Samples, floor: float) -> Samples:
    """Per-sample true-peak estimate (4x oversampling) near local maxima above ``floor``.

    A peak between samples lies next to a local maximum of the magnitude and
    exceeds it by a few dB at most for speech, so only local maxima above
    ``floor`` (a few dB under the level of interest) and the sample before
    them are interpolated; elsewhere the sample magnitude is returned.
    """
    peaks = np.abs(samples)
    inner = peaks[1:-1]
    maxima = np.flatnonzero((inner > floor) & (inner >= peaks[:-2]) & (inner >= peaks[2:])) + 1
    if maxima.size == 0:
        return peaks
    marked = np.zeros(samples.size, dtype=bool)
    marked[maxima] = True
    marked[maxima - 1] = True
    candidates = np.flatnonzero(marked)
    padded = np.pad(samples, (_TAPS, _TAPS))
    windows = np.lib.stride_tricks.sliding_window_view(padded, 2 * _TAPS)
    # the window starting at candidate i covers samples i-_TAPS+1 .. i+_TAPS
    between = np.abs(np.einsum("ij,kj->ik", windows[candidates + 1], _KERNELS)).max(axis=1)
    peaks[candidates] = np.maximum(peaks[candidates], between)
    return peaks


def true_peak(samples: Samples) -> float:
    """Largest true-peak value of ``samples`` (same scale as the samples)."""
    if samples.size == 0:
        return 0.0
    top = float(np.abs(samples).max())
    return float(true_peaks(samples, top * 0.5).max())


def to_db(value: float) -> float:
    return 20 * math.log10(value) if value > 0 else -math.inf


class Meter:
    """Streaming integrated loudness (LUFS) and true peak (dBTP) of int16-scaled audio."""

    def __init__(self, rate: int) -> None:
        self._rate = rate
        self._ir = _impulse_response(rate)
        self._tail = np.zeros(self._ir.size - 1)
        self._hop = rate // 10
        self._pending = np.zeros(0)
        self._hops: list[float] = []
        self._peak = 0.0

    def add(
        self, samples: Samples, weighted: Samples | None = None, peak: float | None = None
    ) -> None:
        """Meter ``samples``; ``weighted`` and ``peak`` are their K-weighted form and true
        peak if the caller has them already."""
        if samples.size == 0:
            return
        if samples.any():
            self._peak = max(self._peak, true_peak(samples) if peak is None else peak)
            filtered = k_weighted(samples, self._rate) if weighted is None else weighted.copy()
        else:  # a pause: only the previous audio's filter tail rings into it
            filtered = np.zeros(samples.size + self._ir.size - 1)
        filtered[: self._tail.size] += self._tail
        self._tail = filtered[samples.size :].copy()
        if self._tail.size < self._ir.size - 1:
            self._tail = np.pad(self._tail, (0, self._ir.size - 1 - self._tail.size))
        squares = np.concatenate([self._pending, filtered[: samples.size] ** 2])
        whole = squares.size // self._hop
        if whole:
            blocks = squares[: whole * self._hop].reshape(whole, self._hop).sum(axis=1)
            self._hops.extend(blocks.tolist())
        self._pending = squares[whole * self._hop :]

    def integrated(self) -> float:
        """Gated integrated loudness in LUFS; ``-inf`` for silence."""
        hops = np.array(self._hops)
        if hops.size < 4:
            count = hops.size * self._hop + self._pending.size
            total = float(hops.sum() + self._pending.sum())
            return _lufs(total / count) if count else -math.inf
        blocks = np.convolve(hops, np.ones(4), mode="valid") / (4 * self._hop)
        return gated_loudness(blocks)

    def true_peak_dbtp(self) -> float:
        return to_db(self._peak / FULL_SCALE)


def k_weighted(samples: Samples, rate: int) -> Samples:
    """The K-weighted signal (full scale 1.0), with the filter's tail: ``len + taps - 1`` long."""
    return _fft_convolve(samples / FULL_SCALE, _impulse_response(rate))


def weighted_loudness(weighted: Samples, rate: int) -> float:
    """Gated loudness (LUFS) of an already K-weighted clip."""
    hop = rate // 10
    squares = weighted * weighted
    whole = squares.size // hop
    if whole < 4:
        return _lufs(float(squares.mean())) if squares.size else -math.inf
    hops = squares[: whole * hop].reshape(whole, hop).sum(axis=1)
    return gated_loudness(np.convolve(hops, np.ones(4), mode="valid") / (4 * hop))


BLOCK = 16384
"""FFT size for overlap-add filtering: one filter spectrum serves every clip, however long."""


def _fft_convolve(x: Samples, h: Samples) -> Samples:
    """Full convolution of ``x`` with the K-weighting response ``h``, by overlap-add."""
    step = BLOCK - h.size + 1
    out = np.zeros(x.size + h.size - 1)
    spectrum = _spectrum(h.size, BLOCK)
    for start in range(0, x.size, step):
        piece = np.fft.irfft(np.fft.rfft(x[start : start + step], BLOCK) * spectrum, BLOCK)
        stop = min(out.size, start + BLOCK)
        out[start:stop] += piece[: stop - start]
    return out


_SPECTRA: dict[tuple[int, int], NDArray[np.complex128]] = {}


def _spectrum(taps: int, n: int) -> NDArray[np.complex128]:
    """The K-weighting filter's spectrum for FFT size ``n`` (the rate is implied by ``taps``)."""
    key = (taps, n)
    if key not in _SPECTRA:
        rate = round(taps / IMPULSE_SECONDS)
        _SPECTRA[key] = np.fft.rfft(_impulse_response(rate), n)
    return _SPECTRA[key]


def _lufs(mean_square: float) -> float:
    return -0.691 + 10 * math.log10(mean_square) if mean_square > 0 else -math.inf


def gated_loudness(blocks: Samples) -> float:
    """BS.1770 two-stage gating over 400 ms block mean squares."""
    with np.errstate(divide="ignore"):
        loudness = -0.691 + 10 * np.log10(blocks)
    kept = blocks[loudness > ABSOLUTE_GATE_LUFS]
    if kept.size == 0:
        return -math.inf
    relative = _lufs(float(kept.mean())) + RELATIVE_GATE_LU
    with np.errstate(divide="ignore"):
        kept = kept[-0.691 + 10 * np.log10(kept) > relative]
    return _lufs(float(kept.mean())) if kept.size else -math.inf


def loudness(samples: Samples, rate: int) -> float:
    """Integrated loudness of a whole clip (LUFS)."""
    return weighted_loudness(k_weighted(samples, rate), rate)


def limit(samples: Samples, ceiling_dbtp: float, rate: int) -> tuple[Samples, float]:
    """Peak limiter: smooth gain dips (5 ms cosine ramps) wherever the true peak is too high.

    Returns the limited samples and their true peak (the gain dips are slow
    next to the oversampling, so the peak scales with the gain at each sample).
    """
    ceiling = FULL_SCALE * 10 ** (ceiling_dbtp / 20)
    peaks = true_peaks(samples, ceiling * 0.7)  # 3 dB under: no true peak hides below that
    over = np.flatnonzero(peaks > ceiling)
    if over.size == 0:
        return samples, float(peaks.max()) if peaks.size else 0.0
    ramp = max(2, rate // 200)
    gain = np.ones(samples.size)
    fade = 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, ramp))  # 0 → 1
    # group peaks closer than two ramps into one dip, so the gain does not flutter
    breaks = np.flatnonzero(np.diff(over) > 2 * ramp)
    for run in np.split(over, breaks + 1):
        first, last = int(run[0]), int(run[-1])
        depth = float((ceiling / peaks[run]).min())
        gain[first : last + 1] = np.minimum(gain[first : last + 1], depth)
        lead = slice(max(0, first - ramp), first)
        tail = slice(last + 1, min(samples.size, last + 1 + ramp))
        down = 1 - (1 - depth) * fade[ramp - (lead.stop - lead.start) :]
        up = 1 - (1 - depth) * fade[::-1][: tail.stop - tail.start]
        gain[lead] = np.minimum(gain[lead], down)
        gain[tail] = np.minimum(gain[tail], up)
    return samples * gain, float((peaks * gain).max())


@dataclass(frozen=True, slots=True)
class Level:
    """What the track ended up at, for the report."""

    integrated_lufs: float
    true_peak_dbtp: float
