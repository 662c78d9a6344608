"""How the Easy Read version is laid out: short paragraphs that never separate one idea."""

from __future__ import annotations

from accessible.pipeline import analyze_text
from accessible.simplify import Prose, simplify_article

ARTICLE = """Council shuts the old library

The library opened in 1904. It closed on Friday. The council said that the building was no longer safe for readers.
"""  # noqa: E501


def test_pieces_of_one_sentence_stay_in_one_paragraph() -> None:
    version = simplify_article(analyze_text(ARTICLE), "easy")
    paragraphs = [[line.text for line in b.lines] for b in version.blocks if isinstance(b, Prose)]
    assert paragraphs == [
        ["The library opened in 1904.", "It closed on Friday."],
        ["The council said:", "The building was no longer safe for readers."],
    ]
