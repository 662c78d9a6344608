"""The quotes sidecar: written from an analysis, edited by a person, applied on the next render."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import accessible
from accessible.corrections import FORMAT, apply_corrections, load_corrections, sidecar
from accessible.errors import ConfigError
from accessible.model import Article, Source
from accessible.parse import parse
from accessible.quotes import find_quotes

ARTICLE = """Talks collapse

Palestinian leader Mahmoud Abbas said: "We want peace."

"The talks will go on," Mr Abbas added. "Nobody gains from war."

A government spokeswoman said: "We are studying the plan."
"""


def analyse(text: str) -> Article:
    return find_quotes(parse(Source(text, "talks.txt")))


def write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "talks.quotes.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def attribution(article: Article) -> list[tuple[str, str | None, str | None]]:
    result: list[tuple[str, str | None, str | None]] = []
    for quote in article.quotes:
        speaker = article.speaker(quote.speaker)
        result.append(
            (
                quote.span.of(article.text),
                speaker.name if speaker else None,
                speaker.gender if speaker else None,
            )
        )
    return result


def test_sidecar_lists_quotes_speakers_genders_and_voices() -> None:
    article = analyse(ARTICLE)
    data = sidecar(article, {"mahmoud-abbas": "gmw/en"})
    assert data["format"] == FORMAT
    assert [q["text"] for q in data["quotes"]] == [
        "We want peace.",
        "The talks will go on,",
        "Nobody gains from war.",
        "We are studying the plan.",
    ]
    abbas = data["speakers"][0]
    assert (abbas["name"], abbas["gender"], abbas["voice"]) == ("Mahmoud Abbas", "male", "gmw/en")
    assert data["quotes"][0]["voice"] == "gmw/en"
    assert all({"id", "speaker", "kind", "confidence"} <= set(q) for q in data["quotes"])


def test_unchanged_sidecar_round_trips(tmp_path: Path) -> None:
    article = analyse(ARTICLE)
    loaded = load_corrections(write(tmp_path, sidecar(article, {})))
    assert attribution(apply_corrections(article, loaded)) == attribution(article)


def test_edit_speaker_name_and_gender(tmp_path: Path) -> None:
    article = analyse(ARTICLE)
    data = sidecar(article, {})
    data["speakers"][1].update(name="Jane Smith", gender="female")
    fixed = apply_corrections(article, load_corrections(write(tmp_path, data)))
    assert attribution(fixed)[-1] == ("We are studying the plan.", "Jane Smith", "female")
    assert fixed.quotes[-1].confidence == 1.0


def test_set_speaker_to_nobody_or_to_a_new_name(tmp_path: Path) -> None:
    article = analyse(ARTICLE)
    data = sidecar(article, {})
    data["quotes"][2]["speaker"] = None
    data["quotes"][3]["speaker"] = "Saeb Erekat"
    fixed = apply_corrections(article, load_corrections(write(tmp_path, data)))
    names = [name for _, name, _ in attribution(fixed)]
    assert names == ["Mahmoud Abbas", "Mahmoud Abbas", None, "Saeb Erekat"]
    assert [s.name for s in fixed.speakers] == ["Mahmoud Abbas", "Saeb Erekat"]


def test_corrections_survive_small_edits_to_the_article(tmp_path: Path) -> None:
    data = sidecar(analyse(ARTICLE), {})
    data["speakers"][0]["name"] = "President Abbas"
    data["quotes"][3]["speaker"] = None
    path = write(tmp_path, data)
    edited = ARTICLE.replace("Palestinian leader", "The Palestinian leader,").replace(
        "Nobody gains from war.", "Nobody gains anything from a war."
    )
    edited = edited.replace("Talks collapse\n\n", "Talks collapse\n\nThe talks failed again.\n\n")
    fixed = apply_corrections(analyse(edited), load_corrections(path))
    assert [name for _, name, _ in attribution(fixed)] == ["President Abbas"] * 3 + [None]
    assert attribution(fixed)[2][0] == "Nobody gains anything from a war."


def test_a_corrected_quote_the_detector_missed_is_added(tmp_path: Path) -> None:
    article = analyse(ARTICLE)
    data = sidecar(article, {})
    data["quotes"].append({"text": "Palestinian leader", "speaker": None, "kind": "fragment"})
    fixed = apply_corrections(article, load_corrections(write(tmp_path, data)))
    assert attribution(fixed)[0] == ("Palestinian leader", None, None)
    assert [q.id for q in fixed.quotes] == [f"q{n}" for n in range(1, 6)]


BROKEN = [
    ("not json", "not readable JSON"),
    ([], "top level"),
    ({"format": "other/9"}, "format"),
    ({"quotes": [{"speaker": "x"}]}, '"text"'),
    ({"speakers": [{"id": "a", "name": "A", "gender": "robot"}]}, '"gender"'),
    ({"quotes": [{"text": "x", "kind": "aside"}]}, '"kind"'),
]


@pytest.mark.parametrize(("content", "problem"), BROKEN)
def test_invalid_sidecar_is_a_config_error(tmp_path: Path, content: Any, problem: str) -> None:
    path = tmp_path / "talks.quotes.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_corrections(path)
    message = str(caught.value)
    assert str(path) in message and problem in message and "\n" not in message
    assert "delete it" in message


def test_a_voice_chosen_in_the_sidecar_is_used(sample: Path, tmp_path: Path) -> None:
    first = accessible.render(sample, tmp_path, engine="fake")
    data = json.loads(first["quotes"].read_text(encoding="utf-8"))
    hussain = next(s for s in data["speakers"] if s["name"] == "Ghaffar Hussain")
    hussain["voice"] = "gmw/en+f3"
    first["quotes"].write_text(json.dumps(data), encoding="utf-8")
    second = accessible.render(sample, tmp_path, engine="fake")
    again = json.loads(second["quotes"].read_text(encoding="utf-8"))
    assert next(s for s in again["speakers"] if s["id"] == hussain["id"])["voice"] == "gmw/en+f3"
