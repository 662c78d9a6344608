"""Where a batch writes: a folder on this machine, or an object store named by a URL.

The workers of a cluster seldom share a disk; they share an object store.
With ``-o s3://bucket/accessible`` (``gs://``, ``az://`` or any URL fsspec
opens) each worker renders an article into a private staging folder and
uploads every output under a temporary name, then renames it, so nobody
listing the bucket ever sees half a file under its final name. The manifest
stays with the process driving the batch: it is read from the store at the
start and uploaded whole every :data:`UPLOAD_EVERY_S` seconds and at the
end, so a batch killed outright loses at most that much of its record and
redoes those articles on the next run.

fsspec is imported only here, and only for a URL; it comes with the
``cluster`` extra, and each store needs its own package (s3fs, gcsfs, adlfs)
installed here and on every worker, with credentials as that package reads
them (environment, instance role, config file).
"""

from __future__ import annotations

import os
import re
import secrets
import time
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

from ..errors import ConfigError
from ..outputs.files import write_atomic

UPLOAD_EVERY_S = 30.0
"""How often a store's manifest is uploaded while a batch runs."""
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(out: str) -> bool:
    """True for ``scheme://...`` (a store, or ``file://``); False for a plain path."""
    return _URL.match(out) is not None


class Place(Protocol):
    """The few things a batch does with where its outputs live; names are relative."""

    label: str

    def exists(self, name: str) -> bool: ...

    def read_text(self, name: str) -> str | None: ...

    def append(self, name: str, line: str) -> None: ...

    def write_text(self, name: str, text: str) -> None: ...


class Folder:
    """A folder on this machine (shared by every worker, on a cluster)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.label = str(root)

    def exists(self, name: str) -> bool:
        return (self.root / name).is_file()

    def read_text(self, name: str) -> str | None:
        try:
            return (self.root / name).read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return None

    def append(self, name: str, line: str) -> None:
        """Append ``line`` durably as a single write, so a kill cannot leave half of it."""
        fd = os.open(self.root / name, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        try:
            os.write(fd, line.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)

    def write_text(self, name: str, text: str) -> None:
        write_atomic(self.root / name, text)


class Store:
    """An fsspec file system under a URL: the same calls, and uploads of whole files."""

    def __init__(self, url: str) -> None:
        try:
            import fsspec
        except ImportError:
            raise ConfigError(
                f"{url}: writing to a URL needs fsspec: pip install 'accessible[cluster]'"
            ) from None
        try:
            self._fs: Any
            self._fs, root = fsspec.core.url_to_fs(url)
        except (ImportError, ValueError) as exc:  # unknown scheme, or its package is missing
            raise ConfigError(f"{url}: cannot open it ({exc})") from None
        self.root = str(root).rstrip("/")
        self.label = url
        self._texts: dict[str, str] = {}
        self._uploaded = time.monotonic()

    def _path(self, name: str) -> str:
        return f"{self.root}/{name}"

    def exists(self, name: str) -> bool:
        return bool(self._call(self._fs.isfile, self._path(name)))

    def read_text(self, name: str) -> str | None:
        try:
            data: bytes = self._call(self._fs.cat_file, self._path(name))
        except FileNotFoundError:
            return None
        text = self._texts[name] = data.decode("utf-8", errors="replace")
        return text

    def put(self, local: Path, name: str) -> None:
        """Upload ``local`` as ``name``."""
        self._replace(name, lambda temporary: self._fs.put_file(str(local), temporary))

    def remove_parts(self, stem: str) -> None:
        """Delete temporary uploads of ``stem``'s outputs that a killed worker left behind."""
        path = PurePosixPath(self._path(stem))
        for stale in self._call(self._fs.glob, f"{path.parent}/.{path.name}.*.part"):
            self._discard(str(stale))

    def write_text(self, name: str, text: str) -> None:
        self._replace(name, lambda temporary: self._fs.pipe_file(temporary, text.encode("utf-8")))
        self._texts[name] = text
        self._uploaded = time.monotonic()

    def append(self, name: str, line: str) -> None:
        """Add ``line``; the whole file goes up at most every :data:`UPLOAD_EVERY_S` seconds.

        The text appended to is the one last read or written here (the manifest
        is read once, at the start of the batch).
        """
        if name not in self._texts:
            self._texts[name] = self.read_text(name) or ""
        self._texts[name] += line
        if time.monotonic() - self._uploaded >= UPLOAD_EVERY_S:
            self.write_text(name, self._texts[name])

    def _replace(self, name: str, upload: Callable[[str], object]) -> None:
        """Have ``upload`` write a temporary name beside ``name``, then rename it to ``name``."""
        final = PurePosixPath(self._path(name))
        temporary = str(final.with_name(f".{final.name}.{secrets.token_hex(4)}.part"))
        self._call(self._fs.makedirs, str(final.parent), exist_ok=True)
        try:
            self._call(upload, temporary)
            self._call(self._fs.mv, temporary, str(final))
        except BaseException:
            self._discard(temporary)
            raise

    def _discard(self, temporary: str) -> None:
        try:
            self._fs.rm_file(temporary)
        except Exception:  # best effort: the upload may never have started
            return

    def _call(self, method: Any, *args: Any, **kwargs: Any) -> Any:
        """Call the store, turning its own exception types into ``OSError`` with the URL."""
        try:
            return method(*args, **kwargs)
        except OSError:
            raise
        except Exception as exc:  # each store package raises its own types (botocore, aiohttp)
            raise OSError(f"{self.label}: {type(exc).__name__}: {exc}") from exc


def open_place(out: str | Path) -> Folder | Store:
    """The place ``out`` names: a store for a URL, otherwise a local folder (made if missing)."""
    if isinstance(out, str) and is_url(out):
        return Store(out)
    root = Path(out).resolve()
    root.mkdir(parents=True, exist_ok=True)
    return Folder(root)
