"""Accessible: the tree QAccessible gives a screen reader holds every claim, link and slide text;
the keyboard focus is seen on every focusable widget; Escape and Shift+Tab leave the panes."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.panes.gutter import link_words

TEXTS = (QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Value)


def walk(interface, found: list[tuple[QAccessible.Role, str]], depth: int = 0) -> None:
    """Every text of an accessible interface and of its children, recursively."""
    if interface is None or not interface.isValid() or depth > 40:
        return
    for kind in TEXTS:
        text = interface.text(kind)
        if text:
            found.append((interface.role(), text))
    for n in range(interface.childCount()):
        walk(interface.child(n), found, depth + 1)


def accessible_texts(widget: QWidget) -> list[tuple[QAccessible.Role, str]]:
    """What a screen reader can read in a window, by walking QAccessible from it."""
    found: list[tuple[QAccessible.Role, str]] = []
    walk(QAccessible.queryAccessibleInterface(widget), found)
    return found


def test_every_claim_and_every_link_is_in_the_accessibility_tree(qtbot, open_main_window):
    window = open_main_window()
    case = window.session.snapshot
    texts = [text for _role, text in accessible_texts(window)]
    joined = "\n".join(texts)
    for claim in case.claims:
        assert any(t.startswith(f"{claim.key}, ") and claim.quote[:40] in t for t in texts), (
            claim.key
        )
    assert case.links
    for link in case.links:
        words = link_words(case, link)
        assert words in texts, words
    # As the issue reads one: "us-2 → hw-2: denies"-style words, key → key: relation.
    first = case.links[0]
    assert link_words(case, first) == (
        f"{case.claim(first.allegation_id).key} → {case.claim(first.response_id).key}: "
        f"{first.relation.replace('_', '-')}"
    )
    assert "Links between the panes" in joined


def test_the_gutter_s_links_follow_an_edit(qtbot, open_main_window):
    from ui.common.commands import unlink

    window = open_main_window()
    case = window.session.snapshot
    gone = case.links[0]
    unlink(window.session, gone)
    texts = [text for _role, text in accessible_texts(window)]
    assert link_words(case, gone) not in texts
    assert window.comparison.gutter.link_list.model().rowCount() == len(case.links) - 1


def test_the_slide_text_is_in_the_accessibility_tree(qtbot, open_main_window):
    window = open_main_window()
    presentation = window.present_requested()  # closed, it deletes itself
    qtbot.waitExposed(presentation)
    for _step in range(3):
        texts = [text for _role, text in accessible_texts(presentation)]
        shown = presentation.visible_text()
        assert shown and shown in texts
        assert any(t.startswith("Slide ") and presentation.progress_text() in t for t in texts)
        qtbot.keyClick(presentation, Qt.Key.Key_Right)
    qtbot.keyClick(presentation, Qt.Key.Key_R)  # revealed: the assessments are read too
    texts = [text for _role, text in accessible_texts(presentation)]
    assert presentation.visible_text() in texts
    presentation.close()


def _focusable(window) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isVisible()
        and w.isEnabled()
        and not w.visibleRegion().isEmpty()
    ]


def assert_focus_seen(qtbot, top: QWidget, widget: QWidget, other: QWidget) -> None:
    """The focus moved from `other` to `widget` changes the pixels round `widget` in `top`."""
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other)
    around = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size()).adjusted(-4, -4, 4, 4)
    before = top.grab(around).toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    QApplication.processEvents()
    assert top.grab(around).toImage() != before, (type(widget).__name__, widget.accessibleName())


def test_the_keyboard_focus_is_seen_on_every_focusable_widget(qtbot, open_main_window):
    window = open_main_window()
    widgets = _focusable(window)
    assert len(widgets) > 10
    elsewhere = window.comparison.view("allegation")
    for widget in widgets:
        other = elsewhere if widget is not elsewhere else window.filter_bar.search
        if widget.visibleRegion().isEmpty():
            continue  # scrolled out of its dock by an earlier step: Tab would scroll it back
        assert_focus_seen(qtbot, window, widget, other)


def test_escape_and_shift_tab_leave_the_panes(qtbot, open_main_window):
    window = open_main_window()
    comparison = window.comparison
    for role in ("allegation", "response"):
        view = comparison.view(role)
        view.setFocus()
        qtbot.waitUntil(lambda v=view: QApplication.focusWidget() is v)
        assert view.claims.data(view.currentIndex(), 0) is not None
        qtbot.keyClick(view, Qt.Key.Key_Escape)
        now = QApplication.focusWidget()
        assert now is not None and not comparison.isAncestorOf(now), role
    # Tab follows a link (it stays in the panes); Shift+Tab goes back out of them.
    left = comparison.view("allegation")
    left.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is left)
    qtbot.keyClick(left, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is comparison.view("response")
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, shift)
    assert QApplication.focusWidget() is left  # back to the allegation pane (the gutter: none)
    qtbot.keyClick(left, Qt.Key.Key_Backtab, shift)
    assert not comparison.isAncestorOf(QApplication.focusWidget())  # and out


def test_the_focus_is_seen_in_a_dialog_too(qtbot, open_main_window):
    from ui.dialogs.preferences import PreferencesDialog

    window = open_main_window()
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    widgets = _focusable(dialog)
    assert len(widgets) >= 7  # name, language, theme, page, orientation, folder, its button…
    for n, widget in enumerate(widgets):
        other = widgets[n - 1] if n else widgets[-1]
        assert_focus_seen(qtbot, dialog, widget, other)


def test_the_focus_ring_goes_round_a_whole_pane_and_costs_it_no_repaint(
    qtbot, open_main_window, monkeypatch
):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from ui.common.focus_ring import FocusRing
    from ui.panes.claim_delegate import ClaimDelegate

    painted = []  # (counted from the start: PySide looks an override up once, at its birth)
    paint = ClaimDelegate.paint
    monkeypatch.setattr(
        ClaimDelegate, "paint", lambda self, *a: painted.append(1) or paint(self, *a)
    )
    window = open_main_window()
    pane = window.comparison.view("response")  # long enough to scroll
    window.comparison.select_first("response")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane)
    ring = window.findChild(FocusRing)
    qtbot.waitUntil(ring.isVisible)
    # Round the pane (its claims), not round its scroll bar alone, as visibleRegion() gave.
    on_screen = QRect(pane.mapTo(window, QPoint(0, 0)), pane.size())
    assert ring.geometry().contains(on_screen)
    viewport = QRect(pane.viewport().mapTo(window, QPoint(0, 0)), pane.viewport().size())
    assert not ring.mask().translated(ring.pos()).intersects(viewport)

    # Walking down the pane paints as many rows with the ring as without it: over the pane,
    # the ring made Qt repaint every row on each scroll instead of moving the pixels.

    def rows_painted_walking() -> int:
        window.comparison.select_first("response")
        QApplication.processEvents()
        painted.clear()
        for _ in range(8):
            pane.keyPressEvent(
                QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
            )
            QApplication.processEvents()
        return len(painted)

    with_ring = rows_painted_walking()
    assert ring.isVisible() and ring.target is pane
    ring.follow(None)
    without = rows_painted_walking()
    assert without > 0 and with_ring <= without + 2


def test_a_walk_down_a_pane_repaints_no_focus_ring_and_moves_no_tally(qtbot, open_main_window):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QKeyEvent

    from ui.common.focus_ring import FocusRing

    window = open_main_window()
    pane = window.comparison.view("allegation")
    window.comparison.select_first("allegation")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane)
    ring = window.findChild(FocusRing)
    qtbot.waitUntil(ring.isVisible)

    def step(key) -> None:
        pane.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))
        QApplication.processEvents()  # the docks and the status bar follow

    for key in (Qt.Key.Key_End, Qt.Key.Key_Home):  # every key seen once: the widest, too
        step(key)
        for _ in range(pane.claims.rowCount()):
            step(Qt.Key.Key_Down if key == Qt.Key.Key_Home else Qt.Key.Key_Up)

    class Painted(QObject):
        count = 0

        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            self.count += event.type() == QEvent.Type.Paint
            return False

    painted = Painted()
    tallies = list(window.count_labels.values())
    for widget in (ring, window.status_bar.message_label, *tallies):
        widget.installEventFilter(painted)
    places = [t.geometry() for t in tallies]
    step(Qt.Key.Key_Home)
    for _ in range(6):
        step(Qt.Key.Key_Down)
        key = window.session.snapshot.claim(pane.current_claim()).key
        assert window.selection_label.text().startswith(f"{key} · ")
    # The selected claim's words change in their own place: the status bar is not laid out
    # and repainted whole, nor the ring whose edge runs over it.
    assert painted.count == 0
    assert [t.geometry() for t in tallies] == places
    assert ring.isVisible() and ring.target is pane
