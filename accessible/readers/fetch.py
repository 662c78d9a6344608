"""Download a web page for ``read_html``, with limits and plain-language errors.

Only the standard library is used (no requests), so fetching adds no
dependency. The User-Agent names the tool, as sites ask of automated
clients; size and time limits keep a bad URL from hanging or filling memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit

from accessible.readers import ReaderError

if TYPE_CHECKING:
    from email.message import Message

USER_AGENT = "accessible/0.1 (+https://github.com/accessible)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024


class _Readable(Protocol):
    def read(self, amt: int, /) -> bytes: ...


def fetch_url(url: str, *, timeout: float = 20, max_bytes: int = 10_000_000) -> tuple[bytes, str]:
    """Fetch an HTML page; return its bytes and the final URL after redirects.

    Raises ReaderError with one line saying what went wrong and what to do:
    unreachable host, HTTP error, timeout, a page over ``max_bytes``, or a
    response that is not HTML (a PDF, an image...).
    """
    import urllib.error
    import urllib.request

    if urlsplit(url).scheme not in {"http", "https"}:
        raise ReaderError(f"not a web address: {url!r} (it must start with http:// or https://)")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            _check_type(url, response.headers)
            _check_length(url, response.headers, max_bytes)
            data = _read_limited(url, response, max_bytes)
            final_url = response.geturl() or url
    except ReaderError:
        raise
    except urllib.error.HTTPError as err:
        raise ReaderError(
            f"{url} answered HTTP {err.code} {err.reason}; check the address, "
            "or save the page from a browser and read the file"
        ) from err
    except urllib.error.URLError as err:
        if isinstance(err.reason, TimeoutError):
            raise _timed_out(url, timeout) from err
        raise ReaderError(
            f"could not reach {url} ({err.reason}); check the address and your internet "
            "connection, or save the page from a browser and read the file"
        ) from err
    except TimeoutError as err:
        raise _timed_out(url, timeout) from err
    except (OSError, ValueError) as err:  # connection reset, bad URL syntax...
        raise ReaderError(f"could not download {url} ({err}); try again later") from err
    return data, final_url


def _timed_out(url: str, timeout: float) -> ReaderError:
    return ReaderError(
        f"{url} did not answer within {timeout:g} s; try again later, "
        "or save the page from a browser and read the file"
    )


def _check_type(url: str, headers: Message) -> None:
    ctype = (headers.get_content_type() or "").lower()
    if headers.get("Content-Type") and ctype not in _HTML_TYPES:
        raise ReaderError(
            f"{url} is not a web page (it is {ctype}); only HTML articles can be read from a URL"
        )


def _check_length(url: str, headers: Message, max_bytes: int) -> None:
    length = headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise _too_large(url, max_bytes)


def _read_limited(url: str, response: _Readable, max_bytes: int) -> bytes:
    """Read at most ``max_bytes``, failing as soon as the page is larger."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(url, max_bytes)
        chunks.append(chunk)


def _too_large(url: str, max_bytes: int) -> ReaderError:
    return ReaderError(
        f"{url} is larger than {max_bytes / 1_000_000:g} MB, too large for one article; "
        "save the article text to a file instead"
    )
