"""Score quote detection and speaker attribution against the hand-annotated gold set.

Each file in ``gold/`` annotates one article of the BBC news-dev set (read from
``--data``, default ``/work/shared/bench/news-dev``).  For every gold article the
predictor is called on the article text and its quotes are compared with the gold
quotes:

* **strict** span match: after trimming whitespace and punctuation at both ends,
  the predicted and gold spans cover exactly the same characters;
* **lenient** span match: the trimmed spans overlap by at least 50% of the longer
  one's characters.

Matching is one-to-one.  Speaker accuracy is measured on the gold *direct* quotes
that were matched (leniently): the prediction is right when its speaker's name
equals the gold speaker's name or one of its aliases (ignoring case, a leading
title such as "Mr" or "Dr" and a leading article), or when both are null.

Usage (from the repository root)::

    python bench/quotes/evaluate.py --check
    python bench/quotes/evaluate.py --predictor bench.quotes.evaluate:straight_quotes_baseline
    python bench/quotes/evaluate.py --verbose          # default predictor: accessible:analyze_text
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

REPO_ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = Path(__file__).resolve().parent / "gold"
DEFAULT_DATA_DIR = Path(os.environ.get("ACCESSIBLE_BENCH_NEWS", "/work/shared/bench/news-dev"))
DEFAULT_PREDICTOR = "accessible:analyze_text"
LENIENT_OVERLAP = 0.5

Kind = Literal["direct", "fragment"]
Predictor = Callable[[str], Mapping[str, Any]]

TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady"}
    | {"rev", "revd", "reverend", "st", "president", "senator"}
)
ARTICLES = frozenset({"a", "an", "the"})


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class GoldSpeaker:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    description: str | None = None
    gender: str | None = None

    @property
    def names(self) -> frozenset[str]:
        """Every accepted spelling, normalised with :func:`normalise_name`."""
        return frozenset(normalise_name(n) for n in (self.name, *self.aliases))


@dataclass(frozen=True, slots=True)
class GoldQuote:
    start: int
    end: int
    text: str
    speaker: str | None
    kind: Kind


@dataclass(frozen=True, slots=True)
class GoldArticle:
    path: str
    speakers: tuple[GoldSpeaker, ...]
    quotes: tuple[GoldQuote, ...]
    file: Path

    def speaker(self, speaker_id: str | None) -> GoldSpeaker | None:
        for speaker in self.speakers:
            if speaker.id == speaker_id:
                return speaker
        return None


@dataclass(frozen=True, slots=True)
class PredictedQuote:
    start: int
    end: int
    speaker_name: str | None
    kind: str


@dataclass(slots=True)
class Counts:
    """True positives against the number of predicted and gold items."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold


@dataclass(slots=True)
class ArticleResult:
    path: str
    all_strict: Counts
    all_lenient: Counts
    direct_strict: Counts
    direct_lenient: Counts
    speaker_correct: int = 0
    speaker_total: int = 0
    gold_direct: int = 0
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)
    failure: str | None = None


@dataclass(slots=True)
class Report:
    articles: list[ArticleResult] = field(default_factory=list)

    def total(self, attr: str) -> Counts:
        out = Counts()
        for article in self.articles:
            counts = getattr(article, attr)
            assert isinstance(counts, Counts)
            out.add(counts)
        return out

    @property
    def speaker_correct(self) -> int:
        return sum(a.speaker_correct for a in self.articles)

    @property
    def speaker_total(self) -> int:
        return sum(a.speaker_total for a in self.articles)

    @property
    def gold_direct(self) -> int:
        return sum(a.gold_direct for a in self.articles)

    @property
    def failures(self) -> int:
        return sum(1 for a in self.articles if a.failure is not None)

    def as_dict(self) -> dict[str, Any]:
        def block(c: Counts) -> dict[str, float | int]:
            return {
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
                "tp": c.tp,
                "pred": c.pred,
                "gold": c.gold,
            }

        n = self.speaker_total
        return {
            "articles": len(self.articles),
            "failures": self.failures,
            "all": {
                "strict": block(self.total("all_strict")),
                "lenient": block(self.total("all_lenient")),
            },
            "direct": {
                "strict": block(self.total("direct_strict")),
                "lenient": block(self.total("direct_lenient")),
            },
            "speaker": {
                "accuracy": round(self.speaker_correct / n, 4) if n else 0.0,
                "correct": self.speaker_correct,
                "n": n,
                "gold_direct": self.gold_direct,
            },
        }


# ------------------------------------------------------------------------ loading


def read_source(data_dir: Path, rel_path: str) -> str:
    """The article exactly as the offsets see it: UTF-8, no newline translation."""
    with open(data_dir / rel_path, encoding="utf-8", newline="") as handle:
        return handle.read()


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def load_gold(file: Path) -> GoldArticle:
    raw = json.loads(file.read_text(encoding="utf-8"))
    speakers = tuple(
        GoldSpeaker(
            id=str(s["id"]),
            name=str(s["name"]),
            aliases=tuple(str(a) for a in s.get("aliases", [])),
            description=_str_or_none(s.get("description")),
            gender=_str_or_none(s.get("gender")),
        )
        for s in raw["speakers"]
    )
    quotes = tuple(
        GoldQuote(
            start=int(q["start"]),
            end=int(q["end"]),
            text=str(q["text"]),
            speaker=_str_or_none(q.get("speaker")),
            kind="fragment" if q.get("kind") == "fragment" else "direct",
        )
        for q in raw["quotes"]
    )
    return GoldArticle(path=str(raw["path"]), speakers=speakers, quotes=quotes, file=file)


def gold_files(gold_dir: Path = GOLD_DIR) -> list[Path]:
    return sorted(gold_dir.glob("*.json"))


def load_predictor(spec: str) -> Predictor:
    """Import ``module:function`` (imported only when asked for)."""
    module_name, sep, func_name = spec.partition(":")
    if not sep or not module_name or not func_name:
        raise ValueError(f"predictor must look like module:function, got {spec!r}")
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    module = importlib.import_module(module_name)
    func = getattr(module, func_name)
    if not callable(func):
        raise TypeError(f"{spec} is not callable")
    predictor: Predictor = func
    return predictor


def parse_prediction(analysis: Mapping[str, Any]) -> list[PredictedQuote]:
    """Read the analysis JSON: quotes with offsets, speaker ids resolved to names.

    A speaker value that is not the id of any listed speaker is taken as a name.
    """
    names: dict[str, str] = {}
    for speaker in analysis.get("speakers") or []:
        if isinstance(speaker, Mapping) and "id" in speaker:
            names[str(speaker["id"])] = str(speaker.get("name") or "")
    out = []
    for quote in analysis.get("quotes") or []:
        sid = quote.get("speaker")
        name = None if sid is None else names.get(str(sid), str(sid))
        out.append(
            PredictedQuote(
                start=int(quote["start"]),
                end=int(quote["end"]),
                speaker_name=name or None,
                kind=str(quote.get("kind") or "direct"),
            )
        )
    return out


# ------------------------------------------------------------------------ scoring


def _is_trimmable(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith("P")


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past whitespace and punctuation at both ends."""
    start, end = max(start, 0), min(end, len(text))
    while start < end and _is_trimmable(text[start]):
        start += 1
    while end > start and _is_trimmable(text[end - 1]):
        end -= 1
    return start, end


def normalise_name(name: str) -> str:
    """Casefold, drop leading articles and titles, collapse spaces and edge punctuation."""
    words = name.casefold().replace("\u2019", "'").split()
    while words and (words[0] in ARTICLES or words[0].rstrip(".") in TITLES):
        words = words[1:]
    return " ".join(words).strip(" .,;:'\"")


def names_match(predicted: str | None, gold: GoldSpeaker | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return normalise_name(predicted) in gold.names


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]], *, lenient: bool
) -> dict[int, int]:
    """One-to-one matching of (already trimmed) spans; returns {gold index: pred index}.

    Strict: identical spans.  Lenient: overlap of at least half the longer span,
    assigned greedily from the largest overlap down.
    """
    candidates: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g[1] <= g[0] or p[1] <= p[0]:
                continue
            if lenient:
                ov = _overlap(g, p)
                if ov > 0 and ov >= LENIENT_OVERLAP * max(g[1] - g[0], p[1] - p[0]):
                    candidates.append((-ov, gi, pi))
            elif g == p:
                candidates.append((0, gi, pi))
    candidates.sort()
    used_pred: set[int] = set()
    matches: dict[int, int] = {}
    for _, gi, pi in candidates:
        if gi not in matches and pi not in used_pred:
            matches[gi] = pi
            used_pred.add(pi)
    return matches


def _snippet(text: str, span: tuple[int, int], width: int = 70) -> str:
    s = text[span[0] : span[1]].replace("\n", " ")
    return s if len(s) <= width else s[: width - 3] + "..."


def score_article(
    gold: GoldArticle, text: str, predicted: Sequence[PredictedQuote]
) -> ArticleResult:
    g_spans = [trim_span(text, q.start, q.end) for q in gold.quotes]
    p_spans = [trim_span(text, q.start, q.end) for q in predicted]
    g_direct = [i for i, q in enumerate(gold.quotes) if q.kind == "direct"]
    p_direct = [i for i, q in enumerate(predicted) if q.kind == "direct"]

    def counts(g_idx: list[int], p_idx: list[int], lenient: bool) -> tuple[Counts, dict[int, int]]:
        m = match_spans([g_spans[i] for i in g_idx], [p_spans[i] for i in p_idx], lenient=lenient)
        mapped = {g_idx[gi]: p_idx[pi] for gi, pi in m.items()}
        return Counts(tp=len(m), pred=len(p_idx), gold=len(g_idx)), mapped

    all_g, all_p = list(range(len(g_spans))), list(range(len(p_spans)))
    all_strict, strict_map = counts(all_g, all_p, False)
    all_lenient, lenient_map = counts(all_g, all_p, True)
    direct_strict, _ = counts(g_direct, p_direct, False)
    direct_lenient, _ = counts(g_direct, p_direct, True)
    result = ArticleResult(
        gold.path, all_strict, all_lenient, direct_strict, direct_lenient, gold_direct=len(g_direct)
    )

    for gi in g_direct:
        if gi not in lenient_map:
            continue
        gold_speaker = gold.speaker(gold.quotes[gi].speaker)
        pred_name = predicted[lenient_map[gi]].speaker_name
        result.speaker_total += 1
        if names_match(pred_name, gold_speaker):
            result.speaker_correct += 1
        else:
            expected = gold_speaker.name if gold_speaker else "(none)"
            result.errors.append(
                ("speaker", _snippet(text, g_spans[gi]), expected, pred_name or "(none)")
            )

    for gi, q in enumerate(gold.quotes):
        if gi not in lenient_map:
            result.errors.append(("missed " + q.kind, _snippet(text, g_spans[gi]), "", ""))
        elif gi not in strict_map:
            p = p_spans[lenient_map[gi]]
            result.errors.append(("boundary", _snippet(text, g_spans[gi]), "", _snippet(text, p)))
    matched_pred = set(lenient_map.values())
    for pi, p in enumerate(p_spans):
        if pi not in matched_pred:
            result.errors.append(("spurious", "", "", _snippet(text, p)))
    return result


def evaluate(
    predictor: Predictor, gold_dir: Path = GOLD_DIR, data_dir: Path = DEFAULT_DATA_DIR
) -> Report:
    report = Report()
    for file in gold_files(gold_dir):
        gold = load_gold(file)
        text = read_source(data_dir, gold.path)
        failure = None
        try:
            predicted = parse_prediction(predictor(text))
        except Exception as exc:  # a broken article must not hide the others' scores
            predicted, failure = [], f"{type(exc).__name__}: {exc}"
        result = score_article(gold, text, predicted)
        result.failure = failure
        report.articles.append(result)
    return report


# ------------------------------------------------------------------------- checks


def check_gold(gold_dir: Path = GOLD_DIR, data_dir: Path = DEFAULT_DATA_DIR) -> list[str]:
    """Problems in the gold files (empty when all is well)."""
    problems: list[str] = []
    files = gold_files(gold_dir)
    if not files:
        return [f"no gold files in {gold_dir}"]
    for file in files:
        where = file.name
        try:
            gold = load_gold(file)
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"{where}: unreadable ({type(exc).__name__}: {exc})")
            continue
        expected_name = gold.path.replace("/", "__").removesuffix(".txt") + ".json"
        if file.name != expected_name:
            problems.append(f"{where}: file name does not match path {gold.path!r}")
        try:
            text = read_source(data_dir, gold.path)
        except OSError as exc:
            problems.append(f"{where}: cannot read article: {exc}")
            continue
        ids = [s.id for s in gold.speakers]
        if len(ids) != len(set(ids)):
            problems.append(f"{where}: duplicate speaker ids")
        raw = json.loads(file.read_text(encoding="utf-8"))
        for i, q in enumerate(raw["quotes"]):
            if q.get("kind") not in ("direct", "fragment"):
                problems.append(f"{where}: quote {i}: bad kind {q.get('kind')!r}")
        previous: GoldQuote | None = None
        for i, q in enumerate(sorted(gold.quotes, key=lambda q: (q.start, q.end))):
            if not 0 <= q.start < q.end <= len(text):
                problems.append(f"{where}: quote {i}: bad offsets [{q.start}, {q.end})")
                continue
            if text[q.start : q.end] != q.text:
                problems.append(
                    f"{where}: quote at {q.start}: text {q.text[:40]!r} != source "
                    f"{text[q.start : q.end][:40]!r}"
                )
            if "\n" in q.text:
                problems.append(f"{where}: quote at {q.start} runs over a paragraph break")
            if q.speaker is not None and q.speaker not in ids:
                problems.append(f"{where}: quote at {q.start}: unknown speaker {q.speaker!r}")
            if previous is not None and q.start < previous.end:
                problems.append(f"{where}: quotes at {previous.start} and {q.start} overlap")
            previous = q
    return problems


# ---------------------------------------------------------------------- baseline


def straight_quotes_baseline(text: str) -> dict[str, Any]:
    """Trivial predictor: consecutive pairs of ``"`` within a paragraph, no speakers."""
    quotes: list[dict[str, Any]] = []
    offset = 0
    for line in text.split("\n"):
        marks = [offset + i for i, c in enumerate(line) if c == '"']
        for open_, close in zip(marks[0::2], marks[1::2], strict=False):
            quotes.append(
                {
                    "id": f"q{len(quotes) + 1}",
                    "start": open_ + 1,
                    "end": close,
                    "text": text[open_ + 1 : close],
                    "speaker": None,
                    "confidence": 0.5,
                    "kind": "direct",
                }
            )
        offset += len(line) + 1
    return {"speakers": [], "quotes": quotes}


# ---------------------------------------------------------------------- reporting


def _line(label: str, c: Counts) -> str:
    return (
        f"  {label:<18} P {c.precision:6.1%}  R {c.recall:6.1%}  F1 {c.f1:6.1%}"
        f"   (tp {c.tp}, pred {c.pred}, gold {c.gold})"
    )


def format_report(report: Report, *, verbose: bool = False) -> str:
    lines: list[str] = []
    if verbose:
        for a in report.articles:
            lines.append(
                f"{a.path}: gold {a.all_strict.gold} pred {a.all_strict.pred} "
                f"strict {a.all_strict.tp} lenient {a.all_lenient.tp} "
                f"speaker {a.speaker_correct}/{a.speaker_total}"
            )
            if a.failure:
                lines.append(f"  PREDICTOR FAILED: {a.failure}")
            for kind, gold_text, expected, got in a.errors:
                row = f"  {kind:<16}"
                if gold_text:
                    row += f" gold: {gold_text!r}"
                if expected:
                    row += f"  expected: {expected}"
                if kind == "speaker":
                    row += f"  got: {got}"
                elif kind in ("boundary", "spurious"):
                    row += f"  got: {got!r}"
                lines.append(row)
        lines.append("")
    n = report.speaker_total
    acc = report.speaker_correct / n if n else 0.0
    lines += [
        f"articles: {len(report.articles)}   predictor failures: {report.failures}",
        "all quotes",
        _line("strict", report.total("all_strict")),
        _line("lenient (>=50%)", report.total("all_lenient")),
        "direct quotes only",
        _line("strict", report.total("direct_strict")),
        _line("lenient (>=50%)", report.total("direct_lenient")),
        f"speaker accuracy on matched direct quotes: {acc:.1%}"
        f"  ({report.speaker_correct}/{n}; gold direct quotes: {report.gold_direct})",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--predictor", default=DEFAULT_PREDICTOR, help="module:function")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="news-dev directory")
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="gold annotation directory")
    parser.add_argument("--check", action="store_true", help="validate the gold files and exit")
    parser.add_argument("--verbose", "-v", action="store_true", help="per-article error table")
    parser.add_argument("--json", action="store_true", help="print the totals as JSON")
    args = parser.parse_args(argv)

    if not args.data.is_dir():
        print(f"bench data not found at {args.data}; skipping quote evaluation")
        return 0

    if args.check:
        problems = check_gold(args.gold, args.data)
        for problem in problems:
            print(problem)
        n_files = len(gold_files(args.gold))
        print(f"checked {n_files} gold files: {len(problems)} problem(s)")
        return 1 if problems else 0

    try:
        predictor = load_predictor(args.predictor)
    except (ImportError, AttributeError, ValueError, TypeError) as exc:
        print(f"cannot load predictor {args.predictor!r}: {exc}", file=sys.stderr)
        return 2
    report = evaluate(predictor, args.gold, args.data)
    for article in report.articles:
        if article.failure:
            print(f"predictor failed on {article.path}: {article.failure}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(format_report(report, verbose=args.verbose))
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
