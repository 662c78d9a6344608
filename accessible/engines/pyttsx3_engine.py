"""The pyttsx3 engine (espeak-ng on Linux, from PyPI alone via espeakng-loader).

Speech runs in a child process that this module also implements (run it as
``python -m accessible.engines.pyttsx3_engine``). Three reasons:

* espeak-ng keeps synthesis state between utterances, so the same text gives
  different samples depending on what was said before in that process. A
  fresh child per render makes a render's audio depend only on its script:
  rendering the same article twice gives identical samples.
* pyttsx3 2.99's espeak driver can hang or return early; a child can be given
  a deadline, killed and restarted, and the line retried once.
* the driver prints to standard output; in the child that cannot pollute
  ours.

Within the child we keep pyttsx3's workarounds in one place: one utterance per
``runAndWait``, waiting for the finished-utterance event before reading the
file, and the driver's ``stop()`` made a no-op because it cancels queued
property changes.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..config import Voice
from ..errors import ConfigError, EngineError
from . import Clip, EngineVoice

TIMEOUT_S = 30.0
"""Deadline for one line; espeak-ng speaks far faster than real time."""
PIPELINE_DEPTH = 2


class Pyttsx3Engine:
    """Parent side: sends lines to a child process and reads PCM back.

    The child starts at construction, so its start-up (Python, pyttsx3,
    espeak-ng data) overlaps whatever the caller does before the first line.
    """

    def __init__(self, timeout_s: float = TIMEOUT_S) -> None:
        self._timeout_s = timeout_s
        self._proc: subprocess.Popen[bytes] | None = None
        self._known: set[str] | None = None
        self._reader: _Reader | None = None
        self._start()

    def voices(self) -> list[EngineVoice]:
        reply, _ = self._call({"op": "voices"})
        return [EngineVoice(**v) for v in reply["voices"]]

    def synthesize(self, text: str, voice: Voice, rate: int) -> Clip:
        self._check(voice)
        request = _speak(text, voice, rate)
        for attempt in (1, 2):
            try:
                reply, pcm = self._call(request)
                return Clip(pcm, int(reply["rate"]))
            except EngineError:
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def synthesize_all(self, lines: Iterable[tuple[str, Voice, int]]) -> Iterator[Clip]:
        """Clips for ``lines`` in order, keeping the next line queued in the child.

        While the caller levels and encodes one clip, the child is already
        speaking the next: on two cores that hides most of the encoding time.
        """
        items = iter(lines)
        pending: deque[tuple[str, Voice, int]] = deque()

        def send_next() -> None:
            item = next(items, None)
            if item is not None:
                self._check(item[1])
                self._send(_speak(*item))
                pending.append(item)

        for _ in range(PIPELINE_DEPTH):
            send_next()
        while pending:
            item = pending.popleft()
            try:
                reply, pcm = self._receive(item[0])
                clip = Clip(pcm, int(reply["rate"]))
            except EngineError:
                self.close()  # queued lines died with the child: retry this one, resend the rest
                clip = self.synthesize(*item)
                for queued in pending:
                    self._send(_speak(*queued))
            yield clip
            send_next()

    def close(self) -> None:
        if self._proc is not None:
            with contextlib.suppress(OSError):
                self._proc.kill()
            self._proc.wait()
            for stream in (self._proc.stdin, self._proc.stdout):
                if stream is not None:
                    stream.close()
            self._proc = None
            self._reader = None

    def __enter__(self) -> Pyttsx3Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check(self, voice: Voice) -> None:
        """Refuse a voice the engine lacks, instead of pyttsx3's silent fallback."""
        if self._known is None:
            reply, _ = self._call({"op": "voices"})
            self._known = {v["id"] for v in reply["voices"]} | set(reply["variants"])
        base, _, variant = voice.voice.partition("+")
        wanted = (base, f"+{variant}" if variant else "")
        missing = [name for name in wanted if name and name not in self._known]
        if missing:
            english = sorted(v for v in self._known if "/en" in v or v.startswith("+"))
            raise ConfigError(
                f"voice {voice.voice!r} is not available in espeak-ng; available English voices "
                f"and variants: {', '.join(english)} (run `accessible voices` for all)"
            )

    def _start(self) -> subprocess.Popen[bytes]:
        if self._proc is None or self._proc.poll() is not None:
            self._proc = _adopt_spare() or _spawn()
        return self._proc

    def _send(self, request: dict[str, Any]) -> None:
        proc = self._start()
        assert proc.stdin is not None
        try:
            proc.stdin.write(json.dumps(request).encode() + b"\n")
            proc.stdin.flush()
        except OSError as exc:
            self.close()
            raise _failure(request.get("text", request["op"]), exc) from None

    def _receive(self, what: str) -> tuple[dict[str, Any], bytes]:
        proc = self._start()
        assert proc.stdout is not None
        deadline = time.monotonic() + self._timeout_s
        try:
            if self._reader is None:
                self._reader = _Reader(proc.stdout.fileno())
            header = json.loads(self._reader.line(deadline))
            pcm = self._reader.exactly(int(header.get("bytes", 0)), deadline)
        except (OSError, ValueError, TimeoutError) as exc:
            self.close()
            raise _failure(what, exc) from None
        if not header.get("ok"):
            raise EngineError(f"speech engine error on {what[:60]!r}: {header.get('error')}")
        return header, pcm

    def _call(self, request: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        self._send(request)
        return self._receive(str(request.get("text", request["op"])))


def _spawn() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "accessible.engines.pyttsx3_engine"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": _package_root()},
    )


_spare: tuple[int, subprocess.Popen[bytes]] | None = None
"""A child started ahead of need, with the process id of the process that started it."""


def prestart() -> None:
    """Start a speech child now, for the next engine in this process to take.

    A one-article render spends about 0.1 s waiting for its child to start
    (Python, pyttsx3, espeak-ng's data). Started before the render imports its
    own modules and reads the article, the child is ready when the first line
    is. Only the starting process may take it: a forked worker must not share
    its pipes. The child has spoken nothing, so the audio is what a child
    started later would make; one not taken is killed at exit.
    """
    global _spare
    if _spare is None:
        _spare = (os.getpid(), _spawn())
        atexit.register(_kill_spare)


def _adopt_spare() -> subprocess.Popen[bytes] | None:
    global _spare
    if _spare is None or _spare[0] != os.getpid() or _spare[1].poll() is not None:
        return None
    proc = _spare[1]
    _spare = None
    return proc


def _kill_spare() -> None:
    proc = _adopt_spare()
    if proc is not None:
        proc.kill()
        proc.wait()


def _speak(text: str, voice: Voice, rate: int) -> dict[str, Any]:
    return {"op": "speak", "text": text, "voice": voice.voice, "pitch": voice.pitch, "rate": rate}


def _failure(what: object, exc: BaseException) -> EngineError:
    return EngineError(
        f"speech engine failed on {str(what)[:60]!r} ({exc or type(exc).__name__}); "
        "try again, or report the text"
    )


def _package_root() -> str:
    root = str(Path(__file__).resolve().parents[2])
    current = os.environ.get("PYTHONPATH")
    return root if not current else f"{root}{os.pathsep}{current}"


class _Reader:
    """Reads the child's replies with a deadline, through a buffer of its own.

    Reading straight from the pipe's file descriptor (not a buffered file
    object, which would hide data from ``select``) in large chunks keeps a
    reply to a few system calls instead of one per header byte.
    """

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._buffer = bytearray()

    def _fill(self, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([self._fd], [], [], remaining)[0]:
            raise TimeoutError(f"no answer within {TIMEOUT_S:.0f} s")
        chunk = os.read(self._fd, 1 << 20)
        if not chunk:
            raise OSError("speech engine process ended")
        self._buffer += chunk

    def line(self, deadline: float) -> bytes:
        while (end := self._buffer.find(b"\n")) < 0:
            self._fill(deadline)
        line = bytes(self._buffer[: end + 1])
        del self._buffer[: end + 1]
        return line

    def exactly(self, size: int, deadline: float) -> bytes:
        while len(self._buffer) < size:
            self._fill(deadline)
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data


# ----- child side -------------------------------------------------------------------------


def _load_espeak() -> str:
    """Point espeak-ng at the library and data shipped by espeakng-loader; return the data path."""
    import ctypes

    import espeakng_loader

    data_path = str(espeakng_loader.get_data_path())
    os.environ["ESPEAK_DATA_PATH"] = data_path
    ctypes.CDLL(str(espeakng_loader.get_library_path()), mode=ctypes.RTLD_GLOBAL)
    return data_path


class _Speaker:
    """Child side: pyttsx3 with the workarounds that make it reliable."""

    def __init__(self) -> None:
        self._data_path = _load_espeak()
        import pyttsx3

        self._engine = pyttsx3.init("espeak")
        self._engine.proxy._driver.stop = lambda: None
        self._done = threading.Event()
        self._engine.connect("finished-utterance", lambda name, completed: self._done.set())
        self._dir = tempfile.mkdtemp(prefix="accessible-tts-")
        self._wav = os.path.join(self._dir, "line.wav")

    def voices(self) -> dict[str, Any]:
        voices = [
            {"id": v.id, "name": v.name, "language": (v.languages or [""])[0],
             "gender": (v.gender or "").lower() or None}
            for v in self._engine.getProperty("voices")
        ]  # fmt: skip
        variants_dir = Path(self._data_path) / "voices" / "!v"
        variants = (
            sorted(f"+{p.name}" for p in variants_dir.iterdir()) if variants_dir.is_dir() else []
        )
        return {"ok": True, "voices": voices, "variants": variants}

    def speak(self, text: str, voice: str, pitch: int, rate: int) -> tuple[dict[str, Any], bytes]:
        self._engine.setProperty("voice", voice)
        self._engine.setProperty("rate", rate)
        self._engine.setProperty("pitch", pitch)
        if not any(ch.isalnum() for ch in text):
            return {"ok": True, "rate": 22050, "bytes": 0}, b""
        self._done.clear()
        with contextlib.suppress(FileNotFoundError):
            os.remove(self._wav)
        self._engine.save_to_file(text, self._wav)
        self._engine.runAndWait()
        if not self._done.wait(TIMEOUT_S):
            return {"ok": False, "error": "espeak-ng did not finish the utterance"}, b""
        with wave.open(self._wav, "rb") as wav:
            rate_hz = wav.getframerate()
            pcm = wav.readframes(wav.getnframes())
        return {"ok": True, "rate": rate_hz, "bytes": len(pcm)}, pcm


def _serve() -> None:
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # the driver prints; keep our channel clean
    speaker = _Speaker()
    for raw in sys.stdin.buffer:
        request = json.loads(raw)
        pcm = b""
        try:
            if request["op"] == "voices":
                reply = speaker.voices()
            else:
                reply, pcm = speaker.speak(
                    request["text"], request["voice"], request["pitch"], request["rate"]
                )
        except Exception as exc:  # report to the parent rather than die silently
            reply = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        reply["bytes"] = len(pcm)
        out.write(json.dumps(reply).encode() + b"\n")
        out.write(pcm)
        out.flush()


if __name__ == "__main__":
    _serve()
