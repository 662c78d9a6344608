"""Narration speed and memory against the floor, measured in the same run.

The floor is what the bare tools take for the same text: ``espeak-ng -w`` and
``ffmpeg -b:a 64k`` (Debian's packages, for this benchmark only: the product
needs neither). Ours is the ``accessible render`` command, start-up included,
twice: writing the narration with its transcripts and reports (MP3, VTT, SRT,
transcript, report, analysis, quotes), and writing everything (adding the
plain and Easy Read versions and the read-along page).

    python bench/narration.py            # sample and a 2,000-word article
    python bench/narration.py --long     # also a 10,000-word article (memory)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "bench" / "news-dev"


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
"""An installed package runs from compiled bytecode (pip writes it); with this variable set,
as on some CI machines, every run would compile the project's modules again (~0.1 s)."""


def run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB, the largest process) of ``command``."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}: {proc.stderr.read().decode()[-500:]}")
    return elapsed, usage.ru_maxrss / 1024


def long_article(words: int, folder: Path) -> Path:
    """A headline and enough BBC article bodies to reach ``words`` words."""
    body: list[str] = []
    count = 0
    for path in sorted(NEWS.glob("*/*.txt")):
        paragraphs = path.read_text(encoding="utf-8", errors="replace").split("\n\n")[1:]
        for paragraph in paragraphs:
            body.append(paragraph.strip())
            count += len(paragraph.split())
        if count >= words:
            break
    target = folder / f"long-{words}.txt"
    target.write_text(f"A long read of {words} words\n\n" + "\n\n".join(body) + "\n", "utf-8")
    return target


def audio_seconds(path: Path) -> float:
    from mutagen.mp3 import MP3

    return float(MP3(path).info.length)


NARRATION = "vtt,srt,transcript,report,analysis,quotes"


def measure(article: Path, repeats: int, work: Path) -> None:
    floor_times = []
    for _ in range(repeats):
        wav, mp3 = work / "floor.wav", work / "floor.mp3"
        start = time.perf_counter()
        subprocess.run(["espeak-ng", "-w", str(wav), "-f", str(article)], check=True)
        subprocess.run(
            ["ffmpeg", "-loglevel", "error", "-y", "-i", str(wav), "-b:a", "64k", str(mp3)],
            check=True,
        )
        floor_times.append(time.perf_counter() - start)
    floor = statistics.median(floor_times)
    words = len(article.read_text(encoding="utf-8").split())
    out = work / "out"
    for label, extra in (("narration", ["--outputs", NARRATION]), ("everything", [])):
        ours, memory = [], []
        for _ in range(repeats):
            shutil.rmtree(out, ignore_errors=True)
            command = [sys.executable, "-m", "accessible", "render", str(article), "-o", str(out)]
            seconds, peak = run([*command, "-q", *extra])
            ours.append(seconds)
            memory.append(peak)
        mine = statistics.median(ours)
        length = audio_seconds(out / f"{article.stem}.mp3")
        print(
            f"{article.name:<18} {words:>6} words  {label:<10}  floor {floor:6.2f} s  "
            f"ours {mine:6.2f} s  ratio {mine / floor:4.2f}  audio {length:7.1f} s  "
            f"real-time x{length / mine:5.1f}  peak {max(memory):5.0f} MB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--long", action="store_true", help="also render 10,000 words")
    args = parser.parse_args()
    missing = [tool for tool in ("espeak-ng", "ffmpeg") if shutil.which(tool) is None]
    if missing:
        print(f"skipped: {', '.join(missing)} not installed (apt-get install espeak-ng ffmpeg)")
        return
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        articles = [ROOT / "samples" / "scales-of-justice.txt"]
        if NEWS.is_dir():
            articles.append(long_article(2000, work))
            if args.long:
                articles.append(long_article(10_000, work))
        else:
            print(f"note: {NEWS} not found; measuring the sample only")
        for article in articles:
            measure(article, args.repeats, work)


if __name__ == "__main__":
    main()
