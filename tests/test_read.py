from __future__ import annotations

from pathlib import Path

import pytest

from accessible.errors import InputError
from accessible.read import read_source


def test_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffHeadline\n\nBody “quoted”.".encode())
    source = read_source(path)
    assert source.text.startswith("Headline")
    assert source.encoding == "utf-8-sig"


def test_windows_1252_fallback(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Headline\n\nIt cost \x8050 and he said \x93no\x94.".encode("latin-1"))
    source = read_source(path)
    assert "€50" in source.text and "“no”" in source.text
    assert source.encoding == "windows-1252"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\n \t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_bad_input_names_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_source(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "nope.txt")


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        read_source(tmp_path)
