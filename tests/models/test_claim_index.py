"""The window's index is an accelerator only: it keeps exactly what the claim filter keeps."""

from __future__ import annotations

from dataclasses import replace

from models import library
from models.claim_filter import ClaimFilter
from models.claim_index import ClaimIndex
from models.store import open_store
from models.vocabulary import ROLES, STATUSES


def _case(store):
    return library.snapshot(store, library.SEED_SLUG)


def _filters(case):
    yield ClaimFilter()
    for status in STATUSES:
        yield ClaimFilter(statuses=frozenset({status}))
    for tag in case.tags:
        yield ClaimFilter(tag_ids=frozenset({tag.id}))
    for text in ("us-1", "Appeal to standards", "Denial", "snowden", "zqxj"):
        yield ClaimFilter(text=text)
    for role in ROLES:
        yield ClaimFilter(sides=frozenset({role}), text="huawei")
        yield ClaimFilter(sides=frozenset({role}), unanswered=True)
    yield ClaimFilter(unanswered=True)


def test_the_index_keeps_what_the_filter_keeps(store):
    case = _case(store)
    index = ClaimIndex(case)
    for flt in _filters(case):
        kept = {c.id for c in flt.kept(case)}
        for role in ROLES:
            found = index.matching(role, flt)
            side = [c.id for c in case.claims_of(role)]
            assert (side if found is None else found) == [c for c in side if c in kept], flt


def test_a_filter_on_one_side_leaves_the_other_whole(store):
    case = _case(store)
    index = ClaimIndex(case)
    assert index.matching("allegation", None) is None
    assert index.matching("allegation", ClaimFilter()) is None
    on_allegations = ClaimFilter(text="x", sides=frozenset({"allegation"}))
    assert index.matching("response", on_allegations) is None
    unsupported = index.matching("response", ClaimFilter(statuses=frozenset({"unsupported"})))
    assert unsupported == [c.id for c in case.claims_of("response") if c.status == "unsupported"]


def test_unanswered_allegations(small_case, tmp_path):
    small_case["links"] = []
    store = open_store(str(tmp_path / "small.db"))
    try:
        case = library.snapshot(store, library.import_data(store, small_case))
    finally:
        store.close()
    index = ClaimIndex(case)
    flt = ClaimFilter(sides=frozenset({"allegation"}), unanswered=True)
    assert index.matching("allegation", flt) == [c.id for c in case.claims_of("allegation")]
    assert index.matching("response", flt) is None
    # Narrowing both sides: no response is an unanswered allegation.
    assert index.matching("response", ClaimFilter(unanswered=True)) == []


def test_the_index_builds_its_text_on_demand_and_follows_tag_nesting(store):
    case = _case(store)
    index = ClaimIndex(case)
    assert not index.prepared  # the counts need no text
    assert index.tally("response")["total"] == len(case.claims_of("response"))
    assert index.matching("response", ClaimFilter(statuses=frozenset({"unsupported"})))
    assert not index.prepared  # nor does a status
    assert index.matching("response", ClaimFilter(text="snowden"))
    assert index.prepared
    # A tag moved under another: a filter on the new parent finds the moved tag's claims.
    child = next(t for t in case.tags if any(t.id in c.tag_ids for c in case.claims_of("response")))
    parent = next(t for t in case.tags if t.id != child.id and t.parent_id is None)
    tags = tuple(replace(t, parent_id=parent.id) if t.id == child.id else t for t in case.tags)
    moved = replace(case, tags=tags, _index={})
    index.update_tags(moved)
    found = index.matching("response", ClaimFilter(tag_ids=frozenset({parent.id})))
    assert {c.id for c in case.claims_of("response") if child.id in c.tag_ids} <= set(found)


def test_a_renamed_tag_is_found_by_its_new_name(store):
    case = _case(store)
    index = ClaimIndex(case)
    tag = next(t for t in case.tags if any(t.id in c.tag_ids for c in case.claims))
    assert index.matching("response", ClaimFilter(text="zqxj renamed")) == []
    renamed = replace(
        case,
        tags=tuple(replace(t, name="zqxj renamed") if t.id == tag.id else t for t in case.tags),
        _index={},
    )
    index.update_tags(renamed)
    found = set(index.matching("allegation", ClaimFilter(text="ZQXJ renamed"))) | set(
        index.matching("response", ClaimFilter(text="ZQXJ renamed"))
    )
    assert found == {c.id for c in case.claims if tag.id in c.tag_ids}


def test_the_patched_index_keeps_what_the_filter_keeps_on_the_edited_case(store):
    # Edits patch the index's columns in place; a filter on them must still agree with the
    # definition run afresh on the edited case, and the counts with a recount.
    case = _case(store)
    index = ClaimIndex(case)
    index.prepare()
    tag = case.tags[0]
    edited = {}
    for n, claim in enumerate(case.claims[::5]):
        status = STATUSES[n % len(STATUSES)]
        tags = () if tag.id in claim.tag_ids else (*claim.tag_ids, tag.id)
        edited[claim.id] = replace(claim, status=status, tag_ids=tags, notes=f"zqxj {n}")
    claims = tuple(edited.get(c.id, c) for c in case.claims)
    new = replace(case, claims=claims, _index={})
    index.update(new, edited)
    for flt in (*_filters(new), ClaimFilter(text="zqxj 3"), ClaimFilter(tag_ids={tag.id})):
        kept = {c.id for c in flt.kept(new)}
        for role in ROLES:
            found = index.matching(role, flt)
            side = [c.id for c in new.claims_of(role)]
            assert (side if found is None else found) == [c for c in side if c in kept], flt
    for role in ROLES:
        counted = {k: n for k, n in index.recount(role).items() if n}
        assert {k: n for k, n in index.tally(role).items() if n} == counted
