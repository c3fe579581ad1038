"""Right-click menus from the actions table, and Delete for what has the focus (issue 13, point 2).

Each menu is opened as a person opens it (a context-menu event on the real widget), its rows are
read, and each row is triggered and its effect read back from the store; Delete deletes the
selected claim, link, evidence record or tag, asks first when it takes other things with it,
and undo puts everything back.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.window_fixtures import when_modal
from ui.common import commands


def _right_click(qtbot, widget, point: QPoint) -> QMenu:
    """A right-click on a widget; the menu it pops up."""
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, widget.mapToGlobal(point), Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(widget, event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def _close(qtbot, menu: QMenu) -> None:
    menu.hide()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def _words(action) -> str:
    return action.text().split("\t")[0].replace("&", "")


def _rows(menu: QMenu) -> list[str]:
    return [_words(a) for a in menu.actions() if not a.isSeparator()]


def _row(menu: QMenu, text: str):
    return next(a for a in menu.actions() if _words(a) == text)


def _claim_point(window, claim_id: int) -> tuple:
    role = window.session.snapshot.claim(claim_id).role
    view = window.comparison.view(role)
    return view.viewport(), view.visualRect(view.claims.index_of(claim_id)).center()


def _confirm_with(qtbot, button_text: str, seen: list) -> None:
    def act(box) -> None:
        seen.append(box.text())
        if isinstance(box, QMessageBox):
            for button in box.buttons():
                if button.text().replace("&", "") == button_text:
                    button.click()
                    return
        box.reject()

    when_modal(qtbot, act)


CLAIM_ROWS = [
    "Mark supported",
    "Mark unsupported assertion",
    "Mark disputed",
    "Link, relink or unlink…",
    "Tag",
    "Attach evidence",
    "Copy quote with citation",
    "Show in source",
    "Delete claim",
]


def test_a_claim_card_menu_offers_every_claim_action_and_each_acts(qtbot, open_main_window):
    window = open_main_window()
    case = window.session.snapshot
    claim = case.claims_of("response")[1]
    widget, point = _claim_point(window, claim.id)
    menu = _right_click(qtbot, widget, point)
    assert menu is window.context_menus["claim"]
    assert _rows(menu) == CLAIM_ROWS
    assert _row(menu, "Delete claim").text().endswith("\tDel")  # the key, where it acts
    # The right-click made that claim the current one, in the pane it is in.
    assert window.selection.claim_id == claim.id
    assert window.comparison.active_role == "response"
    _row(menu, "Mark disputed").trigger()
    _close(qtbot, menu)
    assert window.session.snapshot.claim(claim.id).status == "disputed"

    # Tag: a submenu of the case's tags, ticked where the claim has one.
    menu = _right_click(qtbot, widget, point)
    tags_menu = _row(menu, "Tag").menu()
    tags_menu.aboutToShow.emit()
    tag = window.session.snapshot.tags[0]
    entry = next(a for a in tags_menu.actions() if a.text().strip() == tag.name)
    assert entry.isChecked() == (tag.id in claim.tag_ids)
    entry.trigger()
    _close(qtbot, menu)
    assert (tag.id in window.session.snapshot.claim(claim.id).tag_ids) != (tag.id in claim.tag_ids)

    # Attach evidence: the records not attached yet; one asks its stance, then attaches.
    menu = _right_click(qtbot, widget, point)
    evidence_menu = _row(menu, "Attach evidence").menu()
    evidence_menu.aboutToShow.emit()
    attached = {a.evidence_id for a in window.session.snapshot.claim(claim.id).evidence}
    record = next(r for r in window.session.snapshot.evidence if r.id not in attached)
    entry = next(a for a in evidence_menu.actions() if a.toolTip() == record.title)
    when_modal(qtbot, lambda dialog: dialog.accept())
    entry.trigger()
    _close(qtbot, menu)
    now = {a.evidence_id for a in window.session.snapshot.claim(claim.id).evidence}
    assert now == attached | {record.id}

    # Show in source: the Source panel, on the claim's source.
    menu = _right_click(qtbot, widget, point)
    _row(menu, "Show in source").trigger()
    _close(qtbot, menu)
    qtbot.waitUntil(window.docks["source"].isVisible)
    assert window.source_view.source_id == claim.source_id
    assert window.source_view.selected_span() is None

    # Copy quote with citation: the words, who said them, where, and the claim's id.
    menu = _right_click(qtbot, widget, point)
    _row(menu, "Copy quote with citation").trigger()
    _close(qtbot, menu)
    copied = QApplication.clipboard().text()
    source = window.session.snapshot.source(claim.source_id)
    assert copied.startswith(f"\u201c{claim.quote}\u201d")
    assert source.title in copied
    if claim.speaker:
        assert claim.speaker in copied

    # Link…: the link dialog for the two selected claims.
    menu = _right_click(qtbot, widget, point)
    opened = []
    when_modal(qtbot, lambda dialog: (opened.append(type(dialog).__name__), dialog.reject()))
    _row(menu, "Link, relink or unlink…").trigger()
    _close(qtbot, menu)
    assert opened == ["LinkDialog"]

    # Delete claim: it has links and evidence now, so it asks; undo puts it all back.
    links = len(window.session.snapshot.links_of(claim.id))
    menu = _right_click(qtbot, widget, point)
    seen: list[str] = []
    _confirm_with(qtbot, "Delete claim", seen)
    _row(menu, "Delete claim").trigger()
    _close(qtbot, menu)
    assert seen == [f"Delete {claim.key}?"]
    assert claim.id not in {c.id for c in window.session.snapshot.claims}
    window.session.undo_stack.undo()
    back = window.session.snapshot.claim(claim.id)
    assert len(window.session.snapshot.links_of(claim.id)) == links
    assert {a.evidence_id for a in back.evidence} == attached | {record.id}


def test_delete_in_a_pane_deletes_a_claim_with_nothing_attached_without_asking(
    qtbot, open_main_window
):
    window = open_main_window()
    source = window.session.snapshot.sources[0]
    made = commands.new_claim(window.session, "allegation", source.id, 0, 12)
    bare = window.session.snapshot.claim(made)
    window.comparison.select_claim(bare.id)
    qtbot.keyClick(window.comparison.view(bare.role), Qt.Key.Key_Delete)
    assert bare.id not in {c.id for c in window.session.snapshot.claims}
    qtbot.keyClick(
        window.comparison.view(bare.role), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    assert bare.id in {c.id for c in window.session.snapshot.claims}


def _link_point(window) -> tuple:
    gutter = window.comparison.gutter
    band = next(b for b in gutter.bands() if b.left_y is not None and b.right_y is not None)
    return gutter, band, QPoint(gutter.width() // 2, round((band.left_y + band.right_y) / 2))


def test_a_link_menu_changes_the_relation_and_unlinks_and_delete_unlinks(qtbot, open_main_window):
    window = open_main_window()
    gutter, band, point = _link_point(window)
    menu = _right_click(qtbot, gutter, point)
    assert menu is window.context_menus["link"]
    assert _rows(menu) == ["Change relation…", "Unlink"]
    assert gutter.current_link == band.link_id

    def choose_concedes(dialog) -> None:
        qtbot.keyClick(dialog.relations, Qt.Key.Key_3)
        qtbot.keyClick(dialog.relations, Qt.Key.Key_Return)

    when_modal(qtbot, choose_concedes)
    _row(menu, "Change relation…").trigger()
    _close(qtbot, menu)
    link = next(lk for lk in window.session.snapshot.links if lk.id == band.link_id)
    assert link.relation == "concedes"

    count = len(window.session.snapshot.links)
    gutter, band, point = _link_point(window)
    menu = _right_click(qtbot, gutter, point)
    _row(menu, "Unlink").trigger()
    _close(qtbot, menu)
    assert len(window.session.snapshot.links) == count - 1
    assert band.link_id not in {lk.id for lk in window.session.snapshot.links}
    window.session.undo_stack.undo()
    assert band.link_id in {lk.id for lk in window.session.snapshot.links}

    # A click makes a link current; Delete (the gutter has the focus) unlinks it, undo relinks.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    gutter, band, point = _link_point(window)
    qtbot.mouseClick(gutter, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(gutter.hasFocus)
    assert gutter.current_link == band.link_id
    qtbot.keyClick(gutter, Qt.Key.Key_Delete)
    assert band.link_id not in {lk.id for lk in window.session.snapshot.links}
    window.session.undo_stack.undo()
    assert band.link_id in {lk.id for lk in window.session.snapshot.links}


def _activate(qtbot, window) -> None:  # after a dialog, as a person clicks back into it
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _show(qtbot, window, name: str) -> None:
    window.docks[name].show()
    window.docks[name].raise_()
    qtbot.waitUntil(lambda: not window.docks[name].visibleRegion().isEmpty())


def test_an_evidence_row_menu_and_delete_in_the_library(qtbot, open_main_window):
    window = open_main_window()
    _show(qtbot, window, "evidence")
    library = window.evidence_library
    snapshot = window.session.snapshot
    used = next(
        r
        for r in snapshot.evidence
        if any(a.evidence_id == r.id for c in snapshot.claims for a in c.evidence)
    )
    claim = next(c for c in snapshot.claims if any(a.evidence_id == used.id for a in c.evidence))
    window.comparison.select_claim(claim.id)
    qtbot.waitUntil(lambda: library._claim_id == claim.id)
    row = library.proxy.mapFromSource(library.model.index(library.model.row_of(used.id), 0))
    point = library.table.visualRect(row).center()
    menu = _right_click(qtbot, library.table.viewport(), point)
    assert menu is window.context_menus["evidence"]
    assert _rows(menu) == [
        "Edit evidence record…",
        "Attach to the selected claim…",
        "Detach from the selected claim",
        "Delete evidence record",
    ]
    assert library.selected_evidence() == used.id
    assert not _row(menu, "Attach to the selected claim…").isEnabled()  # attached already
    _row(menu, "Detach from the selected claim").trigger()
    _close(qtbot, menu)
    assert used.id not in {a.evidence_id for a in window.session.snapshot.claim(claim.id).evidence}
    window.session.undo_stack.undo()

    menu = _right_click(qtbot, library.table.viewport(), point)
    opened = []
    when_modal(qtbot, lambda dialog: (opened.append(type(dialog).__name__), dialog.reject()))
    _row(menu, "Edit evidence record…").trigger()
    _close(qtbot, menu)
    assert opened == ["EvidenceDialog"]

    # Delete with the focus in the table: it is attached, so it asks; undo brings it back.
    _activate(qtbot, window)
    library.table.setFocus()
    qtbot.waitUntil(library.table.hasFocus)
    seen: list[str] = []
    _confirm_with(qtbot, "Yes", seen)
    qtbot.keyClick(library.table, Qt.Key.Key_Delete)
    assert len(seen) == 1 and used.title in seen[0]
    assert used.id not in {r.id for r in window.session.snapshot.evidence}
    window.session.undo_stack.undo()
    assert used.id in {r.id for r in window.session.snapshot.evidence}
    assert used.id in {a.evidence_id for a in window.session.snapshot.claim(claim.id).evidence}


def test_a_tag_menu_and_delete_in_the_tag_list(qtbot, open_main_window):
    window = open_main_window()
    _show(qtbot, window, "tags")
    manager = window.tag_manager
    claim = window.session.snapshot.claims_of("allegation")[0]
    window.comparison.select_claim(claim.id)
    qtbot.waitUntil(lambda: manager._claim_id == claim.id)
    tag_id = manager.new_tag("Fresh")
    point = manager.tree.visualRect(manager.model.index_of(tag_id)).center()
    menu = _right_click(qtbot, manager.tree.viewport(), point)
    assert menu is window.context_menus["tag"]
    assert _rows(menu) == [
        "New tag…",
        "New sub-tag…",
        "Rename",
        "Tag the selected claim",
        "Show only claims with this tag",
        "Delete tag",
    ]
    assert not _row(menu, "Tag the selected claim").isChecked()
    _row(menu, "Tag the selected claim").trigger()
    _close(qtbot, menu)
    assert tag_id in window.session.snapshot.claim(claim.id).tag_ids

    menu = _right_click(qtbot, manager.tree.viewport(), point)
    assert _row(menu, "Tag the selected claim").isChecked()
    _row(menu, "Show only claims with this tag").trigger()
    _close(qtbot, menu)
    assert window.comparison.filter.tag_ids == frozenset({tag_id})

    # Delete in the tag list: the tag is used, so it asks; undo puts it back on the claim.
    window.filter_bar.clear()
    manager.select_tag(tag_id)
    _activate(qtbot, window)
    manager.tree.setFocus()
    qtbot.waitUntil(manager.tree.hasFocus)
    seen: list[str] = []
    _confirm_with(qtbot, "Yes", seen)
    qtbot.keyClick(manager.tree, Qt.Key.Key_Delete)
    assert len(seen) == 1 and "Fresh" in seen[0]
    assert tag_id not in {t.id for t in window.session.snapshot.tags}
    window.session.undo_stack.undo()
    assert tag_id in window.session.snapshot.claim(claim.id).tag_ids

    # A tag nobody uses goes at once.
    bare = manager.new_tag("Unused")
    _activate(qtbot, window)
    manager.tree.setFocus()
    qtbot.waitUntil(manager.tree.hasFocus)
    qtbot.keyClick(manager.tree, Qt.Key.Key_Delete)
    assert bare not in {t.id for t in window.session.snapshot.tags}

    # Off any tag, the menu offers only a new tag.
    menu = _right_click(
        qtbot, manager.tree.viewport(), QPoint(5, manager.tree.viewport().height() - 3)
    )
    assert _row(menu, "New tag…").isEnabled()
    assert not _row(menu, "Delete tag").isEnabled()
    _close(qtbot, menu)


def test_the_f1_list_says_where_delete_acts(qtbot, open_main_window):
    window = open_main_window()
    rows = dict((what, keys) for keys, what in window.actions.key_rows())
    assert "Delete claim (in a pane)" in rows
    assert "Unlink (in the links between the panes)" in rows
    assert "Delete evidence record (in the evidence library)" in rows
    assert "Delete tag (in the tag list)" in rows
