"""One owner of the selection: the docks and the status bar follow the claim and record chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models import library
from models import operations as ops
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.common.labels import word


def _stored(window):
    """The case as the store holds it (not the window's snapshot)."""
    return library.snapshot(window.store, window.session.slug)


def _raise(qtbot, window, name, widget):
    window.docks[name].show()
    window.docks[name].raise_()
    qtbot.waitUntil(lambda: widget.isVisible() and not widget.visibleRegion().isEmpty())


def _click_row(qtbot, view, index):
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click_action(qtbot, toolbar, action):
    qtbot.waitUntil(action.isEnabled)
    qtbot.mouseClick(toolbar.widgetForAction(action), Qt.MouseButton.LeftButton)


def test_tag_the_selected_claim_and_evidence_from_the_tag_manager(qtbot, open_main_window):
    window = open_main_window()
    tags, library_dock = window.tag_manager, window.evidence_library
    case = window.session.snapshot
    tag = case.tags[-1]
    claim = next(c for c in case.claims_of("response") if tag.id not in c.tag_ids)
    record = next(e for e in case.evidence if tag.id not in e.tag_ids)

    # A claim chosen in its pane, a tag chosen in the tag manager: "Tag the claim" tags it.
    pane = window.comparison.view("response")
    _click_row(qtbot, pane, pane.claims.index_of(claim.id))
    assert window.session.selection.claim_id == claim.id
    _raise(qtbot, window, "tags", tags)
    _click_row(qtbot, tags.tree, tags.model.index_of(tag.id))
    _click_action(qtbot, tags.toolbar, tags.claim_action)
    assert tag.id in _stored(window).claim(claim.id).tag_ids
    assert tags.claim_action.isChecked()

    # An evidence record chosen in the library: "Tag the evidence record" tags it.
    assert not tags.evidence_action.isEnabled()
    _raise(qtbot, window, "evidence", library_dock)
    row = library_dock.model.row_of(record.id)
    _click_row(
        qtbot,
        library_dock.table,
        library_dock.proxy.mapFromSource(library_dock.model.index(row, 1)),
    )
    assert window.session.selection.evidence_id == record.id
    _raise(qtbot, window, "tags", tags)
    assert tags.selected_tag() == tag.id
    _click_action(qtbot, tags.toolbar, tags.evidence_action)
    stored = _stored(window)
    assert tag.id in stored.evidence_record(record.id).tag_ids
    assert tag.id in stored.claim(claim.id).tag_ids

    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    stored = _stored(window)
    assert tag.id not in stored.evidence_record(record.id).tag_ids
    assert tag.id not in stored.claim(claim.id).tag_ids


def test_the_status_bar_and_the_source_follow_the_selected_claim(qtbot, open_main_window):
    window = open_main_window()
    left = window.comparison.view("allegation")
    _raise(qtbot, window, "source", window.source_view)
    qtbot.keyClick(left, Qt.Key.Key_Down)
    claim = window.session.snapshot.claim(left.current_claim())
    qtbot.waitUntil(lambda: window.selection_label.text().startswith(claim.key))
    qtbot.waitUntil(lambda: window.source_view._current == claim.id)
    qtbot.keyClick(left, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: window.selection_label.text().endswith(word("unsupported")))


def _mark_by_key(qtbot, window, claim_id):
    pane = window.comparison.view(window.session.snapshot.claim(claim_id).role)
    window.comparison.select_claim(claim_id)
    qtbot.keyClick(pane, Qt.Key.Key_U)


def _mark_in_inspector(qtbot, window, claim_id):
    window.comparison.select_claim(claim_id)
    qtbot.waitUntil(lambda: window.inspector.claim_id == claim_id)
    button = next(
        b
        for b in window.inspector.status_buttons.buttons()
        if b.property("status") == "unsupported"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_pane_key_and_the_inspector_button_are_one_command(qtbot, open_main_window):
    window = open_main_window()
    stack = window.session.undo_stack
    case = window.session.snapshot
    claim = next(c for c in case.claims if c.status not in ("unsupported", "unassessed"))
    results = []
    for mark in (_mark_by_key, _mark_in_inspector):
        mark(qtbot, window, claim.id)
        assert _stored(window).claim(claim.id).status == "unsupported"
        label = stack.undoText()
        # Someone else writes the rationale meanwhile; the undo of a status leaves it alone.
        ops.set_assessment(window.store, claim.id, rationale=f"Theirs {len(results)}")
        stack.undo()
        after = _stored(window).claim(claim.id)
        results.append((label, after.status, after.assessed_by))
        assert after.rationale == f"Theirs {len(results) - 1}"
    assert results[0] == results[1]
    assert results[0][1:] == (claim.status, claim.assessed_by)
