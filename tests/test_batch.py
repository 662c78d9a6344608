"""Batch rendering as a publisher runs it: folders, resume, failures, kills, Ctrl-C, a cluster.

Everything uses the fake engine, so the whole file stays well under a minute.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import soundfile
from typer.testing import CliRunner

from accessible.batch import discover
from accessible.batch import local as local_runner
from accessible.batch.work import Outcome, Task, render_task
from accessible.cli import app
from accessible.read import MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
FAKE = ["--engine", "fake"]


def article(n: int, paragraphs: int = 2) -> str:
    body = "\n\n".join(
        f'Paragraph {p} of story {n} has some plain words. "We are pleased," said Ann Lee.'
        for p in range(paragraphs)
    )
    return f"Story number {n} makes the news\n\n{body}\n"


def page(n: int) -> str:
    """The same story as a web page: headline, navigation, body paragraphs and a footer."""
    title, *paragraphs = article(n).strip().split("\n\n")
    body = "".join(f"<p>{p}</p>" for p in paragraphs * 3)
    return (
        f"<html lang='en'><head><title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Copyright</footer></body></html>"
    )


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def render(*args: str, input: str | None = None) -> Any:
    return runner.invoke(app, ["render", *args, *FAKE], input=input)


def manifest(out: Path) -> dict[str, dict[str, Any]]:
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    return {r["output"]: r for r in records}


def outputs(out: Path) -> set[str]:
    return {
        p.relative_to(out).as_posix()
        for p in out.rglob("*")
        if p.is_file() and p.name != "manifest.jsonl"
    }


def test_folders_are_searched_recursively_and_mirrored(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write(src / "top.txt", article(1))
    write(src / "world" / "europe.md", article(2))
    write(src / "world" / "asia" / "page.html", page(3))
    write(src / "world" / "notes.json", "{}")
    write(src / ".drafts" / "secret.txt", article(4))
    out = tmp_path / "out"
    result = render(str(src), "-o", str(out), "-j", "2")
    assert result.exit_code == 0, result.output
    stems = {name.split(".")[0] for name in outputs(out)}
    assert stems == {"top", "world/europe", "world/asia/page"}
    assert (out / "world" / "asia" / "page.mp3").is_file()
    assert "all 3 articles done" in result.stderr

    only_md = tmp_path / "md"
    result = render(str(src), "-o", str(only_md), "--glob", "*.md")
    assert result.exit_code == 0, result.output
    assert {name.split(".")[0] for name in outputs(only_md)} == {"world/europe"}


def test_output_names_are_safe_and_unique(tmp_path: Path) -> None:
    src = tmp_path / "in"
    names = ["a.txt", "a.md", "A.txt", "we ird;name$.txt", "..dots.txt", "ünï cødé.txt", "$$.txt"]
    paths = [write(src / "sub dir" / n, article(1)) for n in names]
    other = write(tmp_path / "other" / "a.txt", article(2))
    args = [str(p) for p in paths] + [str(other), str(tmp_path / ".." / "x" / "..." / ".txt")]
    items = discover(args)
    got = [item.output for item in items]
    assert got == ["a", "a-2", "A-3", "we-ird-name", "dots", "ünï-cødé", "article", "a-4", "txt"]
    for output in got:
        assert re.fullmatch(r"[\w-]+(/[\w-]+)*", output) and not output.startswith("-")
    folder_items = discover([str(tmp_path)])
    assert all(".." not in item.output for item in folder_items)
    assert len({item.output.casefold() for item in folder_items}) == len(folder_items)
    assert {"in/sub-dir/A", "in/sub-dir/a-2"} <= {item.output for item in folder_items}


def test_standard_input(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = render("-", "-o", str(out), input=article(7))
    assert result.exit_code == 0, result.output
    assert (out / "stdin.mp3").is_file()
    record = manifest(out)["stdin"]
    assert record["input"] == "-" and record["status"] == "ok"
    assert record["sha256"] == hashlib.sha256(article(7).encode()).hexdigest()


def test_manifest_has_one_line_per_article(tmp_path: Path) -> None:
    src = tmp_path / "in"
    for n in range(3):
        write(src / f"story{n}.txt", article(n, paragraphs=n + 1))
    out = tmp_path / "out"
    assert render(str(src), "-o", str(out)).exit_code == 0
    records = manifest(out)
    assert sorted(records) == ["story0", "story1", "story2"]
    for record in records.values():
        data = Path(record["input"]).read_bytes()
        assert record["sha256"] == hashlib.sha256(data).hexdigest()
        assert record["status"] == "ok" and record["error"] is None
        assert set(record["outputs"]) >= {"mp3", "vtt", "report", "analysis"}
        assert all((out / path).is_file() for path in record["outputs"].values())
        assert record["seconds"] > 0 and record["audio_s"] > 0 and record["words"] > 10
        assert isinstance(record["readability"]["before"], float)
        after = record["readability"]["after"]
        assert set(after) == {"plain", "easy"} and after["easy"] <= record["readability"]["before"]
    assert records["story2"]["audio_s"] > records["story0"]["audio_s"]


def test_rerun_skips_what_is_done_and_force_redoes_all(tmp_path: Path) -> None:
    src = tmp_path / "in"
    for n in range(4):
        write(src / f"s{n}.txt", article(n))
    out = tmp_path / "out"
    assert render(str(src), "-o", str(out)).exit_code == 0
    done = {
        k: r["finished"] + str((out / f"{k}.mp3").stat().st_mtime_ns)
        for k, r in manifest(out).items()
    }

    result = render(str(src), "-o", str(out))
    assert result.exit_code == 0 and "0 rendered, 4 already up to date" in result.stderr

    write(src / "s1.txt", article(11))  # changed input
    (out / "s2.vtt").unlink()  # an output lost
    result = render(str(src), "-o", str(out))
    assert "2 rendered, 2 already up to date" in result.stderr
    again = {
        k: r["finished"] + str((out / f"{k}.mp3").stat().st_mtime_ns)
        for k, r in manifest(out).items()
    }
    assert [k for k in done if done[k] != again[k]] == ["s1", "s2"]
    assert (out / "s2.vtt").is_file()

    result = render(str(src), "-o", str(out), "--voices", "easy")
    assert "4 rendered, 0 already up to date" in result.stderr  # other settings: redone

    result = render(str(src), "-o", str(out), "--voices", "easy", "--force")
    assert "4 rendered, 0 already up to date" in result.stderr
    assert len((out / "manifest.jsonl").read_text().splitlines()) == 4


def test_bad_articles_are_recorded_and_the_batch_goes_on(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write(src / "good1.txt", article(1))
    write(src / "empty.txt", "")
    write(src / "binary.txt", bytes(range(256)) * 8)
    with open(write(src / "huge.txt", ""), "wb") as huge:
        huge.truncate(MAX_BYTES + 1)
    write(src / "good2.txt", article(2))
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    result = render(str(src), str(missing), "-o", str(out), "-j", "2")
    assert result.exit_code == 1
    assert "4 of 6 articles failed; 2 rendered" in result.stderr
    records = manifest(out)
    assert {k for k, r in records.items() if r["status"] == "ok"} == {"good1", "good2"}
    expected = {"empty": "is empty", "binary": "binary", "huge": "larger than 5 MB",
                "missing": "no such file"}  # fmt: skip
    for key, message in expected.items():
        assert records[key]["status"] == "failed" and message in records[key]["error"]
        assert f"error: {records[key]['error']}" in result.stderr
    assert "Traceback" not in result.output


def _crash_on_request(task: Task) -> Outcome:
    if "crash" in task.name:
        os._exit(3)  # as the out-of-memory killer would
    return render_task(task)


def test_a_worker_that_dies_costs_only_its_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local_runner, "render_task", _crash_on_request)
    src = tmp_path / "in"
    for name in ("a", "b", "crash", "c", "d"):
        write(src / f"{name}.txt", article(1))
    out = tmp_path / "out"
    result = render(str(src), "-o", str(out), "-j", "2")
    assert result.exit_code == 1, result.output
    records = manifest(out)
    assert {k for k, r in records.items() if r["status"] == "ok"} == {"a", "b", "c", "d"}
    assert "died twice" in records["crash"]["error"]


def _cli(*args: str) -> list[str]:
    """The CLI as a child process, with Ctrl-C handled as at a terminal even if we ignore it."""
    code = (
        "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
        "from accessible.cli import main; main()"
    )
    return [sys.executable, "-c", code, "render", *args, *FAKE]


def _start(tmp_path: Path, count: int) -> tuple[Path, Path, subprocess.Popen[str]]:
    src = tmp_path / "in"
    for n in range(count):
        write(src / f"story{n:02d}.txt", article(n, paragraphs=3))
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        _cli(str(src), "-o", str(out), "-j", "2"),
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while not list(out.glob("*.mp3")):
        assert process.poll() is None and time.monotonic() < deadline, "no output appeared"
        time.sleep(0.005)
    return src, out, process


def _check_every_file_decodes(out: Path) -> None:
    for path in out.rglob("*"):
        if path.name.startswith(".") or not path.is_file():
            continue  # temporary files are never under a final name
        if path.suffix == ".mp3":
            samples, _ = soundfile.read(path)
            assert len(samples) > 0, path
        elif path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                json.loads(line)
        elif path.suffix == ".vtt":
            assert path.read_text(encoding="utf-8").startswith("WEBVTT"), path
        else:
            assert path.read_text(encoding="utf-8").strip(), path


def _rerun_completes(src: Path, out: Path, count: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rerun = subprocess.run(
        _cli(str(src), "-o", str(out), "-j", "2"), env=env, capture_output=True, text=True
    )
    assert rerun.returncode == 0, rerun.stderr
    records = manifest(out)
    assert len(records) == count and all(r["status"] == "ok" for r in records.values())
    assert not list(out.rglob(".*.part")), "temporary files were left behind"
    _check_every_file_decodes(out)


def test_kill_9_mid_batch_leaves_no_broken_file_and_the_rerun_completes(tmp_path: Path) -> None:
    src, out, process = _start(tmp_path, 20)
    os.killpg(process.pid, signal.SIGKILL)
    process.communicate()
    done = manifest(out) if (out / "manifest.jsonl").exists() else {}
    assert len(done) < 20, "the batch finished before it could be killed"
    _check_every_file_decodes(out)
    _rerun_completes(src, out, 20)


def test_ctrl_c_stops_promptly_cleans_up_and_says_what_was_done(tmp_path: Path) -> None:
    src, out, process = _start(tmp_path, 20)
    time.sleep(0.2)
    stopped = time.monotonic()
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=20)
    assert time.monotonic() - stopped < 5
    assert process.returncode == 130, stderr
    assert "interrupted after" in stderr and "run the same command again" in stderr
    assert "Traceback" not in stderr
    assert not list(out.rglob(".*.part"))
    _check_every_file_decodes(out)
    _rerun_completes(src, out, 20)


def test_dask_cluster_writes_the_same_outputs(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    src = tmp_path / "in"
    for n in range(3):
        write(src / "world" / f"story{n}.txt", article(n))
    local = tmp_path / "local"
    assert render(str(src), "-o", str(local)).exit_code == 0
    with (
        distributed.LocalCluster(
            processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None
        ) as cluster,
    ):
        shared = tmp_path / "shared"
        result = render(str(src), "-o", str(shared), "--scheduler", cluster.scheduler_address)
        assert result.exit_code == 0, result.output
    assert outputs(shared) == outputs(local)
    for name in outputs(local):
        if name.endswith((".mp3", ".vtt", ".json")):
            assert (shared / name).read_bytes() == (local / name).read_bytes(), name
    cluster_records, local_records = manifest(shared), manifest(local)
    assert cluster_records.keys() == local_records.keys()
    for key, record in cluster_records.items():
        assert record["status"] == "ok"
        assert record["sha256"] == local_records[key]["sha256"]
        assert record["settings"] == local_records[key]["settings"]


def test_unreachable_scheduler_is_one_clear_line(tmp_path: Path) -> None:
    dask = pytest.importorskip("dask")
    write(tmp_path / "a.txt", article(1))
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        args = [str(tmp_path / "a.txt"), "-o", str(tmp_path / "out")]
        result = render(*args, "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: cannot reach the Dask scheduler")
