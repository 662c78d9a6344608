"""Choose the article's blocks, using an extractor's output as a guide.

An extractor's text tells us roughly where the article is, but it misses
paragraphs (text outside ``<p>``, links it mistook for navigation, bodies
split by advert rows) and picks up stray teasers. So we find the element
that holds nearly all of its text, widen it to same-looking containers
(bodies split into chunks), take that container's blocks the extractor chose,
and rescue the ones it dropped when they read like prose rather than furniture.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from accessible.readers._dom import Block, is_boilerplate, signature

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_TOKEN = re.compile(r"\w+")

CONTAINER_SHARE = 0.85
"""The container must hold this share of the extractor's matched text."""
MIN_COVERAGE = 0.6
"""Below this share of the extractor's text found in blocks, trust the extractor."""
TWIN_GAP = 3
"""Most rows (adverts, embeds) allowed between two chunks of one article body."""
RESCUE_WORDS = 6
"""A dropped paragraph needs this many words to be taken back as prose."""


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def shingles(toks: Sequence[str], n: int = 4) -> Counter[tuple[str, ...]]:
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def select(blocks: Sequence[Block], reference: Sequence[str]) -> list[Block] | None:
    """The article's blocks in page order, or None when the reference can't be placed."""
    matched = _matched(blocks, reference)
    ref_shingles = shingles(tokens("\n".join(reference)))
    if not ref_shingles:
        return None

    found: Counter[tuple[str, ...]] = Counter()
    for block, hit in zip(blocks, matched, strict=True):
        if hit:
            found.update(shingles(tokens(block.text)))
    coverage = sum((found & ref_shingles).values()) / sum(ref_shingles.values())
    if coverage < MIN_COVERAGE:
        return None

    container = _container(blocks, matched)
    if container is None:
        return None
    roots = _twins(container)
    inside = [_within(b.element, roots) for b in blocks]

    furniture = _Furniture(roots)
    # A container as wide as the whole page says nothing about where prose is.
    rescue = str(container.tag).lower() not in {"html", "body"}
    keep = [
        ok and (_chosen(b) if hit else rescue and _prose(b, furniture))
        for b, hit, ok in zip(blocks, matched, inside, strict=True)
    ]
    _drop_orphan_headings(blocks, keep, matched)
    return [b for b, k in zip(blocks, keep, strict=True) if k]


def densest(blocks: Sequence[Block]) -> list[Block]:
    """Fallback when no extractor output: the ``<p>`` run of the wordiest parent.

    Article bodies are, nearly always, one element holding many paragraphs.
    """
    words: dict[HtmlElement, int] = {}
    for block in blocks:
        parent = block.element.getparent()
        if block.kind == "p" and parent is not None and not block.in_link_block:
            words[parent] = words.get(parent, 0) + len(tokens(block.text))
    if not words:
        return []
    best = max(words, key=lambda el: words[el])
    furniture = _Furniture({best})
    return [
        b
        for b in blocks
        if _within(b.element, {best})
        and b.kind != "caption"
        and not furniture(b.element)
        and b.link_density <= 0.5
    ]


def _matched(blocks: Sequence[Block], reference: Sequence[str]) -> list[bool]:
    ref_shingles = shingles(tokens("\n".join(reference)))
    ref_lines = {tuple(tokens(line)) for line in reference}
    # A block wholly inside a link is a teaser card, whatever the extractor thought.
    return [not b.in_link_block and _matches(b, ref_shingles, ref_lines) for b in blocks]


def _matches(block: Block, ref: Counter[tuple[str, ...]], ref_lines: set[tuple[str, ...]]) -> bool:
    toks = tokens(block.text)
    if not toks:
        return False
    if len(toks) < 4:
        return tuple(toks) in ref_lines
    own = shingles(toks)
    hits = sum(n for s, n in own.items() if s in ref)
    return hits >= 0.5 * sum(own.values())


def _container(blocks: Sequence[Block], matched: Sequence[bool]) -> HtmlElement | None:
    """The deepest element holding ``CONTAINER_SHARE`` of the matched words."""
    weight: dict[HtmlElement, int] = {}
    depth: dict[HtmlElement, int] = {}
    total = 0
    for block, hit in zip(blocks, matched, strict=True):
        if not hit or block.kind.startswith("h"):
            continue  # headings are often site-wide banners; weigh prose only
        w = len(tokens(block.text))
        total += w
        chain = [block.element, *block.element.iterancestors()]
        for level, el in enumerate(reversed(chain)):
            weight[el] = weight.get(el, 0) + w
            depth[el] = level
    if not total:
        return None
    best = [el for el, w in weight.items() if w >= CONTAINER_SHARE * total]
    return max(best, key=lambda el: depth[el]) if best else None


def _twins(container: HtmlElement) -> set[HtmlElement]:
    """The container plus nearby elements marked up the same way.

    Some sites split one body into chunks around advert rows; the chunks share
    tag, class and parent markup, sit under the same grandparent and follow
    each other with at most ``TWIN_GAP`` other rows between. Layout classes
    such as a grid's ``span12`` repeat across the page too, and teaser lists
    repeat one class many times: hence the grandparent and distance rules.
    """
    parent = container.getparent()
    grand = parent.getparent() if parent is not None else None
    sig = signature(container)
    if not sig[1] or parent is None or grand is None:
        return {container}  # an unclassed element says nothing about being a body chunk
    rows = list(grand)
    chunks: dict[int, HtmlElement] = {}
    for el in grand.iter(str(container.tag)):
        el_parent = el.getparent()
        if el_parent is None or el_parent.getparent() is not grand:
            continue
        if el is container or (signature(el) == sig and not is_boilerplate(el)):
            chunks.setdefault(rows.index(el_parent) * 10_000 + len(chunks), el)
    start = rows.index(parent)
    roots = {el for key, el in chunks.items() if key // 10_000 == start}  # siblings
    for step in (1, -1):
        last = start
        for key in sorted(chunks, reverse=step < 0):
            row = key // 10_000
            if (row - start) * step <= 0:
                continue
            if abs(row - last) > TWIN_GAP:
                break
            roots.add(chunks[key])
            last = row
    return roots


def _within(el: HtmlElement, roots: set[HtmlElement]) -> bool:
    return el in roots or any(a in roots for a in el.iterancestors())


def _chosen(block: Block) -> bool:
    """Whether to keep a block the extractor chose: not captions or link-only list items.

    Lists of bare links are "more on this" lists, not the story.
    """
    return block.kind != "caption" and not (block.kind == "li" and block.link_density >= 0.8)


class _Furniture:
    """Whether a block sits in page furniture *inside* the article container.

    Only elements below the container count: pages often wrap the whole
    article in a "main-with-sidebar" layout that says nothing about the text.
    """

    def __init__(self, roots: set[HtmlElement]) -> None:
        self.roots = roots
        self.cache: dict[HtmlElement, bool] = {}

    def __call__(self, el: HtmlElement) -> bool:
        if el in self.roots:
            return False
        if el not in self.cache:
            parent = el.getparent()
            self.cache[el] = is_boilerplate(el) or (parent is not None and self(parent))
        return self.cache[el]


def _prose(block: Block, furniture: _Furniture) -> bool:
    """Whether a block the extractor dropped reads like article text."""
    if block.in_link_block or block.kind in {"caption", "cell"}:
        return False
    if block.link_density > (0.1 if block.kind == "li" else 0.5):
        return False
    if furniture(block.element):
        return False
    if block.kind.startswith("h") and block.kind != "h1":
        return True  # kept only if prose follows, see _drop_orphan_headings
    return len(tokens(block.text)) >= RESCUE_WORDS


def _drop_orphan_headings(
    blocks: Sequence[Block], keep: list[bool], matched: Sequence[bool]
) -> None:
    """Rescued headings stay only when kept body text follows them."""
    for i, block in enumerate(blocks):
        if not keep[i] or matched[i] or not block.kind.startswith("h"):
            continue
        following = next(
            (
                j
                for j in range(i + 1, len(blocks))
                if keep[j] and not blocks[j].kind.startswith("h")
            ),
            None,
        )
        if following is None:
            keep[i] = False
