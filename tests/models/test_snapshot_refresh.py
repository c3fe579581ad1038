"""refresh_case re-reads only what an edit touched and ends where a full reload would."""

from __future__ import annotations

from models import library
from models import operations as ops
from models.snapshot import refresh_case


def _fresh(store, snap, change):
    with store.reading() as session:
        return refresh_case(
            session,
            snap,
            claims=change.claims,
            evidence=change.evidence,
            links=change.links,
            tags=bool(change.tags),
        )


def test_refresh_after_status_and_links_equals_a_full_reload(store):
    snap = library.snapshot(store, library.SEED_SLUG)
    claim = snap.claims_of("allegation")[0]
    change = ops.set_assessment(store, claim.id, status="disputed", author="Tester")
    snap = _fresh(store, snap, change)
    assert snap.claim(claim.id).status == "disputed"
    assert snap == library.snapshot(store, library.SEED_SLUG)

    response = snap.claims_of("response")[-1]
    allegation = next(
        c
        for c in snap.claims_of("allegation")
        if all(lk.response_id != response.id for lk in snap.links_of(c.id))
    )
    link_id, change = ops.add_link(store, allegation.id, response.id, "rebuts")
    snap = _fresh(store, snap, change)
    assert any(lk.id == link_id for lk in snap.links_of(allegation.id))
    change = ops.set_relation(store, link_id, "concedes")
    snap = _fresh(store, snap, change)
    assert snap == library.snapshot(store, library.SEED_SLUG)
    assert next(lk for lk in snap.links if lk.id == link_id).relation == "concedes"


def test_refresh_asks_for_a_full_reload_when_a_claim_is_unknown(store):
    snap = library.snapshot(store, library.SEED_SLUG)
    with store.reading() as session:
        assert refresh_case(session, snap, claims=frozenset({10**9})) is None


def test_a_status_edit_patches_the_snapshot_and_keeps_its_tables(store):
    snap = library.snapshot(store, library.SEED_SLUG)
    claim = snap.claims_of("allegation")[1]
    snap.links_of(claim.id)  # the table of links by claim, as the panes build it
    before = snap.claim(claim.id).status
    status = "supported" if before != "supported" else "disputed"
    fresh = _fresh(store, snap, ops.set_assessment(store, claim.id, status=status))
    assert fresh._index["links_by_claim"] is snap._index["links_by_claim"]
    assert fresh._index["claim_at"] is snap._index["claim_at"]
    assert fresh.claim(claim.id).status == status
    assert snap.claim(claim.id).status == before  # the old snapshot still says what it said
    assert fresh == library.snapshot(store, library.SEED_SLUG)


def test_removing_and_restoring_a_link_patches_it_out_and_back_in_its_place(store):
    snap = library.snapshot(store, library.SEED_SLUG)
    link = snap.links[len(snap.links) // 2]
    change = ops.remove_link(store, link.id)
    removed = _fresh(store, snap, change)
    reloaded = library.snapshot(store, library.SEED_SLUG)
    assert removed == reloaded
    for claim_id in (link.allegation_id, link.response_id):
        assert removed.links_of(claim_id) == reloaded.links_of(claim_id)
        assert link not in removed.links_of(claim_id)
        assert link in snap.links_of(claim_id)
    restored = _fresh(store, removed, change.inverse(store, None))
    assert restored.links == snap.links  # back in its place, not at the end
    assert restored == library.snapshot(store, library.SEED_SLUG)
    for claim_id in (link.allegation_id, link.response_id):
        assert restored.links_of(claim_id) == snap.links_of(claim_id)
