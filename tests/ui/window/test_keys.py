"""Keyboard: walking, following links, status keys, linking with L, shortcuts help."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.window_fixtures import when_modal
from ui.dialogs.relation_dialog import LinkDialog
from ui.dialogs.shortcuts import ShortcutsDialog
from ui.panes.pane_model import Role
from ui.window.actions import ActionRow, key_sequences, pane_keys, window_table


def _reactivate(qtbot, window):
    # Offscreen, a closed modal dialog does not hand the activation back by itself.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_status_keys_mark_at_once_and_keep_the_focus(qtbot, open_main_window):
    window = open_main_window()
    left = window.comparison.view("allegation")
    claim_id = left.current_claim()
    for key, status in (
        (Qt.Key.Key_S, "supported"),
        (Qt.Key.Key_D, "disputed"),
        (Qt.Key.Key_U, "unsupported"),
    ):
        qtbot.keyClick(left, key)
        assert window.session.snapshot.claim(claim_id).status == status
        assert left.currentIndex().data(Role.STATUS) == status
        assert QApplication.focusWidget() is left
        assert QApplication.activeModalWidget() is None
    assert window.session.undo_stack.count() >= 2


def test_up_down_stay_in_the_pane_and_ctrl_digits_switch_panes(qtbot, open_main_window):
    window = open_main_window()
    left, right = window.comparison.view("allegation"), window.comparison.view("response")
    ids = [c.id for c in window.session.snapshot.claims_of("allegation")]
    qtbot.keyClick(left, Qt.Key.Key_Down)
    qtbot.keyClick(left, Qt.Key.Key_Down)
    assert left.current_claim() == ids[2]
    qtbot.keyClick(left, Qt.Key.Key_Up)
    assert left.current_claim() == ids[1]
    qtbot.keyClick(left, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is right
    qtbot.keyClick(right, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is left


def test_tab_from_the_response_side_goes_back_to_the_allegation(qtbot, open_main_window):
    window = open_main_window()
    left, right = window.comparison.view("allegation"), window.comparison.view("response")
    case = window.session.snapshot
    qtbot.keyClick(left, Qt.Key.Key_Tab)
    response_id = right.current_claim()
    qtbot.keyClick(right, Qt.Key.Key_Tab)
    assert left.current_claim() in {lk.allegation_id for lk in case.links_of(response_id)}
    assert QApplication.focusWidget() is left


def test_l_links_changes_relation_and_unlinks(qtbot, open_main_window):
    window = open_main_window()
    left, right = window.comparison.view("allegation"), window.comparison.view("response")
    case = window.session.snapshot
    allegation = left.current_claim()
    linked = {lk.response_id for lk in case.links_of(allegation)}
    free = next(c.id for c in case.claims_of("response") if c.id not in linked)
    right.scrollTo(right.model().index_of(free))
    qtbot.mouseClick(
        right.viewport(),
        Qt.MouseButton.LeftButton,
        pos=right.visualRect(right.model().index_of(free)).center(),
    )
    assert right.current_claim() == free and left.current_claim() == allegation
    links_before = len(case.links)

    # L, then 2 (rebuts), then Enter.
    def choose_rebuts(dialog):
        assert isinstance(dialog, LinkDialog) and dialog.unlink_button is None
        qtbot.keyClick(dialog.relations, Qt.Key.Key_2)
        qtbot.keyClick(dialog.relations, Qt.Key.Key_Return)

    when_modal(qtbot, choose_rebuts)
    qtbot.keyClick(right, Qt.Key.Key_L)
    link = next(lk for lk in window.session.snapshot.links_of(allegation) if lk.response_id == free)
    assert link.relation == "rebuts"
    assert len(window.session.snapshot.links) == links_before + 1
    assert right.currentIndex().data(Role.LINK_COUNT) >= 1
    # The active pane is the response pane now: its new partner is emphasised on the left.
    assert allegation in window.comparison.panes["allegation"].model.emphasised()
    _reactivate(qtbot, window)

    # L again on the same pair: change the relation to concedes (3).
    def choose_concedes(dialog):
        assert dialog.unlink_button is not None
        qtbot.keyClick(dialog.relations, Qt.Key.Key_3)
        qtbot.keyClick(dialog.relations, Qt.Key.Key_Return)

    when_modal(qtbot, choose_concedes)
    qtbot.keyClick(right, Qt.Key.Key_L)
    link = next(lk for lk in window.session.snapshot.links_of(allegation) if lk.response_id == free)
    assert link.relation == "concedes"
    _reactivate(qtbot, window)

    # And once more: Delete unlinks.
    when_modal(qtbot, lambda dialog: qtbot.keyClick(dialog.relations, Qt.Key.Key_Delete))
    qtbot.keyClick(right, Qt.Key.Key_L)
    assert all(lk.response_id != free for lk in window.session.snapshot.links_of(allegation))
    _reactivate(qtbot, window)

    # Undo three times: back to the original links; the gutter follows.
    for _ in range(3):
        qtbot.keyClick(left, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.session.snapshot.links) == links_before
    assert all(b.relation for b in window.comparison.gutter.bands())


def test_f1_lists_every_shortcut(qtbot, open_main_window):
    window = open_main_window()
    seen = {}

    def read(dialog):
        assert isinstance(dialog, ShortcutsDialog)
        seen["rows"] = dialog.rows()
        dialog.reject()

    when_modal(qtbot, read)
    qtbot.keyClick(window.comparison.view("allegation"), Qt.Key.Key_F1)
    keys = {k for k, _what in seen["rows"]}
    for expected in ("U", "S", "D", "L", "Ctrl+Z", "Ctrl+Q", "F1", "F5", "Tab", "Up / Down"):
        assert any(expected in k for k in keys), expected


def test_f1_lists_every_action_s_keys_and_every_pane_key_of_the_real_window(
    qtbot, open_main_window
):
    window = open_main_window()
    seen = {}

    def read(dialog):
        seen["rows"] = dialog.rows()
        dialog.reject()

    when_modal(qtbot, read)
    window.menus["help"].actions()[0].trigger()  # Help → Keyboard shortcuts, as a click does
    rows = seen["rows"]
    listed = {k for keys, _what in rows for k in keys.split(", ")}
    bound = {
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for action in {*QWidget.actions(window), *window.findChildren(QAction)}
        for key in action.shortcuts()
        if not key.isEmpty()
    }
    assert bound and bound <= listed, bound - listed
    for key in pane_keys():
        assert (key.keys, key.what) in rows
    assert len(rows) == len(set(rows))


def test_the_menus_and_the_toolbar_hold_what_the_table_places_there(open_main_window):
    window = open_main_window()
    rows = [r for r in window_table() if isinstance(r, ActionRow)]
    for row in rows:
        action = getattr(window.actions, row.name)
        for menu, _section in row.menus:
            assert action in window.menus[menu].actions(), (row.name, menu)
        for menu, _section in row.context:
            assert action in window.context_menus[menu].actions(), (row.name, menu)
        # A row's keys are its action's shortcuts, or (`within`) filtered in its widgets only.
        keys = [] if row.within else key_sequences(row.keys)
        assert action.shortcuts() == keys, row.name
    on_toolbar = [a for a in window.toolbar.actions() if not a.isSeparator()]
    placed = sorted((r.toolbar, r.name) for r in rows if r.toolbar is not None)
    assert on_toolbar == [getattr(window.actions, name) for _pos, name in placed]


def test_selecting_scrolls_the_linked_claims_into_view(qtbot, open_main_window):
    window = open_main_window()
    left, right = window.comparison.view("allegation"), window.comparison.view("response")
    case = window.session.snapshot
    right.scrollToBottom()
    for claim in case.claims_of("allegation"):
        qtbot.mouseClick(
            left.viewport(),
            Qt.MouseButton.LeftButton,
            pos=left.visualRect(left.claims.index_of(claim.id)).center(),
        )
        assert left.current_claim() == claim.id
        first = window.comparison.linked_claims("allegation", claim.id)[0]
        rect = right.visualRect(right.claims.index_of(first))
        assert right.viewport().rect().intersects(rect), claim.key


def test_open_case_and_history_from_the_menus(qtbot, open_main_window, small_case):
    from models import library

    window = open_main_window()
    slug = library.import_data(window.store, small_case)

    def pick(dialog):
        items = [dialog.list.item(i) for i in range(dialog.list.count())]
        dialog.list.setCurrentItem(
            next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == slug)
        )
        dialog.accept()

    when_modal(qtbot, pick)
    window.actions.open_case.trigger()
    assert window.session.slug == slug
    assert window.comparison.view("allegation").current_claim() is not None
    _reactivate(qtbot, window)
    qtbot.keyClick(window.comparison.view("allegation"), Qt.Key.Key_S)
    window.actions.history.trigger()
    assert window.docks["history"].isVisible()
    assert window.history.stack().count() == 1
