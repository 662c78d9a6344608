"""Shared fixtures: the sample article, the bench data folder, and audio helpers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "scales-of-justice.txt"
BENCH = ROOT.parent / "shared" / "bench"


@pytest.fixture
def sample() -> Path:
    return SAMPLE


@pytest.fixture
def bench() -> Path:
    if not BENCH.is_dir():
        pytest.skip(f"bench data not found at {BENCH}")
    return BENCH


def median_pitch(samples: np.ndarray, rate: int) -> float:
    """Median fundamental frequency (Hz) of voiced 40 ms frames, by autocorrelation."""
    x = samples.astype(np.float64)
    n = int(0.04 * rate)
    found = []
    for i in range(0, len(x) - n, n):
        frame = x[i : i + n] - x[i : i + n].mean()
        if np.sqrt((frame**2).mean()) < 500:
            continue
        ac = np.correlate(frame, frame, "full")[n - 1 :]
        lo, hi = rate // 400, rate // 50
        k = lo + int(np.argmax(ac[lo:hi]))
        if ac[k] > 0.3 * ac[0]:
            found.append(rate / k)
    return float(np.median(found)) if found else 0.0
