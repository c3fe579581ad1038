"""A store that fails under the window (the server stopped, the file gone) is a red banner for
every slot that reads or writes it: no exception escapes a slot, no typed text is lost."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.window_fixtures import when_modal
from ui.dialogs.evidence_record import EvidenceDialog
from ui.window import settings as keys


def _server_gone(_dbapi_connection, _record):
    raise sqlite3.OperationalError("unable to open database file")


@pytest.fixture
def window(open_main_window, qtbot):
    """The window on a claim with evidence and tags; then every new connection fails."""
    window = open_main_window()
    left = window.comparison.view("allegation")
    qtbot.keyClick(left, Qt.Key.Key_S)  # one edit made while the store worked, to undo
    claim = next(c for c in window.session.snapshot.claims if c.evidence and c.tag_ids)
    window.comparison.select_claim(claim.id)
    qtbot.waitUntil(lambda: window.inspector.claim_id == claim.id)
    engine = window.store.engine
    event.listen(engine, "connect", _server_gone)
    engine.dispose()
    return window


def _told(qtbot, window, act) -> str:
    window.banner.dismiss()
    before = window.session.snapshot
    act()
    qtbot.waitUntil(window.banner.isVisible)
    QApplication.processEvents()  # a slot that raised would be reported by now
    assert window.session.snapshot == before  # nothing on screen that the store does not hold
    return window.banner.text()


def test_every_slot_on_a_failing_store_shows_the_banner_and_raises_nothing(qtbot, window):
    session, inspector, tags = window.session, window.inspector, window.tag_manager
    claim = session.snapshot.claim(inspector.claim_id)
    text = _told(qtbot, window, lambda: _write_rationale(qtbot, inspector, " Checked."))
    assert "unable to open database file" in text
    assert inspector.rationale.toPlainText() == claim.rationale + " Checked."
    assert inspector.rationale.is_not_saved()

    def untick():
        item = next(
            inspector.tags.item(i)
            for i in range(inspector.tags.count())
            if inspector.tags.item(i).data(Qt.ItemDataRole.UserRole) in claim.tag_ids
        )
        item.setCheckState(Qt.CheckState.Unchecked)

    _told(qtbot, window, untick)
    first, second = session.snapshot.tags[0], session.snapshot.tags[1]
    _told(qtbot, window, lambda: tags.model.setData(tags.model.index_of(first.id), "Renamed"))
    _told(qtbot, window, lambda: tags.merge(first.id, second.id))
    _told(qtbot, window, lambda: tags.delete(first.id))
    status = next(b for b in inspector.status_buttons.buttons() if not b.isChecked())
    _told(qtbot, window, lambda: qtbot.mouseClick(status, Qt.MouseButton.LeftButton))

    record_id = claim.evidence[0].evidence_id
    library = window.evidence_library
    library.select_evidence(record_id)

    def edit_record(dialog: EvidenceDialog):
        dialog.title.setText("A new title")
        dialog.accept()  # refused: the dialog stays open with the title as typed
        assert dialog.isVisible() and dialog.title.text() == "A new title"
        dialog.reject()

    when_modal(qtbot, edit_record)
    _told(qtbot, window, library.edit_selected)
    _told(qtbot, window, lambda: library.delete_selected(confirm=False))
    inspector.evidence.setCurrentItem(inspector.evidence.topLevelItem(0))
    _told(qtbot, window, lambda: qtbot.mouseClick(inspector.detach, Qt.MouseButton.LeftButton))
    depth = session.undo_stack.count()
    _told(qtbot, window, session.undo_stack.undo)
    assert session.undo_stack.count() == depth and session.undo_stack.index() == depth


def test_reading_slots_on_a_failing_store_show_the_banner(qtbot, window):
    slug = window.session.slug
    text = _told(qtbot, window, window.menus["recent"].aboutToShow.emit)
    assert "cannot be listed" in text
    assert QApplication.activeModalWidget() is None
    _told(qtbot, window, window.actions.open_case.trigger)  # File → Open case…: no chooser
    assert QApplication.activeModalWidget() is None
    _told(qtbot, window, lambda: window.open_case(slug))
    assert slug in window.settings.get(keys.RECENT_CASES)  # not forgotten: it is still there
    grading = window.grade_requested()  # Classroom → Grade student files…
    assert "cannot be listed" in grading.summary.text()
    grading.reject()


def _write_rationale(qtbot, inspector, text):
    inspector.rationale.setFocus()
    qtbot.keyClick(inspector.rationale, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(inspector.rationale, text)
    qtbot.keyClick(inspector.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
