"""The inspector reads well at 1280×800 (issue 13, point 4): the rationale box is at least four
lines high and grows with its text, the wheel scrolls the inspector unless the box under it has
the focus, the status buttons say their words. On the real window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from models.vocabulary import STATUSES
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.common.labels import word

LONG = "\n".join(f"Line {n} of a rationale that a teacher wrote at length." for n in range(12))


def _inspector(qtbot, open_main_window):
    window = open_main_window()
    claim = window.session.snapshot.claims_of("allegation")[1]
    window.comparison.select_claim(claim.id)
    qtbot.waitUntil(lambda: window.inspector.claim_id == claim.id)
    return window, window.inspector


def test_the_rationale_box_is_four_lines_high_and_grows_with_its_text(qtbot, open_main_window):
    window, inspector = _inspector(qtbot, open_main_window)
    box = inspector.rationale
    line = box.fontMetrics().lineSpacing()
    assert box.height() >= 4 * line
    short = box.height()
    box.setPlainText(LONG)  # twelve lines
    qtbot.waitUntil(lambda: box.height() >= 10 * line)
    assert box.height() > short
    box.setPlainText("One line.")
    qtbot.waitUntil(lambda: box.height() == short)


def _wheel(widget, down: bool = True) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120 if down else 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_inspector_unless_the_box_has_the_focus(qtbot, open_main_window):
    window, inspector = _inspector(qtbot, open_main_window)
    inspector.rationale.setPlainText(LONG * 3)  # long enough to scroll inside, too
    bar = inspector._scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(0)
    for box in (inspector.rationale, inspector.paraphrase, inspector.tags):
        before = bar.value()
        _wheel(box.viewport())
        assert bar.value() > before, box.accessibleName()
    # With the focus in the rationale, the wheel is the box's: the inspector stays put.
    bar.setValue(0)
    inspector.rationale.setFocus()
    qtbot.waitUntil(inspector.rationale.hasFocus)
    inner = inspector.rationale.verticalScrollBar()
    inner_before = inner.value()
    _wheel(inspector.rationale.viewport())
    assert bar.value() == 0
    assert inner.value() > inner_before
    # A combo box passed over does not change the kind.
    kind = inspector.kind.currentData()
    _wheel(inspector.kind)
    assert inspector.kind.currentData() == kind


def test_the_status_buttons_say_their_words_and_the_status_is_named(qtbot, open_main_window):
    window, inspector = _inspector(qtbot, open_main_window)
    claim = window.session.snapshot.claim(inspector.claim_id)
    buttons = {b.property("status"): b for b in inspector.status_buttons.buttons()}
    assert list(buttons) == list(STATUSES)
    for status, button in buttons.items():
        assert button.text() == word(status)
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        assert button.width() >= button.sizeHint().width()  # the whole word shows
        assert word(status) in button.toolTip()
        assert button.isChecked() == (status == claim.status)
    assert word(claim.status) in inspector.status_label.text()
    # Every button is within the inspector's width at 1280×800: none is clipped on the right.
    page = inspector._scroll.viewport()
    for button in buttons.values():
        right = button.mapTo(page, QPoint(button.width(), 0)).x()
        assert right <= page.width(), button.text()
