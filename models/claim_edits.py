"""Named edits to claims: change their fields, create one from a source span, delete and restore.

Each function is one transaction, writes an edit-log row and returns a `Change` with its inverse,
like `models.operations`. A delete takes the claim out with its assessment, tags, evidence and
links (`models.rows.take_rows`), and its inverse `restore_claim` puts them back with the same id,
key and position, so later undo commands that name the claim still find it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from models.edit_log import Change, EditRefused, check_text, claim_case, inverse, log_edit
from models.limits import max_claims
from models.rows import RowRecord, insert_keyed, next_position, put_back, take_rows
from models.schema import (
    AnchorCandidate,
    Assessment,
    Claim,
    ClaimEvidence,
    ClaimTag,
    Link,
    Side,
    Source,
)
from models.store import Store
from models.vocabulary import CLAIM_KINDS, ROLES

_UNSET: Any = object()


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
        case_id = claim_case(s, claim_id)
        columns = [getattr(Claim, name) for name in values]
        old = dict(s.execute(select(*columns).where(Claim.id == claim_id)).one()._mapping)
        s.execute(update(Claim).where(Claim.id == claim_id).values(**values))
        summary = f"Changed the {', '.join(sorted(values))} of claim {claim_id}"
        log_edit(s, case_id, author, summary)
    return Change(
        case_id,
        summary,
        claims=frozenset({claim_id}),
        inverse=inverse(update_claim, claim_id, **old),
    )


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
    return next_position(s, Claim.position, Claim.case_id == case_id)


def _make_room(s: Session, case_id: int, position: int) -> bool:
    """Move the claims from `position` on one place down, if it is taken; say if they moved."""
    taken = s.execute(
        select(Claim.id).where(Claim.case_id == case_id, Claim.position == position)
    ).first()
    if taken is not None:
        s.execute(
            update(Claim)
            .where(Claim.case_id == case_id, Claim.position >= position)
            .values(position=Claim.position + 1)
        )
    return taken is not None


def _close_gap(s: Session, case_id: int, position: int) -> None:
    """Move the claims after `position` one place up: the inverse of `_make_room`."""
    s.execute(
        update(Claim)
        .where(Claim.case_id == case_id, Claim.position > position)
        .values(position=Claim.position - 1)
    )


def _check_room(s: Session, case_id: int) -> None:
    # The import refuses a case of more claims, so a case grown past it could not come back.
    limit = max_claims()
    count = s.execute(select(func.count()).where(Claim.case_id == case_id)).scalar_one()
    if count >= limit:
        raise EditRefused(f"A case can hold at most {limit:,} claims; this one is full.")


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
        _check_room(s, case_id)
        position = _reading_position(s, side_id, source_id, start)
        moved = _make_room(s, case_id, position)
        claim_id = insert_keyed(
            s,
            Claim,
            case_id,
            "claim",
            position,
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
        summary = f"Created {side_role} claim {claim_id}"
        log_edit(s, case_id, author, summary)
    return claim_id, Change(
        case_id,
        summary,
        claims=frozenset({claim_id}),
        structure=True,
        inverse=inverse(delete_claim, claim_id, close_gap=moved),
        created=claim_id,
    )


def _dependants(claim_id: int) -> tuple:
    """What a claim takes with it when it goes: in the order they are put back."""
    return (
        (Assessment, Assessment.claim_id == claim_id),
        (ClaimTag, ClaimTag.claim_id == claim_id),
        (ClaimEvidence, ClaimEvidence.claim_id == claim_id),
        (Link, (Link.allegation_id == claim_id) | (Link.response_id == claim_id)),
        (AnchorCandidate, AnchorCandidate.claim_id == claim_id),
    )


def _claim_change(record: RowRecord, summary: str, undo) -> Change:
    links = record.rows(Link)
    others = {r["allegation_id"] for r in links} | {r["response_id"] for r in links}
    return Change(
        record.case_id,
        summary,
        claims=frozenset(others | {record.id}),
        links=frozenset(r["id"] for r in links),
        evidence=frozenset(r["evidence_id"] for r in record.rows(ClaimEvidence)),
        structure=True,
        inverse=undo,
        created=record.id,
    )


def delete_claim(
    store: Store, claim_id: int, author: str | None = None, *, close_gap: bool = False
) -> Change:
    """Delete a claim with its assessment, tags, evidence attachments and links.

    `close_gap` moves the claims after it up one place: the undo of a create that made room.
    """
    with store.transaction() as s:
        record = take_rows(
            s,
            Claim,
            claim_id,
            _dependants(claim_id),
            f"Claim {claim_id} is no longer in the store.",
        )
        if close_gap:
            _close_gap(s, record.case_id, record.row["position"])
        summary = f"Deleted claim {claim_id}"
        log_edit(s, record.case_id, author, summary)
    return _claim_change(record, summary, inverse(restore_claim, record))


def restore_claim(store: Store, record: RowRecord, author: str | None = None) -> Change:
    """Put a deleted claim back, with the same id, key and position, and all it had."""
    with store.transaction() as s:
        moved = False
        if s.execute(select(Claim.id).where(Claim.id == record.id)).first() is None:
            moved = _make_room(s, record.case_id, record.row["position"])
        put_back(s, record, f"Claim {record.id} is already in the store.")
        summary = f"Restored claim {record.id}"
        log_edit(s, record.case_id, author, summary)
    return _claim_change(record, summary, inverse(delete_claim, record.id, close_gap=moved))
