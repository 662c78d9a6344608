"""One article's work, run in a worker process or on a Dask worker: decode, narrate, write.

A task carries the article's bytes and the loaded voice profile, not paths to
them, so a cluster worker needs no access to the inputs or the voice files,
only to the output folder; and the hash the manifest records is the hash of
exactly what was rendered. Every failure comes back as an :class:`Outcome`
with a message instead of an exception, so one bad article costs only itself.
"""

from __future__ import annotations

import glob
import json
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..config import Profile
from ..errors import AccessibleError
from ..outputs import TEXT
from ..pipeline import RenderOptions
from .destination import Store, is_url


@dataclass(frozen=True, slots=True)
class Task:
    name: str
    """How messages and the analysis JSON name the article (its path, or "standard input")."""
    data: bytes
    out_dir: str
    """An absolute folder, the same on every worker of a cluster, or an object store's URL."""
    output: str
    """Output stem relative to ``out_dir``."""
    profile: Profile
    engine: str
    options: RenderOptions


@dataclass(frozen=True, slots=True)
class Outcome:
    error: str | None = None
    outputs: dict[str, str] = field(default_factory=dict)
    """Output name → path relative to the output folder."""
    seconds: float = 0.0
    grade: float | None = None
    """Consensus readability grade of the article as written."""
    grades_after: dict[str, float] | None = None
    """Consensus grade of the plain and Easy Read versions, by level."""
    words: int | None = None
    audio_s: float | None = None


def render_task(task: Task) -> Outcome:
    """Render ``task``; never raises for a problem with the article or the disk."""
    started = time.perf_counter()
    try:
        return _render(task, started)
    except AccessibleError as exc:
        message = str(exc)
    except OSError as exc:
        message = (
            f"cannot write the outputs ({exc}); check that the output folder is writable "
            "(on a cluster: that it is shared by every worker at the same path)"
            if not is_url(task.out_dir)
            else f"cannot write the outputs to {task.out_dir} ({exc}); check the URL, "
            "and that this machine and every worker have the store's package and credentials"
        )
    except Exception as exc:  # a bug must cost one article, not the whole batch
        message = f"unexpected {type(exc).__name__}: {exc}; please report it"
    if not message.startswith(task.name):
        message = f"{task.name}: {message}"
    return Outcome(error=message, seconds=time.perf_counter() - started)


def _render(task: Task, started: float) -> Outcome:
    """Render into the output folder, or into a staging folder uploaded to the store."""
    if not is_url(task.out_dir):
        return _render_into(Path(task.out_dir), task, started)
    store = Store(task.out_dir)
    with tempfile.TemporaryDirectory(prefix="accessible-") as staging:
        root = Path(staging)
        sidecar = f"{task.output}{TEXT['quotes'].suffix}"
        corrections = store.read_text(sidecar)  # an editor's corrections from an earlier render
        if corrections is not None:
            (root / sidecar).parent.mkdir(parents=True, exist_ok=True)
            (root / sidecar).write_text(corrections, encoding="utf-8")
        outcome = _render_into(root, task, started)
        for name in outcome.outputs.values():
            store.put(root / name, name)
        store.remove_parts(task.output)
    return replace(outcome, seconds=time.perf_counter() - started)


def _render_into(root: Path, task: Task, started: float) -> Outcome:
    from ..engines import create_engine
    from ..pipeline import analyze_bytes, render_article
    from ..readability import report

    article = analyze_bytes(task.data, task.name)
    target = root / task.output
    engine = create_engine(task.engine)
    try:
        written = render_article(
            article, target.parent, task.profile, engine, task.options, stem=target.name
        )
    finally:
        engine.close()
    _remove_stale_parts(written.values())
    if "report" in written:  # already computed for the report: read it back, not again
        scores = json.loads(written["report"].read_text(encoding="utf-8"))
    else:
        scores = report(article)
    after = {
        level: figures["after"]["consensus_grade"]
        for level, figures in scores.get("simplified", {}).items()
    }
    audio = written.get(task.options.audio)
    return Outcome(
        outputs={name: path.relative_to(root).as_posix() for name, path in written.items()},
        seconds=time.perf_counter() - started,
        grade=scores["article"]["consensus_grade"],
        grades_after=after or None,
        words=scores["article"]["words"],
        audio_s=_seconds(audio) if audio else None,
    )


def _remove_stale_parts(paths: Iterable[Path]) -> None:
    """Delete temporary files a killed earlier run left beside these outputs."""
    for path in paths:
        for stale in path.parent.glob(f".{glob.escape(path.name)}.*.part"):
            stale.unlink(missing_ok=True)


def _seconds(audio: Path) -> float | None:
    import mutagen

    info = mutagen.File(audio)
    return round(float(info.info.length), 2) if info is not None else None
