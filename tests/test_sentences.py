from __future__ import annotations

import pytest

from accessible.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith left. He said no.", ["Mr. Smith left.", "He said no."]),
        ("Mr Smith met Dr. Jones. They talked.", ["Mr Smith met Dr. Jones.", "They talked."]),
        ("The U.S. economy grew. It was fast.", ["The U.S. economy grew.", "It was fast."]),
        ("He moved to the U.S. The move was hard.", ["He moved to the U.S.", "The move was hard."]),
        ("It cost £1.5m. Sales fell 2.5%.", ["It cost £1.5m.", "Sales fell 2.5%."]),
        (
            "After the 7/7 bombings, it changed. Then more.",
            ["After the 7/7 bombings, it changed.", "Then more."],
        ),
        (
            'He said: "It is bad. Very bad." It is.',
            ['He said: "It is bad.', 'Very bad."', "It is."],
        ),
        ("Washington D.C. is big. Yes!", ["Washington D.C. is big.", "Yes!"]),
        ("J. K. Rowling wrote it. Really?", ["J. K. Rowling wrote it.", "Really?"]),
        ("It fell by approx. five units.", ["It fell by approx. five units."]),
    ],
)
def test_news_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_cover_every_character() -> None:
    text = "One. Two!  Three?\nFour."
    spans = split_sentences(text)
    covered = "".join(text[a:b] for a, b in spans)
    assert covered.replace(" ", "") == text.replace(" ", "").replace("\n", "")
