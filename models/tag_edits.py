"""Named edits to tags: create, rename, recolour, icon, nest, merge, delete, apply and remove.

Each function is one transaction, writes an edit-log row and returns a `Change`. Deletes and
merges are made undoable by a capture taken first (`capture_tag`, `capture_merge`) that the
matching restore (`restore_tag`, `unmerge_tags`) puts back exactly, with the same ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from models.claim_edits import put_rows, rows_of
from models.operations import (
    Change,
    EditRefused,
    _claim_case,
    _evidence_case,
    _fresh_key,
    _log,
    check_text,
)
from models.schema import ClaimTag, EvidenceTag, Tag
from models.store import Store

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _check_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise EditRefused("A tag needs a name.")
    if len(name) > 200:
        raise EditRefused("A tag's name can be at most 200 characters long.")
    return name


def _check_colour(color: str) -> str:
    if not _COLOUR.match(color or ""):
        raise EditRefused(f"{color!r} is not a colour; write it as #rrggbb.")
    return color.lower()


def _tag_row(s: Session, tag_id: int):
    row = s.execute(
        select(Tag.case_id, Tag.name, Tag.color, Tag.icon, Tag.parent_id).where(Tag.id == tag_id)
    ).first()
    if row is None:
        raise EditRefused(f"Tag {tag_id} is no longer in the store.")
    return row


def _refuse_duplicate(s: Session, case_id: int, name: str, tag_id: int | None = None) -> None:
    same = s.execute(
        select(Tag.id).where(Tag.case_id == case_id, func.lower(Tag.name) == name.lower())
    ).scalars()
    if any(found != tag_id for found in same):
        raise EditRefused(f"There is already a tag called {name!r}; merge the two instead.")


def create_tag(
    store: Store,
    case_id: int,
    name: str,
    color: str,
    icon: str | None = None,
    parent_id: int | None = None,
    author: str | None = None,
) -> tuple[int, Change]:
    """Create a tag, optionally nested under another; return its id."""
    name, color = _check_name(name), _check_colour(color)
    with store.transaction() as s:
        _refuse_duplicate(s, case_id, name)
        if parent_id is not None and _tag_row(s, parent_id).case_id != case_id:
            raise EditRefused("The parent tag belongs to another case.")
        position = s.execute(
            select(func.coalesce(func.max(Tag.position), -1) + 1).where(Tag.case_id == case_id)
        ).scalar_one()
        tag_id = s.execute(
            insert(Tag)
            .values(
                case_id=case_id,
                key=_fresh_key(s, Tag, case_id, "tag"),
                position=position,
                name=name,
                color=color,
                icon=icon or None,
                parent_id=parent_id,
            )
            .returning(Tag.id)
        ).scalar_one()
        summary = f"Created tag {name!r}"
        _log(s, case_id, author, summary)
    return tag_id, Change(case_id, summary, tags=frozenset({tag_id}), structure=True)


def tag_fields(store: Store, tag_id: int) -> dict[str, Any]:
    """Read a tag's name, colour, icon and parent, so an undo can put them back."""
    with store.reading() as s:
        row = _tag_row(s, tag_id)
    return {"name": row.name, "color": row.color, "icon": row.icon, "parent_id": row.parent_id}


def _set(store: Store, tag_id: int, values: dict, what: str, author: str | None) -> Change:
    with store.transaction() as s:
        row = _tag_row(s, tag_id)
        if "name" in values:
            _refuse_duplicate(s, row.case_id, values["name"], tag_id)
        s.execute(update(Tag).where(Tag.id == tag_id).values(**values))
        summary = f"{what} of tag {row.name!r}"
        _log(s, row.case_id, author, summary)
    return Change(row.case_id, summary, tags=frozenset({tag_id}))


def rename_tag(store: Store, tag_id: int, name: str, author: str | None = None) -> Change:
    """Rename a tag."""
    return _set(store, tag_id, {"name": _check_name(name)}, "Renamed", author)


def recolour_tag(store: Store, tag_id: int, color: str, author: str | None = None) -> Change:
    """Give a tag another colour (#rrggbb)."""
    return _set(store, tag_id, {"color": _check_colour(color)}, "Changed the colour", author)


def set_tag_icon(store: Store, tag_id: int, icon: str | None, author: str | None = None) -> Change:
    """Give a tag another icon (a qtawesome glyph name), or none."""
    check_text("tag", "icon", icon, "An icon name")
    return _set(store, tag_id, {"icon": icon or None}, "Changed the icon", author)


def set_tag_parent(
    store: Store, tag_id: int, parent_id: int | None, author: str | None = None
) -> Change:
    """Nest a tag under another, or make it top-level (None); refuse a loop."""
    with store.transaction() as s:
        row = _tag_row(s, tag_id)
        ancestor = parent_id
        while ancestor is not None:
            if ancestor == tag_id:
                raise EditRefused("A tag cannot be nested under itself or its own sub-tags.")
            parent = _tag_row(s, ancestor)
            if parent.case_id != row.case_id:
                raise EditRefused("The parent tag belongs to another case.")
            ancestor = parent.parent_id
        s.execute(update(Tag).where(Tag.id == tag_id).values(parent_id=parent_id))
        summary = f"Moved tag {row.name!r}"
        _log(s, row.case_id, author, summary)
    return Change(row.case_id, summary, tags=frozenset({tag_id}), structure=True)


@dataclass(frozen=True)
class TagRecord:
    """A deleted tag with its taggings and the parents its children had, to put it back."""

    id: int
    case_id: int
    tag: dict
    claim_tags: tuple[dict, ...]
    evidence_tags: tuple[dict, ...]
    children: tuple[int, ...]


def capture_tag(store: Store, tag_id: int) -> TagRecord:
    """Read a tag, its taggings and its children, before deleting or merging it."""
    with store.reading() as s:
        row = rows_of(s, Tag.__table__, Tag.id == tag_id)
        if not row:
            raise EditRefused(f"Tag {tag_id} is no longer in the store.")
        return TagRecord(
            id=tag_id,
            case_id=row[0]["case_id"],
            tag=row[0],
            claim_tags=rows_of(s, ClaimTag.__table__, ClaimTag.tag_id == tag_id),
            evidence_tags=rows_of(s, EvidenceTag.__table__, EvidenceTag.tag_id == tag_id),
            children=tuple(s.execute(select(Tag.id).where(Tag.parent_id == tag_id)).scalars()),
        )


def _drop(s: Session, tag_id: int, children_to: dict[int, int | None]) -> None:
    for child, parent in children_to.items():
        s.execute(update(Tag).where(Tag.id == child).values(parent_id=parent))
    s.execute(delete(ClaimTag).where(ClaimTag.tag_id == tag_id))
    s.execute(delete(EvidenceTag).where(EvidenceTag.tag_id == tag_id))
    s.execute(delete(Tag).where(Tag.id == tag_id))


def delete_tag(store: Store, tag_id: int, author: str | None = None) -> Change:
    """Delete a tag and remove it everywhere; its sub-tags move up to its parent."""
    with store.transaction() as s:
        row = _tag_row(s, tag_id)
        children = list(s.execute(select(Tag.id).where(Tag.parent_id == tag_id)).scalars())
        claims = frozenset(
            s.execute(select(ClaimTag.claim_id).where(ClaimTag.tag_id == tag_id)).scalars()
        )
        evidence = frozenset(
            s.execute(select(EvidenceTag.evidence_id).where(EvidenceTag.tag_id == tag_id)).scalars()
        )
        _drop(s, tag_id, dict.fromkeys(children, row.parent_id))
        summary = f"Deleted tag {row.name!r}"
        _log(s, row.case_id, author, summary)
    return Change(
        row.case_id,
        summary,
        claims=claims,
        evidence=evidence,
        tags=frozenset({tag_id, *children}),
        structure=True,
    )


def _put_back(s: Session, record: TagRecord) -> None:
    if s.execute(select(Tag.id).where(Tag.id == record.id)).first() is not None:
        raise EditRefused(f"Tag {record.id} is already in the store.")
    put_rows(s, Tag.__table__, (record.tag,))
    put_rows(s, ClaimTag.__table__, record.claim_tags)
    put_rows(s, EvidenceTag.__table__, record.evidence_tags)
    if record.children:
        s.execute(update(Tag).where(Tag.id.in_(record.children)).values(parent_id=record.id))


def _record_change(record: TagRecord, summary: str, extra_tags=()) -> Change:
    return Change(
        record.case_id,
        summary,
        claims=frozenset(r["claim_id"] for r in record.claim_tags),
        evidence=frozenset(r["evidence_id"] for r in record.evidence_tags),
        tags=frozenset({record.id, *record.children, *extra_tags}),
        structure=True,
    )


def restore_tag(store: Store, record: TagRecord, author: str | None = None) -> Change:
    """Put a deleted tag back with the same id, its taggings and its sub-tags."""
    with store.transaction() as s:
        _put_back(s, record)
        summary = f"Restored tag {record.tag['name']!r}"
        _log(s, record.case_id, author, summary)
    return _record_change(record, summary)


@dataclass(frozen=True)
class MergeRecord:
    """What a merge changed: the source tag as it was, and the taggings the target gained."""

    source: TagRecord
    target_id: int
    gained_claims: tuple[int, ...]
    gained_evidence: tuple[int, ...]
    target_parent: int | None  # where the target sat before: a merge may move it up


def capture_merge(store: Store, source_tag_id: int, target_tag_id: int) -> MergeRecord:
    """Read what merging one tag into another will change, before merging."""
    source = capture_tag(store, source_tag_id)
    with store.reading() as s:
        target_parent = _tag_row(s, target_tag_id).parent_id
        has_claims = set(
            s.execute(select(ClaimTag.claim_id).where(ClaimTag.tag_id == target_tag_id)).scalars()
        )
        has_evidence = set(
            s.execute(
                select(EvidenceTag.evidence_id).where(EvidenceTag.tag_id == target_tag_id)
            ).scalars()
        )
    return MergeRecord(
        source,
        target_tag_id,
        tuple(r["claim_id"] for r in source.claim_tags if r["claim_id"] not in has_claims),
        tuple(
            r["evidence_id"] for r in source.evidence_tags if r["evidence_id"] not in has_evidence
        ),
        target_parent,
    )


def merge_tags(
    store: Store, source_tag_id: int, target_tag_id: int, author: str | None = None
) -> Change:
    """Move every tagging of the source tag to the target tag, then delete the source."""
    if source_tag_id == target_tag_id:
        raise EditRefused("A tag cannot be merged into itself.")
    record = capture_merge(store, source_tag_id, target_tag_id)
    with store.transaction() as s:
        source, target = _tag_row(s, source_tag_id), _tag_row(s, target_tag_id)
        if source.case_id != target.case_id:
            raise EditRefused("Tags of different cases cannot be merged.")
        for claim_id in record.gained_claims:
            s.execute(
                insert(ClaimTag).values(
                    claim_id=claim_id, tag_id=target_tag_id, position=_next_claim_pos(s, claim_id)
                )
            )
        for evidence_id in record.gained_evidence:
            s.execute(
                insert(EvidenceTag).values(
                    evidence_id=evidence_id,
                    tag_id=target_tag_id,
                    position=_next_evidence_pos(s, evidence_id),
                )
            )
        # A target anywhere below the source takes the source's place first: left where it is,
        # the source's sub-tags moving under it would make a loop (S > C > T: C under T, T
        # under C), which no case file may hold. Then the source's sub-tags go under the target.
        if _is_below(s, target_tag_id, source_tag_id):
            s.execute(update(Tag).where(Tag.id == target_tag_id).values(parent_id=source.parent_id))
        moves = dict.fromkeys(set(record.source.children) - {target_tag_id}, target_tag_id)
        _drop(s, source_tag_id, moves)
        summary = f"Merged tag {source.name!r} into {target.name!r}"
        _log(s, source.case_id, author, summary)
    return _record_change(record.source, summary, extra_tags=(target_tag_id,))


def _is_below(s: Session, tag_id: int, ancestor_id: int) -> bool:
    """True when a tag is a sub-tag of another at any depth."""
    parent = _tag_row(s, tag_id).parent_id
    seen = {tag_id}
    while parent is not None and parent not in seen:
        if parent == ancestor_id:
            return True
        seen.add(parent)
        parent = _tag_row(s, parent).parent_id
    return False


def unmerge_tags(store: Store, record: MergeRecord, author: str | None = None) -> Change:
    """Undo a merge: take back the taggings the target gained and restore the source tag."""
    with store.transaction() as s:
        if record.gained_claims:
            s.execute(
                delete(ClaimTag).where(
                    ClaimTag.tag_id == record.target_id,
                    ClaimTag.claim_id.in_(record.gained_claims),
                )
            )
        if record.gained_evidence:
            s.execute(
                delete(EvidenceTag).where(
                    EvidenceTag.tag_id == record.target_id,
                    EvidenceTag.evidence_id.in_(record.gained_evidence),
                )
            )
        _put_back(s, record.source)  # also puts the source's sub-tags back under it
        s.execute(
            update(Tag).where(Tag.id == record.target_id).values(parent_id=record.target_parent)
        )
        summary = f"Unmerged tag {record.source.tag['name']!r}"
        _log(s, record.source.case_id, author, summary)
    return _record_change(record.source, summary, extra_tags=(record.target_id,))


def _next_claim_pos(s: Session, claim_id: int) -> int:
    return s.execute(
        select(func.coalesce(func.max(ClaimTag.position), -1) + 1).where(
            ClaimTag.claim_id == claim_id
        )
    ).scalar_one()


def _next_evidence_pos(s: Session, evidence_id: int) -> int:
    return s.execute(
        select(func.coalesce(func.max(EvidenceTag.position), -1) + 1).where(
            EvidenceTag.evidence_id == evidence_id
        )
    ).scalar_one()


def claim_tag_position(store: Store, claim_id: int, tag_id: int) -> int | None:
    """Where a tag stands among a claim's tags, so an undo can put it back there."""
    with store.reading() as s:
        return s.execute(
            select(ClaimTag.position).where(
                ClaimTag.claim_id == claim_id, ClaimTag.tag_id == tag_id
            )
        ).scalar()


def evidence_tag_position(store: Store, evidence_id: int, tag_id: int) -> int | None:
    """Where a tag stands among an evidence record's tags."""
    with store.reading() as s:
        return s.execute(
            select(EvidenceTag.position).where(
                EvidenceTag.evidence_id == evidence_id, EvidenceTag.tag_id == tag_id
            )
        ).scalar()


def apply_tag(
    store: Store,
    claim_id: int,
    tag_id: int,
    author: str | None = None,
    *,
    position: int | None = None,
) -> Change:
    """Tag a claim."""
    with store.transaction() as s:
        case_id = _claim_case(s, claim_id)
        row = _tag_row(s, tag_id)
        if row.case_id != case_id:
            raise EditRefused("That tag belongs to another case.")
        if s.execute(
            select(ClaimTag.tag_id).where(ClaimTag.claim_id == claim_id, ClaimTag.tag_id == tag_id)
        ).first():
            raise EditRefused(f"The claim already has the tag {row.name!r}.")
        pos = _next_claim_pos(s, claim_id) if position is None else position
        s.execute(insert(ClaimTag).values(claim_id=claim_id, tag_id=tag_id, position=pos))
        summary = f"Tagged claim {claim_id} {row.name!r}"
        _log(s, case_id, author, summary)
    return Change(case_id, summary, claims=frozenset({claim_id}), tags=frozenset({tag_id}))


def remove_tag(store: Store, claim_id: int, tag_id: int, author: str | None = None) -> Change:
    """Take a tag off a claim."""
    with store.transaction() as s:
        case_id = _claim_case(s, claim_id)
        row = _tag_row(s, tag_id)
        gone = s.execute(
            delete(ClaimTag).where(ClaimTag.claim_id == claim_id, ClaimTag.tag_id == tag_id)
        ).rowcount
        if not gone:
            raise EditRefused(f"The claim does not have the tag {row.name!r}.")
        summary = f"Removed tag {row.name!r} from claim {claim_id}"
        _log(s, case_id, author, summary)
    return Change(case_id, summary, claims=frozenset({claim_id}), tags=frozenset({tag_id}))


def apply_evidence_tag(
    store: Store,
    evidence_id: int,
    tag_id: int,
    author: str | None = None,
    *,
    position: int | None = None,
) -> Change:
    """Tag an evidence record."""
    with store.transaction() as s:
        case_id = _evidence_case(s, evidence_id)
        row = _tag_row(s, tag_id)
        if row.case_id != case_id:
            raise EditRefused("That tag belongs to another case.")
        if s.execute(
            select(EvidenceTag.tag_id).where(
                EvidenceTag.evidence_id == evidence_id, EvidenceTag.tag_id == tag_id
            )
        ).first():
            raise EditRefused(f"The evidence record already has the tag {row.name!r}.")
        pos = _next_evidence_pos(s, evidence_id) if position is None else position
        s.execute(insert(EvidenceTag).values(evidence_id=evidence_id, tag_id=tag_id, position=pos))
        summary = f"Tagged evidence record {evidence_id} {row.name!r}"
        _log(s, case_id, author, summary)
    return Change(case_id, summary, evidence=frozenset({evidence_id}), tags=frozenset({tag_id}))


def remove_evidence_tag(
    store: Store, evidence_id: int, tag_id: int, author: str | None = None
) -> Change:
    """Take a tag off an evidence record."""
    with store.transaction() as s:
        case_id = _evidence_case(s, evidence_id)
        row = _tag_row(s, tag_id)
        gone = s.execute(
            delete(EvidenceTag).where(
                EvidenceTag.evidence_id == evidence_id, EvidenceTag.tag_id == tag_id
            )
        ).rowcount
        if not gone:
            raise EditRefused(f"The evidence record does not have the tag {row.name!r}.")
        summary = f"Removed tag {row.name!r} from evidence record {evidence_id}"
        _log(s, case_id, author, summary)
    return Change(case_id, summary, evidence=frozenset({evidence_id}), tags=frozenset({tag_id}))
