"""Claim edits: field changes, creation from a span, delete and exact restore by the inverse."""

from __future__ import annotations

import pytest

from models import library
from models.claim_edits import create_claim, delete_claim, restore_claim, update_claim
from models.operations import EditRefused
from models.snapshot import load_case

SLUG = library.SEED_SLUG


def _snap(store):
    return library.snapshot(store, SLUG)


def test_update_changes_only_the_fields_given(store):
    claim = _snap(store).claims[0]
    change = update_claim(store, claim.id, paraphrase="In short: a backdoor.", author="Ann")
    after = _snap(store).claim(claim.id)
    assert after.paraphrase == "In short: a backdoor."
    assert (after.speaker, after.kind, after.notes) == (claim.speaker, claim.kind, claim.notes)
    assert change.claims == {claim.id}


def test_update_refuses_unknown_kind_and_nothing(store):
    claim = _snap(store).claims[0]
    with pytest.raises(EditRefused, match="not a kind"):
        update_claim(store, claim.id, kind="gossip")
    with pytest.raises(EditRefused, match="Nothing"):
        update_claim(store, claim.id)


def test_the_inverse_of_an_update_puts_the_fields_back(store):
    claim = _snap(store).claims[0]
    change = update_claim(store, claim.id, speaker="Someone", notes="n")
    redo = change.inverse(store)
    assert _snap(store).claim(claim.id) == claim
    redo.inverse(store)
    assert (_snap(store).claim(claim.id).speaker, _snap(store).claim(claim.id).notes) == (
        "Someone",
        "n",
    )


def test_create_takes_the_quote_from_the_source_and_keeps_reading_order(store):
    snap = _snap(store)
    source = snap.sources[0]
    allegations = snap.claims_of("allegation")
    # a span between the first two allegation claims
    start = allegations[0].end + 1
    end = start + 10
    claim_id, change = create_claim(
        store, snap.id, "allegation", source.id, start, end, speaker="X", author="Ann"
    )
    after = _snap(store)
    new = after.claim(claim_id)
    assert new.quote == source.text[start:end]
    assert (new.start, new.end, new.role, new.speaker) == (start, end, "allegation", "X")
    assert change.structure
    ordered = [c.start for c in after.claims_of("allegation")]
    assert ordered.index(start) == [c.start for c in allegations].index(allegations[0].start) + 1
    keys = [c.key for c in after.claims]
    assert len(keys) == len(set(keys))


def test_create_at_the_end_goes_last(store):
    snap = _snap(store)
    text = snap.sources[0].text
    claim_id, _ = create_claim(
        store, snap.id, "response", snap.sources[0].id, len(text) - 5, len(text)
    )
    assert _snap(store).claims_of("response")[-1].id == claim_id


@pytest.mark.parametrize("span", [(5, 5), (10, 3), (-1, 4), (0, 10**7)])
def test_create_refuses_empty_or_out_of_range_spans(store, span):
    snap = _snap(store)
    with pytest.raises(EditRefused, match="span"):
        create_claim(store, snap.id, "allegation", snap.sources[0].id, *span)


def test_create_refuses_blank_text(store):
    snap = _snap(store)
    text = snap.sources[0].text
    blank = text.index(" ")
    with pytest.raises(EditRefused, match="blank"):
        create_claim(store, snap.id, "allegation", snap.sources[0].id, blank, blank + 1)


def test_delete_then_restore_puts_back_everything(store):
    before = library.export_data(store, SLUG)
    snap = _snap(store)
    linked = next(c for c in snap.claims if snap.links_of(c.id) and c.tag_ids and c.evidence)
    change = delete_claim(store, linked.id, author="Ann")
    after_delete = _snap(store)
    assert linked.id not in {c.id for c in after_delete.claims}
    assert not any(linked.id in (k.allegation_id, k.response_id) for k in after_delete.links)
    assert change.structure and change.links
    change.inverse(store, author="Ann")
    assert library.export_data(store, SLUG) == before
    assert _snap(store).claim(linked.id) == linked


def test_create_undo_redo_keeps_the_id(store):
    snap = _snap(store)
    claim_id, created = create_claim(store, snap.id, "response", snap.sources[0].id, 0, 8)
    undone = created.inverse(store)  # the undo deletes it
    assert claim_id not in {c.id for c in _snap(store).claims}
    redone = undone.inverse(store)  # the redo puts the same claim back
    assert redone.created == claim_id
    assert _snap(store).claim(claim_id).quote == snap.sources[0].text[0:8]


def test_restore_twice_is_refused(store):
    claim = _snap(store).claims[0]
    change = delete_claim(store, claim.id)
    restore_claim(store, change.inverse.args[0])
    with pytest.raises(EditRefused, match="already"):
        change.inverse(store)


def test_edits_are_logged(store):
    from sqlalchemy import select

    from models.schema import Edit

    claim = _snap(store).claims[0]
    update_claim(store, claim.id, notes="x", author="Ann")
    with store.reading() as s:
        assert (
            "Changed the notes" in s.execute(select(Edit.summary).order_by(Edit.id.desc())).scalar()
        )
        assert load_case(s, SLUG).claim(claim.id).notes == "x"


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_new_claim_takes_its_sides_party_and_usual_kind(request, backend, tmp_path):
    from collections import Counter

    from models import library
    from models.claim_edits import create_claim

    target = (
        str(tmp_path / "s.db") if backend == "sqlite" else request.getfixturevalue("postgres_db")
    )
    store = library.open_library(target)
    try:
        case = library.snapshot(store, library.SEED_SLUG)
        usual = Counter(c.kind for c in case.claims_of("allegation")).most_common(1)[0][0]
        claim_id, _ = create_claim(store, case.id, "allegation", case.sources[0].id, 0, 12)
        claim = library.snapshot(store, library.SEED_SLUG).claim(claim_id)
        assert claim.speaker == case.side("allegation").party
        assert claim.kind == usual
    finally:
        store.close()
