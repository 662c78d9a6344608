"""The whole pipeline with the fake engine: script, casting, transcript and audio agree."""

from __future__ import annotations

import json
import re
from pathlib import Path

import soundfile

import accessible
from accessible.casting import cast
from accessible.config import load_profile
from accessible.model import Article
from accessible.pipeline import analyze_path
from accessible.script import build_script


def test_script_starts_with_headline_and_voices_quotes(sample: Path) -> None:
    article = analyze_path(sample)
    script = build_script(article, load_profile())
    first = script.lines[0]
    assert first.kind == "headline" and first.text == article.title_text
    assert first.speaker is None
    said = next(line for line in script.lines if line.text == "He told IBTimes UK:")
    assert said.speaker is None and said.kind == "narration"
    quote = script.lines[script.lines.index(said) + 1]
    assert quote.kind == "quote" and quote.text.startswith("Often the more hardcore")
    assert article.speaker(quote.speaker) is not None
    assert article.speaker(quote.speaker).name == "Ghaffar Hussain"  # type: ignore[union-attr]
    assert all('"' not in line.spoken for line in script.lines)


def test_paragraph_pauses(sample: Path) -> None:
    profile = load_profile()
    script = build_script(analyze_path(sample), profile)
    ends = [line for line in script.lines if line.kind != "headline"]
    by_paragraph: dict[int, list[int]] = {}
    for line in ends:
        by_paragraph.setdefault(line.paragraph, []).append(line.pause_ms)
    for pauses in by_paragraph.values():
        assert pauses[-1] == profile.pauses.paragraph_ms
        assert all(p < profile.pauses.paragraph_ms for p in pauses[:-1])


def test_casting_distinct_and_stable(sample: Path) -> None:
    article = analyze_path(sample)
    profile = load_profile()
    voices = cast(article, profile)
    chosen = list(voices.speakers.values())
    assert len(set(chosen)) == len(chosen) == 2
    assert profile.narrator not in chosen
    reversed_article = article.with_quotes(article.quotes, tuple(reversed(article.speakers)))
    assert cast(reversed_article, profile) == voices


def _cues(vtt: str) -> list[tuple[float, float, str, str]]:
    pattern = re.compile(r"(\d+):(\d+):(\d+)\.(\d+) --> (\d+):(\d+):(\d+)\.(\d+)\n<v ([^>]+)>(.*)")
    cues = []
    for m in pattern.finditer(vtt):
        g = [int(x) for x in m.groups()[:8]]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        cues.append((start, end, m.group(9), m.group(10)))
    return cues


def test_fake_render_transcript_matches_audio(sample: Path, tmp_path: Path) -> None:
    paths = accessible.render(sample, tmp_path, engine="fake")
    audio, rate = soundfile.read(paths["mp3"], dtype="int16")
    duration = len(audio) / rate
    cues = _cues(paths["vtt"].read_text(encoding="utf-8"))
    assert cues[0][2] == "Narrator"
    assert {c[2] for c in cues} == {"Narrator", "Ghaffar Hussain", "Ministry of Justice spokesman"}
    starts = [c[0] for c in cues]
    assert starts == sorted(starts)
    assert cues[-1][1] <= duration + 0.05
    analysis = json.loads(paths["analysis"].read_text(encoding="utf-8"))
    assert analysis == accessible.analyze_file(sample)


def test_easy_narration_reads_the_easy_read_version(sample: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from accessible.cli import app

    out = tmp_path / "easy"
    result = CliRunner().invoke(
        app, ["render", str(sample), "-o", str(out), "--easy", "--engine", "fake"]
    )
    assert result.exit_code == 0, result.output
    vtt = (out / "scales-of-justice.vtt").read_text(encoding="utf-8")
    assert "<v Narrator>Sky News said:" in vtt
    assert "<v Ghaffar Hussain>There is no" not in vtt
    assert "<v Ministry of Justice spokesman>There is no one-size-fits-all solution." in vtt
    assert "<v Narrator>Convict means someone a court found guilty of a crime." in vtt
    assert not (out / "scales-of-justice.easy.md").exists()
    easy = json.loads((out / "scales-of-justice.report.json").read_text(encoding="utf-8"))
    standard = accessible.render(sample, tmp_path / "standard", engine="fake")
    usual = json.loads(standard["report"].read_text(encoding="utf-8"))
    # the easy profile's slower pace and longer pauses
    assert easy["audio"]["words_per_minute"] < 0.9 * usual["audio"]["words_per_minute"]


def test_corrections_apply_through_the_command_line(sample: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from accessible.cli import app

    args = ["render", str(sample), "-o", str(tmp_path), "--engine", "fake", "--force"]
    assert CliRunner().invoke(app, args).exit_code == 0
    sidecar = tmp_path / "scales-of-justice.quotes.json"
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    for speaker in data["speakers"]:
        if speaker["name"] == "Ministry of Justice spokesman":
            speaker["name"] = "MoJ spokeswoman"
            speaker["gender"] = "female"
    sidecar.write_text(json.dumps(data), encoding="utf-8")
    assert CliRunner().invoke(app, args).exit_code == 0
    vtt = (tmp_path / "scales-of-justice.vtt").read_text(encoding="utf-8")
    assert "<v MoJ spokeswoman>There is no one-size-fits-all solution." in vtt


def test_same_person_same_voice_across_articles() -> None:
    """Voices follow the person's name, not the order in which people are quoted."""
    first = accessible_article(
        'Rates rise\n\n"We will act," said Mervyn King. "It is wise," said Gordon Brown.\n'
    )
    second = accessible_article(
        'Rates hold\n\n"Prices are stable," said Gordon Brown, the chancellor. '
        '"Not yet," said Ann Lee. "Wait," said Mervyn King.\n'
    )
    profile = load_profile()
    one, two = cast(first, profile), cast(second, profile)
    assert one.speakers["gordon-brown"] == two.speakers["gordon-brown"]
    assert one.speakers["mervyn-king"] == two.speakers["mervyn-king"]
    assert len(set(two.speakers.values())) == 3


def accessible_article(text: str) -> Article:
    from accessible.pipeline import analyze_text

    return analyze_text(text)


def test_voices_command_lists_and_speaks_samples(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from accessible.cli import app

    result = CliRunner().invoke(
        app, ["voices", "--engine", "fake", "--voices", "easy", "--sample", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert "Profile easy (125 words per minute)" in result.stdout
    assert "narrator" in result.stdout and "female-1" in result.stdout
    written = sorted(p.name for p in tmp_path.glob("*.mp3"))
    assert written[0] == "easy-female-1.mp3" and "easy-narrator.mp3" in written
    audio, rate = soundfile.read(tmp_path / "easy-narrator.mp3", dtype="int16")
    assert len(audio) / rate > 1.0
