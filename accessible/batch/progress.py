"""What a batch tells the person or script running it, on standard error.

On a terminal: one progress line, redrawn in place, with counts, rate, ETA
and the article being rendered, and failures printed above it. Otherwise (a
log file, cron mail, CI): one plain line per article. ``quiet``: failures
and, when something went wrong, the summary; nothing else.
"""

from __future__ import annotations

import shutil
import sys
import time
from dataclasses import dataclass, field
from typing import Literal, TextIO

Mode = Literal["bar", "log", "quiet"]
BAR = 20
REDRAW_S = 0.1


@dataclass
class Summary:
    total: int
    out: str
    rendered: int = 0
    up_to_date: int = 0
    failed: int = 0
    interrupted: bool = False
    started: float = field(default_factory=time.monotonic)

    @property
    def done(self) -> int:
        return self.rendered + self.up_to_date + self.failed

    @property
    def exit_code(self) -> int:
        return 130 if self.interrupted else 1 if self.failed else 0

    def line(self) -> str:
        elapsed = _duration(time.monotonic() - self.started)
        counts = f"{self.rendered} rendered, {self.up_to_date} already up to date"
        where = f"outputs in {self.out}, details in {self.out}/manifest.jsonl"
        if self.interrupted:
            left = self.total - self.done
            return (
                f"interrupted after {elapsed}: {counts}, {self.failed} failed, {left} not done; "
                f"run the same command again to finish ({where})"
            )
        if self.total == 1:
            state = "the article failed" if self.failed else "the article is done"
            return f"{state}: {counts} in {elapsed} ({where})"
        if self.failed:
            return f"{self.failed} of {self.total} articles failed; {counts} in {elapsed} ({where})"
        return f"all {self.total} articles done: {counts} in {elapsed} ({where})"


class Progress:
    def __init__(self, summary: Summary, quiet: bool) -> None:
        self._summary = summary
        self._stream: TextIO = sys.stderr
        self._mode: Mode = "quiet" if quiet else "bar" if self._stream.isatty() else "log"
        self._current = ""
        self._drawn = 0.0
        self._first_work: float | None = None

    def started(self, name: str) -> None:
        self._current = name
        if self._first_work is None:
            self._first_work = time.monotonic()
        self.tick()

    def finished(self, name: str, seconds: float, error: str | None) -> None:
        s = self._summary
        if error is not None:
            self._print(f"error: {error}")
        elif self._mode == "log":
            self._print(f"[{s.done}/{s.total}] {name} rendered in {seconds:.1f} s")
        self.tick()

    def tick(self) -> None:
        now = time.monotonic()
        if self._mode == "bar" and now - self._drawn >= REDRAW_S:
            self._drawn = now
            self._stream.write("\r\x1b[K" + self._bar(now))
            self._stream.flush()

    def end(self) -> None:
        s = self._summary
        if self._mode == "bar":
            self._stream.write("\r\x1b[K")
        if self._mode != "quiet" or s.exit_code:
            self._stream.write(s.line() + "\n")
        self._stream.flush()

    def _print(self, line: str) -> None:
        if self._mode == "bar":
            line = "\r\x1b[K" + line
        self._stream.write(line + "\n")
        self._drawn = 0.0
        self._stream.flush()

    def _bar(self, now: float) -> str:
        s = self._summary
        filled = BAR * s.done // max(s.total, 1)
        parts = [f"[{'#' * filled}{'.' * (BAR - filled)}] {s.done}/{s.total}"]
        if s.failed:
            parts.append(f"{s.failed} failed")
        if s.rendered and self._first_work is not None:
            per_article = (now - self._first_work) / s.rendered
            parts.append(f"{1 / per_article:.1f}/s" if per_article else "")
            parts.append(f"ETA {_duration(per_article * (s.total - s.done))}")
        line = "  ".join(p for p in parts if p)
        width = shutil.get_terminal_size().columns - 1
        room = width - len(line) - 2
        current = self._current if len(self._current) <= room else "…" + self._current[-room + 1 :]
        return f"{line}  {current}"[:width] if room > 1 else line[:width]


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    return f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"
