"""Every file dialog lists a folder without opening its files, so the store keeps its locks."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import library
from tests.lock_probe import store_lock_held
from tests.ui.store_lock import list_then_cancel
from ui.common.file_dialogs import ask_folder, ask_open_file, ask_save_file

UI = Path(__file__).resolve().parents[3] / "ui"
# The Qt classes that open files to guess their type or icon; only file_dialogs.py may name them.
SNIFFERS = ("QFileDialog", "QFileSystemModel", "QFileIconProvider", "QMimeDatabase")


@pytest.mark.parametrize(
    "ask",
    [
        lambda start: ask_open_file(None, "Import case file", start, "Case files (*.json)"),
        lambda start: ask_save_file(None, "Export to", start, "PDF (*.pdf)"),
        lambda start: ask_folder(None, "Folder of returned files", start),
    ],
    ids=["open", "save", "folder"],
)
def test_a_dialog_that_listed_the_stores_folder_leaves_its_locks_held(
    qtbot, store, db_path, tmp_path, ask
):
    library.cases(store)  # the store has been read, as the window has: SQLite holds a read lock
    assert store_lock_held(db_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    closed = list_then_cancel(db_path.parent)
    assert ask(str(elsewhere)) is None
    assert closed
    assert store_lock_held(db_path)


def test_only_the_file_dialogs_module_uses_the_qt_classes_that_open_listed_files():
    users = sorted(
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if path.name != "file_dialogs.py" and any(name in path.read_text() for name in SNIFFERS)
    )
    assert users == []
