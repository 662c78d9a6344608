"""Batch output to an object store named by a URL, as a cluster without a shared disk uses.

fsspec's in-memory store stands in for S3 (it lives in this process, so these
runs use ``--jobs 1`` or a Dask cluster of threads); ``file://`` goes through
the same code with forked workers.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
import soundfile
from typer.testing import CliRunner

from accessible.cli import app

fsspec = pytest.importorskip("fsspec")
runner = CliRunner()


def story(n: int) -> str:
    return (
        f"Story number {n} makes the news\n\n"
        f'Paragraph one of story {n} has plain words. "We are pleased," said Ann Lee.\n'
    )


def articles(folder: Path, count: int) -> Path:
    for n in range(count):
        (folder / "world").mkdir(parents=True, exist_ok=True)
        (folder / "world" / f"story{n}.txt").write_text(story(n), encoding="utf-8")
    return folder


def render(*args: str) -> Any:
    return runner.invoke(app, ["render", *args, "--engine", "fake"])


def store_files(fs: Any, root: str) -> set[str]:
    return {path.removeprefix(root).lstrip("/") for path in fs.find(root)}


def test_outputs_and_manifest_go_to_the_store_and_a_rerun_skips_them(tmp_path: Path) -> None:
    src = articles(tmp_path / "in", 2)
    url = f"memory://{tmp_path.name}/accessible"
    result = render(str(src), "-o", url, "--jobs", "1")
    assert result.exit_code == 0, result.output
    fs, root = fsspec.core.url_to_fs(url)
    names = store_files(fs, root)
    assert {"world/story0.mp3", "world/story1.vtt", "manifest.jsonl"} <= names
    assert not [name for name in names if name.endswith(".part")]
    audio, rate = soundfile.read(io.BytesIO(fs.cat_file(f"{root}/world/story0.mp3")))
    assert rate > 0 and len(audio) > rate  # decodes, and holds more than a second
    records = [json.loads(line) for line in fs.cat_file(f"{root}/manifest.jsonl").splitlines()]
    assert [(r["output"], r["status"]) for r in records] == [
        ("world/story0", "ok"),
        ("world/story1", "ok"),
    ]
    assert not (tmp_path / "out").exists() and not Path("memory:").exists()

    again = render(str(src), "-o", url, "--jobs", "1")
    assert again.exit_code == 0 and "2 already up to date" in again.stderr

    killed = f"{root}/world/.story1.mp3.0badf00d.part"  # what a worker killed mid-upload leaves
    fs.pipe_file(killed, b"half an mp3")
    fs.rm_file(f"{root}/world/story1.vtt")
    redo = render(str(src), "-o", url, "--jobs", "1")
    assert redo.exit_code == 0 and "1 rendered, 1 already up to date" in redo.stderr
    assert not fs.exists(killed) and fs.isfile(f"{root}/world/story1.vtt")


def test_an_editors_corrections_in_the_store_are_used(tmp_path: Path) -> None:
    src = articles(tmp_path / "in", 1)
    url = f"memory://{tmp_path.name}/accessible"
    assert render(str(src), "-o", url, "--jobs", "1").exit_code == 0
    fs, root = fsspec.core.url_to_fs(url)
    sidecar = f"{root}/world/story0.quotes.json"
    corrections = json.loads(fs.cat_file(sidecar))
    corrections["speakers"][0]["name"] = "Anne Leigh"
    fs.pipe_file(sidecar, json.dumps(corrections).encode())
    assert render(str(src), "-o", url, "--jobs", "1", "--force").exit_code == 0
    vtt = fs.cat_file(f"{root}/world/story0.vtt").decode()
    assert "<v Anne Leigh>We are pleased," in vtt and "<v Ann Lee>" not in vtt


def test_file_url_with_parallel_workers_matches_a_folder(tmp_path: Path) -> None:
    src = articles(tmp_path / "in", 3)
    folder, stored = tmp_path / "folder", tmp_path / "stored"
    assert render(str(src), "-o", str(folder), "--jobs", "2").exit_code == 0
    result = render(str(src), "-o", stored.as_uri(), "--jobs", "2")
    assert result.exit_code == 0, result.output
    listing = {p.relative_to(stored).as_posix() for p in stored.rglob("*") if p.is_file()}
    expected = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert listing == expected
    assert (stored / "world/story2.mp3").read_bytes() == (folder / "world/story2.mp3").read_bytes()


def test_dask_cluster_writes_to_the_store(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    src = articles(tmp_path / "in", 2)
    url = f"memory://{tmp_path.name}/cluster"
    with distributed.LocalCluster(
        processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None
    ) as cluster:
        result = render(str(src), "-o", url, "--scheduler", cluster.scheduler_address)
    assert result.exit_code == 0, result.output
    fs, root = fsspec.core.url_to_fs(url)
    assert {"world/story0.mp3", "world/story1.mp3", "manifest.jsonl"} <= store_files(fs, root)


def test_an_unknown_store_is_one_clear_line(tmp_path: Path) -> None:
    src = articles(tmp_path / "in", 1)
    result = render(str(src), "-o", "nosuchstore://bucket/out")
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert lines == [lines[0]] and lines[0].startswith("error: nosuchstore://bucket/out:")
