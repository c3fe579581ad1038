"""The filter bar driving the real panes: presets, typing, the tag manager's request."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)


def test_filter_bar_presets_narrow_the_panes(qtbot, open_main_window):
    window = open_main_window()
    case = window.session.snapshot
    bar = window.filter_bar
    qtbot.mouseClick(bar.unsupported, Qt.MouseButton.LeftButton)
    for role in ("allegation", "response"):
        model = window.comparison.panes[role].model
        shown = [model.claim_id(r) for r in range(model.rowCount())]
        assert shown == [c.id for c in case.claims_of(role) if c.status == "unsupported"]
    assert "shown" in window.count_labels["response"].message()
    qtbot.mouseClick(bar.unsupported, Qt.MouseButton.LeftButton)  # off again
    assert window.comparison.panes["response"].model.rowCount() == len(case.claims_of("response"))

    qtbot.mouseClick(bar.unanswered, Qt.MouseButton.LeftButton)
    assert bar.unanswered.isChecked() and not bar.unsupported.isChecked()
    model = window.comparison.panes["allegation"].model
    assert model.rowCount() == sum(
        1 for c in case.claims_of("allegation") if not case.links_of(c.id)
    )

    bar.clear()
    qtbot.keyClick(
        window.comparison.view("allegation"), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    with qtbot.waitSignal(bar.filterChanged):  # once typing settles
        qtbot.keyClicks(bar.search, "snowden")
    response = window.comparison.panes["response"].model
    assert 0 < response.rowCount() < len(case.claims_of("response"))
    assert window.comparison.panes["allegation"].model.rowCount() == 0


def test_the_tag_manager_and_inspector_requests_are_wired(qtbot, open_main_window):
    window = open_main_window()
    case = window.session.snapshot
    tag = next(t for t in case.tags if any(t.id in c.tag_ids for c in case.claims))
    window.tag_manager.tagFilterRequested.emit(tag.id)
    assert window.filter_bar.state.tag_ids == {tag.id}
    shown = window.comparison.panes["response"].model
    assert all(
        tag.id in case.claim(shown.claim_id(r)).tag_ids
        or any(case.tag(t).parent_id == tag.id for t in case.claim(shown.claim_id(r)).tag_ids)
        for r in range(shown.rowCount())
    )
    # A claim the filter hides, chosen in the inspector, clears the filter and is selected.
    hidden = next(c for c in case.claims_of("response") if shown.row_of(c.id) < 0)
    window.inspector.claimActivated.emit(hidden.id)
    assert window.comparison.view("response").current_claim() == hidden.id
    assert window.filter_bar.state.is_empty


def test_the_window_builds_the_filter_index_after_the_first_paint(qtbot, open_main_window):
    window = open_main_window()
    qtbot.waitUntil(lambda: window.comparison.index.prepared)
