"""The window keeps its hold on the store: what it saved survives other clients and a hard kill."""

from __future__ import annotations

import select
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import ROOT
from tests.lock_probe import store_lock_held
from tests.ui.store_lock import list_then_cancel, list_then_choose
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)


def _read_line(proc: subprocess.Popen, timeout: float = 60) -> str:
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "the window did not answer in time"
    line = proc.stdout.readline().strip()
    assert line, "the window ended early (its stderr is in the test's temporary folder)"
    return line


def _ask(proc: subprocess.Popen, command: str) -> str:
    proc.stdin.write(command + "\n")
    proc.stdin.flush()
    return _read_line(proc)


@pytest.fixture
def window_process(tmp_path):
    """The real window in a child process on a store in its own folder, with a pipe to drive it."""
    folder = tmp_path / "cases"
    folder.mkdir()
    store = folder / "data.db"
    errors = (tmp_path / "window-stderr.txt").open("w")  # a file: a full pipe would block it
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.ui.window.store_lock_driver",
            str(store),
            str(tmp_path / "s.ini"),
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=errors,
        text=True,
    )
    try:
        assert _read_line(proc) == "ready"
        yield proc, store
    finally:
        proc.kill()
        proc.wait(timeout=30)
        errors.close()


def _status(store: Path, claim_id: int) -> str | None:
    with closing(sqlite3.connect(store)) as conn:
        row = conn.execute(
            "SELECT status FROM assessment WHERE claim_id = ?", (claim_id,)
        ).fetchone()
    return row[0] if row else None


def test_a_mark_made_after_a_file_dialog_and_another_client_survives_a_hard_kill(
    window_process, run_cli
):
    proc, store = window_process
    assert _ask(proc, "dialog") == "dialog closed"
    listed = run_cli("--db", str(store), "list")  # a second client, which checkpoints on close
    assert listed.returncode == 0, listed.stderr
    answer = _ask(proc, "mark")
    assert answer.startswith("marked ")
    proc.kill()
    proc.wait(timeout=30)
    assert _status(store, int(answer.split()[1])) == "supported"


def _import_case_file(qtbot, window):
    window.actions.import_case.trigger()


def _export_choose(qtbot, window):
    dialog = window.export_requested("pdf")
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    dialog.reject()


def _grading_choose_folder(qtbot, window):
    dialog = window.grade_requested()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    dialog.reject()


@pytest.mark.parametrize(
    "open_dialog",
    [_import_case_file, _export_choose, _grading_choose_folder],
    ids=["import", "export", "grading"],
)
def test_the_windows_file_dialogs_list_the_stores_folder_and_leave_its_locks_held(
    qtbot, open_main_window, db_path, open_dialog
):
    window = open_main_window()
    assert store_lock_held(db_path)
    closed = list_then_cancel(db_path.parent)
    open_dialog(qtbot, window)
    assert closed
    assert store_lock_held(db_path)


def test_choosing_the_store_itself_to_import_is_refused_and_the_store_keeps_its_locks(
    qtbot, open_main_window, db_path
):
    window = open_main_window()
    chosen = list_then_choose(db_path)
    said: list[str] = []

    def answer_the_error() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            said.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(10, answer_the_error)

    QTimer.singleShot(0, answer_the_error)
    task = window.import_case_file()
    assert chosen
    qtbot.waitUntil(lambda: not task.running)
    assert said and "is the open store itself" in said[0]
    assert store_lock_held(db_path)
