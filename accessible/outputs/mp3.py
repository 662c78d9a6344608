"""MP3 encoding (lameenc, in-process: no ffmpeg) and ID3v2 tags (mutagen)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..audio import Track
from .files import atomic_path

BITRATE_KBPS = 64
"""Plenty for one speaking voice; the same rate the benchmark floor uses."""


@dataclass(frozen=True, slots=True)
class Tags:
    title: str
    artist: str | None = None
    album: str | None = None
    language: str | None = None
    comment: str | None = None


def encode(track: Track) -> bytes:
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BITRATE_KBPS)
    encoder.set_in_sample_rate(track.sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(5)
    return bytes(encoder.encode(track.pcm) + encoder.flush())


def write_mp3(track: Track, tags: Tags, path: Path) -> None:
    from mutagen.id3 import COMM, ID3, TALB, TIT2, TLAN, TPE1

    with atomic_path(path) as tmp:
        tmp.write_bytes(encode(track))
        id3 = ID3()
        id3.add(TIT2(encoding=3, text=tags.title))
        if tags.artist:
            id3.add(TPE1(encoding=3, text=tags.artist))
        if tags.album:
            id3.add(TALB(encoding=3, text=tags.album))
        if tags.language:
            id3.add(TLAN(encoding=3, text=tags.language))
        if tags.comment:
            id3.add(COMM(encoding=3, lang="eng", desc="", text=tags.comment))
        id3.save(tmp, v2_version=4)
