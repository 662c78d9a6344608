"""`accessible simplify`: formats, output file, --each-line, and English only."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from accessible.cli import app

runner = CliRunner()


def test_easy_markdown_keeps_quotes_and_names_speakers(sample: Path) -> None:
    result = runner.invoke(app, ["simplify", str(sample), "--level", "easy"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "# Efforts to change convicted terrorists' beliefs failing badly" in out
    assert "Ghaffar Hussain told IBTimes UK:" in out
    assert '"There is no one-size-fits-all solution.' in out
    assert "Words to know" in out or "words to know" in out.lower()
    assert "before" in out and "now" in out  # the before/after summary


def test_every_format_and_output_file(sample: Path, tmp_path: Path) -> None:
    for fmt, probe in (("txt", "Efforts to change"), ("html", "<html lang=")):
        result = runner.invoke(app, ["simplify", str(sample), "-f", fmt])
        assert result.exit_code == 0 and probe in result.stdout
    target = tmp_path / "plain.json"
    result = runner.invoke(app, ["simplify", str(sample), "-f", "json", "-o", str(target)])
    assert result.exit_code == 0 and result.stdout == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["level"] == "plain" and data["changes"]


def test_each_line_keeps_one_line_per_input_line(tmp_path: Path) -> None:
    lines = [
        "The committee, which met on Tuesday, approved the plan and the mayor signed it.",
        "",
        "Prices rose by approximately 5% in 2004.",
    ]
    path = tmp_path / "lines.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["simplify", str(path), "--each-line", "--level", "easy"])
    assert result.exit_code == 0, result.output
    out = result.stdout.split("\n")[:-1]
    assert len(out) == len(lines)
    assert out[1] == ""
    assert "5%" in out[2] and "2004" in out[2] and "about" in out[2]


def test_other_languages_are_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(
        "Le gouvernement annonce un plan\n\nLe ministre a dit que le plan est prêt et qu'il "
        "sera présenté aux députés la semaine prochaine. Les syndicats ne sont pas d'accord "
        "avec la réforme et ils appellent à la grève dans les transports.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["simplify", str(path)])
    assert result.exit_code == 1
    assert "is in French" in result.stderr and "English only" in result.stderr
