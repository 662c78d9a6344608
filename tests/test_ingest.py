"""Every input format lands in the same model, and every output works for it.

One article is rendered end to end (fake engine) from each format people
have: plain text in UTF-8, Windows-1252 and UTF-16, Markdown with front
matter, a web page with its furniture, a Word file, and a web address served
on 127.0.0.1. Each render must keep the headline, the quotes and who said
them, offsets that point at the right words, and the metadata up to the MP3
tags. The documents are built here, so nothing depends on the network.
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from mutagen.id3 import ID3

import accessible
from accessible.errors import InputError
from accessible.read import decode_source

TITLE = "Old library to close after 120 years"
STANDFIRST = "Councillors say the repairs are unaffordable."
AUTHOR = "Alex Reporter"
DATE = "2024-03-05"
BODY = (
    "The council voted on Tuesday to close the old library on Market Street, ending more "
    "than a century of lending in the town centre.",
    "“We have no choice,” said Councillor Jane Smith, who chairs the finance committee. "
    "“The building needs repairs we simply cannot afford this year.”",
    "Residents packed the public gallery for the debate, which lasted almost three hours "
    "and was interrupted twice by protesters holding hand-painted signs.",
    "Librarian Tom Baker said the closure was “a sad day for the town”. He added: “Families "
    "rely on the free computers and the children’s reading groups every weekend.”",
    "The council says a smaller library will open inside the leisure centre next spring, "
    "with longer opening hours and a new café run by volunteers costing €5,000 a year.",
)
SPEAKERS = {"Jane Smith", "Tom Baker"}
PULL_QUOTE = "The building needs repairs we simply cannot afford this year."


def plain_text() -> str:
    return TITLE + "\n\n" + "\n\n".join(BODY) + "\n"


def markdown() -> str:
    paragraphs = "\n\n".join(BODY[:3]) + "\n\n## What happens next\n\n" + "\n\n".join(BODY[3:])
    return (
        f'---\ntitle: "{TITLE}"\nauthor: {AUTHOR}\ndate: 5 March 2024\n'
        f"source: The Town Gazette\nsummary: {STANDFIRST}\n---\n\n"
        f"# {TITLE}\n\n{paragraphs}\n"
    )


def web_page() -> bytes:
    first = "\n".join(f"<p>{p}</p>" for p in BODY[:2])
    rest = "\n".join(f"<p>{p}</p>" for p in BODY[2:])
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{TITLE} | The Town Gazette</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="The Town Gazette">
<meta property="og:description" content="{STANDFIRST}">
<meta name="author" content="{AUTHOR}">
<meta property="article:published_time" content="{DATE}T09:30:00+00:00">
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<header><nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a>
</li><li><a href="/weather">Weather forecast</a></li></ul></nav></header>
<main><article>
<h1>{TITLE}</h1>
<p class="standfirst">{STANDFIRST}</p>
<div class="byline">By {AUTHOR}</div>
<div class="article-body">
{first}
<aside class="pull-quote"><p>{PULL_QUOTE}</p></aside>
{rest}
</div>
<div class="related-links"><h3>Related stories</h3><ul>
<li><a href="/a">Swimming pool saved after a long campaign by residents</a></li></ul></div>
</article>
<section id="comments" class="comments"><h3>2 comments</h3>
<div class="comment"><p>This is a disgrace, the council should be ashamed of itself.</p></div>
</section></main>
<footer class="site-footer"><p>© 2024 The Town Gazette. All rights reserved.</p></footer>
</body></html>""".encode()


def word_file() -> bytes:
    import datetime

    import docx

    doc = docx.Document()
    doc.add_heading(TITLE, level=0)  # the Title style
    for paragraph in BODY[:3]:
        doc.add_paragraph(paragraph)
    doc.add_heading("What happens next", level=1)
    for paragraph in BODY[3:]:
        doc.add_paragraph(paragraph)
    doc.core_properties.author = AUTHOR
    doc.core_properties.created = datetime.datetime(2024, 3, 5, 9, 30)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = web_page()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _text_of(analysis: dict[str, Any], source: Path | None) -> str:
    """The string every offset refers to: the analysis ``text``, or the decoded file."""
    if source is None:
        return str(analysis["text"])
    assert "text" not in analysis  # plain text: the file itself is the text
    return source.read_bytes().decode(analysis["encoding"])


def _named(speakers: list[dict[str, Any]]) -> set[str]:
    """Which of SPEAKERS are among ``speakers`` (their names may carry a title)."""
    return {name for name in SPEAKERS if any(s["name"].endswith(name) for s in speakers)}


def _check(paths: dict[str, Path], source: Path | None, *, tagged: bool) -> dict[str, Any]:
    """What every format must give: headline, exact offsets, quotes, speakers, transcripts."""
    analysis: dict[str, Any] = json.loads(paths["analysis"].read_text(encoding="utf-8"))
    text = _text_of(analysis, source)
    assert analysis["title"] == TITLE
    assert analysis["language"] == "en"
    for quote in analysis["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
    for paragraph in analysis["paragraphs"]:
        assert text[paragraph["start"] : paragraph["end"]] == paragraph["text"]
        for sentence in paragraph["sentences"]:
            assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    body = "\n".join(p["text"] for p in analysis["paragraphs"])
    for paragraph in BODY:
        assert paragraph in body
    assert body.count(PULL_QUOTE) == 1
    assert {"We have no choice,", PULL_QUOTE} <= {q["text"] for q in analysis["quotes"]}
    assert _named(analysis["speakers"]) == SPEAKERS
    said = {q["text"]: q["speaker"] for q in analysis["quotes"]}
    assert said["We have no choice,"] == next(
        s["id"] for s in analysis["speakers"] if s["name"].endswith("Jane Smith")
    )
    vtt = paths["vtt"].read_text(encoding="utf-8")
    assert "<v Narrator>" in vtt and "Jane Smith>" in vtt
    assert "Jane Smith" in paths["srt"].read_text(encoding="utf-8")
    assert "Families rely" in paths["transcript"].read_text(encoding="utf-8")
    sidecar = json.loads(paths["quotes"].read_text(encoding="utf-8"))
    assert _named(sidecar["speakers"]) == SPEAKERS
    tags = ID3(paths["mp3"])
    assert tags["TIT2"].text[0] == TITLE
    if tagged:
        assert analysis["metadata"]["author"] == AUTHOR
        assert analysis["metadata"]["date"] == DATE
        assert tags["TPE1"].text[0] == AUTHOR  # no credit line, so the author
        assert str(tags["TDRC"].text[0]).startswith(DATE)
    return analysis


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("utf-8", "utf-8"), ("cp1252", "windows-1252"), ("utf-16", "utf-16")],
)
def test_plain_text_in_any_common_encoding(tmp_path: Path, encoding: str, name: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(plain_text().encode(encoding))
    analysis = _check(accessible.render(path, tmp_path / "out", engine="fake"), path, tagged=False)
    assert analysis["encoding"] == name
    if name == "utf-8":
        assert "notes" not in analysis
    else:
        assert analysis["notes"] == [f"decoded as {name} (not UTF-8)"]
    assert "€5,000" in analysis["paragraphs"][-1]["text"]


def test_markdown_with_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(markdown(), encoding="utf-8")
    paths = accessible.render(path, tmp_path / "out", engine="fake")
    analysis = _check(paths, None, tagged=True)
    assert analysis["kicker"] == STANDFIRST
    assert analysis["metadata"]["publisher"] == "The Town Gazette"
    assert [p["text"] for p in analysis["paragraphs"] if p["heading"]] == ["What happens next"]
    assert "#" not in analysis["text"] and "---" not in analysis["text"]


def test_web_page_without_its_furniture(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_bytes(web_page())
    analysis = _check(accessible.render(path, tmp_path / "out", engine="fake"), None, tagged=True)
    assert analysis["kicker"] == STANDFIRST
    for furniture in ("cookies", "Weather forecast", "Swimming pool", "disgrace", "reserved"):
        assert furniture not in analysis["text"]


def test_word_file(tmp_path: Path) -> None:
    path = tmp_path / "story.docx"
    path.write_bytes(word_file())
    analysis = _check(accessible.render(path, tmp_path / "out", engine="fake"), None, tagged=True)
    assert [p["text"] for p in analysis["paragraphs"] if p["heading"]] == ["What happens next"]


def test_web_address(tmp_path: Path, server: str) -> None:
    url = f"{server}/news/story.html"
    paths = accessible.render(url, tmp_path / "out", engine="fake")
    assert paths["mp3"].name == "story.mp3"
    analysis = _check(paths, None, tagged=True)
    assert analysis["source"] == url


def test_utf16_big_endian_and_cyrillic_code_page() -> None:
    text = "Заголовок\n\nПрезидент заявил журналистам, что ситуация в экономике остаётся сложной."
    assert decode_source(b"\xfe\xff" + text.encode("utf-16-be"), "a.txt").text == text
    russian = decode_source(text.encode("cp1251"), "a.txt")
    assert (russian.text, russian.encoding) == (text, "windows-1251")


def test_short_western_text_stays_windows_1252() -> None:
    """On a line or two the detector guesses a DOS code page; Windows-1252 is likelier."""
    source = decode_source("It cost €50 and he said “no”.".encode("cp1252"), "a.txt")
    assert (source.text, source.encoding) == ("It cost €50 and he said “no”.", "windows-1252")


def test_broken_utf16_names_the_file() -> None:
    with pytest.raises(InputError, match=r"a\.txt: .*not valid utf-16"):
        decode_source(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8", "a.txt")
