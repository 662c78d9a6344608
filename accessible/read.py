"""Read an article file into a :class:`~accessible.model.Source`.

Decoding happens exactly once, here, so every offset later in the pipeline
refers to the same string. Plain text is UTF-8 (with or without BOM); files
saved by older Windows tools are often Windows-1252, which we accept rather
than fail on, and record in ``Source.encoding``.
"""

from __future__ import annotations

from pathlib import Path

from .errors import InputError
from .model import Source

MAX_BYTES = 5_000_000
"""About 800,000 words: far beyond any article; larger input is almost surely a mistake."""

_TEXT_CONTROL_OK = {"\n", "\r", "\t", "\f"}


def read_source(path: str | Path) -> Source:
    """Read and decode ``path``; raise :class:`InputError` with a one-line reason."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a folder; give an article file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{p}: file is {size // 1_000_000} MB; articles over {MAX_BYTES // 1_000_000} MB "
                "are not accepted (split it into articles)"
            )
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file; check the path") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied; check the file's permissions") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror}); check the path") from None
    return decode_source(data, str(p))


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
