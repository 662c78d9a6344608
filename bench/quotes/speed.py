"""Time the analysis (quotes and speakers) of every news-dev article, in ms per word.

The target is under 1 ms per word on one core. Machines differ, so the same run
also times a baseline that only reads and parses the files (decoding, header,
paragraphs, sentence splitting): the analysis's own cost is the difference.

Usage (from the repository root)::

    python bench/quotes/speed.py            # all of /work/shared/bench/news-dev
    python bench/quotes/speed.py --repeat 3 # best of three runs of each
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from accessible.model import Source  # noqa: E402
from accessible.parse import parse  # noqa: E402
from accessible.pipeline import analysis, analyze_source  # noqa: E402
from accessible.read import read_source  # noqa: E402

DEFAULT_DATA_DIR = Path(os.environ.get("ACCESSIBLE_BENCH_NEWS", "/work/shared/bench/news-dev"))
TARGET_MS_PER_WORD = 1.0
_WORD = re.compile(r"\w+")


def _baseline(source: Source) -> object:
    return parse(source)


def _analysis(source: Source) -> object:
    return analysis(analyze_source(source))


def _time(sources: Sequence[Source], step: Callable[[Source], object], repeat: int) -> float:
    """Best total seconds over ``repeat`` runs of ``step`` on every source."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for source in sources:
            step(source)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="news-dev directory")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the best counts")
    args = parser.parse_args(argv)
    files = sorted(args.data.glob("*/*.txt"))
    if not files:
        print(f"bench data not found at {args.data}; skipping the speed check")
        return 0
    start = time.perf_counter()
    sources = [read_source(path) for path in files]
    reading = time.perf_counter() - start
    words = sum(len(_WORD.findall(s.text)) for s in sources)
    parsing = _time(sources, _baseline, args.repeat)
    analysing = _time(sources, _analysis, args.repeat)

    def per_word(seconds: float) -> float:
        return 1000 * seconds / words

    print(f"articles: {len(sources)}   words: {words}")
    print(f"  baseline  read + parse + sentences  {per_word(reading + parsing):.4f} ms/word")
    print(f"  analysis  read + parse + quotes     {per_word(reading + analysing):.4f} ms/word")
    print(f"            quotes and speakers alone {per_word(analysing - parsing):.4f} ms/word")
    verdict = "ok" if per_word(reading + analysing) < TARGET_MS_PER_WORD else "TOO SLOW"
    print(f"  target    < {TARGET_MS_PER_WORD:.1f} ms/word: {verdict}")
    return 0 if verdict == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
