"""The command line as a user meets it: help, version, outputs, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accessible import __version__
from accessible.cli import app

runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"accessible {__version__}"


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in app.registered_commands:
        name = command.name or (command.callback.__name__ if command.callback else "")
        sub = runner.invoke(app, [name, "--help"])
        assert sub.exit_code == 0, name
        assert command.callback is not None and command.callback.__doc__, f"{name} has no help"
        assert f"accessible {name}" in readme, f"{name} is not documented in the README"


def test_analyze_prints_the_analysis_json(sample: Path) -> None:
    result = runner.invoke(app, ["analyze", str(sample)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["title"].startswith("Efforts to change")
    assert {s["name"] for s in data["speakers"]} == {
        "Ghaffar Hussain",
        "Ministry of Justice spokesman",
    }


def test_render_with_fake_engine_writes_all_outputs(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["render", str(sample), "-o", str(out), "--engine", "fake"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "manifest.jsonl",
        "scales-of-justice.analysis.json",
        "scales-of-justice.easy.html",
        "scales-of-justice.easy.md",
        "scales-of-justice.html",
        "scales-of-justice.mp3",
        "scales-of-justice.plain.html",
        "scales-of-justice.plain.md",
        "scales-of-justice.quotes.json",
        "scales-of-justice.report.json",
        "scales-of-justice.srt",
        "scales-of-justice.transcript.txt",
        "scales-of-justice.vtt",
    ]
    report = json.loads((out / "scales-of-justice.report.json").read_text())
    for key in (
        "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
        "coleman_liau_index", "automated_readability_index", "dale_chall", "consensus_grade",
        "words", "sentences", "syllables",
    ):  # fmt: skip
        assert key in report["article"], key


def _bad_inputs(tmp_path: Path) -> list[tuple[Path, str]]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    return [(tmp_path / "missing.txt", "no such file"), (empty, "is empty"), (binary, "binary")]


@pytest.mark.parametrize("index", [0, 1, 2])
@pytest.mark.parametrize("command", ["render", "analyze"])
def test_bad_input_is_one_clear_line(tmp_path: Path, index: int, command: str) -> None:
    path, message = _bad_inputs(tmp_path)[index]
    out = tmp_path / "out"
    args = [command, str(path)] + (
        ["-o", str(out), "--engine", "fake"] if command == "render" else []
    )
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("error: ") and str(path) in lines[0] and message in lines[0]
    assert "Traceback" not in result.output
    assert not out.exists() or [p.name for p in out.iterdir()] == ["manifest.jsonl"]


def test_batch_goes_on_after_a_bad_file(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    missing = tmp_path / "missing.txt"
    result = runner.invoke(
        app, ["render", str(missing), str(sample), "-o", str(out), "--engine", "fake"]
    )
    assert result.exit_code == 1
    assert (out / "scales-of-justice.mp3").is_file()
    assert "1 of 2 articles failed" in result.stderr


def test_unknown_voice_profile_lists_the_choices(sample: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["render", str(sample), "-o", str(tmp_path), "--voices", "nope"])
    assert result.exit_code == 1
    assert "no such voice profile" in result.stderr and "default" in result.stderr


def test_every_output_is_documented_in_the_readme() -> None:
    from accessible.outputs import AUDIO, TEXT

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for output in [*AUDIO.values(), *TEXT.values()]:
        assert f"<stem>{output.suffix}" in readme, output.suffix


def test_outputs_can_be_chosen_and_listed(sample: Path, tmp_path: Path) -> None:
    listing = runner.invoke(app, ["render", "--list-outputs"])
    assert listing.exit_code == 0 and "<stem>.easy.md" in listing.stdout
    out = tmp_path / "out"
    args = ["render", str(sample), "-o", str(out), "--engine", "fake", "--outputs", "vtt,report"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "manifest.jsonl",
        "scales-of-justice.mp3",
        "scales-of-justice.report.json",
        "scales-of-justice.vtt",
    ]
    bad = runner.invoke(app, ["render", str(sample), "-o", str(out), "--outputs", "vtt,nope"])
    assert bad.exit_code == 2 and "unknown output nope" in bad.stderr
