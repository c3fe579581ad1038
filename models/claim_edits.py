"""Named edits to claims: change their fields, create one from a source span, delete and restore.

Each function is one transaction, writes an edit-log row and returns a `Change`, like
`models.operations`. A delete is made undoable by capturing the claim first (`capture_claim`),
with its assessment, tags, evidence and links, so that `restore_claim` puts it back with the same
id, key and position, and later undo commands that name the claim still find it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from models.operations import Change, EditRefused, _claim_case, _fresh_key, _log, check_text
from models.schema import Assessment, Claim, ClaimEvidence, ClaimTag, Link, Side, Source
from models.store import Store
from models.vocabulary import CLAIM_KINDS, ROLES

_UNSET: Any = object()


def rows_of(session: Session, table: Table, *where) -> tuple[dict, ...]:
    """Return the rows of a table that match, as plain dicts keyed by column name."""
    return tuple(dict(r) for r in session.execute(select(table).where(*where)).mappings())


def put_rows(session: Session, table: Table, rows: tuple[dict, ...]) -> None:
    """Insert rows captured by `rows_of`, with their original ids."""
    if rows:
        session.execute(insert(table), [dict(r) for r in rows])


def update_claim(
    store: Store,
    claim_id: int,
    *,
    paraphrase: str | None = _UNSET,
    speaker: str | None = _UNSET,
    kind: str = _UNSET,
    notes: str = _UNSET,
    author: str | None = None,
) -> Change:
    """Change a claim's paraphrase, speaker, kind or notes; only the fields given change."""
    values: dict[str, Any] = {}
    if paraphrase is not _UNSET:
        values["paraphrase"] = paraphrase or None
    if speaker is not _UNSET:
        values["speaker"] = speaker or None
    if kind is not _UNSET:
        if kind not in CLAIM_KINDS:
            raise EditRefused(f"{kind!r} is not a kind of claim.")
        values["kind"] = kind
    if notes is not _UNSET:
        values["notes"] = notes or ""
    if not values:
        raise EditRefused("Nothing to change.")
    for field, name in (
        ("paraphrase", "A paraphrase"),
        ("speaker", "A speaker"),
        ("notes", "Notes"),
    ):
        if field in values:
            check_text("claim", field, values[field], name)
    with store.transaction() as s:
        case_id = _claim_case(s, claim_id)
        s.execute(update(Claim).where(Claim.id == claim_id).values(**values))
        summary = f"Changed the {', '.join(sorted(values))} of claim {claim_id}"
        _log(s, case_id, author, summary)
    return Change(case_id, summary, claims=frozenset({claim_id}))


def claim_fields(store: Store, claim_id: int) -> dict[str, Any]:
    """Read a claim's editable fields, so an undo can put them back."""
    with store.reading() as s:
        row = s.execute(
            select(Claim.paraphrase, Claim.speaker, Claim.kind, Claim.notes).where(
                Claim.id == claim_id
            )
        ).first()
    if row is None:
        raise EditRefused(f"Claim {claim_id} is no longer in the store.")
    return dict(row._mapping)


def _reading_position(s: Session, side_id: int, source_id: int, start: int) -> int:
    """Where a claim starting at `start` goes so that its side stays in reading order."""
    source_pos = select(Source.position).where(Source.id == source_id).scalar_subquery()
    after = s.execute(
        select(func.min(Claim.position))
        .join(Source, Source.id == Claim.source_id)
        .where(Claim.side_id == side_id)
        .where(
            (Source.position > source_pos)
            | ((Source.position == source_pos) & (Claim.start > start))
        )
    ).scalar()
    if after is not None:
        return after
    case_id = s.execute(select(Side.case_id).where(Side.id == side_id)).scalar_one()
    return s.execute(
        select(func.coalesce(func.max(Claim.position), -1) + 1).where(Claim.case_id == case_id)
    ).scalar_one()


def _make_room(s: Session, case_id: int, position: int) -> None:
    taken = s.execute(
        select(Claim.id).where(Claim.case_id == case_id, Claim.position == position)
    ).first()
    if taken is not None:
        s.execute(
            update(Claim)
            .where(Claim.case_id == case_id, Claim.position >= position)
            .values(position=Claim.position + 1)
        )


def create_claim(
    store: Store,
    case_id: int,
    side_role: str,
    source_id: int,
    start: int,
    end: int,
    *,
    speaker: str | None = None,
    kind: str = "factual_assertion",
    author: str | None = None,
) -> tuple[int, Change]:
    """Create a claim on one side from the span start:end of a source; return its id."""
    if side_role not in ROLES:
        raise EditRefused(f"{side_role!r} is not a side.")
    if kind not in CLAIM_KINDS:
        raise EditRefused(f"{kind!r} is not a kind of claim.")
    check_text("claim", "speaker", speaker, "A speaker")
    with store.transaction() as s:
        text = s.execute(
            select(Source.text).where(Source.id == source_id, Source.case_id == case_id)
        ).scalar()
        if text is None:
            raise EditRefused("That source is not in this case.")
        if not (0 <= start < end <= len(text)):
            raise EditRefused(
                f"Select some text first: the span {start}–{end} is empty or outside the source."
            )
        quote = text[start:end]
        if not quote.strip():
            raise EditRefused("The selected text is only blank space; select words to quote.")
        side_id = s.execute(
            select(Side.id).where(Side.case_id == case_id, Side.role == side_role)
        ).scalar()
        if side_id is None:
            raise EditRefused(f"This case has no {side_role} side.")
        position = _reading_position(s, side_id, source_id, start)
        _make_room(s, case_id, position)
        claim_id = s.execute(
            insert(Claim)
            .values(
                case_id=case_id,
                key=_fresh_key(s, Claim, case_id, "claim"),
                position=position,
                side_id=side_id,
                source_id=source_id,
                start=start,
                end=end,
                quote=quote,
                paraphrase=None,
                speaker=speaker or None,
                kind=kind,
                notes="",
            )
            .returning(Claim.id)
        ).scalar_one()
        summary = f"Created {side_role} claim {claim_id}"
        _log(s, case_id, author, summary)
    return claim_id, Change(case_id, summary, claims=frozenset({claim_id}), structure=True)


@dataclass(frozen=True)
class ClaimRecord:
    """Everything a deleted claim took with it, to put it back exactly."""

    id: int
    case_id: int
    claim: dict
    assessment: tuple[dict, ...]
    tags: tuple[dict, ...]
    evidence: tuple[dict, ...]
    links: tuple[dict, ...]


def capture_claim(store: Store, claim_id: int) -> ClaimRecord:
    """Read a claim and everything attached to it, before deleting it."""
    with store.reading() as s:
        claim = rows_of(s, Claim.__table__, Claim.id == claim_id)
        if not claim:
            raise EditRefused(f"Claim {claim_id} is no longer in the store.")
        return ClaimRecord(
            id=claim_id,
            case_id=claim[0]["case_id"],
            claim=claim[0],
            assessment=rows_of(s, Assessment.__table__, Assessment.claim_id == claim_id),
            tags=rows_of(s, ClaimTag.__table__, ClaimTag.claim_id == claim_id),
            evidence=rows_of(s, ClaimEvidence.__table__, ClaimEvidence.claim_id == claim_id),
            links=rows_of(
                s,
                Link.__table__,
                (Link.allegation_id == claim_id) | (Link.response_id == claim_id),
            ),
        )


def delete_claim(store: Store, claim_id: int, author: str | None = None) -> Change:
    """Delete a claim with its assessment, tags, evidence attachments and links."""
    with store.transaction() as s:
        case_id = _claim_case(s, claim_id)
        linked = s.execute(
            select(Link.id, Link.allegation_id, Link.response_id).where(
                (Link.allegation_id == claim_id) | (Link.response_id == claim_id)
            )
        ).all()
        # Delete dependants explicitly, so the edit does not rely on the database cascading.
        s.execute(delete(Link).where(Link.id.in_([r.id for r in linked])))
        s.execute(delete(Assessment).where(Assessment.claim_id == claim_id))
        s.execute(delete(ClaimTag).where(ClaimTag.claim_id == claim_id))
        s.execute(delete(ClaimEvidence).where(ClaimEvidence.claim_id == claim_id))
        s.execute(delete(Claim).where(Claim.id == claim_id))
        summary = f"Deleted claim {claim_id}"
        _log(s, case_id, author, summary)
    others = {r.allegation_id for r in linked} | {r.response_id for r in linked}
    return Change(
        case_id,
        summary,
        claims=frozenset(others | {claim_id}),
        links=frozenset(r.id for r in linked),
        structure=True,
    )


def restore_claim(store: Store, record: ClaimRecord, author: str | None = None) -> Change:
    """Put a deleted claim back, with the same id, key and position, and all it had."""
    with store.transaction() as s:
        if s.execute(select(Claim.id).where(Claim.id == record.id)).first() is not None:
            raise EditRefused(f"Claim {record.id} is already in the store.")
        _make_room(s, record.case_id, record.claim["position"])
        put_rows(s, Claim.__table__, (record.claim,))
        put_rows(s, Assessment.__table__, record.assessment)
        put_rows(s, ClaimTag.__table__, record.tags)
        put_rows(s, ClaimEvidence.__table__, record.evidence)
        put_rows(s, Link.__table__, record.links)
        summary = f"Restored claim {record.id}"
        _log(s, record.case_id, author, summary)
    others = {r["allegation_id"] for r in record.links} | {r["response_id"] for r in record.links}
    return Change(
        record.case_id,
        summary,
        claims=frozenset(others | {record.id}),
        links=frozenset(r["id"] for r in record.links),
        evidence=frozenset(r["evidence_id"] for r in record.evidence),
        structure=True,
    )
