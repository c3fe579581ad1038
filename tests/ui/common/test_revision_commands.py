"""The revision commands on a bare undo stack: one step each, undone and redone exactly."""

from __future__ import annotations

import pytest

from tests.ui.common.test_commands import _rows
from ui.common import commands

TYPO_FIXED = ("backdoor", "back door")  # the seed case's words, edited inside quotes


def _revised_text(snap) -> tuple[int, str]:
    """The seed source with one claim's sentence gone and a word edited everywhere."""
    source = snap.sources[0]
    gone = next(c for c in snap.claims if c.source_id == source.id and len(c.quote) > 40)
    return source.id, source.text.replace(gone.quote, "").replace(*TYPO_FIXED)


def _revise(session) -> None:
    source_id, text = _revised_text(session.snapshot)
    assert commands.revise_source(session, source_id, text, note="cleaner") is not None


def _first(snap, state):
    return next(c for c in snap.claims if c.anchor_state == state)


REVIEW = {
    "accept proposal": lambda ses, s: commands.accept_proposal(ses, _first(s, "proposed").id),
    "pick candidate": lambda ses, s: commands.pick_candidate(ses, _first(s, "proposed").id, 0),
    "set anchor span": lambda ses, s: commands.set_anchor_span(ses, _first(s, "orphan").id, 0, 9),
    "keep orphan": lambda ses, s: commands.keep_orphan(ses, _first(s, "proposed").id),
}


def test_a_revision_is_one_step_that_undo_takes_back_whole(session):
    stack, store = session.undo_stack, session.store
    before, snap_before = _rows(store), session.snapshot
    source_id, text = _revised_text(snap_before)
    revised = commands.revise_source(session, source_id, text, note="cleaner")
    assert revised.version == 2 and revised.orphans >= 1 and revised.proposed >= 1
    assert stack.count() == 1 and stack.undoText().startswith("Revise source")
    after = _rows(store)
    # The window's snapshot holds the new text and each claim's state, without a reload asked.
    assert session.snapshot.source(source_id).text == text
    assert session.snapshot.source(source_id).version == 2
    states = {c.anchor_state for c in session.snapshot.claims}
    assert states == {"exact", "proposed", "orphan"}
    for _ in range(2):
        stack.undo()
        assert _rows(store) == before
        assert session.snapshot.claims == snap_before.claims
        assert session.snapshot.source(source_id).text == snap_before.source(source_id).text
        stack.redo()
        assert _rows(store) == after


@pytest.mark.parametrize("name", REVIEW)
def test_each_review_command_undoes_and_redoes_exactly(session, name):
    _revise(session)
    stack, store = session.undo_stack, session.store
    before = _rows(store)
    assert REVIEW[name](session, session.snapshot)
    assert stack.count() == 2
    after = _rows(store)
    assert after != before
    for _ in range(2):
        stack.undo()
        assert _rows(store) == before
        stack.redo()
        assert _rows(store) == after


@pytest.mark.parametrize("name", ["revise", *REVIEW])
def test_no_revision_command_reads_the_store_before_its_transaction(session, monkeypatch, name):
    if name != "revise":
        _revise(session)
    store = session.store
    calls: list[str] = []
    for kind in ("reading", "transaction"):
        real = getattr(store, kind)
        monkeypatch.setattr(
            store, kind, lambda real=real, kind=kind: (calls.append(kind), real())[1]
        )
    snap = session.snapshot
    command = _revise if name == "revise" else lambda ses: REVIEW[name](ses, snap)
    for step in (lambda: command(session), session.undo_stack.undo):
        calls.clear()
        step()
        assert calls[0] == "transaction" and calls.count("transaction") == 1, calls


def test_a_refused_review_tells_the_user_and_changes_nothing(session, qtbot):
    exact = session.snapshot.claims[0]
    with qtbot.waitSignal(session.editFailed) as failed:
        assert not commands.accept_proposal(session, exact.id)
    assert "no proposal" in failed.args[0]
    assert session.undo_stack.count() == 0
