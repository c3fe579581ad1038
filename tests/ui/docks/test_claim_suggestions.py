"""Suggested claims in the source view: outlined sentences; A, R and X act on them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from tests.ui.own_case_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.own_case_fixtures import needs_domain
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)


def _source_view(qtbot, window):
    window.docks["source"].show()
    window.docks["source"].raise_()
    first = window.session.snapshot.claims_of("allegation")[0]
    window.comparison.select_claim(first.id)
    view = window.source_view
    qtbot.waitUntil(lambda: view.source_id is not None and not view.is_pending())
    qtbot.mouseClick(view.suggestions.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.suggestions.shown))
    return view


def _underline_at(view, offset: int) -> QTextCharFormat.UnderlineStyle | None:
    position = view.offsets.to_utf16(offset)
    block = view.editor.document().findBlock(position)
    inside = position - block.position()
    for piece in block.layout().formats():
        if piece.start <= inside < piece.start + piece.length:
            return piece.format.underlineStyle()
    return None


def _put_cursor(view, offset: int) -> None:
    cursor = QTextCursor(view.editor.document())
    cursor.setPosition(view.offsets.to_utf16(offset))
    view.editor.setTextCursor(cursor)
    view.editor.setFocus()


def test_the_toggle_outlines_sentences_that_are_not_claims(qtbot, open_main_window, dismissals):
    window = open_main_window()
    view = _source_view(qtbot, window)
    snapshot = window.session.snapshot
    spans = {(c.start, c.end) for c in snapshot.claims if c.source_id == view.source_id}
    shown = view.suggestions.shown
    assert not spans & {(s.start, s.end) for s in shown}
    dashed = QTextCharFormat.UnderlineStyle.DashUnderline
    assert _underline_at(view, shown[0].start) == dashed
    qtbot.mouseClick(view.suggestions.toggle, Qt.MouseButton.LeftButton)
    assert view.suggestions.shown == []
    assert _underline_at(view, shown[0].start) != dashed


@needs_domain
def test_a_accepts_the_suggestion_under_the_cursor(qtbot, open_main_window):
    window = open_main_window()
    view = _source_view(qtbot, window)
    target = view.suggestions.shown[0]
    _put_cursor(view, target.start + 1)
    qtbot.keyClick(view.editor, Qt.Key.Key_A)
    made = [
        c for c in window.session.snapshot.claims if (c.start, c.end) == (target.start, target.end)
    ]
    assert made and made[0].role == "allegation" and made[0].quote == target.quote
    assert made[0].speaker == target.speaker
    assert target not in view.suggestions.shown
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: target in view.suggestions.shown)


@needs_domain
def test_r_accepts_every_suggestion_in_the_selection_as_one_step(qtbot, open_main_window):
    window = open_main_window()
    view = _source_view(qtbot, window)
    first, second = view.suggestions.shown[1:3]
    cursor = QTextCursor(view.editor.document())
    cursor.setPosition(view.offsets.to_utf16(first.start))
    cursor.setPosition(view.offsets.to_utf16(second.end - 1), QTextCursor.MoveMode.KeepAnchor)
    view.editor.setTextCursor(cursor)
    view.editor.setFocus()
    before = window.session.undo_stack.count()
    qtbot.keyClick(view.editor, Qt.Key.Key_R)
    spans = {(c.start, c.end): c.role for c in window.session.snapshot.claims}
    assert spans[(first.start, first.end)] == spans[(second.start, second.end)] == "response"
    assert window.session.undo_stack.count() == before + 1


@needs_domain
def test_x_rejects_and_a_rejected_suggestion_stays_hidden(qtbot, open_main_window):
    window = open_main_window()
    view = _source_view(qtbot, window)
    target = view.suggestions.shown[0]
    _put_cursor(view, target.start)
    qtbot.keyClick(view.editor, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: target not in view.suggestions.shown)
    window.close()
    window.store.close()
    view = _source_view(qtbot, open_main_window())
    assert target not in view.suggestions.shown
