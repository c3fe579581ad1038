"""Suggested claims in the source view: outlined sentences; A, R and X act on them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from tests.ui.own_case_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.own_case_fixtures import needs_domain
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)


def _source_view(qtbot, window, suggest: bool = True):
    window.docks["source"].show()
    window.docks["source"].raise_()
    first = window.session.snapshot.claims_of("allegation")[0]
    window.comparison.select_claim(first.id)
    view = window.source_view
    qtbot.waitUntil(lambda: view.source_id is not None and not view.is_pending())
    if suggest:
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
    party = window.session.snapshot.side("allegation").party
    assert made[0].speaker == (target.speaker or party)  # no suggested speaker: the side's party
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


def _point_at(view, offset: int) -> QPoint:
    """The viewport point of the gap before a (Python) offset of the source."""
    cursor = QTextCursor(view.editor.document())
    cursor.setPosition(view.offsets.to_utf16(offset))
    rect = view.editor.cursorRect(cursor)
    return QPoint(rect.x(), rect.center().y())


@needs_domain
def test_dragging_a_suggestions_end_changes_what_is_accepted(qtbot, open_main_window):
    window = open_main_window()
    view = _source_view(qtbot, window)
    target = next(s for s in view.suggestions.shown if len(s.quote.split()) > 6)
    view.editor.centerCursor()
    _put_cursor(view, target.start)
    view.editor.ensureCursorVisible()
    viewport = view.editor.viewport()
    text = window.session.snapshot.source(view.source_id).text
    # Hovering the end shows a resize arrow; pressing there takes hold of it.
    assert view.suggestions.end_at(_point_at(view, target.end)) == (
        view.suggestions.shown.index(target),
        "end",
    )
    # (Sent to the viewport itself: QTest's move goes through the window, and offscreen it can
    # land some pixels off inside a dock whose layout has just wrapped.)
    at = QPointF(_point_at(view, target.end))
    hover = QMouseEvent(
        QEvent.Type.MouseMove,
        at,
        QPointF(viewport.mapToGlobal(at.toPoint())),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, hover)
    assert viewport.cursor().shape() == Qt.CursorShape.SizeHorCursor
    # Drag the end back to the middle of the fourth word: let go, the span ends at a word's end.
    fourth = target.start + len(" ".join(target.quote.split()[:3])) + 2
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_point_at(view, target.end))
    qtbot.mouseMove(viewport, _point_at(view, fourth))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_point_at(view, fourth))
    moved = next(s for s in view.suggestions.shown if s.start == target.start)
    assert moved.end < target.end
    assert moved.quote == text[moved.start : moved.end]
    assert moved.quote.split() == target.quote.split()[: len(moved.quote.split())]
    assert not view.editor.textCursor().hasSelection()  # a drag is not a selection
    # A takes the dragged span.
    _put_cursor(view, moved.start + 1)
    qtbot.keyClick(view.editor, Qt.Key.Key_A)
    made = [
        c for c in window.session.snapshot.claims if (c.start, c.end) == (moved.start, moved.end)
    ]
    assert made and made[0].quote == moved.quote


@needs_domain
def test_a_dragged_start_stops_at_the_previous_suggestion(qtbot, open_main_window):
    window = open_main_window()
    view = _source_view(qtbot, window)
    shown = view.suggestions.shown
    k = 1
    before, target = shown[k - 1], shown[k]
    _put_cursor(view, before.start)
    viewport = view.editor.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_point_at(view, target.start))
    qtbot.mouseMove(viewport, _point_at(view, before.start))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_point_at(view, before.start))
    shown = view.suggestions.shown
    assert shown[k - 1] == before  # the neighbour is untouched
    assert shown[k].start >= before.end and shown[k].end == target.end


def test_clauses_split_the_sentences_further(qtbot, open_main_window):
    from models.suggest_claims import suggest_claims

    window = open_main_window()
    view = _source_view(qtbot, window)
    sentences = list(view.suggestions.shown)
    snapshot = window.session.snapshot
    text = snapshot.source(view.source_id).text
    taken = {(c.start, c.end) for c in snapshot.claims if c.source_id == view.source_id}
    clauses = [
        (s.start, s.end)
        for s in suggest_claims(text, clauses=True)
        if (s.start, s.end) not in taken
    ]
    view.suggestions.clauses.trigger()
    qtbot.waitUntil(lambda: [(s.start, s.end) for s in view.suggestions.shown] == clauses)
    # Some sentence is now offered in parts, each inside it.
    spans = {(s.start, s.end) for s in sentences}
    parts = [s for s in view.suggestions.shown if (s.start, s.end) not in spans]
    assert parts
    assert all(any(t.start <= p.start and p.end <= t.end for t in sentences) for p in parts)
    view.suggestions.clauses.trigger()
    qtbot.waitUntil(lambda: view.suggestions.shown == sentences)


def test_asking_for_clauses_turns_suggestions_on(qtbot, open_main_window):
    view = _source_view(qtbot, open_main_window(), suggest=False)
    assert not view.suggestions.active
    view.suggestions.clauses.trigger()
    assert view.suggestions.active
    qtbot.waitUntil(lambda: bool(view.suggestions.shown))
