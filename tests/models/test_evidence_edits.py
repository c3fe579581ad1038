"""Evidence edits: create, update with grade checks, attach, stance, detach, delete and restore."""

from __future__ import annotations

import pytest

from models import library
from models.evidence_edits import (
    attach_evidence,
    create_evidence,
    delete_evidence,
    detach_evidence,
    restore_evidence,
    set_stance,
    update_evidence,
)
from models.operations import EditRefused

SLUG = library.SEED_SLUG
FIELDS = dict(
    title="A leaked memo",
    kind="leak",
    citation="Memo, 2019.",
    date="2019-05",
    url=None,
    reliability="c",
    credibility="3",
    summary="",
)


def _snap(store):
    return library.snapshot(store, SLUG)


def test_create_normalises_grades(store):
    snap = _snap(store)
    evidence_id, change = create_evidence(store, snap.id, **FIELDS, author="Ann")
    record = _snap(store).evidence_record(evidence_id)
    assert record.grade == "C3"
    assert record.title == "A leaked memo"
    assert change.structure and change.evidence == {evidence_id}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("reliability", "G", "letter from A to F"),
        ("credibility", 7, "number from 1 to 6"),
        ("credibility", "x", "number from 1 to 6"),
        ("kind", "rumour", "not a kind of evidence"),
        ("title", "  ", "needs a title"),
        ("citation", "", "needs a citation"),
    ],
)
def test_create_refuses_bad_fields_with_clear_messages(store, field, value, message):
    snap = _snap(store)
    with pytest.raises(EditRefused, match=message):
        create_evidence(store, snap.id, **{**FIELDS, field: value})


def test_update_and_undo_by_fields(store):
    record = _snap(store).evidence[0]
    change = update_evidence(store, record.id, reliability="E", credibility=5)
    assert _snap(store).evidence_record(record.id).grade == "E5"
    redo = change.inverse(store)
    assert _snap(store).evidence_record(record.id) == record
    redo.inverse(store)
    assert _snap(store).evidence_record(record.id).grade == "E5"


def test_attach_stance_detach(store):
    snap = _snap(store)
    claim = next(c for c in snap.claims if not c.evidence)
    evidence_id = snap.evidence[0].id
    attach_evidence(store, claim.id, evidence_id, "supports", note="n")
    assert _snap(store).claim(claim.id).evidence[0].stance == "supports"
    with pytest.raises(EditRefused, match="already attached"):
        attach_evidence(store, claim.id, evidence_id, "context")
    change = set_stance(store, claim.id, evidence_id, "contradicts")
    assert _snap(store).claim(claim.id).evidence[0].stance == "contradicts"
    change.inverse(store)
    assert _snap(store).claim(claim.id).evidence[0].stance == "supports"
    with pytest.raises(EditRefused, match="not a stance"):
        set_stance(store, claim.id, evidence_id, "maybe")
    detach_evidence(store, claim.id, evidence_id)
    assert _snap(store).claim(claim.id).evidence == ()
    with pytest.raises(EditRefused, match="not attached"):
        detach_evidence(store, claim.id, evidence_id)


def test_detach_undo_puts_it_back_in_place(store):
    snap = _snap(store)
    claim = max(snap.claims, key=lambda c: len(c.evidence))
    assert len(claim.evidence) >= 2
    first = claim.evidence[0]
    change = detach_evidence(store, claim.id, first.evidence_id)
    change.inverse(store)
    assert _snap(store).claim(claim.id) == claim


def test_delete_and_restore_round_trip(store):
    before = library.export_data(store, SLUG)
    snap = _snap(store)
    used = next(
        e
        for e in snap.evidence
        if any(a.evidence_id == e.id for c in snap.claims for a in c.evidence)
    )
    change = delete_evidence(store, used.id)
    assert change.claims
    after = _snap(store)
    assert used.id not in {e.id for e in after.evidence}
    assert all(a.evidence_id != used.id for c in after.claims for a in c.evidence)
    redo = change.inverse(store)
    assert library.export_data(store, SLUG) == before
    with pytest.raises(EditRefused, match="already"):
        restore_evidence(store, change.inverse.args[0])
    redo.inverse(store)
    assert used.id not in {e.id for e in _snap(store).evidence}
