"""The batch manifest: one JSON line per article, the record of what is done and how.

``manifest.jsonl`` in the output folder is both the report a publisher reads
and the batch's memory. An article's line is appended only after every one of
its outputs is in place, so a line saying ``ok`` with the same input hash and
settings, and outputs still on disk, means the article is complete: a rerun
skips it and redoes everything else. Each line is one ``write`` on a file
opened for appending, so a killed batch cannot leave half a line behind; a
damaged line (power cut) is ignored and its article redone. At the end of a
run the file is rewritten, atomically, with one line per article.

One batch at a time may use an output folder: a lock stops a second one (an
overnight job started again before the last one ended) from interleaving its
work with the first's.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..outputs.files import write_atomic

MANIFEST = "manifest.jsonl"

Record = dict[str, Any]


class Manifest:
    """The records of ``out_dir``, keyed by output stem, and appends to its manifest file."""

    def __init__(self, out_dir: Path) -> None:
        self.root = out_dir
        self.path = out_dir / MANIFEST
        self.records: dict[str, Record] = dict(_load(self.path))

    def complete(self, output: str, sha256: str, settings: str) -> bool:
        """True when ``output`` was rendered from this input with these settings and still is."""
        record = self.records.get(output)
        return (
            record is not None
            and record.get("status") == "ok"
            and record.get("sha256") == sha256
            and record.get("settings") == settings
            and all((self.root / path).is_file() for path in record.get("outputs", {}).values())
        )

    def add(self, record: Record) -> None:
        """Append ``record`` durably, as a single write."""
        self.records[record["output"]] = record
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode()
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)

    def compact(self, order: Iterable[str]) -> None:
        """Rewrite the file with one line per article: ``order`` first, then any others."""
        keys = [key for key in order if key in self.records]
        listed = set(keys)
        keys += [key for key in self.records if key not in listed]
        text = "".join(json.dumps(self.records[k], ensure_ascii=False) + "\n" for k in keys)
        if text:
            write_atomic(self.path, text)


def _load(path: Path) -> Iterator[tuple[str, Record]]:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return
    for line in lines:
        with contextlib.suppress(ValueError):
            record = json.loads(line)
            if isinstance(record, dict) and isinstance(record.get("output"), str):
                yield record["output"], record


@contextlib.contextmanager
def locked(out_dir: Path) -> Iterator[Manifest]:
    """The manifest of ``out_dir``, with the folder locked until the block ends.

    The lock is on the folder itself, so no lock file is left behind, and the
    system drops it when the process dies, so a killed batch never blocks the next.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise ConfigError(
                f"{out_dir}: another `accessible render` is writing here; "
                "wait for it to finish or choose another -o folder"
            ) from None
        yield Manifest(out_dir)
    finally:
        os.close(fd)
