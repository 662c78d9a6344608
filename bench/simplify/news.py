"""Measure the article simplifier on real news: the sample and the news-dev set.

Usage::

    python -m bench.simplify.news [--data ../shared/bench/news-dev] [--limit N]
        [--sample samples/scales-of-justice.txt] [--worst N]

For each level it reports, over the rewritten narration (every sentence but
the verbatim quotations, as the article API measures it): the share of
sentences within the level's length limit, the distribution of article
Flesch–Kincaid grades before and after, words per sentence, the share of
facts kept (numbers, names, negations, quotations) and the speed of the
simplifier alone (analysis — parsing, quote finding — is timed apart, since
the simplifier is handed an analysed article).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from accessible.model import Article
from accessible.pipeline import analyze_path
from accessible.readability import words
from accessible.simplify import Level, PlainArticle, simplify_article

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "news-dev"
SAMPLE = ROOT / "samples" / "scales-of-justice.txt"
LIMITS: dict[Level, int] = {"plain": 20, "easy": 15}
"""Easy Read: every sentence at most 15 words; plain: the average at most 20."""
TARGET_GRADE: dict[Level, float] = {"plain": 8.0, "easy": 6.0}


@dataclass
class Tally:
    """Figures for one level over many articles."""

    grades_before: list[float] = field(default_factory=list)
    grades_after: list[float] = field(default_factory=list)
    per_sentence: list[float] = field(default_factory=list)
    sentences: int = 0
    within: int = 0
    facts_total: int = 0
    facts_lost: int = 0
    perfect: int = 0
    seconds: float = 0.0
    worst: list[tuple[int, str]] = field(default_factory=list)

    def add(self, result: PlainArticle, seconds: float, limit: int) -> None:
        summary = result.summary()
        self.grades_before.append(summary.before.flesch_kincaid_grade)
        self.grades_after.append(summary.after.flesch_kincaid_grade)
        if summary.after.sentences:
            self.per_sentence.append(summary.after.words / summary.after.sentences)
        for sentence in result.narration_sentences():
            n = len(words(sentence))
            self.sentences += 1
            self.within += n <= limit
            if n > limit:
                self.worst.append((n, sentence))
        self.facts_total += result.facts.total
        self.facts_lost += len(result.facts.lost)
        self.perfect += not result.facts.lost
        self.seconds += seconds


def _quantiles(values: Sequence[float]) -> str:
    if len(values) < 2:
        return " ".join(f"{v:.1f}" for v in values)
    q = statistics.quantiles(values, n=10)
    return f"p10 {q[0]:.1f}  median {statistics.median(values):.1f}  p90 {q[8]:.1f}"


def report(level: Level, tally: Tally, articles: int, total_words: int, worst: int) -> None:
    grade_ok = sum(g <= TARGET_GRADE[level] for g in tally.grades_after)
    print(f"\n[{level}] {articles} articles, {tally.sentences} narration sentences")
    print(f"  grade before: {_quantiles(tally.grades_before)}")
    print(f"  grade after:  {_quantiles(tally.grades_after)}")
    print(f"  articles at grade <= {TARGET_GRADE[level]:.0f}: {100 * grade_ok / articles:.1f}%")
    print(f"  words/sentence after: {_quantiles(tally.per_sentence)}")
    share = 100 * tally.within / tally.sentences if tally.sentences else 100.0
    print(f"  sentences <= {LIMITS[level]} words: {share:.1f}%")
    kept = 1 - tally.facts_lost / tally.facts_total if tally.facts_total else 1.0
    print(
        f"  facts kept: {100 * kept:.3f}% of {tally.facts_total}; "
        f"articles with every fact: {100 * tally.perfect / articles:.1f}%"
    )
    print(f"  speed: {1000 * tally.seconds / total_words:.3f} ms/word ({tally.seconds:.1f} s)")
    for n, sentence in sorted(tally.worst, key=lambda x: -x[0])[:worst]:
        print(f"    [{n}] {sentence}")


def sample(path: Path) -> None:
    """The sample article, before and after, at both levels."""
    article = analyze_path(path)
    print(f"sample: {path.name}")
    for level in ("plain", "easy"):
        s = simplify_article(article, level).summary()
        b, a = s.before, s.after
        print(
            f"  {level:<5} grade {b.flesch_kincaid_grade:5.1f} -> {a.flesch_kincaid_grade:4.1f}"
            f"   words/sentence {b.words / b.sentences:4.1f} -> {a.words / a.sentences:4.1f}"
            f"   longest {s.longest_before} -> {s.longest_after}"
            f"   facts kept {100 * s.facts.kept:.1f}%   quoted {s.quoted_sentences} sentences"
            f" / {s.quoted_words} words verbatim"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sample", type=Path, default=SAMPLE)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--worst", type=int, default=0, help="show the N longest sentences")
    args = parser.parse_args(argv)
    sample(args.sample)
    paths = sorted(args.data.glob("*/*.txt"))
    if not paths:
        print(f"no news articles at {args.data}; skipping", file=sys.stderr)
        return 0
    if args.limit:
        paths = paths[: args.limit]
    start = time.perf_counter()
    articles: list[Article] = [analyze_path(p) for p in paths]
    analysis = time.perf_counter() - start
    total_words = sum(len(words(a.text)) for a in articles)
    print(f"\nnews-dev: {len(articles)} articles, {total_words} words")
    print(f"analysis (parse + quotes): {1000 * analysis / total_words:.3f} ms/word")
    levels: tuple[Level, ...] = ("plain", "easy")
    for level in levels:
        tally = Tally()
        for article in articles:
            begin = time.perf_counter()
            result = simplify_article(article, level)
            tally.add(result, time.perf_counter() - begin, LIMITS[level])
        report(level, tally, len(articles), total_words, args.worst)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
