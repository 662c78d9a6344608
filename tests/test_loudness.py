"""The loudness meter agrees with a reference BS.1770 meter, and the limiter holds its ceiling."""

from __future__ import annotations

import numpy as np
import pyloudnorm
import pytest

from accessible.loudness import FULL_SCALE, Meter, limit, loudness, to_db, true_peak

RATE = 22050


def _signals() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(7)
    t = np.arange(RATE * 6) / RATE
    speechy = np.sin(2 * np.pi * 150 * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 3 * t)) ** 2
    bursts = rng.normal(0, 0.1, t.size) * (np.sin(2 * np.pi * 0.5 * t) > 0)
    return {"noise": rng.normal(0, 0.1, t.size), "speechy": 0.3 * speechy, "bursts": bursts}


@pytest.mark.parametrize("name", ["noise", "speechy", "bursts"])
def test_meter_matches_pyloudnorm(name: str) -> None:
    signal = _signals()[name]
    reference = pyloudnorm.Meter(RATE).integrated_loudness(signal)
    assert loudness(signal * FULL_SCALE, RATE) == pytest.approx(reference, abs=0.2)


def test_streaming_meter_equals_whole_measure() -> None:
    signal = _signals()["bursts"] * FULL_SCALE
    meter = Meter(RATE)
    for chunk in np.array_split(signal, 17):
        meter.add(chunk)
    assert meter.integrated() == pytest.approx(loudness(signal, RATE), abs=0.05)


def test_true_peak_sees_between_samples() -> None:
    # a sine at a quarter of the sample rate, sampled at ±45°: samples peak at 0.707
    n = np.arange(400)
    signal = np.sin(2 * np.pi * n / 4 + np.pi / 4) * FULL_SCALE * 0.5
    assert np.abs(signal).max() == pytest.approx(0.5 * FULL_SCALE * 0.7071, rel=1e-3)
    assert true_peak(signal) == pytest.approx(0.5 * FULL_SCALE, rel=0.02)


def test_limiter_holds_the_ceiling() -> None:
    signal = _signals()["speechy"] * FULL_SCALE * 3
    limited, peak = limit(signal, -2.0, RATE)
    assert to_db(true_peak(limited) / FULL_SCALE) <= -1.95
    assert peak == pytest.approx(true_peak(limited), rel=0.01)
    quiet = np.abs(signal) < 0.2 * FULL_SCALE
    assert np.allclose(limited[quiet][:100], signal[quiet][:100], atol=1)
