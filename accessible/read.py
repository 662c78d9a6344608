"""Read an article file into a :class:`~accessible.model.Source`.

Decoding happens exactly once, here, so every offset later in the pipeline
refers to the same string. Plain text is UTF-8 (with or without BOM) or
UTF-16 with a BOM; anything else (files saved by older Windows tools, or in
a Cyrillic or Japanese code page) is detected with charset-normalizer rather
than refused, and the encoding used is recorded in ``Source.encoding`` so the
analysis can say the text was not UTF-8.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import BinaryIO

from .errors import InputError
from .model import Source

MAX_BYTES = 5_000_000
"""About 800,000 words: far beyond any article; larger input is almost surely a mistake."""

_TEXT_CONTROL_OK = {"\n", "\r", "\t", "\f"}


def is_url(location: str | Path) -> bool:
    """Whether ``location`` is a web address rather than a path."""
    return str(location).startswith(("http://", "https://"))


def read_source(path: str | Path) -> Source:
    """Read and decode ``path``; raise :class:`InputError` with a one-line reason."""
    return decode_source(read_bytes(path), str(path))


def read_bytes(path: str | Path) -> bytes:
    """The bytes of ``path``, refusing folders, unreadable files and files over MAX_BYTES."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a folder; give an article file")
        _check_size(str(p), p.stat().st_size)
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file; check the path") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied; check the file's permissions") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror}); check the path") from None


def read_stream(stream: BinaryIO, name: str) -> bytes:
    """Up to MAX_BYTES from a pipe such as standard input, whose size is known only once read."""
    data = stream.read(MAX_BYTES + 1)
    _check_size(name, len(data))
    return data


GZIP_MAGIC = b"\x1f\x8b"


def gunzip(data: bytes, name: str) -> tuple[bytes, str]:
    """``data`` decompressed if it is gzip (a web archive's ``page.html.gz``), and its inner name.

    The inner name drops ``.gz`` so the format is read from what is inside
    ("page.html"). Output is capped at MAX_BYTES, so a small file that expands
    enormously (a "zip bomb") is refused rather than filling memory.
    """
    if not data.startswith(GZIP_MAGIC):
        return data, name
    inner = name[:-3] if name.lower().endswith(".gz") else name
    decompressor = zlib.decompressobj(wbits=31)  # 31: gzip header and trailer
    try:
        out = decompressor.decompress(data, MAX_BYTES + 1)
    except zlib.error:
        raise InputError(f"{name}: is a damaged gzip file; compress the article again") from None
    _check_size(name, len(out))
    if not decompressor.eof:
        raise InputError(f"{name}: is a damaged gzip file (cut short); compress the article again")
    return out, inner


def _check_size(name: str, size: int) -> None:
    if size > MAX_BYTES:
        raise InputError(
            f"{name}: larger than {MAX_BYTES // 1_000_000} MB, far longer than an article; "
            "split it into articles"
        )


def decode_source(data: bytes, name: str) -> Source:
    """Decode bytes of a plain-text article, rejecting empty and binary input."""
    text, encoding = _decode(data, name)
    controls = sum(1 for ch in text if ch < " " and ch not in _TEXT_CONTROL_OK)
    if controls > max(4, len(text) // 200):
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt article")
    if not any(ch.isalnum() for ch in text):
        raise InputError(f"{name}: is empty; give an article with a headline and some text")
    return Source(text=text, path=name, encoding=encoding)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and the name of its encoding: a byte-order mark, UTF-8, else detected.

    A byte-order mark settles it (Windows Notepad saves "Unicode" as UTF-16
    with one). Text that is valid UTF-8 is UTF-8: other encodings almost never
    are by accident. Only then is the encoding guessed.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), label
            except UnicodeDecodeError:
                raise InputError(
                    f"{name}: starts as {label} text but is not valid {label}; save it as UTF-8"
                ) from None
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _detected(data, name)


def _detected(data: bytes, name: str) -> tuple[str, str]:
    """Decode text that is not UTF-8, with the encoding charset-normalizer finds likeliest.

    Windows-1252 is preferred whenever it reads the bytes as well as the
    guess does: it is what old Windows tools save Western text in, and on a
    few hundred bytes the detector cannot tell it from Central European or DOS
    code pages that give the same letters or plausible-looking ones.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    western = _windows_1252(data)
    if western is not None and (
        best is None
        or "cp1252" in best.could_be_from_charset
        or best.encoding.startswith(_UNLIKELY_GUESSES)
    ):
        return western, "windows-1252"
    if best is None:
        raise InputError(
            f"{name}: is not text in any encoding recognised (not UTF-8, not Windows-1252); "
            "save it as UTF-8"
        )
    return str(best), _encoding_name(best.encoding)


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)
"""Byte-order marks, longest first (UTF-32 LE begins with the UTF-16 LE mark)."""

_UNLIKELY_GUESSES = ("cp437", "cp85", "cp86", "mac_")
"""DOS and classic Mac code pages: what the detector guesses for short Western text, but
almost never what a news article was saved in."""


def _windows_1252(data: bytes) -> str | None:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # five bytes are unassigned in Windows-1252
        return None


def _encoding_name(codec: str) -> str:
    """The usual name of a Python codec: ``cp1251`` → ``windows-1251``, ``koi8_r`` → ``koi8-r``."""
    if codec.startswith("cp125"):
        return "windows-" + codec[2:]
    return codec.replace("iso8859", "iso-8859").replace("_", "-")
