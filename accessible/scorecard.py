"""The readability report for people: a terminal table or Markdown, from the report JSON.

Positions are shown as line and column (what an editor jumps to); the JSON
keeps character offsets for tools.
"""

from __future__ import annotations

from typing import Any

from .model import Article

FORMULAS = (
    ("flesch_reading_ease", "Flesch reading ease", "0-100, higher is easier; 60+ is plain"),
    ("flesch_kincaid_grade", "Flesch-Kincaid grade", "US school grade; 8 or under is plain"),
    ("gunning_fog", "Gunning fog", "years of schooling needed"),
    ("smog_index", "SMOG", "years of schooling needed"),
    ("coleman_liau_index", "Coleman-Liau", "US school grade"),
    ("automated_readability_index", "ARI", "US school grade"),
    ("dale_chall", "Dale-Chall", "under 5 easy, 9+ college"),
    ("linsear_write", "Linsear Write", "US school grade"),
    ("spache", "Spache", "grade, for early readers"),
    ("lix", "LIX", "under 30 very easy, 60+ very hard"),
    ("rix", "RIX", "long words per sentence"),
    ("mcalpine_eflaw", "McAlpine EFLAW", "under 20 easy for learners of English"),
    ("consensus_grade", "Consensus grade", "median of the grade estimates"),
)


def position(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


def _minutes(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"


def _short(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _sections(report: dict[str, Any], article: Article) -> list[tuple[str, list[list[str]]]]:
    text = article.text
    scores = report["article"]
    formulas = [[label, f"{scores[key]:g}", meaning] for key, label, meaning in FORMULAS]
    paragraphs = [
        [str(p["index"] + 1), position(text, p["start"]), str(p["words"]), str(p["sentences"]),
         f"{p['flesch_kincaid_grade']:g}", f"{p['flesch_reading_ease']:g}",
         f"{p['consensus_grade']:g}"]
        for p in report["paragraphs"]
    ]  # fmt: skip
    hard = [
        [position(text, s["start"]), ", ".join(s["flags"]), f"{s['grade']:g}", str(s["words"]),
         _short(s["text"])]
        for s in report["hard_sentences"]
    ]  # fmt: skip
    passive = [[position(text, f["start"]), f["text"]] for f in report["passive_voice"]]
    plainer = [
        [position(text, f["start"]), f["text"], f["suggestion"]] for f in report["plainer_words"]
    ]
    return [
        ("Formula|Score|Meaning", formulas),
        ("Paragraph|At|Words|Sentences|FK grade|Reading ease|Consensus", paragraphs),
        ("At|Flags|Grade|Words|Sentence", hard),
        ("At|Passive voice", passive),
        ("At|Word|Plainer", plainer),
    ]


TITLES = (
    "Article",
    "Paragraphs",
    "Hard (grade 10+), very hard (14+) and long (20+ words) sentences",
    "Passive voice",
    "Words with plainer alternatives",
)


def _summary(report: dict[str, Any], article: Article) -> str:
    a = report["article"]
    return (
        f"{article.title_text or article.source.path}\n"
        f"{a['words']} words, {a['sentences']} sentences, "
        f"reading time {_minutes(a['reading_time_s'])}, "
        f"grade {a['flesch_kincaid_grade']:g} (Flesch-Kincaid), "
        f"reading ease {a['flesch_reading_ease']:g}"
    )


def to_table(report: dict[str, Any], article: Article) -> str:
    """Plain-text tables with aligned columns, for a terminal."""
    out = [_summary(report, article)]
    for title, (header, rows) in zip(TITLES, _sections(report, article), strict=True):
        out += ["", f"{title}:"]
        if not rows:
            out.append("  none")
            continue
        table = [header.split("|"), *rows]
        widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
        for row in table:
            cells = (cell.ljust(w) for cell, w in zip(row, widths, strict=True))
            out.append(("  " + "  ".join(cells)).rstrip())
    return "\n".join(out).rstrip() + "\n"


def to_markdown(report: dict[str, Any], article: Article) -> str:
    """Markdown tables, for a pull request, a wiki or an editor's notes."""
    summary = _summary(report, article).split("\n")
    out = [f"# Readability: {summary[0]}", "", summary[1]]
    for title, (header, rows) in zip(TITLES, _sections(report, article), strict=True):
        out += ["", f"## {title}", ""]
        if not rows:
            out.append("None.")
            continue
        columns = header.split("|")
        out.append("| " + " | ".join(columns) + " |")
        out.append("|" + "---|" * len(columns))
        for row in rows:
            out.append("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    return "\n".join(out) + "\n"
