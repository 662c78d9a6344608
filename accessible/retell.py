"""The Easy Read version as an article of its own, so it can be narrated (``render --easy``).

Listeners with a learning disability or aphasia follow short sentences at a
slow pace best; ``render --easy`` narrates this text (with the easy voice
profile's pace if chosen) instead of the original. Each quotation keeps its
lead-in ("Ghaffar Hussain told IBTimes UK:") in the same paragraph as its first
quoted words, as in the original, so the speaker is found again and keeps a
voice of their own. The glossary is read at the end as "Words to know".
"""

from __future__ import annotations

from .model import Article
from .parse import parse
from .read import decode_source


def easy_read_text(article: Article) -> str:
    """The Easy Read version laid out as a plain-text article: headline, blank line, paragraphs."""
    from .simplify import Heading, Prose, Quotation, simplify_article

    plain = simplify_article(article, "easy")
    paragraphs: list[str] = []
    for block in plain.blocks:
        if isinstance(block, Heading):
            paragraphs.append(block.text)
        elif isinstance(block, Prose):
            paragraphs.append(" ".join(line.text for line in block.lines))
        elif isinstance(block, Quotation):
            quotes = list(block.quotes)
            if block.lead and quotes:
                quotes[0] = f"{' '.join(block.lead)} {quotes[0]}"
            paragraphs.extend(quotes or [" ".join(block.lead)])
    if plain.glossary:
        paragraphs.append("Words to know")
        paragraphs.extend(
            f"{word[:1].upper()}{word[1:]} means {meaning}." for word, meaning in plain.glossary
        )
    return plain.title + "\n\n" + "\n\n".join(p for p in paragraphs if p.strip()) + "\n"


def easy_read_article(article: Article) -> Article:
    """The Easy Read version, parsed (quotes not yet found) under the original's file name."""
    source = decode_source(easy_read_text(article).encode("utf-8"), article.source.path)
    return parse(source)
