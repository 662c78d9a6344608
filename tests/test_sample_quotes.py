"""The sample's quotes and speakers, as the analysis JSON contract promises them."""

from __future__ import annotations

from pathlib import Path

import accessible


def test_sample_speakers_and_quotes(sample: Path) -> None:
    text = sample.read_text(encoding="utf-8")
    data = accessible.analyze_file(sample)
    speakers = {s["id"]: s for s in data["speakers"]}
    names = sorted(s["name"] for s in speakers.values())
    assert names == ["Ghaffar Hussain", "Ministry of Justice spokesman"]
    hussain = next(s for s in speakers.values() if s["name"] == "Ghaffar Hussain")
    assert hussain["description"] == "Quilliam's head of research"
    by_speaker: dict[str, list[str]] = {}
    for quote in data["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert 0 <= quote["confidence"] <= 1
        by_speaker.setdefault(speakers[quote["speaker"]]["name"], []).append(quote["text"])
    assert len(by_speaker["Ghaffar Hussain"]) == 5
    assert by_speaker["Ghaffar Hussain"][0].startswith("Often the more hardcore prisoners")
    assert by_speaker["Ghaffar Hussain"][1].endswith("defend and discuss it?")
    assert len(by_speaker["Ministry of Justice spokesman"]) == 4
    assert by_speaker["Ministry of Justice spokesman"][-1].endswith("while they are in prison.")
    # The unclosed nested quote must not swallow the narration that follows.
    narration = "A Ministry of Justice spokesman said:"
    assert not any(narration in q["text"] for q in data["quotes"])
