"""`accessible score`: the readability report as a table, Markdown and JSON, offline."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import textstat
from typer.testing import CliRunner

import accessible
from accessible.cli import app
from accessible.readability import score

runner = CliRunner()


def test_table_lists_formulas_paragraphs_and_hard_sentences(sample: Path) -> None:
    result = runner.invoke(app, ["score", str(sample)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    labels = ("Flesch reading ease", "Flesch-Kincaid grade", "Gunning fog", "SMOG",
              "Coleman-Liau", "ARI", "Dale-Chall", "Linsear Write", "Consensus grade")  # fmt: skip
    for label in labels:
        assert label in out
    assert "reading time 1 min 41 s" in out
    assert "6:1     very hard, long" in out  # "Three quarters of all prisoners ...", line 6
    assert "14:130  very hard" in out
    assert "was founded by" in out and re.search(r"required +need", out)


def test_markdown_and_json(sample: Path) -> None:
    md = runner.invoke(app, ["score", str(sample), "--format", "md"]).stdout
    assert md.startswith("# Readability: Efforts to change")
    assert "| Formula | Score | Meaning |" in md
    data = json.loads(runner.invoke(app, ["score", str(sample), "-f", "json"]).stdout)
    text = sample.read_text(encoding="utf-8")
    assert data["article"]["sentences"] == 21
    for sentence in data["hard_sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    grades = {s["text"][:20]: s["flags"] for s in data["hard_sentences"]}
    assert grades["Three quarters of al"] == ["very hard", "long"]


def test_our_counts_versus_textstat() -> None:
    """Our sentence count keeps "Mr." and "U.S." inside sentences; textstat's does not."""
    text = "Mr. Smith went to the U.S. on Monday. He met Dr. Jones there. They talked."
    ours = score([text[:37], text[38:61], text[62:]])
    assert ours.sentences == 3
    assert textstat.sentence_count(text) != 3
    same = "The cat sat on the mat. The dog ran to the park and back again."
    mine = score(["The cat sat on the mat.", "The dog ran to the park and back again."])
    assert mine.flesch_kincaid_grade == pytest.approx(textstat.flesch_kincaid_grade(same), abs=0.3)


def test_score_works_with_the_network_unavailable(sample: Path) -> None:
    program = textwrap.dedent(
        f"""
        import socket

        def refuse(*args, **kwargs):
            raise OSError("network disabled for this test")

        socket.socket = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from accessible.cli import app
        import sys
        sys.argv = ["accessible", "score", {str(sample)!r}]
        app()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "Flesch-Kincaid grade" in result.stdout


def test_score_text_api(sample: Path) -> None:
    data = accessible.score_text(sample.read_text(encoding="utf-8"))
    assert data["article"]["words"] == 402
