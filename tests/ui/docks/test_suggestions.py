"""The Suggestions panel: the current allegation's likely answers; Enter links, Delete dismisses."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.own_case_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.own_case_fixtures import needs_domain
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.docks.suggestions import SuggestedLink, SuggestionModel


def _panel(window, allegation_index=0):
    window.docks["suggestions"].show()
    window.docks["suggestions"].raise_()
    allegation = window.session.snapshot.claims_of("allegation")[allegation_index]
    window.comparison.select_claim(allegation.id)
    panel = window.suggestions
    panel_view = panel.view
    panel_view.setFocus()
    return allegation, panel


def _rows(panel):
    return [panel.model.row_at(r) for r in range(panel.model.rowCount())]


def test_the_panel_ranks_answers_to_the_selected_allegation(qtbot, open_main_window, dismissals):
    window = open_main_window()
    allegation, panel = _panel(window)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    snapshot = window.session.snapshot
    linked = {link.response_id for link in snapshot.links_of(allegation.id)}
    rows = _rows(panel)
    assert all(snapshot.claim(r.response_id).role == "response" for r in rows)
    assert not linked & {r.response_id for r in rows}  # a link already made is not suggested
    text = panel.model.data(panel.model.index(0), Qt.ItemDataRole.DisplayRole)
    assert "suggested" in text and rows[0].response_key in text
    assert allegation.key in panel.about.text()
    # A response claim selected: nothing to suggest.
    window.comparison.select_claim(snapshot.claims_of("response")[0].id)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)


def test_enter_links_the_suggestion_and_undo_takes_it_back(qtbot, open_main_window, dismissals):
    window = open_main_window()
    allegation, panel = _panel(window)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    first = _rows(panel)[0]
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    links = window.session.snapshot.links_of(allegation.id)
    made = [link for link in links if link.response_id == first.response_id]
    assert made and made[0].relation == first.relation
    qtbot.waitUntil(lambda: first.response_id not in {r.response_id for r in _rows(panel)})
    window.session.undo_stack.undo()
    assert first.response_id not in {
        link.response_id for link in window.session.snapshot.links_of(allegation.id)
    }
    qtbot.waitUntil(lambda: first.response_id in {r.response_id for r in _rows(panel)})


@needs_domain
def test_delete_dismisses_for_good(qtbot, open_main_window, db_path):
    window = open_main_window()
    allegation, panel = _panel(window)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    first = _rows(panel)[0]
    claims = len(window.session.snapshot.claims)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: first.response_id not in {r.response_id for r in _rows(panel)})
    assert len(window.session.snapshot.claims) == claims  # Delete here deletes no claim
    window.close()
    window.store.close()
    again = open_main_window()
    _allegation, panel = _panel(again)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    assert first.response_id not in {r.response_id for r in _rows(panel)}


def test_the_model_passes_the_model_tester(qtmodeltester):
    model = SuggestionModel()
    model.set_rows([SuggestedLink(1, 2, "R1", "a <b>quote</b>", 0.5, "denies")])
    qtmodeltester.check(model)


@needs_domain
def test_following_the_selection_reads_the_dismissals_once_until_an_edit(
    qtbot, open_main_window, monkeypatch
):
    from ui.docks import suggestions

    window = open_main_window()
    reads = []
    read = suggestions.dismissed_pairs
    monkeypatch.setattr(suggestions, "dismissed_pairs", lambda s: reads.append(1) or read(s))
    _allegation, panel = _panel(window)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    allegations = window.session.snapshot.claims_of("allegation")
    for other in allegations[1:4]:  # the store is not asked again on each selection
        window.comparison.select_claim(other.id)
        qtbot.waitUntil(lambda o=other: panel.allegation_id == o.id)
    assert len(reads) == 1
    first = _rows(panel)[0]
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)  # an edit: the dismissals are read again
    qtbot.waitUntil(lambda: first.response_id not in {r.response_id for r in _rows(panel)})
    assert len(reads) == 2
