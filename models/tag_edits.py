"""Named edits to tags: create, rename, recolour, icon, nest, merge, delete, apply and remove.

Each function is one transaction, writes an edit-log row and returns a `Change` with its
inverse, read in the same transaction. A delete or a merge returns what it took (a `TagRecord`,
a `MergeRecord`) inside its inverse, which (`restore_tag`, `unmerge_tags`) puts it back exactly,
with the same ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from models import tables
from models.case_references import character_problem
from models.edit_log import (
    Change,
    EditRefused,
    checked_update,
    claim_case,
    evidence_case,
    inverse,
    log_edit,
)
from models.i18n import Context, fill
from models.limits import check_text
from models.rows import (
    RowRecord,
    insert_keyed,
    lock_case_keys,
    next_position,
    put_back,
    take_rows,
)
from models.schema import ClaimTag, EvidenceTag, Tag
from models.store import Store

TagEdits = Context("TagEdits")

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}\Z")  # \Z: "$" would let a final newline through


def _check_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise EditRefused(TagEdits.tr("A tag needs a name."))
    if len(name) > 200:
        raise EditRefused(TagEdits.tr("A tag's name can be at most 200 characters long."))
    if (problem := character_problem(name)) is not None:
        raise EditRefused(fill(TagEdits.tr("A tag's name cannot be saved: %1"), problem))
    return name


def _check_colour(color: str) -> str:
    if not _COLOUR.match(color or ""):
        raise EditRefused(
            fill(TagEdits.tr("%1 is not a colour; write it as #rrggbb."), repr(color))
        )
    return color.lower()


def _tag_row(s: Session, tag_id: int, *, hold: bool = False):
    """A tag's row, refused if it is gone; `hold`: kept (KEY SHARE) until commit, so that it
    cannot be deleted meanwhile (the parent of a new tag)."""
    query = select(Tag.case_id, Tag.name, Tag.color, Tag.icon, Tag.parent_id, Tag.version).where(
        Tag.id == tag_id
    )
    row = s.execute(query.with_for_update(key_share=True) if hold else query).first()
    if row is None:
        raise EditRefused(fill(TagEdits.tr("Tag %1 is no longer in the store."), tag_id))
    return row


def _refuse_duplicate(s: Session, case_id: int, name: str, tag_id: int | None = None) -> None:
    same = s.execute(
        select(Tag.id).where(Tag.case_id == case_id, func.lower(Tag.name) == name.lower())
    ).scalars()
    if any(found != tag_id for found in same):
        raise EditRefused(
            fill(
                TagEdits.tr("There is already a tag called %1; merge the two instead."), repr(name)
            )
        )


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
        # Locks in the order every tag edit takes them: the parent first (so that a colleague
        # deleting it at the same moment is waited for, not deadlocked with), then the case's
        # (before the name is checked: two tags made at once cannot both take one name).
        if parent_id is not None and _tag_row(s, parent_id, hold=True).case_id != case_id:
            raise EditRefused(TagEdits.tr("The parent tag belongs to another case."))
        lock_case_keys(s, case_id)
        _refuse_duplicate(s, case_id, name)
        tag_id = insert_keyed(
            s, Tag, case_id, "tag", name=name, color=color, icon=icon or None, parent_id=parent_id
        )
        summary = f"Created tag {name!r}"
        log_edit(s, case_id, author, summary, kind="tag.create")
    return tag_id, Change(
        case_id,
        summary,
        tags=frozenset({tag_id}),
        structure=True,
        inverse=inverse(delete_tag, tag_id),
        created=tag_id,
    )


def _set(
    store: Store, tag_id: int, field: str, value, what: str, author, edit, expected=None
) -> Change:
    """Set one field of a tag; the inverse is `edit` (this very edit) with the old value.

    Over version `expected` if given (a colleague's change since raises `Conflict`).
    """
    entity = f"tag:{tag_id}"
    with store.transaction() as s:
        row = _tag_row(s, tag_id)
        if field == "name":
            _refuse_duplicate(s, row.case_id, value, tag_id)
        old = getattr(row, field)
        seen = row.version if expected is None or old == value else expected
        version = checked_update(
            s,
            Tag,
            Tag.id == tag_id,
            {field: value},
            seen,
            entity=entity,
            case_id=row.case_id,
            retry=None,
        )
        summary = f"{what} of tag {row.name!r}"
        log_edit(
            s,
            row.case_id,
            author,
            summary,
            kind=f"tag.{field}",
            entity=entity,
            before={field: old},
            after={field: value},
        )
    return Change(
        row.case_id,
        summary,
        tags=frozenset({tag_id}),
        inverse=inverse(edit, tag_id, old, expected=version),
    )


def rename_tag(
    store: Store, tag_id: int, name: str, author: str | None = None, expected: int | None = None
) -> Change:
    """Rename a tag."""
    name = _check_name(name)
    return _set(store, tag_id, "name", name, "Renamed", author, rename_tag, expected)


def recolour_tag(
    store: Store, tag_id: int, color: str, author: str | None = None, expected: int | None = None
) -> Change:
    """Give a tag another colour (#rrggbb)."""
    colour = _check_colour(color)
    what = "Changed the colour"
    return _set(store, tag_id, "color", colour, what, author, recolour_tag, expected)


def set_tag_icon(
    store: Store,
    tag_id: int,
    icon: str | None,
    author: str | None = None,
    expected: int | None = None,
) -> Change:
    """Give a tag another icon (a qtawesome glyph name), or none."""
    check_text("tag", "icon", icon, TagEdits.tr("An icon name"))
    what = "Changed the icon"
    return _set(store, tag_id, "icon", icon or None, what, author, set_tag_icon, expected)


def set_tag_parent(
    store: Store, tag_id: int, parent_id: int | None, author: str | None = None
) -> Change:
    """Nest a tag under another, or make it top-level (None); refuse a loop."""
    with store.transaction() as s:
        row = _tag_row(s, tag_id)
        ancestor = parent_id
        while ancestor is not None:
            if ancestor == tag_id:
                raise EditRefused(
                    TagEdits.tr("A tag cannot be nested under itself or its own sub-tags.")
                )
            parent = _tag_row(s, ancestor)
            if parent.case_id != row.case_id:
                raise EditRefused(TagEdits.tr("The parent tag belongs to another case."))
            ancestor = parent.parent_id
        s.execute(update(Tag).where(Tag.id == tag_id).values(parent_id=parent_id))
        summary = f"Moved tag {row.name!r}"
        log_edit(s, row.case_id, author, summary, kind="tag.parent")
    return Change(
        row.case_id,
        summary,
        tags=frozenset({tag_id}),
        structure=True,
        inverse=inverse(set_tag_parent, tag_id, row.parent_id),
    )


@dataclass(frozen=True)
class TagRecord:
    """A deleted tag with its taggings, and the sub-tags that sat under it, to put it back."""

    rows: RowRecord
    children: tuple[int, ...]

    @property
    def id(self) -> int:
        """The tag's id."""
        return self.rows.id

    @property
    def case_id(self) -> int:
        """The case the tag belongs to."""
        return self.rows.case_id

    @property
    def name(self) -> str:
        """The tag's name."""
        return self.rows.row["name"]


def _take(s: Session, tag_id: int, children_to: int | None) -> TagRecord:
    """Delete a tag and its taggings; its sub-tags move under `children_to`."""
    _tag_row(s, tag_id)
    children = tuple(s.execute(select(Tag.id).where(Tag.parent_id == tag_id)).scalars())
    moving = [child for child in children if child != children_to]  # never under itself
    if moving:
        s.execute(update(Tag).where(Tag.id.in_(moving)).values(parent_id=children_to))
    rows = take_rows(
        s,
        Tag,
        tag_id,
        ((ClaimTag, ClaimTag.tag_id == tag_id), (EvidenceTag, EvidenceTag.tag_id == tag_id)),
        fill(TagEdits.tr("Tag %1 is no longer in the store."), tag_id),
    )
    return TagRecord(rows, children)


def _put_back(s: Session, record: TagRecord) -> None:
    put_back(s, record.rows, fill(TagEdits.tr("Tag %1 is already in the store."), record.id))
    if record.children:
        s.execute(update(Tag).where(Tag.id.in_(record.children)).values(parent_id=record.id))


def _record_change(record: TagRecord, summary: str, undo, extra_tags=()) -> Change:
    return Change(
        record.case_id,
        summary,
        claims=frozenset(r["claim_id"] for r in record.rows.rows(ClaimTag)),
        evidence=frozenset(r["evidence_id"] for r in record.rows.rows(EvidenceTag)),
        tags=frozenset({record.id, *record.children, *extra_tags}),
        structure=True,
        inverse=undo,
        created=record.id,
    )


def delete_tag(store: Store, tag_id: int, author: str | None = None) -> Change:
    """Delete a tag and remove it everywhere; its sub-tags move up to its parent."""
    with store.transaction() as s:
        record = _take(s, tag_id, _tag_row(s, tag_id).parent_id)
        summary = f"Deleted tag {record.name!r}"
        log_edit(s, record.case_id, author, summary, kind="tag.delete")
    return _record_change(record, summary, inverse(restore_tag, record))


def restore_tag(store: Store, record: TagRecord, author: str | None = None) -> Change:
    """Put a deleted tag back with the same id, its taggings and its sub-tags."""
    with store.transaction() as s:
        _put_back(s, record)
        summary = f"Restored tag {record.name!r}"
        log_edit(s, record.case_id, author, summary, kind="tag.restore")
    return _record_change(record, summary, inverse(delete_tag, record.id))


@dataclass(frozen=True)
class MergeRecord:
    """What a merge changed: the source tag as it was, and the taggings the target gained."""

    source: TagRecord
    target_id: int
    gained_claims: tuple[int, ...]
    gained_evidence: tuple[int, ...]
    target_parent: int | None  # where the target sat before: a merge may move it up


def merge_tags(
    store: Store, source_tag_id: int, target_tag_id: int, author: str | None = None
) -> Change:
    """Move every tagging of the source tag to the target tag, then delete the source."""
    if source_tag_id == target_tag_id:
        raise EditRefused(TagEdits.tr("A tag cannot be merged into itself."))
    with store.transaction() as s:
        source, target = _tag_row(s, source_tag_id), _tag_row(s, target_tag_id)
        if source.case_id != target.case_id:
            raise EditRefused(TagEdits.tr("Tags of different cases cannot be merged."))
        gained_claims = _gained(s, ClaimTag, ClaimTag.claim_id, source_tag_id, target_tag_id)
        gained_evidence = _gained(
            s, EvidenceTag, EvidenceTag.evidence_id, source_tag_id, target_tag_id
        )
        for claim_id in gained_claims:
            s.execute(
                insert(ClaimTag).values(
                    claim_id=claim_id, tag_id=target_tag_id, position=_next_claim_pos(s, claim_id)
                )
            )
        for evidence_id in gained_evidence:
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
        taken = _take(s, source_tag_id, target_tag_id)
        record = MergeRecord(taken, target_tag_id, gained_claims, gained_evidence, target.parent_id)
        summary = f"Merged tag {source.name!r} into {target.name!r}"
        log_edit(s, source.case_id, author, summary, kind="tag.merge")
    return _record_change(
        record.source, summary, inverse(unmerge_tags, record), extra_tags=(target_tag_id,)
    )


def _gained(s: Session, model, item, source_tag_id: int, target_tag_id: int) -> tuple[int, ...]:
    """The items (claims or evidence) tagged with the source and not yet with the target."""
    has = select(item).where(model.tag_id == target_tag_id)
    return tuple(
        s.execute(
            select(item).where(model.tag_id == source_tag_id, item.not_in(has)).order_by(item)
        ).scalars()
    )


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
        summary = f"Unmerged tag {record.source.name!r}"
        log_edit(s, record.source.case_id, author, summary, kind="tag.unmerge")
    undo = inverse(merge_tags, record.source.id, record.target_id)
    return _record_change(record.source, summary, undo, extra_tags=(record.target_id,))


def _next_claim_pos(s: Session, claim_id: int) -> int:
    return next_position(s, ClaimTag.position, ClaimTag.claim_id == claim_id)


def _next_evidence_pos(s: Session, evidence_id: int) -> int:
    return next_position(s, EvidenceTag.position, EvidenceTag.evidence_id == evidence_id)


def _claim_and_tag_statement():
    claim, tag = bindparam("claim_id"), bindparam("tag_id")
    claim_tag = tables.ClaimTag
    return select(
        select(tables.Claim.case_id).where(tables.Claim.id == claim).scalar_subquery(),
        select(claim_tag.position)
        .where(claim_tag.claim_id == claim, claim_tag.tag_id == tag)
        .scalar_subquery(),
        select(func.coalesce(func.max(claim_tag.position), -1) + 1)
        .where(claim_tag.claim_id == claim)
        .scalar_subquery(),
        tables.Tag.case_id,
        tables.Tag.name,
    ).where(tables.Tag.id == tag)


_CLAIM_AND_TAG = _claim_and_tag_statement()


def _claim_and_tag(s: Session, claim_id: int, tag_id: int):
    """In one statement: the claim's case, the tag's row (case, name), the tag's position among
    the claim's tags (None: the claim does not have it) and one past the last; refused if the
    claim or the tag is gone."""
    row = s.execute(_CLAIM_AND_TAG, {"claim_id": claim_id, "tag_id": tag_id}).first()
    if row is None:
        claim_case(s, claim_id)  # a claim gone is said first, as for the tag's other edits
        raise EditRefused(fill(TagEdits.tr("Tag %1 is no longer in the store."), tag_id))
    case_id, had, last, *tag = row
    if case_id is None:
        raise EditRefused(fill(TagEdits.tr("Claim %1 is no longer in the store."), claim_id))
    return case_id, _Tag(*tag), had, last


@dataclass(frozen=True)
class _Tag:
    case_id: int
    name: str


def apply_tag(
    store: Store,
    claim_id: int,
    tag_id: int,
    author: str | None = None,
    *,
    position: int | None = None,
) -> Change:
    """Tag a claim (last among its tags, unless an undo puts it back at `position`)."""
    with store.transaction() as s:
        case_id, row, had, last = _claim_and_tag(s, claim_id, tag_id)
        if row.case_id != case_id:
            raise EditRefused(TagEdits.tr("That tag belongs to another case."))
        if had is not None:
            raise EditRefused(
                fill(TagEdits.tr("The claim already has the tag %1."), repr(row.name))
            )
        pos = last if position is None else position
        s.execute(insert(ClaimTag).values(claim_id=claim_id, tag_id=tag_id, position=pos))
        summary = f"Tagged claim {claim_id} {row.name!r}"
        log_edit(
            s,
            case_id,
            author,
            summary,
            kind="tag.apply",
            entity=f"claim_tag:{claim_id}:{tag_id}",
            claims={claim_id},
            after={"tag": row.name},
        )
    return Change(
        case_id,
        summary,
        claims=frozenset({claim_id}),
        tags=frozenset({tag_id}),
        inverse=inverse(remove_tag, claim_id, tag_id),
    )


def remove_tag(store: Store, claim_id: int, tag_id: int, author: str | None = None) -> Change:
    """Take a tag off a claim; the undo puts it back where it stood among the claim's tags."""
    with store.transaction() as s:
        case_id, row, position, _last = _claim_and_tag(s, claim_id, tag_id)
        where = (ClaimTag.claim_id == claim_id, ClaimTag.tag_id == tag_id)
        if position is None:
            raise EditRefused(
                fill(TagEdits.tr("The claim does not have the tag %1."), repr(row.name))
            )
        s.execute(delete(ClaimTag).where(*where))
        summary = f"Removed tag {row.name!r} from claim {claim_id}"
        log_edit(
            s,
            case_id,
            author,
            summary,
            kind="tag.remove",
            entity=f"claim_tag:{claim_id}:{tag_id}",
            claims={claim_id},
            before={"tag": row.name},
        )
    return Change(
        case_id,
        summary,
        claims=frozenset({claim_id}),
        tags=frozenset({tag_id}),
        inverse=inverse(apply_tag, claim_id, tag_id, position=position),
    )


def apply_evidence_tag(
    store: Store,
    evidence_id: int,
    tag_id: int,
    author: str | None = None,
    *,
    position: int | None = None,
) -> Change:
    """Tag an evidence record (last among its tags, unless an undo gives `position`)."""
    with store.transaction() as s:
        case_id = evidence_case(s, evidence_id)
        row = _tag_row(s, tag_id)
        if row.case_id != case_id:
            raise EditRefused(TagEdits.tr("That tag belongs to another case."))
        if s.execute(
            select(EvidenceTag.tag_id).where(
                EvidenceTag.evidence_id == evidence_id, EvidenceTag.tag_id == tag_id
            )
        ).first():
            raise EditRefused(
                fill(TagEdits.tr("The evidence record already has the tag %1."), repr(row.name))
            )
        pos = _next_evidence_pos(s, evidence_id) if position is None else position
        s.execute(insert(EvidenceTag).values(evidence_id=evidence_id, tag_id=tag_id, position=pos))
        summary = f"Tagged evidence record {evidence_id} {row.name!r}"
        log_edit(s, case_id, author, summary, kind="evidence.tag")
    return Change(
        case_id,
        summary,
        evidence=frozenset({evidence_id}),
        tags=frozenset({tag_id}),
        inverse=inverse(remove_evidence_tag, evidence_id, tag_id),
    )


def remove_evidence_tag(
    store: Store, evidence_id: int, tag_id: int, author: str | None = None
) -> Change:
    """Take a tag off an evidence record; the undo puts it back where it stood."""
    with store.transaction() as s:
        case_id = evidence_case(s, evidence_id)
        row = _tag_row(s, tag_id)
        where = (EvidenceTag.evidence_id == evidence_id, EvidenceTag.tag_id == tag_id)
        position = s.execute(select(EvidenceTag.position).where(*where)).scalar()
        if position is None:
            raise EditRefused(
                fill(TagEdits.tr("The evidence record does not have the tag %1."), repr(row.name))
            )
        s.execute(delete(EvidenceTag).where(*where))
        summary = f"Removed tag {row.name!r} from evidence record {evidence_id}"
        log_edit(s, case_id, author, summary, kind="evidence.untag")
    return Change(
        case_id,
        summary,
        evidence=frozenset({evidence_id}),
        tags=frozenset({tag_id}),
        inverse=inverse(apply_evidence_tag, evidence_id, tag_id, position=position),
    )
