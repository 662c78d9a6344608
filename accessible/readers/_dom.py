"""Split a parsed web page into text blocks in reading order (the only lxml user).

Extractors such as trafilatura return cleaned text but lose the link back to
the page. Keeping our own list of blocks, each tied to its element, lets us
see *where* the article sits in the page, recover paragraphs an extractor
dropped from inside the article, and drop what it picked up from elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Elements whose content is never visible article text.
_SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "select", "option", "textarea", "input", "button", "head",
        "title", "meta", "link", "video", "audio", "picture", "source", "map", "dialog",
    }
)  # fmt: skip

# Elements that start a new block of text.
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "output",
        "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "caption", "hgroup", "menu",
    }
)  # fmt: skip

# Structural elements that, on a news page, hold anything but the article body.
_BOILER_TAGS = frozenset({"nav", "aside", "footer", "header", "menu"})

# Class or id words that mark page furniture around the article.
_BOILER_WORDS = frozenset(
    {
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer",
        "sidebar", "share", "sharing", "social", "related", "recommended", "recirc",
        "newsletter", "subscribe", "subscription", "signup", "promo", "advert",
        "advertisement", "ad", "ads", "dfp", "sponsor", "sponsored", "banner", "cookie",
        "cookies", "consent", "gdpr", "comment", "comments", "disqus", "byline", "author",
        "bio", "caption", "credit", "credits", "tags", "tag", "topics", "meta",
        "pagination", "pager", "widget", "popular", "trending", "toolbar", "outbrain",
        "taboola", "more", "rail", "teaser", "teasers", "masthead", "disclaimer", "dateline",
        "timestamp", "date", "sticky", "login", "paywall", "feedback",
    }
)  # fmt: skip

# Class words of inline pop-ups and screen-reader-only text: never visible prose.
_POPUP_WORDS = frozenset(
    {"tooltip", "popover", "rollover", "hovercard", "popup", "modal", "screenreader", "offscreen"}
)
_INVISIBLE_PAIRS = (("sr", "only"), ("visually", "hidden"), ("screen", "reader"))

_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE = re.compile(r"\s+")

MAX_DEPTH = 400
"""Deeper nesting is broken markup, not article text; also keeps recursion safe."""


@dataclass
class Block:
    """One run of text between block boundaries, tied to the element holding it."""

    text: str
    element: HtmlElement
    kind: str
    """``p``, ``h1``…``h6``, ``li``, ``caption``, ``pre``, ``cell`` or ``text``."""
    link_chars: int
    in_link_block: bool = False
    """The whole block sits inside one link, like a teaser card."""

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))


@dataclass
class _Ctx:
    owner: HtmlElement
    kind: str
    in_link: bool
    link_owner: bool = False


@dataclass
class _Walker:
    blocks: list[Block] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0

    def add(self, text: str, ctx: _Ctx) -> None:
        self.parts.append(text)
        if ctx.in_link:
            self.link_chars += len(_SPACE.sub(" ", text).strip())

    def flush(self, ctx: _Ctx) -> None:
        text = _SPACE.sub(" ", "".join(self.parts)).strip()
        if text:
            self.blocks.append(
                Block(
                    text=text,
                    element=ctx.owner,
                    kind=ctx.kind,
                    link_chars=min(self.link_chars, len(text)),
                    in_link_block=ctx.link_owner,
                )
            )
        self.parts.clear()
        self.link_chars = 0

    def walk(self, el: HtmlElement, ctx: _Ctx, depth: int) -> None:
        tag = el.tag
        if not isinstance(tag, str) or depth > MAX_DEPTH:
            return
        tag = tag.lower()
        if tag in _SKIP_TAGS or _invisible(el):
            return
        caption = _is_caption(el)
        block = tag in _BLOCK_TAGS or caption
        if tag == "br":
            self.flush(ctx)
            return
        if block:
            self.flush(ctx)
            inner = _Ctx(
                owner=el,
                kind="caption" if caption else _kind(tag, ctx.kind),
                in_link=ctx.in_link,
                link_owner=ctx.in_link,
            )
        else:
            inner = _Ctx(
                owner=ctx.owner,
                kind=ctx.kind,
                in_link=ctx.in_link or tag == "a",
                link_owner=ctx.link_owner,
            )
        if el.text:
            self.add(el.text, inner)
        for child in el:
            self.walk(child, inner, depth + 1)
            if child.tail:
                self.add(child.tail, inner)
        if block:
            self.flush(inner)


def _kind(tag: str, parent_kind: str) -> str:
    if parent_kind == "caption":
        return parent_kind  # all text in a figure belongs to its caption or credit
    if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
        return tag
    if tag in {"li", "dt", "dd"}:
        return "li"
    if tag in {"figcaption", "caption", "figure"}:
        return "caption"
    if tag in {"td", "th"}:
        return "cell"
    if tag in {"p", "pre"}:
        return tag
    if parent_kind == "pre" or parent_kind.startswith("h"):
        return parent_kind
    return "text"


def _words(el: HtmlElement) -> list[str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}"
    return [w.lower() for w in _WORD_SPLIT.split(raw) if w]


_CAPTION_WORDS = frozenset({"caption", "figcaption", "credit", "credits"})


def _is_caption(el: HtmlElement) -> bool:
    """Captions and photo credits, often mere ``<span>``s styled as blocks."""
    return any(w in _CAPTION_WORDS for w in _words(el))


def _invisible(el: HtmlElement) -> bool:
    """Hidden by the page itself, or meant only for screen readers or hover pop-ups."""
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    words = _words(el)
    if not words:
        return False
    if any(w in _POPUP_WORDS for w in words):
        return True
    return any(a in words and b in words for a, b in _INVISIBLE_PAIRS)


def is_boilerplate(el: HtmlElement) -> bool:
    """Whether the element, by tag, class or id, looks like page furniture."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in _BOILER_TAGS:
        return True
    if el.get("role") in {"navigation", "complementary", "contentinfo", "banner"}:
        return True
    return any(w in _BOILER_WORDS for w in _words(el))


def text_blocks(root: HtmlElement) -> list[Block]:
    """All visible text of the page as blocks, in document order."""
    walker = _Walker()
    ctx = _Ctx(owner=root, kind="text", in_link=False)
    walker.walk(root, ctx, 0)
    walker.flush(ctx)
    return walker.blocks


def signature(el: HtmlElement) -> tuple[str, str, str]:
    """Tag, class and parent tag+class: how a page marks up one kind of container."""
    parent = el.getparent()
    parent_sig = "" if parent is None else f"{parent.tag}.{parent.get('class') or ''}"
    return (str(el.tag), el.get("class") or "", parent_sig)


def html_language(root: HtmlElement) -> str | None:
    """The page's declared language: ``<html lang>``, then Content-Language, og:locale."""
    lang = root.get("lang") or root.get("xml:lang")
    if not lang:
        for meta in root.iter("meta"):
            key = meta.get("http-equiv") or meta.get("property") or meta.get("name") or ""
            if key.lower() in {"content-language", "og:locale", "language", "dc.language"}:
                lang = meta.get("content")
                if lang:
                    break
    if not lang:
        return None
    lang = lang.split(",")[0].strip().replace("_", "-")
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", lang):
        return None
    primary, *rest = lang.split("-")
    return "-".join([primary.lower(), *(p.upper() if len(p) == 2 else p for p in rest)])
