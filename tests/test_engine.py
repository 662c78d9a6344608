"""The real speech engine (pyttsx3 + espeak-ng from PyPI): the sample, voices, determinism."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
import soundfile
from conftest import median_pitch
from mutagen.id3 import ID3

import accessible
from accessible.config import Voice, load_profile
from accessible.engines.pyttsx3_engine import Pyttsx3Engine
from accessible.errors import ConfigError

CUE = re.compile(r"(\d+):(\d+):(\d+)\.(\d+) --> (\d+):(\d+):(\d+)\.(\d+)\n<v ([^>]+)>")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("out")
    return accessible.render(Path(__file__).parent.parent / "samples/scales-of-justice.txt", out)


def _seconds(parts: tuple[str, ...]) -> float:
    h, m, s, ms = (int(p) for p in parts)
    return h * 3600 + m * 60 + s + ms / 1000


def _cues(vtt: Path) -> list[tuple[float, float, str]]:
    return [
        (_seconds(m.groups()[:4]), _seconds(m.groups()[4:8]), m.group(9))
        for m in CUE.finditer(vtt.read_text(encoding="utf-8"))
    ]


def test_sample_mp3_decodes_to_over_two_minutes(rendered: dict[str, Path]) -> None:
    audio, rate = soundfile.read(rendered["mp3"], dtype="int16")
    assert len(audio) / rate >= 120
    tags = ID3(rendered["mp3"])
    assert str(tags["TIT2"]) == "Efforts to change convicted terrorists' beliefs failing badly"
    assert str(tags["TPE1"]) == "Reuters"


def test_sample_transcript_has_narrator_and_both_speakers(rendered: dict[str, Path]) -> None:
    cues = _cues(rendered["vtt"])
    labels = {label for _, _, label in cues}
    assert labels == {"Narrator", "Ghaffar Hussain", "Ministry of Justice spokesman"}
    audio, rate = soundfile.read(rendered["mp3"], dtype="int16")
    assert cues[-1][1] <= len(audio) / rate + 0.05


def test_each_voice_is_told_apart_by_ear(rendered: dict[str, Path]) -> None:
    """Median pitch of each speaker's cues differs by 10% or more from the others'."""
    audio, rate = soundfile.read(rendered["mp3"], dtype="int16")
    speech: dict[str, list[np.ndarray]] = {}
    for start, end, label in _cues(rendered["vtt"]):
        speech.setdefault(label, []).append(audio[int(start * rate) : int(end * rate)])
    pitch = {label: median_pitch(np.concatenate(parts), rate) for label, parts in speech.items()}
    labels = sorted(pitch)
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            low, high = sorted((pitch[a], pitch[b]))
            assert high >= 1.1 * low, f"{a} {pitch[a]:.0f} Hz vs {b} {pitch[b]:.0f} Hz"


def test_every_profile_voice_is_distinct_from_the_narrator() -> None:
    profile = load_profile("default")
    text = "The challenge to these people should be to sit down and defend their views."
    with Pyttsx3Engine() as engine:
        pitches = {}
        for voice in profile.all_voices():
            clip = engine.synthesize(text, voice, profile.rate)
            samples = np.frombuffer(clip.samples, dtype=np.int16)
            pitches[voice] = median_pitch(samples, clip.sample_rate)
    narrator = pitches[profile.narrator]
    for pool in (profile.male, profile.female):
        for i, voice in enumerate(pool):
            for other in [profile.narrator, *pool[i + 1 :]]:
                low, high = sorted((pitches[voice], pitches[other]))
                assert high >= 1.1 * low, f"{voice.voice} vs {other.voice}: {low:.0f}/{high:.0f} Hz"
    assert all(pitches[v] > 1.4 * narrator for v in profile.female)


def test_rendering_twice_gives_identical_audio(rendered: dict[str, Path], tmp_path: Path) -> None:
    again = accessible.render(
        Path(__file__).parent.parent / "samples/scales-of-justice.txt", tmp_path
    )
    first, _ = soundfile.read(rendered["mp3"], dtype="int16")
    second, _ = soundfile.read(again["mp3"], dtype="int16")
    assert np.array_equal(first, second)
    assert rendered["vtt"].read_text() == again["vtt"].read_text()


def test_unknown_voice_fails_with_the_list() -> None:
    with Pyttsx3Engine() as engine, pytest.raises(ConfigError) as err:
        engine.synthesize("Hello.", Voice("gmw/en-xx-nope"), 150)
    assert "gmw/en-gb-x-rp" in str(err.value)
    with Pyttsx3Engine() as engine, pytest.raises(ConfigError):
        engine.synthesize("Hello.", Voice("gmw/en+nope"), 150)


def test_hung_engine_is_reported_not_waited_for() -> None:
    engine = Pyttsx3Engine(timeout_s=0.001)
    with pytest.raises(Exception) as err:
        engine.synthesize("Hello there.", Voice("gmw/en"), 150)
    engine.close()
    assert "speech engine failed" in str(err.value)


def test_loudness_and_true_peak_of_the_decoded_mp3(rendered: dict[str, Path]) -> None:
    import json

    import pyloudnorm

    audio, rate = soundfile.read(rendered["mp3"], dtype="float64")
    assert pyloudnorm.Meter(rate).integrated_loudness(audio) == pytest.approx(-16.0, abs=0.5)
    from accessible.loudness import FULL_SCALE, to_db, true_peak

    assert to_db(true_peak(audio * FULL_SCALE) / FULL_SCALE) <= -1.0
    report = json.loads(rendered["report"].read_text())["audio"]
    assert report["integrated_lufs"] == pytest.approx(-16.0, abs=0.5)
    assert report["true_peak_dbtp"] <= -1.0
    assert 120 <= report["words_per_minute"] <= 160


def test_cue_times_match_the_decoded_audio(rendered: dict[str, Path]) -> None:
    """Speech starts within 50 ms of every cue start, and nothing is heard 100 ms before it."""
    audio, rate = soundfile.read(rendered["mp3"], dtype="float64")
    envelope = np.abs(audio)
    threshold = 0.02
    for start, end, _ in _cues(rendered["vtt"]):
        before = min(int(0.1 * rate), int(start * rate))
        first = int(start * rate) - before
        onset = np.flatnonzero(envelope[first : int(end * rate)] > threshold)
        assert onset.size, f"no speech in cue at {start}"
        heard = (onset[0] - before) / rate
        assert -0.05 <= heard <= 0.05, (
            f"cue at {start:.3f} s: speech starts {heard * 1000:.0f} ms off"
        )


def test_chapters_srt_and_transcript(rendered: dict[str, Path]) -> None:
    tags = ID3(rendered["mp3"])
    chapters = sorted(tags.getall("CHAP"), key=lambda c: c.start_time)
    assert len(chapters) >= 3 and chapters[0].start_time == 0
    assert str(chapters[0].sub_frames["TIT2"]) == (
        "Efforts to change convicted terrorists' beliefs failing badly"
    )
    assert tags.getall("CTOC")[0].child_element_ids == [c.element_id for c in chapters]
    srt = rendered["srt"].read_text(encoding="utf-8")
    assert re.match(r"1\n00:00:00,0\d\d --> 00:00:0\d,\d{3}\nEfforts to change", srt)
    assert "Ghaffar Hussain: Often the more hardcore" in srt
    text = rendered["transcript"].read_text(encoding="utf-8")
    assert "Ministry of Justice spokesman: Challenging the extremist ideologies" in text
    assert text.startswith("Narrator: Efforts to change")


def test_easy_pace_wav_and_ebu_loudness(rendered: dict[str, Path], tmp_path: Path) -> None:
    import json

    import pyloudnorm

    sample = Path(__file__).parent.parent / "samples/scales-of-justice.txt"
    paths = accessible.render(sample, tmp_path, voices="easy", audio="wav", loudness=-23.0)
    audio, rate = soundfile.read(paths["wav"], dtype="float64")
    assert pyloudnorm.Meter(rate).integrated_loudness(audio) == pytest.approx(-23.0, abs=0.5)
    easy = json.loads(paths["report"].read_text())["audio"]["words_per_minute"]
    standard = json.loads(rendered["report"].read_text())["audio"]["words_per_minute"]
    assert easy <= 0.85 * standard  # 125 rather than 150 wpm, and longer pauses
