"""Empty states guide (issue 13, point 11): an empty case says in each pane how to add a source
and make claims; a filter that leaves nothing says so and offers "Clear filter"; an empty tag
list says how to add one. On the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from models.case_edits import create_case
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)


def _new_empty_case(window) -> str:
    slug, _change = create_case(
        window.store,
        title="An empty case",
        slug="empty-case",
        description="",
        allegation_party="The ministry",
        allegation_description="",
        response_party="The vendor",
        response_description="",
        author="Tester",
    )
    assert window.open_case(slug)
    return slug


def _show(qtbot, window, name: str) -> None:
    window.docks[name].show()
    window.docks[name].raise_()
    qtbot.waitUntil(lambda: not window.docks[name].visibleRegion().isEmpty())


def test_an_empty_case_says_in_each_pane_how_to_add_a_source_and_make_claims(
    qtbot, open_main_window
):
    window = open_main_window()
    _new_empty_case(window)
    for role, button in (
        ("allegation", "New allegation claim"),
        ("response", "New response claim"),
    ):
        state = window.comparison.panes[role].empty_state
        qtbot.waitUntil(state.isVisible)
        assert "Add source" in state.text() and button in state.text()
        assert not state.button.isVisible()  # nothing to clear
        # It covers the list's viewport, not the header.
        assert state.geometry() == window.comparison.view(role).viewport().rect()
    assert "Add source" in window.inspector._empty.text()
    _show(qtbot, window, "source")
    placeholder = window.source_view.editor.placeholderText()
    assert "Add source" in placeholder and "Paste text as source" in placeholder
    assert window.source_view.editor.document().isEmpty()
    _show(qtbot, window, "evidence")
    assert "No evidence records yet" in window.evidence_library.empty_state.text()
    _show(qtbot, window, "tags")
    tags = window.tag_manager.empty_state
    assert tags.isVisible() and "New tag" in tags.text()
    assert tags.button.isVisible() and tags.button.text() == "New tag…"

    # The first tag made: the tag list's message goes.
    window.tag_manager.new_tag("Theme")
    qtbot.waitUntil(lambda: not tags.isVisible())


def test_the_seeded_case_shows_no_empty_state(qtbot, open_main_window):
    window = open_main_window()
    for role in ("allegation", "response"):
        assert not window.comparison.panes[role].empty_state.isVisible()
    assert window.tag_manager.empty_state.isHidden()
    assert window.evidence_library.empty_state.isHidden()


def test_a_filter_with_no_result_says_so_and_clears_with_one_click(qtbot, open_main_window):
    window = open_main_window()
    pane = window.comparison.panes["allegation"]
    qtbot.keyClicks(window.filter_bar.search, "qqzzxx-no-such-words")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0)
    state = pane.empty_state
    qtbot.waitUntil(state.isVisible)
    assert state.text() == "No claim on this side matches the filter."
    assert state.button.isVisible() and state.button.text() == "Clear filter"
    qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.model.rowCount() == pane.model.total())
    assert not state.isVisible()
    assert window.filter_bar.search.text() == ""
    assert window.comparison.filter.is_empty


def test_an_evidence_filter_with_no_result_offers_to_clear_it(qtbot, open_main_window):
    window = open_main_window()
    _show(qtbot, window, "evidence")
    library = window.evidence_library
    library.filter.setText("qqzzxx-no-such-record")
    qtbot.waitUntil(lambda: library.proxy.rowCount() == 0)
    assert "No evidence record matches" in library.empty_state.text()
    qtbot.mouseClick(library.empty_state.button, Qt.MouseButton.LeftButton)
    assert library.filter.text() == ""
    qtbot.waitUntil(lambda: library.empty_state.isHidden())
