"""Run tasks on a Dask distributed cluster (the optional ``[cluster]`` extra).

Each task is the same :func:`~accessible.batch.work.render_task` the local
pool runs, so a cluster writes the same outputs; the workers write them into
the output folder, which must therefore be shared (same path on every worker
and on this machine), or upload them to an object store (see
:mod:`.destination`), and this machine writes the manifest. Dask is imported
only here, and only when a scheduler address is given.
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from ..errors import ConfigError
from .work import Outcome, Task, render_task

TASKS_PER_THREAD = 2
"""Queued tasks per worker thread, so no worker waits for this machine between articles."""


class ClusterRunner:
    def __init__(self, address: str) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise ConfigError(
                "--scheduler needs Dask: pip install 'accessible[cluster]' "
                "(here and on every worker)"
            ) from None
        try:
            self._client: Any = Client(address)  # waits distributed.comm.timeouts.connect
        except (OSError, ValueError) as exc:
            raise ConfigError(
                f"cannot reach the Dask scheduler at {address} ({exc}); "
                "check the address and that `dask scheduler` is running"
            ) from None
        self._executor: Any = self._client.get_executor(pure=False)

    @property
    def capacity(self) -> int:
        threads = sum(int(n) for n in self._client.nthreads().values())
        return max(TASKS_PER_THREAD * threads, 1)

    def submit(self, task: Task) -> Future[Outcome]:
        future: Future[Outcome] = self._executor.submit(render_task, task)
        return future

    def abandon(self) -> None:
        """Cancel what is queued; articles already running finish but are not recorded."""
        self._executor.shutdown(wait=False)
        self._client.close()

    def close(self) -> None:
        self._executor.shutdown(wait=True)
        self._client.close()
