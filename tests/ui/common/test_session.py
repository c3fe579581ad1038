"""CaseSession on a bare undo stack: refusals keep the history, refreshes stay partial."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from models import evidence_edits, tag_edits


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


def test_a_failed_undo_starts_the_history_afresh(session, qtbot):
    assert _create_tag(session, "Framing")
    tag_id = next(t.id for t in session.snapshot.tags if t.name == "Framing")
    tag_edits.delete_tag(session.store, tag_id)  # behind the stack's back
    with qtbot.waitSignal(session.editFailed):
        session.undo_stack.undo()
    qtbot.waitUntil(lambda: session.undo_stack.count() == 0)


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
