"""A claim's span, split, merge and side: every quote stays its span; refusals say why."""

from __future__ import annotations

import pytest

from models import case_edits, claim_edits, library, suggestion_edits
from models import operations as ops
from models.edit_log import EditRefused

TEXT = "Ann says the river is poisoned. The factory dumped waste. Bob denies all of it."


@pytest.fixture
def case(store):
    """A small case: one source, three allegation claims (the sentences), one response claim."""
    slug, change = case_edits.create_case(
        store, title="River", allegation_party="Ann", response_party="Bob"
    )
    source_id, _ = case_edits.add_source(store, change.case_id, TEXT, title="Statement")
    ids = []
    for sentence in ("Ann says the river is poisoned.", "The factory dumped waste."):
        start = TEXT.index(sentence)
        ids.append(
            claim_edits.create_claim(
                store, change.case_id, "allegation", source_id, start, start + len(sentence)
            )[0]
        )
    start = TEXT.index("Bob denies")
    ids.append(
        claim_edits.create_claim(
            store, change.case_id, "response", source_id, start, len(TEXT), kind="denial"
        )[0]
    )
    return slug, source_id, ids


def _claims(store, slug):
    snap = library.snapshot(store, slug)
    for c in snap.claims:
        assert c.quote == snap.sources[0].text[c.start : c.end]  # every quote is its span
    return snap


def test_a_new_span_brings_its_quote(store, case):
    slug, _source, (first, *_rest) = case
    change = claim_edits.set_claim_span(store, first, 9, 30)
    assert _claims(store, slug).claim(first).quote == "the river is poisoned"
    change.inverse(store)
    assert _claims(store, slug).claim(first).quote == "Ann says the river is poisoned."


@pytest.mark.parametrize(("start", "end"), [(-1, 5), (5, 5), (9, 5), (0, len(TEXT) + 1)])
def test_a_span_outside_the_text_or_empty_is_refused(store, case, start, end):
    slug, _source, (first, *_rest) = case
    before = _claims(store, slug)
    with pytest.raises(EditRefused, match="empty or outside the source"):
        claim_edits.set_claim_span(store, first, start, end)
    assert _claims(store, slug) == before


def test_a_split_makes_two_claims_the_first_keeps_what_it_had(store, case):
    slug, _source, (first, _second, response) = case
    ops.add_link(store, first, response, "denies")
    ops.set_assessment(store, first, status="disputed")
    at = TEXT.index("the river")
    change = claim_edits.split_claim(store, first, at)
    snap = _claims(store, slug)
    new = snap.claim(change.created)
    assert (snap.claim(first).quote, new.quote) == ("Ann says", "the river is poisoned.")
    assert new.role == "allegation" and new.key not in {
        c.key for c in snap.claims if c.id != new.id
    }
    assert snap.claim(first).status == "disputed" and new.status == "unassessed"
    assert [link.allegation_id for link in snap.links] == [first]
    ordered = [c.id for c in snap.claims_of("allegation")]
    assert ordered.index(new.id) == ordered.index(first) + 1
    change.inverse(store)
    assert _claims(store, slug).claim(first).quote == "Ann says the river is poisoned."


@pytest.mark.parametrize("where", ["start", "end", "outside", "blank edge"])
def test_a_split_at_an_edge_is_refused(store, case, where):
    slug, _source, (first, *_rest) = case
    claim = library.snapshot(store, slug).claim(first)
    at = {
        "start": claim.start,
        "end": claim.end,
        "outside": claim.end + 5,
        "blank edge": claim.start + len("Ann says the river is poisoned."),
    }[where]
    with pytest.raises(EditRefused, match="Split a claim inside its quote"):
        claim_edits.split_claim(store, first, at)


def test_a_merge_joins_adjacent_claims_and_moves_the_seconds_links(store, case):
    slug, _source, (first, second, response) = case
    ops.add_link(store, second, response, "denies")
    change = claim_edits.merge_claims(store, first, second)
    snap = _claims(store, slug)
    assert snap.claim(first).quote == "Ann says the river is poisoned. The factory dumped waste."
    assert second not in {c.id for c in snap.claims}
    assert [(k.allegation_id, k.response_id) for k in snap.links] == [(first, response)]
    change.inverse(store)
    snap = _claims(store, slug)
    assert snap.claim(second).quote == "The factory dumped waste."
    assert [(k.allegation_id, k.response_id) for k in snap.links] == [(second, response)]


def test_merging_claims_that_are_not_adjacent_is_refused(store, case):
    slug, source_id, (first, second, response) = case
    case_id = library.snapshot(store, slug).id
    start = TEXT.index("Bob denies")
    third, _ = claim_edits.create_claim(store, case_id, "allegation", source_id, start, start + 10)
    with pytest.raises(EditRefused, match="another claim of this side lies between"):
        claim_edits.merge_claims(store, first, third)
    with pytest.raises(EditRefused, match="same side"):
        claim_edits.merge_claims(store, second, response)
    with pytest.raises(EditRefused, match="follows it"):
        claim_edits.merge_claims(store, second, first)


def test_moving_a_claim_to_the_other_side_removes_its_links_and_undo_restores_them(store, case):
    slug, _source, (first, _second, response) = case
    ops.add_link(store, first, response, "denies")
    suggestion_edits.dismiss_link_suggestion(store, _second, response)
    before = library.snapshot(store, slug)
    change = claim_edits.move_claim_to_side(store, response)
    snap = library.snapshot(store, slug)
    assert snap.claim(response).role == "allegation" and not snap.links
    assert not suggestion_edits.rejected_link_pairs(store, snap.id)
    change.inverse(store)
    assert library.snapshot(store, slug) == before
    assert len(suggestion_edits.rejected_link_pairs(store, snap.id)) == 1


def test_dismissed_and_rejected_suggestions_stay_until_undone(store, case):
    slug, source_id, (first, second, response) = case
    case_id = library.snapshot(store, slug).id
    keys = {c.id: c.key for c in library.snapshot(store, slug).claims}
    dismissed = suggestion_edits.dismiss_link_suggestion(store, first, response)
    assert suggestion_edits.rejected_link_pairs(store, case_id) == {(keys[first], keys[response])}
    with pytest.raises(EditRefused, match="already dismissed"):
        suggestion_edits.dismiss_link_suggestion(store, first, response)
    with pytest.raises(EditRefused, match="pairs an allegation claim with a response"):
        suggestion_edits.dismiss_link_suggestion(store, response, first)
    rejected = suggestion_edits.reject_claim_suggestion(store, source_id, 0, 8)
    assert suggestion_edits.rejected_claim_spans(store, source_id) == {(0, 8)}
    dismissed.inverse(store)
    rejected.inverse(store)
    assert not suggestion_edits.rejected_link_pairs(store, case_id)
    assert not suggestion_edits.rejected_claim_spans(store, source_id)


def test_suggestions_leave_out_what_is_claimed_linked_dismissed_or_rejected(store, case):
    slug, source_id, (first, second, response) = case
    ops.add_link(store, first, response, "denies")
    suggestion_edits.dismiss_link_suggestion(store, second, response)
    suggestion_edits.reject_claim_suggestion(store, source_id, 0, 3)
    snap = library.snapshot(store, slug)
    key = {c.id: c.key for c in snap.claims}
    assert suggestion_edits.pairs_not_to_suggest(store, snap) == {
        (key[first], key[response]),
        (key[second], key[response]),
    }
    assert suggestion_edits.spans_not_to_suggest(store, snap, source_id) == {
        (0, 3),
        *((c.start, c.end) for c in snap.claims),
    }
