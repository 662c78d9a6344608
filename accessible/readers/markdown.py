"""Read a Markdown article: front matter for metadata, plain text for the body.

Writers keep articles in Markdown with a small front-matter block. The body
must reach the narrator as plain text: emphasis markers and link URLs would
be read aloud, while quotation marks must stay exactly as typed because they
mark who is speaking. markdown-it-py (already pulled in by the CLI's rich
output) does the parsing; it is imported lazily.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from accessible.readers import Extracted

if TYPE_CHECKING:
    from markdown_it.token import Token

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_KEYS = {
    "title": "title", "headline": "title",
    "author": "author", "authors": "author", "by": "author", "byline": "author",
    "date": "date", "published": "date", "pubdate": "date", "published_at": "date",
    "source": "publisher", "publisher": "publisher", "site": "publisher",
    "site_name": "publisher", "publication": "publisher",
    "language": "language", "lang": "language", "locale": "language",
    "url": "url", "link": "url", "canonical": "url", "canonical_url": "url",
    "subtitle": "kicker", "standfirst": "kicker", "kicker": "kicker", "dek": "kicker",
    "description": "kicker", "summary": "kicker",
}  # fmt: skip
_DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%d/%m/%Y", "%Y/%m/%d")


def read_markdown(text: str) -> Extracted:
    """Parse a Markdown article into plain paragraphs and metadata.

    The first ``#`` heading is the title unless front matter gives one; other
    headings become heading paragraphs. Emphasis, links, images and inline
    HTML are reduced to their visible text; code blocks are skipped.
    """
    meta, body = split_front_matter(text)
    paragraphs, headings, first_h1 = _body(body)
    title = meta.get("title")
    if first_h1 is not None:
        h1_text = paragraphs[first_h1]
        if title is None or _same(title, h1_text):
            title = title or h1_text
            paragraphs.pop(first_h1)
            headings = {i - 1 if i > first_h1 else i for i in headings if i != first_h1}
    return Extracted(
        title=title,
        paragraphs=tuple(paragraphs),
        kicker=meta.get("kicker"),
        author=meta.get("author"),
        publisher=meta.get("publisher"),
        date=iso_date(meta["date"]) if "date" in meta else None,
        language=meta.get("language", "").replace("_", "-") or None,
        url=meta.get("url"),
        headings=frozenset(headings),
    )


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML-ish ``key: value`` lines between ``---`` fences, and the rest.

    Only flat keys are understood (plus ``- item`` lists and ``[a, b]``, joined
    with commas), which covers article front matter without a YAML dependency.
    """
    match = _FRONT.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    current: str | None = None
    for raw in match.group(1).splitlines():
        line = raw.rstrip()
        item = re.match(r"^\s+-\s+(.*)$|^-\s+(.*)$", line)
        if item and current:
            value = _unquote(item.group(1) or item.group(2) or "")
            meta[current] = f"{meta[current]}, {value}" if meta.get(current) else value
            continue
        pair = re.match(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$", line)
        if not pair:
            continue
        key = _KEYS.get(pair.group(1).lower().replace("-", "_"))
        current = None
        if key is None or (meta.get(key)):
            continue  # unknown key, or an earlier synonym already set it
        value = pair.group(2).strip()
        if value.startswith("[") and value.endswith("]"):
            value = ", ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
        meta[key] = _unquote(value)
        current = key
    return {k: v for k, v in meta.items() if v}, text[match.end() :]


def iso_date(value: str) -> str | None:
    """An ISO 8601 date (``YYYY-MM-DD``) from common written forms, or None."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _same(a: str, b: str) -> bool:
    return re.findall(r"\w+", a.lower()) == re.findall(r"\w+", b.lower())


def _body(body: str) -> tuple[list[str], set[int], int | None]:
    """Paragraph texts, indexes of headings, and index of the first level-1 heading."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    paragraphs: list[str] = []
    headings: set[int] = set()
    first_h1: int | None = None
    heading_tag: str | None = None
    row: list[str] | None = None
    for token in md.parse(body):
        if token.type == "heading_open":
            heading_tag = token.tag
        elif token.type == "heading_close":
            heading_tag = None
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if any(row):
                paragraphs.append(" ".join(c for c in row if c))
            row = None
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            if row is not None:
                row.append(text)
            elif text:
                if heading_tag is not None:
                    if heading_tag == "h1" and first_h1 is None and not paragraphs:
                        first_h1 = len(paragraphs)
                    headings.add(len(paragraphs))
                paragraphs.append(text)
        elif token.type == "html_block":
            text = _strip_tags(token.content)
            if text:
                paragraphs.append(text)
    return paragraphs, headings, first_h1


def _inline_text(children: list[Token]) -> str:
    """Visible text of inline tokens: markers and URLs dropped, quotes kept."""
    parts: list[str] = []
    for child in children:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append(" ")
        elif child.type == "html_inline":
            continue  # tags like <br> or <span>; their text arrives as text tokens
        elif child.type == "image":
            continue  # alt text describes a picture, it is not part of the story
    return " ".join("".join(parts).split())


def _strip_tags(html: str) -> str:
    return " ".join(re.sub(r"<[^>]*>", " ", html).split())
