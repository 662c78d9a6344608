from __future__ import annotations

from pathlib import Path

import accessible
from accessible.pipeline import analyze_path


def test_sample_header_fields(sample: Path) -> None:
    data = accessible.analyze_file(sample)
    assert data["kicker"] == "Scales of justice"
    assert data["title"] == "Efforts to change convicted terrorists' beliefs failing badly"
    assert data["credit"] == "Reuters"


def test_sample_paragraphs_and_offsets(sample: Path) -> None:
    text = sample.read_text(encoding="utf-8")
    data = accessible.analyze_file(sample)
    assert len(data["paragraphs"]) == 16
    for paragraph in data["paragraphs"]:
        assert text[paragraph["start"] : paragraph["end"]] == paragraph["text"]
        for sentence in paragraph["sentences"]:
            assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    first = data["paragraphs"][0]
    assert first["text"].startswith("Efforts to get convicted terrorists")
    fifth = data["paragraphs"][4]["sentences"]
    assert [s["text"][:20] for s in fifth] == ["Convicted terrorists", "Muktar Ibrahim and H"]


def test_headline_only_article() -> None:
    data = accessible.analyze_text("Bank holds rates\n\nThe Bank of England held rates at 4.75%.")
    assert data["title"] == "Bank holds rates"
    assert "kicker" not in data and "credit" not in data
    assert data["paragraphs"][0]["text"] == "The Bank of England held rates at 4.75%."


def test_byline_credit() -> None:
    article = accessible.analyze_text("Rates held\nBy Jane Smith\n\nRates were held.")
    assert article["credit"] == "By Jane Smith"


def test_crlf_offsets(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Title\r\n\r\nOne sentence. Two sentences.\r\n\r\nNext paragraph.\r\n")
    article = analyze_path(path)
    assert [p.span.of(article.text) for p in article.paragraphs] == [
        "One sentence. Two sentences.",
        "Next paragraph.",
    ]
