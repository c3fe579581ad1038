"""The claim filter: a tag stands for its sub-tags, the text is looked for everywhere, and the
work that is the same for every claim is done once per case."""

from __future__ import annotations

import dataclasses

import models.claim_filter
from models import library
from models.claim_filter import ClaimFilter


def _case(store):
    return library.snapshot(store, library.SEED_SLUG)


def test_a_tag_finds_the_claims_of_its_sub_tags(store):
    case = _case(store)
    parent = next(t for t in case.tags if any(c.parent_id == t.id for c in case.tags))
    child = next(t for t in case.tags if t.parent_id == parent.id)
    flt = ClaimFilter(tag_ids=frozenset({parent.id}))
    tagged = [c for c in case.claims if child.id in c.tag_ids]
    assert tagged and all(flt.matches(c, case) for c in tagged)


def test_the_text_is_found_in_tag_names_and_rationales(store):
    case = _case(store)
    claim = next(c for c in case.claims if c.tag_ids)
    name = case.tag(claim.tag_ids[0]).name
    flt = ClaimFilter(text=name.upper())
    assert flt.matches(claim, case)
    assert not ClaimFilter(text="no claim says zqxj").matches(claim, case)


def test_the_filter_is_prepared_once_per_case(store, monkeypatch):
    case = _case(store)
    calls = []
    real = models.claim_filter.tag_descendants
    monkeypatch.setattr(
        models.claim_filter, "tag_descendants", lambda *a: (calls.append(1), real(*a))[1]
    )
    flt = ClaimFilter(tag_ids=frozenset({case.tags[0].id}), text="huawei")
    matched = [c.id for c in case.claims if flt.matches(c, case)]
    assert len(calls) == 1
    assert matched == [c.id for c in case.claims if flt.matcher(case)(c)]
    # A changed copy is prepared afresh, not served the original's matcher.
    wider = dataclasses.replace(flt, tag_ids=frozenset())
    assert sum(wider.matches(c, case) for c in case.claims) >= len(matched)
    assert wider == ClaimFilter(text="huawei") and hash(wider) == hash(ClaimFilter(text="huawei"))


def test_unanswered_keeps_only_allegations_no_response_answers(store):
    from models.operations import remove_link

    case = _case(store)
    allegation = case.claims_of("allegation")[0]
    for link in case.links_of(allegation.id):
        remove_link(store, link.id)
    case = _case(store)
    flt = ClaimFilter(unanswered=True)
    assert not flt.is_empty
    assert [c.key for c in case.claims if flt.matches(c, case)] == [allegation.key]
    assert "unanswered" in flt.describe(case)


def test_a_filter_narrows_only_the_sides_it_names(store):
    case = _case(store)
    answered = {lk.allegation_id for lk in case.links}
    flt = ClaimFilter(sides=frozenset({"allegation"}), unanswered=True)
    kept = {c.id for c in flt.kept(case)}
    assert kept == {c.id for c in case.claims_of("response")} | {
        c.id for c in case.claims_of("allegation") if c.id not in answered
    }
    assert flt.narrowed_sides() == ("allegation",)
    assert "allegation side only" in flt.describe(case)
    # Both sides narrowed: a response is never an unanswered allegation.
    both = ClaimFilter(unanswered=True)
    assert all(c.role == "allegation" for c in both.kept(case))
    # A side alone narrows nothing.
    assert ClaimFilter(sides=frozenset({"response"})).is_empty


def test_the_text_is_found_in_the_key_kind_and_notes(store):
    case = _case(store)
    keyed = ClaimFilter(text="US-1").kept(case)
    assert keyed and all("us-1" in c.key for c in keyed)
    denials = {c.id for c in case.claims if c.kind == "denial"}
    assert denials and denials <= {c.id for c in ClaimFilter(text="denial").kept(case)}
    noted = next(c for c in case.claims if c.notes.strip())
    word = max(noted.notes.split(), key=len)
    assert noted in ClaimFilter(text=word).kept(case)
    # Never found across the end of one field and the start of the next.
    claim = case.claims[0]
    assert claim not in ClaimFilter(text=f"{claim.key}{claim.quote[:5]}").kept(case)
