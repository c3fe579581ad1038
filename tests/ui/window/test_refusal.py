"""When the store refuses an edit, the user is told and the screen does not show it."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton
from sqlalchemy import event

import models.store
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.panes.pane_model import Role


@pytest.fixture
def quick_lock_timeout(monkeypatch):
    """Give up on a locked store after 50 ms instead of 5 s, so the test is quick."""
    monkeypatch.setattr(models.store, "BUSY_TIMEOUT_MS", 50)


def _row_status(window, claim_id):
    model = window.comparison.panes["allegation"].model
    return model.index_of(claim_id).data(Role.STATUS)


def test_a_locked_store_refuses_and_the_screen_keeps_the_truth(
    qtbot, quick_lock_timeout, open_main_window, db_path
):
    window = open_main_window()
    left = window.comparison.view("allegation")
    claim_id = left.current_claim()
    original = window.session.snapshot.claim(claim_id).status
    assert original not in ("supported", "disputed")
    qtbot.keyClick(left, Qt.Key.Key_S)  # a good edit first: its undo must survive the refusal
    before = window.session.snapshot.claim(claim_id).status
    assert before == "supported"
    depth = window.session.undo_stack.count()
    assert depth == 1

    other = sqlite3.connect(db_path, timeout=0.05)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the store
    try:
        qtbot.keyClick(left, Qt.Key.Key_D)
        qtbot.waitUntil(window.banner.isVisible)
    finally:
        other.rollback()
        other.close()

    assert "locked" in window.banner.text()
    assert "not saved" in window.banner.text().lower()
    assert "locked" in window.status_bar.message_label.message()
    assert window.session.snapshot.claim(claim_id).status == before
    assert _row_status(window, claim_id) == before  # the row does not show the edit
    QApplication.processEvents()  # a deferred clear of the history would have run by now
    assert window.session.undo_stack.count() == depth
    assert left.current_claim() == claim_id  # the analyst's place is kept

    # Once the store is free again the same key works.
    qtbot.keyClick(left, Qt.Key.Key_D)
    assert _row_status(window, claim_id) == "disputed"
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()  # the edit made before the refusal is still undoable
    assert _row_status(window, claim_id) == original
    dismiss = window.banner.findChild(QToolButton)
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()


def test_a_read_only_store_refuses(qtbot, open_main_window):
    window = open_main_window()
    left = window.comparison.view("allegation")
    claim_id = left.current_claim()
    before = window.session.snapshot.claim(claim_id).status
    # Every new connection is read-only from now on, as with a file the user may not write
    # (chmod is no test here: the tests may run as root, who ignores file modes).
    engine = window.store.engine
    event.listen(engine, "connect", _read_only)
    engine.dispose()
    qtbot.keyClick(left, Qt.Key.Key_S)
    qtbot.waitUntil(window.banner.isVisible)
    assert "read-only" in window.banner.text()
    assert window.session.snapshot.claim(claim_id).status == before
    assert _row_status(window, claim_id) == before


def _read_only(dbapi_connection, _record):
    dbapi_connection.execute("PRAGMA query_only = ON")
