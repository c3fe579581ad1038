"""A colleague's edit on the same store, met in the real window: the conflict dialog and History.

The colleague is a second store on the same SQLite file (another analyst's window), writing
after this window read the case; every choice of the dialog does what it says.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from models import feed, library
from models.operations import set_assessment
from models.store import open_store
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.window_fixtures import when_modal
from ui.common.labels import word
from ui.dialogs.conflict import ConflictDialog


def _colleague_writes(db_path, claim_id, **values):
    colleague = open_store(str(db_path))
    try:
        set_assessment(colleague, claim_id, author="Colleague", **values)
    finally:
        colleague.close()


def _type_rationale(qtbot, window, text):
    editor = window.inspector.rationale
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _stored(db_path, claim_id):
    store = open_store(str(db_path))
    try:
        return library.snapshot(store, library.SEED_SLUG).claim(claim_id)
    finally:
        store.close()


def _answer(qtbot, seen, choose):
    def act(dialog):
        assert isinstance(dialog, ConflictDialog)
        seen.append(
            {f: (dialog.theirs[f].toPlainText(), dialog.mine[f].toPlainText()) for f in dialog.mine}
        )
        choose(dialog)

    when_modal(qtbot, act)


def test_keep_theirs_writes_nothing_and_shows_theirs(qtbot, open_main_window, db_path):
    window = open_main_window()
    claim_id = window.inspector.claim_id
    _colleague_writes(db_path, claim_id, rationale="Their reading.")
    seen = []
    _answer(qtbot, seen, lambda d: d.keep_theirs.click())
    _type_rationale(qtbot, window, "My reading.")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == {"rationale": ("Their reading.", "My reading.")}
    qtbot.waitUntil(lambda: window.inspector.rationale.toPlainText() == "Their reading.")
    assert not window.inspector.rationale.is_not_saved()
    assert window.session.snapshot.claim(claim_id).rationale == "Their reading."
    assert _stored(db_path, claim_id).rationale == "Their reading."
    assert window.session.undo_stack.count() == 0  # nothing was done, so nothing to undo


def test_apply_mine_writes_over_theirs_and_undo_puts_theirs_back(qtbot, open_main_window, db_path):
    window = open_main_window()
    claim_id = window.inspector.claim_id
    _colleague_writes(db_path, claim_id, rationale="Their reading.")
    seen = []
    _answer(qtbot, seen, lambda d: d.apply_mine.click())
    _type_rationale(qtbot, window, "My reading.")
    qtbot.waitUntil(lambda: _stored(db_path, claim_id).rationale == "My reading.")
    assert seen[0] == {"rationale": ("Their reading.", "My reading.")}
    assert not window.inspector.rationale.is_not_saved()
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: _stored(db_path, claim_id).rationale == "Their reading.")


def test_apply_the_merge_writes_the_edited_text(qtbot, open_main_window, db_path):
    window = open_main_window()
    claim_id = window.inspector.claim_id
    _colleague_writes(db_path, claim_id, rationale="Their reading.")
    seen = []

    def merge(dialog):
        dialog.merge["rationale"].setPlainText("Both readings, merged.")
        dialog.apply_merge.click()

    _answer(qtbot, seen, merge)
    _type_rationale(qtbot, window, "My reading.")
    qtbot.waitUntil(lambda: _stored(db_path, claim_id).rationale == "Both readings, merged.")
    qtbot.waitUntil(lambda: window.inspector.rationale.toPlainText() == "Both readings, merged.")
    assert not window.inspector.rationale.is_not_saved()


def test_a_status_conflict_shows_both_statuses(qtbot, open_main_window, db_path):
    window = open_main_window()
    claim_id = window.inspector.claim_id
    _colleague_writes(db_path, claim_id, status="disputed")
    seen = []
    _answer(qtbot, seen, lambda d: d.apply_mine.click())
    window.mark_current("supported")
    qtbot.waitUntil(lambda: _stored(db_path, claim_id).status == "supported")
    assert seen[0] == {"status": ("Disputed", "Supported")}


def test_undo_after_a_colleagues_change_is_refused_and_changes_nothing(
    qtbot, open_main_window, db_path
):
    window = open_main_window()
    claim_id = window.inspector.claim_id
    window.mark_current("supported")
    assert window.session.undo_stack.count() == 1
    _colleague_writes(db_path, claim_id, status="unverifiable")
    window.actions.undo.trigger()
    qtbot.waitUntil(lambda: "Colleague changed it" in window.session.last_refusal)
    assert _stored(db_path, claim_id).status == "unverifiable"
    assert window.session.snapshot.claim(claim_id).status == "unverifiable"
    assert "no longer possible" in window.session.undo_stack.text(0)
    window.actions.redo.trigger()  # a step that does nothing, both ways
    assert _stored(db_path, claim_id).status == "unverifiable"


def test_the_inspector_and_the_case_history_show_the_steps(qtbot, open_main_window, db_path):
    window = open_main_window()
    claim_id = window.inspector.claim_id
    claim = window.session.snapshot.claim(claim_id)
    key, was = claim.key, word(claim.status)
    assert claim.status != "unverifiable"
    window.mark_current("unverifiable")
    _type_rationale(qtbot, window, "No proof <b>offered</b>.")
    qtbot.waitUntil(lambda: window.session.snapshot.claim(claim_id).rationale.startswith("No"))
    _colleague_writes(db_path, claim_id, status="disputed")

    inspector = window.inspector
    inspector.history_toggle.click()
    qtbot.waitUntil(lambda: inspector.claim_history.isVisible())
    lines = [inspector.claim_history.item(i).text() for i in range(inspector.claim_history.count())]
    assert f"Colleague assessed {key}: status Unverifiable → Disputed" in lines[0]
    assert f"Tester assessed {key}: rationale" in lines[1]
    assert "“No proof <b>offered</b>.”" in lines[1]  # plain text, as typed
    assert f"Tester assessed {key}: status {was} → Unverifiable" in lines[2]

    history = window.show_case_history()
    assert window.docks["case_history"].isVisible()
    texts = [history.events.item(i).text() for i in range(history.events.count())]
    assert texts[:3] == lines[:3]
    history.set_filter(author="Colleague")
    assert history.events.count() == 1
    # An edit made now appears at the top, read from the feed after the last event shown.
    history.set_filter()
    # (This window has not seen the colleague's status yet: the conflict is answered first.)
    _answer(qtbot, [], lambda d: d.apply_mine.click())
    window.mark_current("supported")
    qtbot.waitUntil(lambda: "→ Supported" in history.events.item(0).text())
    store_events = feed.case_history(window.store, window.session.snapshot.id)
    assert history.events.count() == len(store_events)
