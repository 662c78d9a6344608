"""The readability report for people: a terminal table or Markdown, from the report JSON.

Positions are shown as line and column (what an editor jumps to); the JSON
keeps character offsets for tools.
"""

from __future__ import annotations

from typing import Any

from .model import Article

_COLUMNS = {"flesch_kincaid_grade": "FK grade", "flesch_reading_ease": "Reading ease",
            "consensus_grade": "Consensus"}  # fmt: skip
"""Short paragraph-table headings; other formulas are headed by their name."""


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
    scores, named = report["article"], report["formulas"]
    formulas = [[f["name"], f"{scores[key]:g}", f["meaning"]] for key, f in named.items()]
    main = report["main_formulas"]
    columns = list(dict.fromkeys((main["grade"], main["ease"], "consensus_grade")))
    paragraphs = [
        [str(p["index"] + 1), position(text, p["start"]), str(p["words"]), str(p["sentences"]),
         *(f"{p[key]:g}" for key in columns)]
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
    headings = "|".join(_COLUMNS.get(key, named[key]["name"]) for key in columns)
    return [
        ("Formula|Score|Meaning", formulas),
        (f"Paragraph|At|Words|Sentences|{headings}", paragraphs),
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
    a, main, named = report["article"], report["main_formulas"], report["formulas"]
    grade = "Flesch-Kincaid" if main["grade"] == "flesch_kincaid_grade" else "consensus"
    ease = "reading ease" if main["ease"] == "flesch_reading_ease" else named[main["ease"]]["name"]
    return (
        f"{article.title_text or article.source.path}\n"
        f"{a['words']} words, {a['sentences']} sentences, "
        f"reading time {_minutes(a['reading_time_s'])}, "
        f"grade {a[main['grade']]:g} ({grade}), {ease} {a[main['ease']]:g}"
    )


def _notes(report: dict[str, Any]) -> list[str]:
    """What the report left out for this article's language, one line each."""
    return [f"- {note}" for note in report.get("notes", [])]


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
    if _notes(report):
        out += ["", "Notes:", *("  " + line for line in _notes(report))]
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
    if _notes(report):
        out += ["", "## Notes", "", *_notes(report)]
    return "\n".join(out) + "\n"
