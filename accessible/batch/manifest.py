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
work with the first's. An object store has no such lock: give each batch its
own URL. There the file is uploaded whole from time to time rather than
appended to (see :mod:`.destination`).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import ConfigError
from .destination import Folder, Place, Store

MANIFEST = "manifest.jsonl"

Record = dict[str, Any]


class Manifest:
    """The records of a place, keyed by output stem, and appends to its manifest file."""

    def __init__(self, place: Place) -> None:
        self.place = place
        self.records: dict[str, Record] = dict(_parse(place.read_text(MANIFEST) or ""))

    def complete(self, output: str, sha256: str, settings: str) -> bool:
        """True when ``output`` was rendered from this input with these settings and still is."""
        record = self.records.get(output)
        return (
            record is not None
            and record.get("status") == "ok"
            and record.get("sha256") == sha256
            and record.get("settings") == settings
            and all(self.place.exists(path) for path in record.get("outputs", {}).values())
        )

    def add(self, record: Record) -> None:
        """Record ``record``: appended durably, as a single write, in a folder."""
        self.records[record["output"]] = record
        self.place.append(MANIFEST, json.dumps(record, ensure_ascii=False) + "\n")

    def compact(self, order: Iterable[str]) -> None:
        """Rewrite the file with one line per article: ``order`` first, then any others."""
        keys = [key for key in order if key in self.records]
        listed = set(keys)
        keys += [key for key in self.records if key not in listed]
        text = "".join(json.dumps(self.records[k], ensure_ascii=False) + "\n" for k in keys)
        if text:
            self.place.write_text(MANIFEST, text)


def _parse(text: str) -> Iterator[tuple[str, Record]]:
    for line in text.splitlines():
        with contextlib.suppress(ValueError):
            record = json.loads(line)
            if isinstance(record, dict) and isinstance(record.get("output"), str):
                yield record["output"], record


@contextlib.contextmanager
def locked(place: Folder | Store) -> Iterator[Manifest]:
    """The manifest of ``place``, with a folder locked until the block ends.

    The lock is on the folder itself, so no lock file is left behind, and the
    system drops it when the process dies, so a killed batch never blocks the next.
    """
    if isinstance(place, Store):
        yield Manifest(place)
        return
    fd = os.open(place.root, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise ConfigError(
                f"{place.root}: another `accessible render` is writing here; "
                "wait for it to finish or choose another -o folder"
            ) from None
        yield Manifest(place)
    finally:
        os.close(fd)
