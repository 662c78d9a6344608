"""Load an article from wherever it is: a .txt, .md, .html or .docx file (or any of them
gzip-compressed), or a web address.

Every format lands in the same :class:`Article`. For plain text the offsets
refer to the file as decoded; for the other formats they refer to the
article's extracted plain text (headline, a blank line, then the paragraphs
separated by blank lines), which the analysis JSON carries as ``text``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .errors import InputError
from .language import article_language
from .model import Article, Paragraph, Source, Span
from .parse import parse
from .read import decode_source, gunzip, is_url, read_bytes
from .readers import Extracted, ReaderError, fetch_url, read_docx, read_html, read_markdown
from .sentences import split_sentences

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
}


def load_article(location: str | Path) -> Article:
    """Read, extract and parse the article at ``location`` (a path or an http(s) URL)."""
    name = str(location)
    if is_url(name):
        try:
            data, _final = fetch_url(name)
        except ReaderError as exc:
            raise InputError(f"{name}: {exc}") from None
        return load_bytes(data, name)
    return load_bytes(read_bytes(location), name)


def load_bytes(data: bytes, name: str) -> Article:
    """Extract and parse an article from its bytes; ``name`` (path or URL) tells the format.

    Gzip-compressed input ("page.html.gz") is read as what it holds.
    """
    data, inner = gunzip(data, name)
    kind = "html" if is_url(name) else FORMATS.get(Path(inner).suffix.lower(), "text")
    try:
        if kind == "html":
            return from_extracted(read_html(data, name if is_url(name) else None), name, "html")
        if kind == "docx":
            return from_extracted(read_docx(data), name, "docx")
        source = decode_source(data, name)
        if kind == "markdown":
            return from_extracted(read_markdown(source.text), name, "markdown", source.encoding)
        return from_source(source)
    except ReaderError as exc:
        raise InputError(f"{name}: {exc}") from None


def from_source(source: Source) -> Article:
    """Parse decoded plain text into an article, with the language its words show."""
    return _with_language(parse(source), None)


def from_extracted(extracted: Extracted, name: str, fmt: str, encoding: str = "utf-8") -> Article:
    """Lay an extracted document out as plain text and build the article over it."""
    paragraphs = [" ".join(p.split()) for p in extracted.paragraphs]
    kept = [(i, p) for i, p in enumerate(paragraphs) if any(ch.isalnum() for ch in p)]
    if not kept:
        raise InputError(
            f"{name}: no article text found; check that the page or document holds an article"
        )
    title = " ".join((extracted.title or "").split()) or _first_words(kept[0][1])
    kicker = " ".join((extracted.kicker or "").split()) or None
    header = [title] + ([kicker] if kicker else [])
    text = "\n".join(header) + "\n\n"
    title_span = Span(0, len(title))
    kicker_span = Span(len(title) + 1, len(title) + 1 + len(kicker)) if kicker else None
    blocks: list[Paragraph] = []
    for index, paragraph in kept:
        start = len(text)
        text += paragraph + "\n\n"
        span = Span(start, start + len(paragraph))
        sentences = tuple(Span(a, b) for a, b in split_sentences(text, span.start, span.end))
        blocks.append(Paragraph(span, sentences, heading=index in extracted.headings))
    metadata = {
        key: value
        for key, value in (
            ("author", extracted.author),
            ("publisher", extracted.publisher),
            ("date", extracted.date),
            ("url", extracted.url),
        )
        if value
    }
    source = Source(text=text, path=name, encoding=encoding, format=fmt)
    article = Article(
        source=source,
        title=title_span,
        kicker=kicker_span,
        paragraphs=tuple(blocks),
        metadata=metadata,
    )
    return _with_language(article, extracted.language)


def _first_words(paragraph: str, count: int = 10) -> str:
    words = paragraph.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def _with_language(article: Article, declared: str | None) -> Article:
    """The article with its language: declared by the document, or guessed from its opening."""
    body = " ".join(p.span.of(article.text) for p in article.paragraphs[:20])
    return replace(article, language=article_language(declared, body))
