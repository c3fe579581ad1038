"""CaseSession on a bare undo stack: refusals keep the history, refreshes stay partial."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from models import evidence_edits, library, tag_edits
from models.store import StoreError


def _create_tag(session, name):
    case_id = session.snapshot.id
    return session.perform(
        "New tag",
        lambda store, author: tag_edits.create_tag(store, case_id, name, "#336699", author=author)[
            1
        ],
    )


def test_a_refused_new_edit_keeps_the_undo_history(session, qtbot):
    assert _create_tag(session, "Framing")
    assert session.undo_stack.count() == 1
    with qtbot.waitSignal(session.editFailed):
        assert not _create_tag(session, "framing")  # the same name: refused at once
    QApplication.processEvents()  # a deferred clear would have run by now
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert "Framing" not in {t.name for t in session.snapshot.tags}


def _tag_names(session):
    return {t.name for t in session.snapshot.tags}


def test_a_refused_undo_or_redo_keeps_the_history_to_retry(session, locked_store, qtbot):
    stack = session.undo_stack
    assert _create_tag(session, "Framing") and _create_tag(session, "Motive")
    locked_store.hold()
    with qtbot.waitSignal(session.editFailed) as failed:
        stack.undo()
    assert "not undone" in failed.args[0] and "locked" in failed.args[0]
    QApplication.processEvents()  # a deferred clear of the history would have run by now
    assert (stack.count(), stack.index()) == (2, 2)  # "Motive" is still done, in its place
    assert {"Framing", "Motive"} <= _tag_names(session)
    assert {"Framing", "Motive"} <= {t["name"] for t in _export(session)["tags"]}
    locked_store.release()
    stack.undo()  # the retry works, and so does the one before it
    assert stack.index() == 1 and "Motive" not in _tag_names(session)
    stack.undo()
    assert stack.index() == 0 and "Framing" not in _tag_names(session)

    locked_store.hold()
    with qtbot.waitSignal(session.editFailed) as failed:
        stack.redo()
    assert "not redone" in failed.args[0]
    assert (stack.count(), stack.index()) == (2, 0)
    assert "Framing" not in {t["name"] for t in _export(session)["tags"]}
    locked_store.release()
    stack.redo()
    assert stack.index() == 1 and "Framing" in _tag_names(session)


def test_a_refused_step_of_a_jump_in_the_history_stops_the_jump_there(session, qtbot):
    stack = session.undo_stack
    for name in ("One", "Two", "Three"):
        assert _create_tag(session, name)

    def gone(_store, _author):
        raise StoreError("The store cannot be reached.")

    kept, stack.command(1).next = stack.command(1).next, gone
    with qtbot.waitSignal(session.editFailed):
        stack.setIndex(0)  # as a click on "Case opened" in the History dock does
    # "Three" was undone; "Two" was refused, so it and "One" before it are still done.
    assert stack.index() == 2
    assert _tag_names(session) >= {"One", "Two"} and "Three" not in _tag_names(session)
    stack.command(1).next = kept
    stack.setIndex(0)
    assert not _tag_names(session) & {"One", "Two", "Three"}


def test_an_undo_no_longer_possible_stays_as_a_step_and_the_rest_undoes(session, qtbot):
    stack = session.undo_stack
    assert _create_tag(session, "Framing") and _create_tag(session, "Motive")
    tag_id = next(t.id for t in session.snapshot.tags if t.name == "Motive")
    tag_edits.delete_tag(session.store, tag_id)  # behind the stack's back
    with qtbot.waitSignal(session.editFailed) as failed:
        stack.undo()
    assert "no longer" in failed.args[0]
    assert stack.count() == 2 and "no longer possible" in stack.command(1).text()
    stack.undo()  # the edit before it still undoes
    assert stack.index() == 0 and "Framing" not in _tag_names(session)


def _export(session):
    return library.export_data(session.store, library.SEED_SLUG)


def test_new_evidence_and_tags_are_read_without_reloading_every_claim(session, monkeypatch):
    def no_reload():
        raise AssertionError("the whole case was re-read")

    monkeypatch.setattr(session, "reload", no_reload)
    claims = session.snapshot.claims
    case_id = session.snapshot.id
    assert session.perform(
        "New evidence",
        lambda store, author: evidence_edits.create_evidence(
            store, case_id, title="Memo", kind="document", citation="p. 1"
        )[1],
    )
    assert "Memo" in {e.title for e in session.snapshot.evidence}
    assert _create_tag(session, "Framing")
    assert "Framing" in {t.name for t in session.snapshot.tags}
    assert session.snapshot.claims is claims  # no claim came or went: none was re-read


def test_a_new_claim_reloads_the_reading_order(session, monkeypatch):
    from models import claim_edits

    reloads = []
    real = session.reload
    monkeypatch.setattr(session, "reload", lambda: (reloads.append(1), real()))
    snap = session.snapshot
    source = snap.claims_of("allegation")[0]

    def do(store, author):
        return claim_edits.create_claim(store, snap.id, "allegation", source.source_id, 0, 5)[1]

    before = len(snap.claims)
    session.perform("New claim", do)
    assert reloads and len(session.snapshot.claims) == before + 1
