"""Render a :class:`PlainArticle` as Markdown, plain text, HTML or JSON.

Every format shows the same blocks in the same order and ends with the
before/after readability summary, so a reader (or an editor checking the
rewrite) always sees how much easier the text became and that quotations
were kept word for word. The HTML page is self-contained — no scripts,
fonts or style sheets from elsewhere — because it must open offline and in
any assistive browser.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from .blocks import Heading, PlainArticle, Prose, Quotation, Summary

GLOSSARY_TITLE = "Words to know"
SUMMARY_TITLE = "How easy is this to read?"
_LEVEL_NAME = {"plain": "Plain language", "easy": "Easy Read"}


def _lines_md(article: PlainArticle, block: Prose) -> str:
    """Easy Read puts each sentence on its own line (a Markdown hard break)."""
    joiner = "  \n" if article.level == "easy" else " "
    return joiner.join(line.text for line in block.lines)


def to_markdown(article: PlainArticle) -> str:
    """The article as Markdown: title, blocks, glossary, then the summary."""
    out: list[str] = []
    if article.kicker:
        out.append(f"*{article.kicker}*")
    out.append(f"# {article.title}")
    if article.credit:
        out.append(f"Source: {article.credit}")
    for block in article.blocks:
        if isinstance(block, Heading):
            out.append(f"## {block.text}")
        elif isinstance(block, Prose):
            out.append(_lines_md(article, block))
        else:
            if block.lead:
                out.append("  \n".join(block.lead))
            out.append("\n>\n".join(f"> {q}" for q in block.quotes))
    if article.glossary:
        out.append(f"## {GLOSSARY_TITLE}")
        out.append("\n".join(f"- **{term}**: {meaning}" for term, meaning in article.glossary))
    out.append(f"## {SUMMARY_TITLE}")
    out.append(article.summary().sentence())
    return "\n\n".join(out) + "\n"


def to_text(article: PlainArticle) -> str:
    """The article as plain text: quotations indented under their lead-in."""
    out: list[str] = []
    if article.kicker:
        out.append(article.kicker)
    out.append(article.title)
    if article.credit:
        out.append(f"Source: {article.credit}")
    for block in article.blocks:
        if isinstance(block, Heading):
            out.append(block.text)
        elif isinstance(block, Prose):
            joiner = "\n" if article.level == "easy" else " "
            out.append(joiner.join(line.text for line in block.lines))
        else:
            quotes = "\n\n".join(f"    {q}" for q in block.quotes)
            out.append("\n".join([*block.lead, quotes]) if block.lead else quotes)
    if article.glossary:
        entries = "\n".join(f"{term}: {meaning}" for term, meaning in article.glossary)
        out.append(f"{GLOSSARY_TITLE}\n{entries}")
    out.append(f"{SUMMARY_TITLE}\n{article.summary().sentence()}")
    return "\n\n".join(out) + "\n"


_STYLE = """
body{max-width:38rem;margin:2rem auto;padding:0 1rem;font:1.25rem/1.7 Verdana,Tahoma,
Arial,sans-serif;color:#1a1a1a;background:#fffdf7}
h1{font-size:1.8rem;line-height:1.3}h2{font-size:1.4rem;margin-top:2.5rem}
p{margin:0 0 1.2rem}.kicker,.credit{color:#555;font-size:1rem}
.lead{margin-bottom:.4rem;font-weight:bold}
blockquote{margin:0 0 1.6rem;padding:.6rem 1rem;border-left:.4rem solid #2b5fad;
background:#eef3fb}blockquote p{margin:.4rem 0}cite{font-style:normal}
dt{font-weight:bold}dd{margin:0 0 .8rem 1.2rem}
.summary{border-top:2px solid #ccc;padding-top:1rem;font-size:1rem;color:#333}
@media (prefers-color-scheme:dark){body{background:#161616;color:#eee}
blockquote{background:#1f2a3a}.kicker,.credit,.summary{color:#bbb}}
"""


def _sentences_html(article: PlainArticle, block: Prose) -> str:
    joiner = "<br>\n" if article.level == "easy" else " "
    return joiner.join(escape(line.text) for line in block.lines)


def to_html(article: PlainArticle) -> str:
    """A small self-contained accessible page (``lang``, real headings, blockquotes, a <dl>)."""
    body: list[str] = []
    if article.kicker:
        body.append(f'<p class="kicker">{escape(article.kicker)}</p>')
    body.append(f"<h1>{escape(article.title)}</h1>")
    if article.credit:
        body.append(f'<p class="credit">Source: {escape(article.credit)}</p>')
    for block in article.blocks:
        if isinstance(block, Heading):
            body.append(f"<h2>{escape(block.text)}</h2>")
        elif isinstance(block, Prose):
            body.append(f"<p>{_sentences_html(article, block)}</p>")
        else:
            body.append(_quotation_html(block))
    if article.glossary:
        entries = "\n".join(
            f"<dt>{escape(term)}</dt><dd>{escape(meaning)}</dd>"
            for term, meaning in article.glossary
        )
        body.append(f"<section><h2>{GLOSSARY_TITLE}</h2>\n<dl>\n{entries}\n</dl></section>")
    summary = escape(article.summary().sentence())
    body.append(f'<section class="summary"><h2>{SUMMARY_TITLE}</h2>\n<p>{summary}</p></section>')
    lang = escape(article.language or "en", quote=True)
    title = escape(article.title)
    level = _LEVEL_NAME[article.level]
    main = "\n".join(body)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title} ({level})</title>\n<style>{_STYLE}</style>\n</head>\n"
        f"<body>\n<main>\n<article>\n{main}\n</article>\n</main>\n</body>\n</html>\n"
    )


def _quotation_html(block: Quotation) -> str:
    parts: list[str] = []
    if block.lead:
        parts.append(f'<p class="lead">{"<br>".join(escape(s) for s in block.lead)}</p>')
    quotes = "\n".join(f"<p>{escape(q)}</p>" for q in block.quotes)
    cite = f"\n<footer>— <cite>{escape(block.speaker)}</cite></footer>" if block.speaker else ""
    parts.append(f"<blockquote>\n{quotes}{cite}\n</blockquote>")
    return "\n".join(parts)


def _summary_json(summary: Summary) -> dict[str, Any]:
    return {
        "before": {**summary.before.as_dict(), "longest_sentence": summary.longest_before},
        "after": {**summary.after.as_dict(), "longest_sentence": summary.longest_after},
        "measured_on": "narration: every sentence except verbatim quotations",
        "quoted": {"sentences": summary.quoted_sentences, "words": summary.quoted_words},
        "facts": {
            "total": summary.facts.total,
            "kept": round(summary.facts.kept, 4),
            "lost": list(summary.facts.lost),
        },
    }


def to_json(article: PlainArticle) -> str:
    """Blocks, changes (offsets into the original text), glossary and the summary."""
    blocks: list[dict[str, Any]] = []
    for block in article.blocks:
        if isinstance(block, Heading):
            blocks.append({"type": "heading", "text": block.text})
        elif isinstance(block, Prose):
            lines = [{"text": line.text, "quoted": line.quoted} for line in block.lines]
            blocks.append({"type": "paragraph", "sentences": lines})
        else:
            blocks.append(
                {
                    "type": "quotation",
                    "speaker": block.speaker,
                    "lead": list(block.lead),
                    "quotes": list(block.quotes),
                }
            )
    data = {
        "level": article.level,
        "language": article.language,
        "title": article.title,
        "kicker": article.kicker,
        "credit": article.credit,
        "blocks": blocks,
        "glossary": [{"term": t, "explanation": e} for t, e in article.glossary],
        "changes": [
            {"kind": c.kind, "before": c.before, "after": c.after, "start": c.start, "end": c.end}
            for c in article.changes
        ],
        "readability": _summary_json(article.summary()),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
