"""Batch throughput: articles per second at --jobs 1 and --jobs 2, against a measured floor.

The floor is what the same texts cost with nothing but the tools underneath:
``espeak-ng -w`` (one voice, the whole file at once) and ``ffmpeg -b:a 64k``,
one article after the other on one core. Measured in the same run, so both
sides see the same machine. The targets:

* ``--jobs 2`` at least 1.8x as fast as ``--jobs 1`` (the work spreads over cores);
* ``--jobs 2`` within 1.5x of the floor's one-core total divided by two (the
  batch adds little on top of speech synthesis and encoding, even though it
  speaks line by line in several voices, levels loudness, tags chapters and
  writes transcripts and reports as well).

Usage (from the repository root; espeak-ng and ffmpeg are needed for the
floor only, e.g. ``apt-get install -y espeak-ng ffmpeg``)::

    python bench/batch.py                 # 40 articles spread over the set
    python bench/batch.py --limit 0       # all of them
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(
    os.environ.get("ACCESSIBLE_BENCH_NEWS", REPO_ROOT.parent / "shared/bench/news-dev")
)
SPEEDUP_TARGET = 1.8
FLOOR_TARGET = 1.5


def pick(data: Path, limit: int) -> list[Path]:
    """``limit`` articles spread evenly over the sorted set (all when ``limit`` is 0)."""
    files = sorted(data.rglob("*.txt"))
    if not limit or limit >= len(files):
        return files
    return [files[i * len(files) // limit] for i in range(limit)]


Timing = tuple[float, float]
"""Wall seconds, and CPU seconds of this process and every process it started."""


def _cpu() -> float:
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def batch_timing(files: Sequence[Path], jobs: int, out: Path) -> Timing:
    """Rendering ``files`` with the default profile and ``jobs`` processes."""
    from accessible.batch import discover, run_batch
    from accessible.pipeline import RenderOptions

    items = discover([str(f) for f in files])
    started, cpu = time.perf_counter(), _cpu()
    summary = run_batch(items, out, RenderOptions(), jobs=jobs, force=True, quiet=True)
    timing = time.perf_counter() - started, _cpu() - cpu
    if summary.exit_code:
        sys.exit(f"the batch at --jobs {jobs} failed; see {out}/manifest.jsonl")
    return timing


def floor_timing(files: Sequence[Path], work: Path) -> Timing | None:
    """Bare espeak-ng plus ffmpeg on ``files``, one after the other; None if they are missing."""
    espeak, ffmpeg = shutil.which("espeak-ng"), shutil.which("ffmpeg")
    if not espeak or not ffmpeg:
        return None
    wav, mp3 = work / "floor.wav", work / "floor.mp3"
    started, cpu = time.perf_counter(), _cpu()
    for path in files:
        subprocess.run([espeak, "-w", str(wav), "-f", str(path)], check=True)
        subprocess.run(
            [ffmpeg, "-loglevel", "error", "-y", "-i", str(wav), "-b:a", "64k", str(mp3)],
            check=True,
        )
    return time.perf_counter() - started, _cpu() - cpu


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of .txt articles")
    parser.add_argument("--limit", type=int, default=40, help="articles to use (0: all)")
    args = parser.parse_args(argv)
    # An installed package runs from bytecode pip compiled; with this set (some CI machines)
    # every speech child would compile the engine's modules again.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    if not args.data.is_dir():
        print(f"skipped: no articles at {args.data}")
        return 0
    files = pick(args.data, args.limit)
    words = sum(len(f.read_text(encoding="utf-8", errors="replace").split()) for f in files)
    load = os.getloadavg()[0]
    print(f"{len(files)} articles, {words} words, {os.cpu_count()} cores, load {load:.1f} before")
    with tempfile.TemporaryDirectory(prefix="accessible-bench-") as tmp:
        work = Path(tmp)
        timings = {jobs: batch_timing(files, jobs, work / f"jobs{jobs}") for jobs in (1, 2)}
        floor = floor_timing(files, work)

    def show(label: str, timing: Timing) -> None:
        wall, cpu = timing
        print(
            f"{label:<34} {wall:7.1f} s {len(files) / wall:6.2f} articles/s "
            f"{1000 * wall / words:6.2f} s/1,000 words   CPU {cpu / len(files):5.2f} s/article"
        )

    def verdict(what: str, value: float, target: str, ok: bool) -> None:
        print(f"{what}: {value:.2f}x (target {target}) {'ok' if ok else 'MISSED'}")

    for jobs, timing in timings.items():
        show(f"accessible render --jobs {jobs}", timing)
    speedup = timings[1][0] / timings[2][0]
    verdict(
        "speed-up of --jobs 2 over --jobs 1",
        speedup,
        f">= {SPEEDUP_TARGET}x",
        speedup >= SPEEDUP_TARGET,
    )
    # Speech is synthesised in a child process while the worker levels and encodes the
    # previous line, so one job already keeps more than one core busy; two cores can then
    # speed it up by at most 2 / (cores one job uses).
    busy = timings[1][1] / timings[1][0]
    print(
        f"--jobs 1 keeps {busy:.2f} cores busy: on 2 cores the speed-up can be at most "
        f"{2 / busy:.2f}x; --jobs 2 reached {speedup / (2 / busy):.0%} of that"
    )
    if floor is None:
        print("floor skipped: espeak-ng or ffmpeg is missing (apt-get install espeak-ng ffmpeg)")
        return 0
    show("floor: espeak-ng + ffmpeg, 1 core", floor)
    show("floor / 2 (two cores)", (floor[0] / 2, floor[1]))
    ratio = timings[2][0] / (floor[0] / 2)
    verdict("--jobs 2 against floor / 2", ratio, f"<= {FLOOR_TARGET}x", ratio <= FLOOR_TARGET)
    print(f"CPU per article, batch against floor: {timings[2][1] / floor[1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO_ROOT))
    sys.exit(main())
