"""A day at the desk: letters act where they mean something, the toolbar and the status bar stay
put, the theme switches whole, the title names the store (issue 13, points 1, 5, 6, 10, 14)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from sqlalchemy.engine import make_url

from models import operations as ops
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.common.labels import word
from ui.window.main_window import store_name

LETTERS = (Qt.Key.Key_U, Qt.Key.Key_S, Qt.Key.Key_D, Qt.Key.Key_L)


def _statuses(window) -> dict[int, str]:
    return {c.id: c.status for c in window.session.snapshot.claims}


def _focus(qtbot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _show_dock(qtbot, window, name: str) -> None:
    window.docks[name].show()
    window.docks[name].raise_()
    qtbot.waitUntil(window.docks[name].isVisible)


def test_u_s_d_l_leave_every_claim_alone_when_the_focus_is_not_in_a_pane(qtbot, open_main_window):
    window = open_main_window()
    before, history = _statuses(window), window.session.undo_stack.count()
    dialogs = []

    def refuse_dialogs() -> None:  # a guard: L must open no link dialog here
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialogs.append(dialog)
            dialog.reject()

    guard = QTimer(window)
    guard.timeout.connect(refuse_dialogs)
    guard.start(20)
    for dock in ("source", "history", "tags", "evidence"):
        _show_dock(qtbot, window, dock)
    places = (
        window.source_view.editor,
        window.history,
        window.tag_manager.tree,
        window.evidence_library.table,
    )
    try:
        for widget in places:
            _focus(qtbot, widget)
            for key in LETTERS:
                qtbot.keyClick(widget, key)
    finally:
        guard.stop()
    assert _statuses(window) == before
    assert window.session.undo_stack.count() == history
    assert dialogs == []  # L opened no link dialog

    search = window.filter_bar.search
    _focus(qtbot, search)
    qtbot.keyClicks(search, "sud")
    assert search.text() == "sud"  # the text field keeps its letters
    assert _statuses(window) == before

    # In a pane, the letter marks the claim the pane shows; the menu works from anywhere.
    left = window.comparison.view("allegation")
    _focus(qtbot, left)
    claim_id = left.current_claim()
    qtbot.keyClick(left, Qt.Key.Key_D)
    assert window.session.snapshot.claim(claim_id).status == "disputed"
    _focus(qtbot, search)
    window.actions.mark_supported.trigger()
    assert window.session.snapshot.claim(claim_id).status == "supported"


def test_a_status_by_key_keeps_the_rationale_under_its_author(qtbot, open_main_window):
    window = open_main_window()
    left = window.comparison.view("allegation")
    claim_id = left.current_claim()
    ops.set_assessment(window.store, claim_id, rationale="Alice's reasons.", author="Alice")
    window.open_case(window.session.slug)
    _focus(qtbot, left)
    qtbot.keyClick(left, Qt.Key.Key_D)
    claim = window.session.snapshot.claim(claim_id)
    assert (claim.status, claim.rationale, claim.assessed_by) == (
        "disputed",
        "Alice's reasons.",
        "Alice",
    )
    qtbot.waitUntil(lambda: window.inspector.assessed_by.text().startswith("Rationale by Alice;"))

    # Without a rationale, the status is the assessor's own: the one who set it.
    qtbot.keyClick(left, Qt.Key.Key_Down)
    other = left.current_claim()
    ops.set_assessment(window.store, other, status="supported", rationale="", author="Alice")
    window.open_case(window.session.slug)
    window.comparison.select_claim(other)
    _focus(qtbot, left)
    qtbot.keyClick(left, Qt.Key.Key_D)
    assert window.session.snapshot.claim(other).assessed_by == "Tester"


def test_the_toolbar_keeps_its_width_and_shows_every_action_at_1280(qtbot, open_main_window):
    window = open_main_window()
    bar, a = window.toolbar, window.actions
    undo = bar.widgetForAction(a.undo)
    widths = (undo.width(), bar.widgetForAction(a.redo).width(), bar.sizeHint().width())
    left = window.comparison.view("allegation")
    _focus(qtbot, left)
    key = window.session.snapshot.claim(left.current_claim()).key
    qtbot.keyClick(left, Qt.Key.Key_S)
    qtbot.keyClick(left, Qt.Key.Key_D)
    qtbot.keyClick(left, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # redo has a step
    assert a.undo.isEnabled() and a.redo.isEnabled()
    assert key in a.undo.toolTip() and key in a.redo.toolTip()  # the tooltip names the step
    assert (undo.text(), bar.widgetForAction(a.redo).text()) == ("Undo", "Redo")
    qtbot.waitUntil(
        lambda: (
            (undo.width(), bar.widgetForAction(a.redo).width(), bar.sizeHint().width()) == widths
        )
    )

    assert window.width() == 1280
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    hidden = [
        x.iconText()
        for x in bar.actions()
        if not x.isSeparator() and not bar.widgetForAction(x).isVisible()
    ]
    assert hidden == []


def test_status_messages_name_the_claim_and_keep_to_their_place(qtbot, open_main_window):
    window = open_main_window()
    left = window.comparison.view("allegation")
    _focus(qtbot, left)
    key = window.session.snapshot.claim(left.current_claim()).key
    qtbot.keyClick(left, Qt.Key.Key_D)
    message = window.status_bar.message_label
    assert message.message() == f"Mark {key} as disputed"
    assert (
        window.session.undo_stack.text(window.session.undo_stack.index() - 1) == message.message()
    )
    qtbot.keyClick(left, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert message.message() == f"Undone: Mark {key} as disputed"
    assert not re.search(r"claim \d+", message.message())

    window.status_bar.show_message("A very long message that runs on and on. " * 20)
    summary = [window.selection_label, *window.count_labels.values()]
    qtbot.waitUntil(lambda: all(w.isVisible() for w in summary))  # the summary stays shown
    qtbot.waitUntil(lambda: message.isVisible() and message.text().endswith("…"))
    right_edge = message.mapTo(window, message.rect().topRight()).x()
    for w in summary:
        if w.width():
            assert right_edge < w.mapTo(window, w.rect().topLeft()).x()


def test_the_tallies_fit_at_1280_and_are_elided_never_cut_when_narrower(qtbot, open_main_window):
    window = open_main_window()  # 1280 x 800, the second allegation's neighbour selected
    summary = [window.selection_label, *window.count_labels.values()]
    qtbot.waitUntil(lambda: all(w.isVisible() and w.text() for w in summary))
    for tally in window.count_labels.values():
        assert tally.text() == tally.message()  # whole: nothing clipped at the window's edge
        assert " 0 " not in f" {tally.message()} "  # no "0 unanswered", no "0 disputed"
        right = tally.mapTo(window, tally.rect().topLeft()).x() + tally.width()
        assert right <= window.width()
        assert tally.fontMetrics().horizontalAdvance(tally.text()) <= tally.width()
    response = window.count_labels["response"]
    whole = response.message()
    window.resize(900, 800)
    qtbot.waitUntil(lambda: response.text() != whole)
    assert response.text().endswith("…") and response.toolTip() == whole
    assert response.accessibleName() == whole
    assert response.fontMetrics().horizontalAdvance(response.text()) <= response.width()


def test_a_long_selection_is_elided_and_does_not_squeeze_the_tallies_for_good(
    qtbot, open_main_window
):
    window = open_main_window()
    label = window.selection_label
    most = label.fontMetrics().horizontalAdvance("x" * 40)
    long_one = "allegation-from-a-very-long-imported-case-file-key-17 · Unsupported assertion"
    label.show_text(long_one)  # as the window shows a selected claim's key and status
    assert label.text() != long_one and "…" in label.text() and label.toolTip() == long_one
    assert label.width() <= most + 8
    tallies = window.count_labels["response"]
    label.show_text("us-2 · Supported")
    qtbot.waitUntil(lambda: tallies.text() == tallies.message())  # the tallies whole again


def test_the_history_names_links_and_tags_by_what_the_user_sees(qtbot, open_main_window):
    from ui.common.commands import link_claims, tag_claim

    window = open_main_window()
    case, stack = window.session.snapshot, window.session.undo_stack
    allegation = next(c for c in case.claims if c.role == "allegation")
    linked = {link.response_id for link in case.links_of(allegation.id)}
    response = next(c for c in case.claims if c.role == "response" and c.id not in linked)
    tag = next(t for t in case.tags if t.id not in allegation.tag_ids)
    assert tag_claim(window.session, allegation.id, tag.id)
    assert stack.text(stack.index() - 1) == f"Tag {allegation.key} with “{tag.name}”"
    assert link_claims(window.session, allegation.id, response.id, "rebuts")
    assert (
        stack.text(stack.index() - 1)
        == f"Link {allegation.key} and {response.key} ({word('rebuts')})"
    )
    assert window.status_bar.message_label.message() == stack.text(stack.index() - 1)


def _lightness(icon: QIcon) -> float:
    image = icon.pixmap(32, 32).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    seen = [
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert seen, "the icon drew nothing"
    return sum(seen) / len(seen)


def test_switching_the_theme_redraws_the_icons_the_status_buttons_and_the_banner(
    qtbot, open_main_window
):
    window = open_main_window()
    window.actions.theme_light.trigger()
    bar = window.toolbar

    def shown():
        button = bar.widgetForAction(window.actions.mark_supported)
        statuses = window.inspector.status_buttons.buttons()
        header = window.comparison.findChild(QWidget, "allegationPane").icon_label
        return [
            _lightness(button.icon()),
            *(_lightness(b.icon()) for b in statuses),
            _lightness(QIcon(header.pixmap())),
        ]

    def banner() -> int:
        picture = window.banner.grab().toImage()
        return picture.pixelColor(picture.width() // 2, 3).lightness()  # inside the edge

    window.banner.show_message("The store is locked.")
    qtbot.waitUntil(window.banner.isVisible)
    light = shown()
    assert banner() > 200
    window.actions.theme_dark.trigger()
    qtbot.waitUntil(lambda: all(d > li + 80 for li, d in zip(light, shown(), strict=True)))
    qtbot.waitUntil(lambda: banner() < 100)
    window.actions.theme_light.trigger()
    qtbot.waitUntil(lambda: shown() == light and banner() > 200)


def test_the_title_names_the_case_and_the_store(open_main_window, db_path):
    window = open_main_window()
    title = window.windowTitle()
    assert window.session.snapshot.title in title and db_path.name in title
    url = make_url("postgresql+psycopg://analyst:s3cret@db.example/cases")
    assert store_name(url) == "analyst@db.example/cases"


def test_the_title_follows_a_renamed_case_and_its_undo(open_main_window, db_path):
    from ui.common import commands

    window = open_main_window()
    old = window.session.snapshot.title
    assert commands.edit_case(window.session, title="Renamed dispute")
    assert (
        window.windowTitle().startswith("Renamed dispute — ")
        and db_path.name in window.windowTitle()
    )
    window.session.undo_stack.undo()
    assert window.windowTitle().startswith(f"{old} — ")


def test_a_case_file_given_to_the_window_is_imported_once_then_opened(
    qtbot, open_main_window, tmp_path
):
    import json

    from models import library
    from tests.conftest import make_case

    window = open_main_window()
    path = tmp_path / "case.json"
    path.write_text(json.dumps(make_case()))
    before = len(library.cases(window.store))
    message = window.status_bar.message_label
    for said in ("Imported the case", "Opened the case"):
        message.set_message("")
        window.open_case_file(str(path))  # in the background, as File → Import does
        qtbot.waitUntil(lambda said=said: message.message().startswith(said), timeout=20000)
        assert window.session.slug == "small-case"
        assert window.session.snapshot.title in window.windowTitle()
    assert len(library.cases(window.store)) == before + 1


def test_a_case_menu_message_has_the_message_place_too(qtbot, open_main_window):
    """Case → Set span from selection with no text selected says so in the message's place."""
    window = open_main_window()
    window.comparison.select_claim(window.session.snapshot.claims_of("allegation")[0].id)
    window.actions.set_span.trigger()
    said = window.status_bar.message_label.message()
    assert said == "Select the claim's new text in its source first."
    assert window.statusBar().currentMessage() == ""  # not Qt's message, drawn over the summary
    window.statusBar().showMessage("Any other caller")
    assert window.status_bar.message_label.message() == "Any other caller"
