"""Evaluate the rule-based simplifier on ASSET's development (validation) split.

Usage::

    python -m bench.simplify.evaluate [--data ../shared/bench/asset-valid]
        [--levels plain easy] [--limit N] [--output DIR] [--halves]

Each input line is simplified on its own (``--each-line`` semantics: one output
line per input line, split sentences joined with a space). Every measure is
printed next to the copy baseline (output = input) computed in the same run,
because SARI rewards deletion and means little alone: FKGL shows whether the
output got easier, BLEU whether it stayed close to what people wrote, and
"facts kept" whether anything true was lost.

Only the validation split is read; ASSET's test split is never used.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from accessible.sentences import split_sentences
from accessible.simplify import Level, simplify_sentence
from accessible.simplify.facts import facts, mentions

from .sari import SariScore, corpus_sari

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "bench" / "asset-valid"
REFERENCES = 10


@dataclass(frozen=True)
class Scores:
    """Every measure for one system output."""

    sari: SariScore
    fkgl: float
    bleu: float
    facts_kept: float
    words_per_sentence: float
    seconds: float


def read_lines(path: Path) -> list[str]:
    """Lines of a file that has no final newline (as ASSET's are)."""
    return path.read_text(encoding="utf-8").rstrip("\n").split("\n")


def load(data: Path) -> tuple[list[str], list[list[str]]]:
    orig = read_lines(data / "orig.txt")
    refs = [read_lines(data / f"ref.{i}.txt") for i in range(REFERENCES)]
    if any(len(r) != len(orig) for r in refs):
        raise SystemExit("references are not aligned with orig.txt")
    return orig, refs


def simplify_lines(lines: Sequence[str], level: Level) -> tuple[list[str], float]:
    """One output line per input line, and the seconds it took."""
    start = time.perf_counter()
    out = [" ".join(simplify_sentence(line, level)[0]) for line in lines]
    return out, time.perf_counter() - start


def share_of_facts_kept(orig: Sequence[str], out: Sequence[str]) -> float:
    """Corpus share of input facts present in the output line made from them."""
    total = kept = 0
    for source, system in zip(orig, out, strict=True):
        wanted = facts(source)
        total += sum(wanted.values())
        kept += sum((wanted & mentions(system)).values())
    return kept / total if total else 1.0


def score(
    orig: Sequence[str], out: Sequence[str], refs: Sequence[Sequence[str]], seconds: float
) -> Scores:
    import sacrebleu
    import textstat

    sentences = sum(max(1, len(split_sentences(line))) for line in out)
    words = sum(len(line.split()) for line in out)
    return Scores(
        sari=corpus_sari(orig, out, refs),
        fkgl=float(textstat.flesch_kincaid_grade(" ".join(out))),
        bleu=float(sacrebleu.corpus_bleu(list(out), [list(r) for r in refs]).score),
        facts_kept=share_of_facts_kept(orig, out),
        words_per_sentence=words / sentences if sentences else 0.0,
        seconds=seconds,
    )


def _row(name: str, s: Scores, lines: int, words: int) -> str:
    speed = f"{lines / s.seconds:8.0f}" if s.seconds > 0 else "       -"
    ms_per_word = f"{1000 * s.seconds / words:7.3f}" if s.seconds > 0 else "      -"
    return (
        f"{name:<14}{s.sari.sari:7.2f}{s.sari.add:7.2f}{s.sari.keep:7.2f}{s.sari.delete:7.2f}"
        f"{s.fkgl:7.2f}{s.bleu:7.2f}{100 * s.facts_kept:8.2f}{s.words_per_sentence:7.1f}"
        f"{speed}{ms_per_word}"
    )


HEADER = (
    f"{'system':<14}{'SARI':>7}{'add':>7}{'keep':>7}{'del':>7}{'FKGL':>7}{'BLEU':>7}"
    f"{'facts%':>8}{'w/sent':>7}{'sent/s':>8}{'ms/word':>7}"
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--levels", nargs="+", choices=["plain", "easy"], default=["plain", "easy"])
    parser.add_argument("--limit", type=int, default=0, help="only the first N lines")
    parser.add_argument("--output", type=Path, help="write each level's output lines here")
    parser.add_argument(
        "--halves", action="store_true", help="also score each half (a check against overfitting)"
    )
    args = parser.parse_args(argv)
    if not (args.data / "orig.txt").exists():
        print(f"no benchmark data at {args.data}; skipping", file=sys.stderr)
        return 0
    orig, refs = load(args.data)
    if args.limit:
        orig, refs = orig[: args.limit], [r[: args.limit] for r in refs]
    words = sum(len(line.split()) for line in orig)
    print(f"ASSET validation: {len(orig)} lines, {words} words, {REFERENCES} references\n")
    print(HEADER)
    copy = score(orig, orig, refs, 0.0)
    print(_row("copy", copy, len(orig), words))
    for level in args.levels:
        out, seconds = simplify_lines(orig, level)
        print(_row(level, score(orig, out, refs, seconds), len(orig), words))
        if args.output:
            args.output.mkdir(parents=True, exist_ok=True)
            (args.output / f"{level}.txt").write_text("\n".join(out), encoding="utf-8")
        if args.halves:
            middle = len(orig) // 2
            for name, part in (
                ("first half", slice(0, middle)),
                ("second half", slice(middle, None)),
            ):
                part_refs = [r[part] for r in refs]
                print(_row(f"  {name}", score(orig[part], out[part], part_refs, 0.0), 0, 1))
                print(_row("  copy", score(orig[part], orig[part], part_refs, 0.0), 0, 1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
