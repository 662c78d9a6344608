"""Gzip-compressed articles ("page.html.gz", as web archives keep pages) read as what they hold."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accessible.batch import discover
from accessible.cli import app
from accessible.errors import InputError
from accessible.ingest import load_article
from accessible.read import MAX_BYTES

PAGE = (
    "<html><head><title>Rates rise</title></head><body><article><h1>Rates rise</h1>"
    "<p>The Bank of England raised interest rates to 5% on Thursday, its first rise in a year."
    "</p><p>Shops said they expected a slow spring as borrowing costs went up again.</p>"
    "</article></body></html>"
)


def test_a_gzipped_web_page_is_read_as_html(tmp_path: Path) -> None:
    page = tmp_path / "rates.html.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    article = load_article(page)
    assert article.title.of(article.text) == "Rates rise"
    assert "raised interest rates to 5%" in article.text
    assert "<p>" not in article.text


def test_a_damaged_gzip_file_is_refused_by_name(tmp_path: Path) -> None:
    page = tmp_path / "rates.html.gz"
    page.write_bytes(gzip.compress(PAGE.encode())[:40])
    with pytest.raises(InputError, match=r"rates\.html\.gz: is a damaged gzip file"):
        load_article(page)


def test_a_gzip_file_that_expands_past_the_limit_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * (MAX_BYTES + 10)))
    with pytest.raises(InputError, match=r"bomb\.txt\.gz: larger than"):
        load_article(bomb)


def test_a_folder_batch_takes_gzipped_pages_and_names_outputs_without_gz(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "rates.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    items = discover([str(archive)])
    assert [item.output for item in items] == ["rates"]
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["render", str(archive), "-o", str(out), "--engine", "fake"])
    assert result.exit_code == 0, result.output
    assert "the article is done: 1 rendered" in result.stderr  # one article, in the singular
    row = json.loads((out / "manifest.jsonl").read_text().splitlines()[0])
    assert row["status"] == "ok"
    assert (out / "rates.mp3").stat().st_size > 0
