"""Read a news web page: the article's own paragraphs, headline and metadata.

Menus, adverts, cookie banners, related links and comments must not be read
aloud, while every paragraph of the story must be, with its quotation marks
exactly as published (they drive speaker attribution later). trafilatura
finds the article; ``_select`` then re-reads the page around it to recover
paragraphs it dropped and shed stray teasers; ``_clean`` removes repeats.
Nothing here touches the network.
"""

from __future__ import annotations

from accessible.readers import Extracted, ReaderError, _dom, _select, _trafilatura
from accessible.readers._clean import Para, same_text, tidy
from accessible.readers._dom import Block

MIN_WORDS = 40
"""Fewer words from the precise extraction means it likely missed the article."""


def read_html(data: bytes, url: str | None = None) -> Extracted:
    """Extract the main article of an HTML page.

    Raises ReaderError when the bytes are not a web page or hold no article text.
    """
    tree = _trafilatura.load(data)
    if tree is None:
        raise ReaderError("the input is not an HTML page; save the article as text and retry")

    found = _trafilatura.extract(tree, url)
    if sum(len(text.split()) for text, _ in found.paragraphs) < MIN_WORDS:
        # Precision mode can discard a short or oddly built article whole.
        found = _trafilatura.extract(tree, url, precise=False)
    reference = [text for text, _ in found.paragraphs]
    blocks = _dom.text_blocks(tree)
    chosen = _select.select(blocks, reference) if reference else None
    if chosen is None and not reference:
        chosen = _select.densest(blocks)
    paras: list[Para] = (
        [(b.text, b.kind.startswith("h")) for b in chosen]
        if chosen is not None
        else list(found.paragraphs)
    )

    title = found.title or _first_heading(blocks)
    kicker = _kicker(paras, found.description, blocks)
    if kicker:
        paras = [p for p in paras if not (p[1] and same_text(p[0], kicker))]
    paras = tidy(paras, title)
    if not paras:
        raise ReaderError(
            "no article text found on this page; it may need JavaScript or a login - "
            "copy the article text into a .txt file instead"
        )
    return Extracted(
        title=title,
        paragraphs=tuple(text for text, _ in paras),
        kicker=kicker,
        author=found.author,
        publisher=found.sitename,
        date=found.date,
        language=_dom.html_language(tree),
        url=url,
        headings=frozenset(i for i, (_, heading) in enumerate(paras) if heading),
    )


def _first_heading(blocks: list[Block]) -> str | None:
    return next((b.text for b in blocks if b.kind == "h1"), None)


def _kicker(paras: list[Para], description: str | None, blocks: list[Block]) -> str | None:
    """The standfirst: the page's summary, when the page shows it apart from the body.

    Many sites reuse the first body paragraph as their summary; that one stays
    in the body. A summary shown as a sub-heading above the body, or anywhere
    outside it, is the standfirst.
    """
    if not description:
        return None
    for text, heading in paras[:3]:
        if same_text(text, description):
            return description if heading else None
    if any(same_text(b.text, description) for b in blocks):
        return description
    return None
