"""Tag edits: create, rename, recolour, icon, nest (no loops), apply, merge and delete with undo."""

from __future__ import annotations

import pytest

from models import library
from models.operations import EditRefused
from models.tag_edits import (
    apply_evidence_tag,
    apply_tag,
    create_tag,
    delete_tag,
    merge_tags,
    recolour_tag,
    remove_evidence_tag,
    remove_tag,
    rename_tag,
    set_tag_icon,
    set_tag_parent,
)

SLUG = library.SEED_SLUG


def _snap(store):
    return library.snapshot(store, SLUG)


def test_create_rename_recolour_icon(store):
    snap = _snap(store)
    tag_id, change = create_tag(store, snap.id, "Framing", "#336699", author="Ann")
    assert change.structure
    rename_tag(store, tag_id, "Frames")
    recolour_tag(store, tag_id, "#AA0000")
    set_tag_icon(store, tag_id, "mdi6.flag-outline")
    tag = _snap(store).tag(tag_id)
    assert (tag.name, tag.color, tag.icon, tag.parent_id) == (
        "Frames",
        "#aa0000",
        "mdi6.flag-outline",
        None,
    )


def test_bad_names_and_colours_are_refused(store):
    snap = _snap(store)
    with pytest.raises(EditRefused, match="needs a name"):
        create_tag(store, snap.id, " ", "#000000")
    with pytest.raises(EditRefused, match="#rrggbb"):
        create_tag(store, snap.id, "X", "red")
    with pytest.raises(EditRefused, match="already a tag"):
        create_tag(store, snap.id, snap.tags[0].name.upper(), "#000000")


def test_nesting_refuses_loops(store):
    snap = _snap(store)
    parent = next(t for t in snap.tags if any(c.parent_id == t.id for c in snap.tags))
    child = next(t for t in snap.tags if t.parent_id == parent.id)
    with pytest.raises(EditRefused, match="under itself"):
        set_tag_parent(store, parent.id, child.id)
    with pytest.raises(EditRefused, match="under itself"):
        set_tag_parent(store, parent.id, parent.id)
    change = set_tag_parent(store, child.id, None)
    assert _snap(store).tag(child.id).parent_id is None
    change.inverse(store)
    assert _snap(store).tag(child.id).parent_id == parent.id


def test_apply_and_remove_on_claims_and_evidence(store):
    snap = _snap(store)
    tag = snap.tags[-1]
    claim = next(c for c in snap.claims if tag.id not in c.tag_ids)
    apply_tag(store, claim.id, tag.id)
    assert tag.id in _snap(store).claim(claim.id).tag_ids
    with pytest.raises(EditRefused, match="already has"):
        apply_tag(store, claim.id, tag.id)
    remove_tag(store, claim.id, tag.id)
    assert tag.id not in _snap(store).claim(claim.id).tag_ids
    record = next(e for e in snap.evidence if tag.id not in e.tag_ids)
    apply_evidence_tag(store, record.id, tag.id)
    assert tag.id in _snap(store).evidence_record(record.id).tag_ids
    remove_evidence_tag(store, record.id, tag.id)
    assert _snap(store).evidence_record(record.id) == record


def test_remove_undo_keeps_the_order(store):
    snap = _snap(store)
    claim = max(snap.claims, key=lambda c: len(c.tag_ids))
    assert len(claim.tag_ids) >= 2
    first = claim.tag_ids[0]
    change = remove_tag(store, claim.id, first)
    change.inverse(store)
    assert _snap(store).claim(claim.id) == claim


def test_delete_and_restore_round_trip_with_children_and_taggings(store):
    before = library.export_data(store, SLUG)
    snap = _snap(store)
    parent = next(t for t in snap.tags if any(c.parent_id == t.id for c in snap.tags))
    child = next(t for t in snap.tags if t.parent_id == parent.id)
    used = next(t for t in snap.tags if any(t.id in c.tag_ids for c in snap.claims))
    for tag in (parent, used):
        change = delete_tag(store, tag.id)
        after = _snap(store)
        assert tag.id not in {t.id for t in after.tags}
        assert all(tag.id not in c.tag_ids for c in after.claims)
        if tag is parent:
            assert after.tag(child.id).parent_id == parent.parent_id
        change.inverse(store)
        assert library.export_data(store, SLUG) == before


def test_merge_moves_taggings_and_unmerge_restores(store):
    snap = _snap(store)
    source, target = snap.tags[1], snap.tags[2]
    free = [c for c in snap.claims if not {source.id, target.id} & set(c.tag_ids)]
    shared, only_source = free[0], free[1]
    apply_tag(store, shared.id, source.id)
    apply_tag(store, shared.id, target.id)
    apply_tag(store, only_source.id, source.id)
    before = library.export_data(store, SLUG)
    change = merge_tags(store, source.id, target.id, author="Ann")
    after = _snap(store)
    assert source.id not in {t.id for t in after.tags}
    assert after.claim(shared.id).tag_ids.count(target.id) == 1
    assert source.id not in after.claim(shared.id).tag_ids
    assert target.id in after.claim(only_source.id).tag_ids
    redo = change.inverse(store)
    assert library.export_data(store, SLUG) == before
    redo.inverse(store)
    assert target.id in _snap(store).claim(only_source.id).tag_ids


def test_merge_a_parent_into_its_child_and_back(store):
    before = library.export_data(store, SLUG)
    snap = _snap(store)
    parent = next(t for t in snap.tags if any(c.parent_id == t.id for c in snap.tags))
    child = next(t for t in snap.tags if t.parent_id == parent.id)
    change = merge_tags(store, parent.id, child.id)
    after = _snap(store)
    assert after.tag(child.id).parent_id == parent.parent_id
    assert all(t.parent_id != parent.id for t in after.tags)
    change.inverse(store)
    assert library.export_data(store, SLUG) == before


def test_merge_a_tag_into_its_grandchild_makes_no_loop_and_undoes(store):
    snap = _snap(store)
    top, _ = create_tag(store, snap.id, "Top", "#111111")
    middle, _ = create_tag(store, snap.id, "Middle", "#222222", parent_id=top)
    bottom, _ = create_tag(store, snap.id, "Bottom", "#333333", parent_id=middle)
    sibling, _ = create_tag(store, snap.id, "Sibling", "#444444", parent_id=top)
    before = library.export_data(store, SLUG)
    change = merge_tags(store, top, bottom)
    after = _snap(store)
    assert after.tag(bottom).parent_id is None  # it took the merged tag's place
    assert after.tag(middle).parent_id == bottom
    assert after.tag(sibling).parent_id == bottom
    # The case file it makes imports again (a loop of parents would be refused).
    library.import_data(store, library.export_data(store, SLUG))
    change.inverse(store)
    assert library.export_data(store, SLUG) == before


def test_merge_into_itself_is_refused(store):
    tag = _snap(store).tags[0]
    with pytest.raises(EditRefused, match="itself"):
        merge_tags(store, tag.id, tag.id)
