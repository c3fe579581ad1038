"""A file that cannot become a source gets one sentence naming it, in bounded time and memory."""

from __future__ import annotations

import os
import time
import tracemalloc
import zipfile
from io import BytesIO

import pytest

from models.sources import SourceFileError, extract_file
from models.sources import docx as docx_module
from tests.models.sources.builders import docx_bytes, pdf_bytes, scanned_pdf_bytes


def _zip(members: dict[str, bytes]) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _zip_bomb() -> bytes:
    """A DOCX-shaped archive whose body inflates 1,000 times (8 MiB of one byte)."""
    return _zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b"<w:document>" + b"a" * (8 * 1024 * 1024),
        }
    )


def _deep_html() -> bytes:
    return b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000 + b"</body></html>"


BAD_FILES = {
    "scanned PDF": ("scan.pdf", scanned_pdf_bytes, "has no text layer; OCR is not supported"),
    "encrypted PDF": (
        "secret.pdf",
        lambda: pdf_bytes([["Secret text."]], encrypt="a password"),
        "is encrypted with a password",
    ),
    "corrupt PDF": (
        "broken.pdf",
        lambda: b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n" + b"\x00garbage" * 50,
        "is damaged",
    ),
    "truncated PDF": (
        "cut.pdf",
        lambda: pdf_bytes([["Some text."]])[:200],
        "is damaged",
    ),
    "corrupt DOCX": ("broken.docx", lambda: docx_bytes(["Some text."])[:3000], "is damaged"),
    "DOCX without a body": (
        "hollow.docx",
        lambda: _zip({"[Content_Types].xml": b"<Types/>", "word/styles.xml": b"<x/>"}),
        "is damaged: it has no document body",
    ),
    "DOCX zip bomb": ("bomb.docx", _zip_bomb, "it looks like a zip bomb"),
    "HTML nested 100,000 deep": ("deep.html", _deep_html, "is nested more than 255 elements deep"),
    "a PDF named .docx": (
        "statement.docx",
        lambda: pdf_bytes([["Text."]]),
        "is named as a Word document (DOCX) but its content is a PDF",
    ),
    "a web page named .pdf": (
        "reply.pdf",
        lambda: b"<!DOCTYPE html><html><body><p>Hi</p></body></html>",
        "is named as a PDF but its content is a web page (HTML)",
    ),
    "a DOCX named .txt": (
        "notes.txt",
        lambda: docx_bytes(["Text."]),
        "is named as plain text but its content is a Word document (DOCX)",
    ),
    "a picture named .txt": (
        "photo.txt",
        lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
        "is not a text, web page, PDF or Word document",
    ),
    "an old Word document": (
        "old.doc",
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
        "is an old-style Office file (.doc)",
    ),
    "a spreadsheet": (
        "table.docx",
        lambda: _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
        "is a spreadsheet or a presentation",
    ),
    "an empty file": ("empty.txt", lambda: b"", "is empty"),
    "a file of spaces": ("blank.txt", lambda: b" \n\n \t\n", "has no text in it"),
    "a page with no text": (
        "blank.html",
        lambda: b"<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>",
        "has no text in it",
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES), ids=list(BAD_FILES))
def test_a_bad_file_gets_one_sentence_naming_it(tmp_path, case):
    name, build, problem = BAD_FILES[case]
    path = tmp_path / name
    path.write_bytes(build())
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(SourceFileError) as caught:
            extract_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    message = str(caught.value)
    assert message.startswith(f"“{name}” ") and message.endswith(".")
    assert problem in message
    assert time.perf_counter() - started < 10
    assert peak < 100 * 1024 * 1024  # Python's own allocations (parsers' C memory is not seen)


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path, monkeypatch):
    inflated = []
    real_read = zipfile.ZipFile.read
    monkeypatch.setattr(
        zipfile.ZipFile,
        "read",
        lambda self, name, pwd=None: inflated.append(name) or real_read(self, name, pwd),
    )
    path = tmp_path / "bomb.docx"
    path.write_bytes(_zip_bomb())
    with pytest.raises(SourceFileError, match="zip bomb"):
        extract_file(path)
    assert inflated == []


def test_a_docx_whose_parts_add_up_past_the_bound_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_module, "MAX_UNCOMPRESSED", 100_000)
    path = tmp_path / "big.docx"
    path.write_bytes(docx_bytes(["Plain text, nothing odd about it."]))
    with pytest.raises(SourceFileError, match="would inflate to 0 MiB; it looks like a zip bomb"):
        extract_file(path)


def test_a_file_over_the_limit_is_refused_and_one_at_the_limit_is_read(tmp_path):
    path = tmp_path / "long.txt"
    path.write_bytes(b"x" * 1000)
    assert len(extract_file(path, max_bytes=1000).text) == 1000
    path.write_bytes(b"x" * 1001)
    with pytest.raises(SourceFileError) as caught:
        extract_file(path, max_bytes=1000)
    assert str(caught.value) == "“long.txt” is larger than 1,000 bytes, the most a source may be."


def test_the_limit_is_on_the_bytes_read_not_on_the_size_the_system_reports(tmp_path, monkeypatch):
    path = tmp_path / "grows.txt"
    path.write_bytes(b"x" * 5000)
    real_fstat = os.fstat

    class Small:
        def __init__(self, result):
            self._result = result

        def __getattr__(self, name):
            return 0 if name == "st_size" else getattr(self._result, name)

    monkeypatch.setattr(os, "fstat", lambda fd: Small(real_fstat(fd)))
    with pytest.raises(SourceFileError, match="is larger than 1,000 bytes"):
        extract_file(path, max_bytes=1000)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    started = time.perf_counter()
    with pytest.raises(SourceFileError, match="“pipe.txt” is not a regular file"):
        extract_file(fifo)
    assert time.perf_counter() - started < 2


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_an_endless_device_is_refused_without_reading_it():
    with pytest.raises(SourceFileError, match="“zero” is not a regular file"):
        extract_file("/dev/zero")


def test_a_missing_file_and_a_folder(tmp_path):
    with pytest.raises(SourceFileError, match="“gone.txt” does not exist"):
        extract_file(tmp_path / "gone.txt")
    with pytest.raises(SourceFileError, match="“.*” is a folder, not a file"):
        extract_file(tmp_path)
