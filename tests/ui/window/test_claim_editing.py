"""Editing claims from the window: Delete in a pane, and the Case menu's claim edits."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.own_case_fixtures import needs_domain
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.window_fixtures import when_modal


def _select(window, role, index=0):
    claim = window.session.snapshot.claims_of(role)[index]
    window.comparison.select_claim(claim.id)
    return claim


def test_delete_in_a_pane_deletes_the_claim_and_undo_brings_it_back(qtbot, open_main_window):
    window = open_main_window()
    claim = _select(window, "allegation")
    links = len(window.session.snapshot.links_of(claim.id))
    assert links
    asked = []

    def confirm(box) -> None:  # it takes links with it: asked first
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Delete claim").click()

    when_modal(qtbot, confirm)
    qtbot.keyClick(window.comparison.view("allegation"), Qt.Key.Key_Delete)
    assert asked == [f"Delete {claim.key}?"]
    assert claim.id not in {c.id for c in window.session.snapshot.claims}
    window.session.undo_stack.undo()
    assert claim.id in {c.id for c in window.session.snapshot.claims}
    assert len(window.session.snapshot.links_of(claim.id)) == links


def test_delete_in_a_text_field_deletes_no_claim(qtbot, open_main_window):
    window = open_main_window()
    _select(window, "allegation")
    count = len(window.session.snapshot.claims)
    window.filter_bar.search.setFocus()
    qtbot.keyClicks(window.filter_bar.search, "ab")
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Delete)
    assert len(window.session.snapshot.claims) == count


@needs_domain
def test_move_to_the_other_side_warns_and_removes_links(qtbot, open_main_window):
    window = open_main_window()
    claim = _select(window, "allegation")
    seen = []

    def answer(box):
        seen.append(box.informativeText())
        next(b for b in box.buttons() if "Move" in b.text()).click()

    when_modal(qtbot, answer)
    window.actions.move_claim.trigger()
    assert seen and "links" in seen[0]
    moved = window.session.snapshot.claim(claim.id)
    assert moved.role == "response" and not window.session.snapshot.links_of(claim.id)


@needs_domain
def test_merge_with_next_and_split_at_cursor(qtbot, open_main_window):
    window = open_main_window()
    first = _select(window, "response")
    second = window.session.snapshot.claims_of("response")[1]
    count = len(window.session.snapshot.claims)
    window.actions.merge_claims.trigger()
    assert len(window.session.snapshot.claims) == count - 1
    merged = next(
        c for c in window.session.snapshot.claims if c.start == min(first.start, second.start)
    )
    assert (
        merged.quote
        == window.session.snapshot.source(merged.source_id).text[merged.start : merged.end]
    )
    window.session.undo_stack.undo()
    assert len(window.session.snapshot.claims) == count


@needs_domain
def test_delete_source_names_how_many_claims(qtbot, open_main_window):
    window = open_main_window()
    window.docks["source"].show()
    window.docks["source"].raise_()
    _select(window, "allegation")
    view = window.source_view
    qtbot.waitUntil(lambda: view.source_id is not None and not view.is_pending())
    count = sum(1 for c in window.session.snapshot.claims if c.source_id == view.source_id)
    seen = []

    def answer(box):
        seen.append(box.informativeText())
        box.reject()

    when_modal(qtbot, answer)
    window.actions.delete_source.trigger()
    assert seen and str(count) in seen[0]
    assert view.source_id in {s.id for s in window.session.snapshot.sources}
