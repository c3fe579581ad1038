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
