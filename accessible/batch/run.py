"""The batch loop: decide what needs rendering, keep the workers busy, record every result.

This process reads each input, hashes it and checks the manifest; only
articles that are not already complete go to the workers, at most as many at
once as the workers can run (so the one shown as current is really being
rendered, and Ctrl-C abandons no more than that). Each result is recorded the
moment it arrives. A worker that dies gets its article retried once, in case
it was a neighbour's fault (a pool loses every article in progress when one
worker dies): alone, so a second death is surely its own and is recorded as
a failure.
"""

from __future__ import annotations

import hashlib
import json
from collections import deque
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from .. import __version__
from ..config import Profile, load_profile
from ..engines import ENGINES
from ..errors import ConfigError, InputError
from ..pipeline import RenderOptions, preload
from .destination import open_place
from .inputs import Item, read_input
from .manifest import Manifest, Record, locked
from .progress import Progress, Summary
from .work import Outcome, Task

POLL_S = 0.5
"""How often the loop wakes without news, to redraw the progress line."""


class Runner(Protocol):
    @property
    def capacity(self) -> int: ...

    def submit(self, task: Task) -> Future[Outcome]: ...

    def abandon(self) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class _Job:
    item: Item
    task: Task
    sha256: str
    attempt: int = 1


def settings_digest(profile: Profile, engine: str, options: RenderOptions) -> str:
    """A short hash of everything besides the input that shapes the outputs."""
    settings = {
        "version": __version__,
        "engine": engine,
        "profile": asdict(profile),
        "options": {k: v for k, v in asdict(options).items() if k not in ("profile", "engine")},
    }
    encoded = json.dumps(settings, sort_keys=True, default=str).encode()
    return hashlib.sha256(encoded).hexdigest()[:16]


def run_batch(
    items: Sequence[Item],
    out: str | Path,
    options: RenderOptions,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    force: bool = False,
    quiet: bool = False,
) -> Summary:
    """Render ``items`` into ``out`` in ``jobs`` processes, or on the Dask ``scheduler``.

    ``out`` is a folder, or the URL of an object store (see :mod:`.destination`).
    """
    profile = load_profile(options.profile)
    engine = options.engine or profile.engine
    if engine not in ENGINES:
        raise ConfigError(f"unknown speech engine {engine!r}; choose one of {', '.join(ENGINES)}")
    summary = Summary(total=len(items), out=str(out))
    place = open_place(out)
    progress = Progress(summary, quiet)
    with locked(place) as manifest:
        runner = _runner(max(1, min(jobs, len(items))), scheduler)
        batch = _Batch(manifest, runner, summary, progress, force)
        template = Task("", b"", place.label, "", profile, engine, options)
        try:
            batch.run(items, template, settings_digest(profile, engine, options))
        except KeyboardInterrupt:
            summary.interrupted = True
            runner.abandon()
        finally:
            runner.close()
            manifest.compact(item.output for item in items)
    progress.end()
    return summary


def _runner(jobs: int, scheduler: str | None) -> Runner:
    if scheduler is None:
        from .local import InlineRunner, LocalRunner

        if jobs == 1:
            return InlineRunner()
        preload()  # once here rather than once in every worker
        return LocalRunner(jobs)
    from .cluster import ClusterRunner

    return ClusterRunner(scheduler)


class _Batch:
    def __init__(
        self, manifest: Manifest, runner: Runner, summary: Summary, progress: Progress, force: bool
    ) -> None:
        self.manifest = manifest
        self.runner = runner
        self.summary = summary
        self.progress = progress
        self.force = force
        self.retries: deque[_Job] = deque()
        self.running: dict[Future[Outcome], _Job] = {}

    def run(self, items: Sequence[Item], template: Task, settings: str) -> None:
        queue = deque(items)
        while queue or self.retries or self.running:
            if self.retries:
                if not self.running:  # alone, so that if it dies again it is surely its fault
                    self._submit(self.retries.popleft())
            else:
                capacity = self.runner.capacity
                while queue and len(self.running) < capacity:
                    job = self._job(queue.popleft(), template, settings)
                    if job is not None:
                        self._submit(job)
            if self.running:
                done, _ = wait(self.running, timeout=POLL_S, return_when=FIRST_COMPLETED)
                for future in done:
                    self._collect(future, self.running.pop(future), settings)
            self.progress.tick()

    def _submit(self, job: _Job) -> None:
        self.running[self.runner.submit(job.task)] = job
        self.progress.started(job.item.input)

    def _job(self, item: Item, template: Task, settings: str) -> _Job | None:
        """The job for ``item``, or None when it is up to date or cannot be read."""
        try:
            data = read_input(item)
        except InputError as exc:
            self._record(item, None, settings, Outcome(error=str(exc)))
            return None
        sha256 = hashlib.sha256(data).hexdigest()
        if not self.force and self.manifest.complete(item.output, sha256, settings):
            self.summary.up_to_date += 1
            return None
        name = "standard input" if item.path is None else item.input
        return _Job(item, replace(template, name=name, data=data, output=item.output), sha256)

    def _collect(self, future: Future[Outcome], job: _Job, settings: str) -> None:
        try:
            outcome = future.result()
        except Exception as exc:  # the worker died (crash, out of memory) or the cluster lost it
            if job.attempt == 1:
                self.retries.append(replace(job, attempt=2))
                return
            reason = str(exc) or type(exc).__name__
            outcome = Outcome(
                error=f"{job.task.name}: the worker rendering it died twice ({reason}); "
                "it may need more memory"
            )
        self._record(job.item, job.sha256, settings, outcome)

    def _record(self, item: Item, sha256: str | None, settings: str, outcome: Outcome) -> None:
        record: Record = {
            "output": item.output,
            "input": item.input,
            "sha256": sha256,
            "settings": settings,
            "status": "failed" if outcome.error else "ok",
            "error": outcome.error,
            "outputs": outcome.outputs,
            "seconds": round(outcome.seconds, 3),
            "readability": {"before": outcome.grade, "after": outcome.grades_after},
            "audio_s": outcome.audio_s,
            "words": outcome.words,
            "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        self.manifest.add(record)
        if outcome.error:
            self.summary.failed += 1
        else:
            self.summary.rendered += 1
        self.progress.finished(item.input, outcome.seconds, outcome.error)
