"""Batch rendering: thousands of articles, unattended, on one machine or a Dask cluster.

A batch never stops for one bad article, never leaves a broken file under a
final name, and picks up where it stopped: :mod:`.inputs` finds the articles
and names their outputs, :mod:`.manifest` records what is complete,
:mod:`.destination` is the folder or object store the outputs go to,
:mod:`.work` renders one article, :mod:`.local` and :mod:`.cluster` run the
work, :mod:`.run` drives it and :mod:`.progress` reports it.
"""

from __future__ import annotations

from .inputs import DEFAULT_GLOBS, Item, discover
from .progress import Summary
from .run import run_batch

__all__ = ["DEFAULT_GLOBS", "Item", "Summary", "discover", "run_batch"]
