"""Readers for HTML, Markdown and Word files, and the URL fetcher.

Every document is built here, so the tests need no benchmark data or network:
the fetcher talks to a local http.server on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import io
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from accessible.readers import (
    Extracted,
    ReaderError,
    fetch_url,
    read_docx,
    read_html,
    read_markdown,
)
from accessible.readers.fetch import USER_AGENT

# --- HTML -------------------------------------------------------------------

BODY = [
    "The council voted on Tuesday to close the old library on Market Street, "
    "ending more than a century of lending in the town centre.",
    "“We have no choice,” said Councillor Jane Smith, who chairs the finance committee. "
    "“The building needs repairs we simply cannot afford this year.”",
    "Residents packed the public gallery for the debate, which lasted almost three hours "
    "and was interrupted twice by protesters holding hand-painted signs.",
    "Librarian Tom Baker said the decision was ‘a sad day’ for families who rely on "
    "the free computers and the children’s reading groups every weekend.",
    "The council says a smaller library will open inside the leisure centre next spring, "
    "with longer opening hours and a new café run by volunteers.",
    "Campaigners have promised to challenge the decision and are collecting signatures "
    "for a petition that they plan to hand in before the end of the month.",
]
QUOTE = "Books are the memory of a town, and memory should not have a price tag."
PULL = "The building needs repairs we simply cannot afford this year."


def news_page() -> bytes:
    paras = "\n".join(f"<p>{p}</p>" for p in BODY[:3])
    more = "\n".join(f"<p>{p}</p>" for p in BODY[3:])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Old library to close after 120 years | The Town Gazette</title>
  <meta property="og:title" content="Old library to close after 120 years">
  <meta property="og:site_name" content="The Town Gazette">
  <meta property="og:description" content="Councillors say repairs are unaffordable.">
  <meta name="author" content="Alex Reporter">
  <meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
</head>
<body>
  <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
  <header class="site-header"><nav class="main-menu"><ul>
    <li><a href="/">Home</a></li><li><a href="/news">News</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather forecast</a></li>
  </ul></nav></header>
  <main>
    <article>
      <h1>Old library to close after 120 years</h1>
      <p class="standfirst">Councillors say repairs are unaffordable.</p>
      <div class="byline">By Alex Reporter, 5 March 2024</div>
      <div class="article-body">
        {paras}
        <aside class="pull-quote"><p>{PULL}</p></aside>
        <blockquote><p>{QUOTE}</p></blockquote>
        <h2>What happens next</h2>
        {more}
      </div>
      <div class="related-links"><h3>Related stories</h3><ul>
        <li><a href="/a">Swimming pool saved after a long campaign by residents</a></li>
        <li><a href="/b">Museum opening hours cut again this winter season</a></li>
      </ul></div>
    </article>
    <section id="comments" class="comments">
      <h3>3 comments</h3>
      <div class="comment"><p>This is a disgrace, the council should be ashamed of itself
        for closing such a wonderful place.</p></div>
    </section>
  </main>
  <footer class="site-footer"><p>© 2024 The Town Gazette. All rights reserved.
    Contact us | Privacy policy | Terms and conditions</p></footer>
</body>
</html>""".encode()


@pytest.fixture(scope="module")
def article() -> Extracted:
    return read_html(news_page(), "https://gazette.example/news/library")


def test_html_title_and_body(article: Extracted) -> None:
    assert article.title == "Old library to close after 120 years"
    text = "\n".join(article.paragraphs)
    for para in BODY:
        assert para in article.paragraphs
    assert QUOTE in article.paragraphs
    assert "Old library to close after 120 years" not in text
    assert article.paragraphs.index(BODY[0]) < article.paragraphs.index(BODY[-1])


def test_html_keeps_quotation_marks_exactly(article: Extracted) -> None:
    text = "\n".join(article.paragraphs)
    assert "“We have no choice,” said" in text
    assert "‘a sad day’" in text
    assert "children’s" in text


def test_html_drops_page_furniture(article: Extracted) -> None:
    text = "\n".join(article.paragraphs)
    for junk in ("cookies", "Weather forecast", "Swimming pool", "disgrace", "rights reserved"):
        assert junk not in text


def test_html_pull_quote_not_duplicated(article: Extracted) -> None:
    text = "\n".join(article.paragraphs)
    assert text.count(PULL) == 1


def test_html_heading_and_metadata(article: Extracted) -> None:
    heading = article.paragraphs.index("What happens next")
    assert heading in article.headings
    assert article.paragraphs.index(BODY[0]) not in article.headings
    assert article.kicker == "Councillors say repairs are unaffordable."
    assert "Councillors say repairs" not in "\n".join(article.paragraphs)
    assert article.author == "Alex Reporter"
    assert article.publisher == "The Town Gazette"
    assert article.date == "2024-03-05"
    assert article.language == "en-GB"
    assert article.url == "https://gazette.example/news/library"


def test_html_recovers_body_split_by_advert_rows() -> None:
    """A body split into same-class chunks is read in full even if the extractor
    only found the first chunk; same-class chunks elsewhere on the page are not."""
    from lxml import html as lxml_html

    from accessible.readers import _dom, _select

    chunk = '<div class="story-body">{}</div>'
    first = "".join(f"<p>{p}</p>" for p in BODY[:4])
    second = "".join(f"<p>{p}</p>" for p in BODY[4:])
    page = f"""<html><body><article>
      <div class="row">{chunk.format(first)}</div>
      <div class="row advert"><div class="ad-slot">Advertisement</div></div>
      <div class="row">{chunk.format(second)}</div>
    </article>
    <div class="elsewhere"><div class="x">{chunk.format("<p>" + QUOTE * 2 + "</p>")}</div></div>
    </body></html>"""
    blocks = _dom.text_blocks(lxml_html.fromstring(page))
    chosen = _select.select(blocks, BODY[:4])
    assert chosen is not None
    assert [b.text for b in chosen] == BODY


def test_html_legacy_encoding_keeps_curly_quotes() -> None:
    page = news_page().decode().replace('charset="utf-8"', 'charset="windows-1252"')
    result = read_html(page.encode("cp1252"))
    assert BODY[1] in result.paragraphs


def test_html_non_html_input_is_a_reader_error() -> None:
    with pytest.raises(ReaderError):
        read_html(b"")
    with pytest.raises(ReaderError):
        read_html(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with pytest.raises(ReaderError):
        read_html(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")


# --- Markdown ---------------------------------------------------------------

MARKDOWN = """---
title: "Old library to close"
author: Alex Reporter
date: 2024-03-05
source: The Town Gazette
language: en
---
# Old library to close

The council voted to close the **old library**, said [the council](https://example.org).

“We have no choice,” said Jane Smith. She called it ‘a sad day’ and *meant* it.

## What happens next

> A smaller library will open in the leisure centre.

- Petition to be handed in
- Meeting on `Friday`
"""


def test_markdown_front_matter_and_body() -> None:
    result = read_markdown(MARKDOWN)
    assert result.title == "Old library to close"
    assert result.author == "Alex Reporter"
    assert result.date == "2024-03-05"
    assert result.publisher == "The Town Gazette"
    assert result.language == "en"
    assert result.paragraphs == (
        "The council voted to close the old library, said the council.",
        "“We have no choice,” said Jane Smith. She called it ‘a sad day’ and meant it.",
        "What happens next",
        "A smaller library will open in the leisure centre.",
        "Petition to be handed in",
        "Meeting on Friday",
    )
    assert result.headings == frozenset({2})


def test_markdown_first_heading_is_title_without_front_matter() -> None:
    result = read_markdown(
        '# Headline here\n\nBody with "straight quotes".\n\n## Part two\n\nMore.'
    )
    assert result.title == "Headline here"
    assert result.paragraphs == ('Body with "straight quotes".', "Part two", "More.")
    assert result.headings == frozenset({1})
    assert result.author is None and result.date is None


# --- DOCX -------------------------------------------------------------------


def make_docx() -> bytes:
    import datetime

    import docx

    doc = docx.Document()
    doc.add_heading("Old library to close", level=0)  # the Title style
    doc.add_paragraph("Councillors say repairs are unaffordable.", style="Subtitle")
    doc.add_paragraph("The council voted on Tuesday to close the old library.")
    doc.add_paragraph("“We have no choice,” said Jane Smith.")
    doc.add_heading("What happens next", level=1)
    doc.add_paragraph("")
    doc.add_paragraph("A smaller library will open next spring.")
    doc.core_properties.author = "Alex Reporter"
    doc.core_properties.language = "en-GB"
    doc.core_properties.created = datetime.datetime(2024, 3, 5, 9, 30)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_docx_structure_and_metadata() -> None:
    result = read_docx(make_docx())
    assert result.title == "Old library to close"
    assert result.kicker == "Councillors say repairs are unaffordable."
    assert result.paragraphs == (
        "The council voted on Tuesday to close the old library.",
        "“We have no choice,” said Jane Smith.",
        "What happens next",
        "A smaller library will open next spring.",
    )
    assert result.headings == frozenset({2})
    assert result.author == "Alex Reporter"
    assert result.language == "en-GB"
    assert result.date == "2024-03-05"


def test_docx_first_heading_is_title_without_title_style() -> None:
    import docx

    doc = docx.Document()
    doc.add_heading("Headline as heading", level=1)
    doc.add_paragraph("Body text.")
    out = io.BytesIO()
    doc.save(out)
    result = read_docx(out.getvalue())
    assert result.title == "Headline as heading"
    assert result.paragraphs == ("Body text.",)
    assert result.headings == frozenset()


def test_docx_garbage_is_a_reader_error() -> None:
    with pytest.raises(ReaderError, match="docx"):
        read_docx(b"this is not a word file")


# --- fetch_url ----------------------------------------------------------------

PAGE = b"<html><body><p>Hello</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    agents: list[str] = []  # noqa: RUF012 - shared on purpose, read by the tests

    def do_GET(self) -> None:
        type(self).agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/article":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(1.0)
            self._send(200, "text/html", PAGE)
        elif self.path == "/big":
            self._send(200, "text/html", b"x" * 5000)
        elif self.path == "/big-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the size is only seen while reading
            self.wfile.write(b"x" * 5000)
            self.close_connection = True
        elif self.path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.4")
        else:
            self._send(404, "text/html", b"<html><body>Not found</body></html>")

    def _send(self, code: int, ctype: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client gave up (timeout test)
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_fetch_success_sends_user_agent(server: str) -> None:
    data, url = fetch_url(f"{server}/article")
    assert data == PAGE
    assert url == f"{server}/article"
    assert _Handler.agents[-1] == USER_AGENT


def test_fetch_follows_redirects(server: str) -> None:
    data, url = fetch_url(f"{server}/redirect")
    assert data == PAGE
    assert url == f"{server}/article"


def test_fetch_404(server: str) -> None:
    with pytest.raises(ReaderError, match="404"):
        fetch_url(f"{server}/missing")


def test_fetch_timeout(server: str) -> None:
    with pytest.raises(ReaderError, match="did not answer"):
        fetch_url(f"{server}/slow", timeout=0.2)


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_fetch_too_large(server: str, path: str) -> None:
    with pytest.raises(ReaderError, match="larger than"):
        fetch_url(f"{server}{path}", max_bytes=1000)


def test_fetch_rejects_non_html(server: str) -> None:
    with pytest.raises(ReaderError, match="not a web page"):
        fetch_url(f"{server}/pdf")


def test_fetch_unreachable_is_one_clear_line() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # The port is closed now: nothing listens there.
    with pytest.raises(ReaderError, match="could not reach") as info:
        fetch_url(f"http://127.0.0.1:{port}/article", timeout=2)
    assert "\n" not in str(info.value)


def test_fetch_rejects_other_schemes() -> None:
    with pytest.raises(ReaderError, match="web address"):
        fetch_url("file:///etc/passwd")
