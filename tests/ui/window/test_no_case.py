"""No case, or a case without sources: nothing of the case shown before stays on screen, in any
dock (the last case deleted; another case opened)."""

from __future__ import annotations

from models import case_edits
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)


def _show_dock(qtbot, window, name: str) -> None:
    window.docks[name].show()
    window.docks[name].raise_()
    qtbot.waitUntil(window.docks[name].isVisible)


def _source_shown(qtbot, window) -> str:
    _show_dock(qtbot, window, "source")
    qtbot.waitUntil(lambda: window.source_view.editor.toPlainText() != "")
    return window.source_view.editor.toPlainText()


def test_after_the_last_case_is_deleted_no_dock_shows_it(qtbot, open_main_window):
    window = open_main_window()
    assert _source_shown(qtbot, window)
    assert window.evidence_library.model.rowCount() and window.tag_manager.model.rowCount()
    window.case_work.delete_case(confirmed=True)  # the seed is the store's only case
    assert window.session.snapshot is None
    for name in ("evidence", "tags", "inspector"):
        _show_dock(qtbot, window, name)
    assert window.evidence_library.model.rowCount() == 0
    assert not window.evidence_library.new_button.isEnabled()  # no case to hold a record
    assert window.tag_manager.model.rowCount() == 0
    assert window.inspector.claim_id is None
    _show_dock(qtbot, window, "source")
    view = window.source_view
    assert view.source_id is None and view.editor.toPlainText() == ""
    assert view.editor.placeholderText().startswith("No source yet")
    assert window.comparison.view("allegation").model().rowCount() == 0
    assert window.filter_bar.tag.count() == 1  # "Any tag" only
    assert window.session.undo_stack.count() == 0


def test_a_case_without_sources_does_not_show_the_last_cases_text(qtbot, open_main_window):
    window = open_main_window()
    shown = _source_shown(qtbot, window)
    slug, _change = case_edits.create_case(
        window.store, title="A case of my own", allegation_party="A", response_party="B"
    )
    window.open_case(slug)
    assert window.session.snapshot.slug == slug
    view = window.source_view
    assert view.source_id is None
    assert shown[:40] not in view.editor.toPlainText()
    assert view.editor.toPlainText() == "" and view._chooser.count() == 0
