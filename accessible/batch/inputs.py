"""Find the articles a batch renders and give each a safe, unique place under the output folder.

Folders are searched recursively and mirrored, so a publisher's archive keeps
its sections. Output names are built from sanitised path components (no
``..``, no leading dots, no dots at all, bounded length), so no input name can
write outside the output folder, hide a file, or make one article's outputs
collide with another's: every output suffix starts with a dot, which a
sanitised name never contains. Names that still clash (``a.txt`` and
``a.md``, or ``A.txt`` and ``a.txt`` on a case-insensitive disk) get ``-2``,
``-3``… in the order the inputs were given, files sorted within folders, so
the same command always assigns the same names and can resume.
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..read import is_url

DEFAULT_GLOBS = ("*.txt", "*.md", "*.html", "*.txt.gz", "*.md.gz", "*.html.gz")
STDIN = "-"
MAX_NAME_BYTES = 120
"""Leaves room under the usual 255-byte limit for suffixes and temporary-file prefixes."""

_UNSAFE = re.compile(r"[^\w-]+")


@dataclass(frozen=True, slots=True)
class Item:
    """One article to render: where it comes from and where its outputs go."""

    input: str
    """The path as found (or ``-`` for standard input), for messages and the manifest."""
    output: str
    """Output stem relative to the output folder, ``/``-separated, e.g. ``business/rates``."""

    @property
    def path(self) -> Path | None:
        return None if self.input == STDIN or is_url(self.input) else Path(self.input)


def discover(
    args: Sequence[str], globs: Sequence[str] = DEFAULT_GLOBS, exclude: Path | None = None
) -> list[Item]:
    """Items for files, folders (recursively, files matching ``globs``) and ``-`` in ``args``.

    A path that does not exist is kept as an item, so it is reported and
    recorded as a failure like any other unreadable article. ``exclude`` (the
    output folder) is never searched, so rendering a folder into itself does
    not pick up its own outputs.
    """
    seen: set[str] = set()
    taken: set[str] = set()
    items = []
    for source, parts in _candidates(args, globs, exclude):
        key = source if source == STDIN else os.path.realpath(source)
        if key in seen:
            continue
        seen.add(key)
        items.append(Item(source, _unique(_safe_parts(parts), taken)))
    return items


def _candidates(
    args: Sequence[str], globs: Sequence[str], exclude: Path | None
) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(input, path parts relative to the argument) for every article in ``args``."""
    skip = os.path.realpath(exclude) if exclude is not None else None
    patterns = [g.lower() for g in globs]
    for arg in args:
        if arg == STDIN:
            yield STDIN, ("stdin",)
        elif is_url(arg):
            segments = [s for s in urlsplit(arg).path.split("/") if s]
            yield arg, (segments[-1] if segments else urlsplit(arg).netloc,)
        elif os.path.isdir(arg):
            for path in _walk(arg, skip):
                rel = os.path.relpath(path, arg)
                if any(fnmatch.fnmatchcase(rel.replace(os.sep, "/").lower(), p) for p in patterns):
                    yield path, tuple(Path(rel).parts)
        else:
            yield arg, (Path(arg).name,)


def _walk(root: str, skip: str | None) -> Iterator[str]:
    """Files under ``root`` in sorted order, leaving out hidden entries and ``skip``."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and os.path.realpath(os.path.join(folder, d)) != skip
        )
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(folder, name)


def _safe_parts(parts: tuple[str, ...]) -> str:
    *folders, name = parts
    return "/".join(
        [*(_safe_name(f, "folder") for f in folders), _safe_name(_stem(name), "article")]
    )


def _stem(name: str) -> str:
    """The file name without its extension, and without ``.gz`` first ("page.html.gz" -> "page")."""
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem


def _safe_name(text: str, fallback: str) -> str:
    """``text`` as one file name: letters, digits, ``_`` and ``-`` only, bounded length."""
    cleaned = _UNSAFE.sub("-", unicodedata.normalize("NFC", text)).strip("-_")
    cleaned = cleaned.encode()[:MAX_NAME_BYTES].decode(errors="ignore").rstrip("-")
    return cleaned or fallback


def _unique(output: str, taken: set[str]) -> str:
    candidate, number = output, 1
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{output}-{number}"
    taken.add(candidate.casefold())
    return candidate


def fetch(url: str) -> bytes:
    """The page at ``url``, with the reader's limits, as an :class:`InputError` when it fails."""
    from ..errors import InputError
    from ..readers import ReaderError, fetch_url

    try:
        return fetch_url(url)[0]
    except ReaderError as exc:
        raise InputError(f"{url}: {exc}") from None


def read_input(item: Item) -> bytes:
    """The article's bytes; raises :class:`~accessible.errors.InputError` when it cannot be read."""
    from ..read import read_bytes, read_stream

    if is_url(item.input):
        return fetch(item.input)
    path = item.path
    return read_stream(sys.stdin.buffer, "standard input") if path is None else read_bytes(path)
