"""Score the HTML reader's article body against a ground-truth benchmark.

Usage: ``python bench/html/evaluate.py [--data DIR] [--verbose] [--through-analysis]``

DIR holds ``html/<key>.html.gz`` pages and ``ground-truth.json``
(``{key: {"articleBody": str, "url": str}}``, headline excluded), the layout of
the Scrapinghub article-extraction benchmark. Without ``--data`` the first of
``$ACCESSIBLE_HTML_BENCH``, ``<repo>/../shared/bench/html-dev`` and
``/work/shared/bench/html-dev`` that exists is used; with none, the script says
so and exits 0, so it can run anywhere.

Metric (the benchmark's own): tokens are ``\\w+`` runs; each text becomes a
multiset of 4-token shingles (a text of 1-3 tokens is one shorter shingle);
per page TP = |pred ∩ truth|, FP = |pred - truth|, FN = |truth - pred| over
the multisets. Per page, precision = TP/(TP+FP) and recall = TP/(TP+FN).
Empty cases: if both texts are empty (FP = FN = 0) the page scores 1 for
both; a page with an empty prediction has no precision and is left out of
the precision average (as in the published benchmark) but scores recall 0;
a page with an empty truth is likewise left out of the recall average.
Precision and recall are averaged over pages and F1 is the harmonic mean of
the two averages. The number of empty predictions is printed so it is never
hidden. Our body text is ``Extracted.paragraphs`` joined with newlines; the
same run also scores plain ``trafilatura.extract`` with default settings.
``--through-analysis`` also scores the body as the rest of the pipeline sees
it: the paragraphs of ``accessible.pipeline.analyze_bytes`` joined with
newlines, so what the article model drops or changes on the way (empty
paragraphs, the standfirst moved to the header, whitespace) is counted too.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from accessible.readers import ReaderError  # noqa: E402
from accessible.readers.html import read_html  # noqa: E402

_TOKEN = re.compile(r"\w+")
Shingle = tuple[str, ...]


@dataclass(frozen=True)
class PageScore:
    key: str
    tp: int
    fp: int
    fn: int
    seconds: float

    @property
    def precision(self) -> float | None:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp + self.fp == 0:
            return None  # empty prediction: no precision to speak of
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp + self.fn == 0:
            return None  # empty truth
        return self.tp / (self.tp + self.fn)


@dataclass(frozen=True)
class Totals:
    precision: float
    recall: float
    f1: float
    empty: int
    seconds: float


def shingles(text: str, n: int = 4) -> Counter[Shingle]:
    """Multiset of n-token shingles; a text shorter than n tokens is one shingle."""
    toks = _TOKEN.findall(text)
    if not toks:
        return Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)))


def score_page(key: str, truth: str, pred: str, seconds: float) -> PageScore:
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    return PageScore(key, tp, sum((p - t).values()), sum((t - p).values()), seconds)


def totals(pages: list[PageScore]) -> Totals:
    ps = [s.precision for s in pages if s.precision is not None]
    rs = [s.recall for s in pages if s.recall is not None]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    empty = sum(1 for s in pages if s.tp + s.fp == 0 and s.fn > 0)
    return Totals(p, r, f1, empty, sum(s.seconds for s in pages))


def ours(html: bytes, url: str) -> str:
    try:
        return "\n".join(read_html(html, url).paragraphs)
    except ReaderError:
        return ""


def through_analysis(html: bytes, url: str) -> str:
    from accessible.errors import InputError
    from accessible.pipeline import analyze_bytes

    try:
        article = analyze_bytes(html, "page.html")
    except InputError:
        return ""
    return "\n".join(p.span.of(article.text) for p in article.paragraphs)


def trafilatura_default(html: bytes, url: str) -> str:
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    return trafilatura.extract(html, url=url) or ""


def run(
    data: Path, extract: Callable[[bytes, str], str], keys: list[str] | None
) -> list[PageScore]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        if keys and not any(key.startswith(k) for k in keys):
            continue
        html = gzip.decompress((data / "html" / f"{key}.html.gz").read_bytes())
        start = time.perf_counter()
        pred = extract(html, truth[key].get("url", ""))
        elapsed = time.perf_counter() - start
        pages.append(score_page(key, truth[key].get("articleBody", ""), pred, elapsed))
    return pages


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def find_data(given: Path | None) -> Path | None:
    candidates = (
        [given]
        if given
        else [Path(p) for p in (os.environ.get("ACCESSIBLE_HTML_BENCH"),) if p]
        + [REPO.parent / "shared/bench/html-dev", Path("/work/shared/bench/html-dev")]
    )
    return next((c for c in candidates if (c / "ground-truth.json").is_file()), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, help="benchmark folder (html/, ground-truth.json)")
    parser.add_argument("--verbose", "-v", action="store_true", help="per-page figures")
    parser.add_argument("--no-baseline", action="store_true", help="skip trafilatura default")
    parser.add_argument(
        "--through-analysis",
        action="store_true",
        help="also score the paragraphs of the full analysis (accessible.pipeline.analyze_bytes)",
    )
    parser.add_argument("keys", nargs="*", help="only pages whose key starts with these")
    args = parser.parse_args(argv)

    data = find_data(args.data)
    if data is None:
        print("HTML benchmark data not found (shared/bench/html-dev); skipping.")
        return 0
    systems: list[tuple[str, Callable[[bytes, str], str]]] = [("accessible", ours)]
    if args.through_analysis:
        systems.append(("through-analysis", through_analysis))
    if not args.no_baseline:
        systems.append(("trafilatura-default", trafilatura_default))
    results = {name: run(data, fn, args.keys or None) for name, fn in systems}

    if args.verbose:
        names = list(results)
        header = "page      " + "".join(f"{n[:19]:>20}" for n in names)
        print(header + "\n" + " " * 10 + "".join(f"{'P     R':>20}" for _ in names))
        for i, page in enumerate(results[names[0]]):
            row = f"{page.key[:8]:<10}"
            for name in names:
                s = results[name][i]
                row += f"{_fmt(s.precision):>14} {_fmt(s.recall)}"
            print(row)
        print()
    print(f"{len(results['accessible'])} pages from {data}")
    for name, pages in results.items():
        t = totals(pages)
        print(
            f"{name:<20} precision={t.precision:.4f}  recall={t.recall:.4f}  F1={t.f1:.4f}"
            f"  empty={t.empty}  time={t.seconds:.1f}s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
