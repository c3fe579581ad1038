"""`main.py export` on a terminal shows how far a long export is; in a pipe it says nothing."""

from __future__ import annotations

import io
import os
import pty
import threading

import pytest

import main
import models.jobs
from models.jobs import TerminalProgress

SLUG = "huawei-backdoor-2020"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    """What a terminal was sent."""

    def isatty(self) -> bool:
        return True


def test_a_long_export_on_a_terminal_shows_a_percentage_then_erases_it():
    clock, screen = Clock(), Terminal()
    with TerminalProgress(screen, "exporting x.pdf", clock) as shown:
        shown.job.progress(1, 10)
        assert screen.getvalue() == ""  # under a second: nothing
        clock.now += 1.5
        shown.job.progress(3, 10)
        shown.job.progress(3, 10)  # the same percentage is not written again
        shown.job.progress(10, 10)
    assert screen.getvalue() == "\rexporting x.pdf: 30%\rexporting x.pdf: 100%\r\x1b[K"


def test_nothing_is_written_where_stderr_is_not_a_terminal():
    clock, pipe = Clock(), io.StringIO()
    with TerminalProgress(pipe, "exporting x.pdf", clock) as shown:
        clock.now += 5
        shown.job.progress(3, 10)
    assert pipe.getvalue() == ""


def _export(tmp_path, stderr, monkeypatch) -> int:
    monkeypatch.setattr(models.jobs, "PROGRESS_AFTER", 0.0)  # as if the export were long
    monkeypatch.setattr("sys.stderr", stderr)
    out = tmp_path / "case.pdf"
    db = str(tmp_path / "cli.db")
    code = main.main(["--db", db, "export", "--case", SLUG, "--format", "pdf", "--out", str(out)])
    assert out.stat().st_size > 0
    return code


@pytest.mark.usefixtures("qapp")
def test_the_pdf_export_shows_its_pages_on_a_terminal(tmp_path, monkeypatch):
    leader, follower = pty.openpty()
    seen = bytearray()

    def read() -> None:
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal was closed
                return
            if not chunk:
                return
            seen.extend(chunk)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    with os.fdopen(follower, "w", encoding="utf-8") as terminal:
        assert _export(tmp_path, terminal, monkeypatch) == 0
    reader.join(5)
    os.close(leader)
    text = seen.decode("utf-8")
    assert f"\rcounterpoint: exporting {tmp_path / 'case.pdf'}: 100%" in text
    assert text.endswith("\r\x1b[K")


@pytest.mark.usefixtures("qapp")
def test_the_pdf_export_writes_nothing_to_a_stderr_that_is_not_a_terminal(tmp_path, monkeypatch):
    pipe = io.StringIO()
    assert _export(tmp_path, pipe, monkeypatch) == 0
    assert pipe.getvalue() == ""
