"""Plain-text clean-up of extracted paragraphs: no library, no markup.

These rules catch what survives any extractor on news pages: the headline
repeated as the first paragraph, the standfirst, "Read more: ..." teasers,
sign-off lines inviting comments, and pull quotes that repeat body text.
Listeners would otherwise hear them as part of the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accessible.readers._select import tokens

Para = tuple[str, bool]
"""Paragraph text and whether it is a section heading."""

_TEASER = re.compile(
    r"""^\W*(
        read\ more|read\ also|also\ read|read\ next|related|related\ articles?|see\ also|
        more\ from|more\ on\ this|recommended|you\ may\ also\ like|you\ might\ also\ like|
        watch|listen|sign\ up|subscribe|follow\ us|click\ here|advertisement|share\ this|
        leave\ a\ (comment|reply)|tell\ us\ what\ you\ think|comments?|\d+\ comments?|
        no\ comments|join\ the\ conversation|trending|most\ popular|more\ stories|
        don't\ miss|top\ stories|sponsored|skip\ to
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
_STRONG = re.compile(
    r"^\W*(read more|sign up|subscribe|click here|follow us|leave a (comment|reply)|"
    r"share this|join the conversation|tell us what you think)\b",
    re.IGNORECASE,
)
"""Teaser openings that never start a story sentence, even without a colon."""
_TEASER_MAX_WORDS = 20
"""Longer lines that start like a teaser are real sentences ("Related to this, ...")."""


_SOCIAL = re.compile(
    r"\b(facebook|twitter|instagram|linkedin|youtube|tiktok|whatsapp|telegram)\b", re.I
)
_FOLLOW = re.compile(r"^\W*(follow|like|join|find)\b", re.I)
_SHORTCODE = re.compile(r"^\[(\w+)\b[^\]]*\].*\[/\1\]$", re.S)
"""An unrendered WordPress shortcode leaking into the page text."""


def same_text(a: str, b: str) -> bool:
    """Equal ignoring case, punctuation and spacing."""
    ta = tokens(a)
    return bool(ta) and ta == tokens(b)


def is_teaser(text: str) -> bool:
    """A cross-link or call to action rather than part of the story."""
    words = tokens(text)
    if not words:
        return True
    if _SHORTCODE.match(text.strip()):
        return True
    if len(words) > _TEASER_MAX_WORDS:
        return False
    if _FOLLOW.match(text) and _SOCIAL.search(text):
        return True  # "Follow us on Facebook and Twitter"
    match = _TEASER.match(text)
    if not match:
        return False
    strong = _STRONG.match(text) is not None
    return strong or ":" in text or "|" in text or len(words) <= 4


def drop_contained(paras: Sequence[Para], min_words: int = 6, min_repeat: int = 15) -> list[Para]:
    """Drop paragraphs repeated inside another: pull quotes, teaser copies, duplicates.

    A paragraph of ``min_words`` or more found inside a longer one goes (a pull
    quote). Of identical paragraphs only the first stays, from ``min_repeat``
    words on: shorter ones, such as an interview's recurring question, may
    legitimately repeat, and a short heading may well reappear in a sentence.
    """
    keyed = [" " + " ".join(tokens(text)) + " " for text, _ in paras]
    out: list[Para] = []
    for i, (para, key) in enumerate(zip(paras, keyed, strict=True)):
        words = key.count(" ") - 1
        if words >= min_words:
            dup = any(
                key in other and (len(other) > len(key) or (j < i and words >= min_repeat))
                for j, other in enumerate(keyed)
                if j != i
            )
            if dup:
                continue
        out.append(para)
    return out


def tidy(paras: Sequence[Para], title: str | None) -> list[Para]:
    """Remove the headline, teasers and duplicates from extracted paragraphs."""
    out = [(t, h) for t, h in paras if not is_teaser(t)]
    if title:
        out = [(t, h) for t, h in out if not same_text(t, title)]
    return drop_contained(out)
