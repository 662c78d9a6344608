"""Read an article file into a :class:`~accessible.model.Source`.

Decoding happens exactly once, here, so every offset later in the pipeline
refers to the same string. Plain text is UTF-8 (with or without BOM); files
saved by older Windows tools are often Windows-1252, which we accept rather
than fail on, and record in ``Source.encoding``.
"""

from __future__ import annotations

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


def _check_size(name: str, size: int) -> None:
    if size > MAX_BYTES:
        raise InputError(
            f"{name}: larger than {MAX_BYTES // 1_000_000} MB, far longer than an article; "
            "split it into articles"
        )


def decode_source(data: bytes, name: str) -> Source:
    """Decode bytes of a plain-text article, rejecting empty and binary input."""
    encoding = "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        data, encoding = data[3:], "utf-8-sig"
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "windows-1252"
        except UnicodeDecodeError:
            raise InputError(
                f"{name}: is neither UTF-8 nor Windows-1252 text; save it as UTF-8"
            ) from None
    controls = sum(1 for ch in text if ch < " " and ch not in _TEXT_CONTROL_OK)
    if controls > max(4, len(text) // 200):
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt article")
    if not any(ch.isalnum() for ch in text):
        raise InputError(f"{name}: is empty; give an article with a headline and some text")
    return Source(text=text, path=name, encoding=encoding)
