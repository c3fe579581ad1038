"""Filters: the index, the presets, and the bar driving the real panes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models import library
from models.store import open_store
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.window.filter_bar import (
    UNANSWERED_ALLEGATIONS,
    UNSUPPORTED_ASSERTIONS,
    ClaimIndex,
    FilterState,
)


def test_index_filters_by_status_text_tag_and_side(store):
    case = library.snapshot(store, library.SEED_SLUG)
    index = ClaimIndex(case)
    assert index.matching("allegation", FilterState()) is None
    unsupported = index.matching("response", UNSUPPORTED_ASSERTIONS)
    assert unsupported == [c.id for c in case.claims_of("response") if c.status == "unsupported"]
    word = "Snowden"
    found = index.matching("response", FilterState(text=word.lower()))
    assert found and all(
        word.lower()
        in " ".join(filter(None, (c.quote, c.paraphrase, c.speaker, c.rationale, c.notes))).lower()
        for c in (case.claim(i) for i in found)
    )
    # A parent tag finds claims tagged with its children.
    parent = next(t for t in case.tags if any(u.parent_id == t.id for u in case.tags))
    children = {t.id for t in case.tags if t.parent_id == parent.id}
    tagged = index.matching("response", FilterState(tag_id=parent.id))
    expected = [
        c.id for c in case.claims_of("response") if set(c.tag_ids) & (children | {parent.id})
    ]
    assert tagged == expected
    # A filter on one side leaves the other pane whole.
    assert index.matching("response", FilterState(text="x", side="allegation")) is None


def test_unanswered_allegations(small_case, tmp_path):
    small_case["links"] = []
    store = open_store(str(tmp_path / "small.db"))
    try:
        case = library.snapshot(store, library.import_data(store, small_case))
    finally:
        store.close()
    index = ClaimIndex(case)
    expected = [c.id for c in case.claims_of("allegation")]
    assert index.matching("allegation", UNANSWERED_ALLEGATIONS) == expected
    assert index.matching("response", UNANSWERED_ALLEGATIONS) is None


def test_filter_bar_presets_narrow_the_panes(qtbot, open_main_window):
    window = open_main_window()
    case = window.session.snapshot
    bar = window.filter_bar
    qtbot.mouseClick(bar.unsupported, Qt.MouseButton.LeftButton)
    for role in ("allegation", "response"):
        model = window.comparison.panes[role].model
        shown = [model.claim_id(r) for r in range(model.rowCount())]
        assert shown == [c.id for c in case.claims_of(role) if c.status == "unsupported"]
    assert "shown" in window.count_labels["response"].text()
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
    qtbot.keyClicks(bar.search, "snowden")
    response = window.comparison.panes["response"].model
    assert 0 < response.rowCount() < len(case.claims_of("response"))
    assert window.comparison.panes["allegation"].model.rowCount() == 0


def test_the_tag_manager_and_inspector_requests_are_wired(qtbot, open_main_window):
    window = open_main_window()
    case = window.session.snapshot
    tag = next(t for t in case.tags if any(t.id in c.tag_ids for c in case.claims))
    window.tag_manager.tagFilterRequested.emit(tag.id)
    assert window.filter_bar.state.tag_id == tag.id
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
    assert not window.filter_bar.state.active


def test_the_index_builds_its_text_on_demand_and_follows_tag_nesting(store):
    from dataclasses import replace

    case = library.snapshot(store, library.SEED_SLUG)
    index = ClaimIndex(case)
    assert not index.prepared  # the counts need no text
    assert index.tally("response")["total"] == len(case.claims_of("response"))
    assert index.matching("response", FilterState(text="snowden"))
    assert index.prepared
    # A tag moved under another: a filter on the new parent finds the moved tag's claims.
    child = next(t for t in case.tags if any(t.id in c.tag_ids for c in case.claims_of("response")))
    parent = next(t for t in case.tags if t.id != child.id and t.parent_id is None)
    tags = tuple(replace(t, parent_id=parent.id) if t.id == child.id else t for t in case.tags)
    moved = replace(case, tags=tags, _index={})
    index.update_tags(moved)
    found = index.matching("response", FilterState(tag_id=parent.id))
    assert {c.id for c in case.claims_of("response") if child.id in c.tag_ids} <= set(found)


def test_the_window_builds_the_filter_index_after_the_first_paint(qtbot, open_main_window):
    window = open_main_window()
    qtbot.waitUntil(lambda: window.comparison.index.prepared)
