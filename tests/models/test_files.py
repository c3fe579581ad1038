"""Atomic writes that behave: nothing half-written left, even after a kill; clear refusals."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from models.files import write_atomically
from tests.conftest import ROOT

# A write killed between writing its temporary file and the rename (as by kill -9).
_KILLED = """
import os, sys
import models.files
real_fsync = os.fsync
def stop(fd):
    real_fsync(fd)
    print("writing", flush=True)
    sys.stdin.readline()
os.fsync = stop
models.files.write_atomically(sys.argv[1], "half")
"""


def _parts(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_killed_write_leaves_a_part_that_the_next_write_there_removes(tmp_path):
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED, str(tmp_path / "report.html")],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "writing"
    child.kill()
    child.wait()
    [left] = _parts(tmp_path)
    # Another export may be writing a young one right now: it stays until over a minute old.
    write_atomically(tmp_path / "other.html", "x")
    assert _parts(tmp_path) == [left]
    old = os.stat(tmp_path / left).st_mtime - 120
    os.utime(tmp_path / left, (old, old))
    write_atomically(tmp_path / "again.html", "x")
    assert _parts(tmp_path) == []
    assert not (tmp_path / "report.html").exists()


def test_the_folder_is_synced_after_the_rename(tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    synced = []
    real = os.fsync

    def fsync(fd):
        synced.append((stat.S_ISDIR(os.fstat(fd).st_mode), target.exists()))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    write_atomically(target, "x")
    assert synced == [(False, False), (True, True)]  # the file, then its folder once renamed


def test_writes_work_where_there_is_no_fchmod(tmp_path, monkeypatch):
    monkeypatch.delattr(os, "fchmod")
    target = tmp_path / "report.html"
    target.write_text("old")
    target.chmod(0o640)
    write_atomically(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.parametrize("where", ["folder", "empty"])
def test_naming_a_folder_or_nothing_is_a_clear_message(tmp_path, where):
    path = tmp_path if where == "folder" else ""
    with pytest.raises(OSError) as err:
        write_atomically(path, "x")
    assert ("is a folder" if where == "folder" else "give a file name") in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_says_out_names_a_folder(cli_db, tmp_path, run_cli):
    for out in (str(tmp_path), ""):
        done = run_cli(
            "--db", cli_db, "export", "--case", "huawei-backdoor-2020", "--format", "json",
            "--out", out,
        )  # fmt: skip
        assert done.returncode == 1
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and ("is a folder" in lines[0] or "file name" in lines[0])
    assert _parts(tmp_path) == []
