"""Run tasks in a pool of worker processes on this machine.

Workers ignore Ctrl-C: the terminal sends it to every process in the group,
and it is the batch, not each worker, that decides what stopping means. To
stop them the batch sends SIGTERM, which a worker busy with an article turns
into an exception, so the ``finally`` blocks remove its temporary files and
kill its speech-engine child, and then exits (the pool would otherwise catch
the exception and carry on with the next article). SIGINT stays blocked
while a worker is being started, so none can be interrupted before it has
learnt to ignore it.

Workers are forked, whatever the platform's default: they start at once,
with the modules this process has already imported, and this process has no
threads of its own when it forks them.

A worker that dies (a crash, the out-of-memory killer) breaks the pool; the
next submission starts a fresh one, so the batch goes on.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import FrameType

from .work import Outcome, Task, render_task


class InlineRunner:
    """One article at a time in this process: nothing to fork when one worker is all there is.

    Ctrl-C reaches the article directly; its ``finally`` blocks remove the
    temporary files and kill the speech engine's child before the batch stops.
    """

    capacity = 1

    def submit(self, task: Task) -> Future[Outcome]:
        future: Future[Outcome] = Future()
        future.set_result(render_task(task))
        return future

    def abandon(self) -> None:
        return None

    def close(self) -> None:
        return None


class LocalRunner:
    def __init__(self, jobs: int) -> None:
        self.capacity = jobs
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("fork")
        return ProcessPoolExecutor(self.capacity, context, initializer=_init_worker)

    def submit(self, task: Task) -> Future[Outcome]:
        with _sigint_blocked():  # the pool starts its workers on submission
            try:
                return self._pool.submit(_render, task)
            except BrokenProcessPool:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = self._start()
                return self._pool.submit(_render, task)

    def abandon(self) -> None:
        """Stop the articles in progress now; their workers clean up and exit."""
        # Python 3.14 has ProcessPoolExecutor.terminate_workers(); until then, its process table.
        workers = list(self._pool._processes.values())
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.join(5)
            if worker.is_alive():
                worker.kill()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Hold back Ctrl-C (delivered on exit, not lost) while worker processes may start."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


class _Stopped(BaseException):
    """Raised by SIGTERM in a busy worker; a BaseException so no ``except Exception`` eats it."""


_busy = False


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _render(task: Task) -> Outcome:
    global _busy
    _busy = True
    try:
        return render_task(task)
    except _Stopped:
        os._exit(128 + signal.SIGTERM)
    finally:
        _busy = False


def _stop(signum: int, frame: FrameType | None) -> None:
    if _busy:
        raise _Stopped
    os._exit(128 + signum)
