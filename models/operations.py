"""Named edits to assessments and links: each is one transaction and returns what changed.

Every function here takes the store first, commits before it returns, and returns a `Change`
(see `models.edit_log`) that says which claims and links were touched, so that a view can
refresh only those, and carries the inverse edit, read in the same transaction. Each edit is
also written to the edit log with its author.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from models import attribution
from models.attribution import Stamp
from models.casefile import author_id
from models.edit_log import (
    Change,
    EditRefused,
    check_text,
    claim_case,
    inverse,
    link_row,
    log_edit,
)
from models.rows import RowRecord, insert_keyed, put_back, take_rows
from models.schema import Assessment, Author, Claim, Link, Side, utcnow
from models.store import Store, StoreError
from models.vocabulary import RELATIONS, STATUSES

_ASSESSOR: Any = object()  # set_assessment: the assessor is the author of the edit


@dataclass(frozen=True)
class AssessmentState:
    """A claim's assessment as it stands, so an undo can put it back."""

    status: str
    rationale: str
    author: str | None
    updated_at: datetime | None = None  # None: the claim had no assessment row yet
    role: str | None = None  # the database role the assessor wrote it as (PostgreSQL)


def _assessment(session: Session, claim_id: int) -> AssessmentState | None:
    row = session.execute(
        select(
            Assessment.status,
            Assessment.rationale,
            Author.name,
            Assessment.updated_at,
            Assessment.author_role,
        )
        .outerjoin(Author, Author.id == Assessment.author_id)
        .where(Assessment.claim_id == claim_id)
    ).first()
    return None if row is None else AssessmentState(*row)


def get_assessment(store: Store, claim_id: int) -> AssessmentState:
    """Read a claim's current assessment."""
    with store.reading() as s:
        state = _assessment(s, claim_id)
    return state or AssessmentState("unassessed", "", None)


def set_assessment(
    store: Store,
    claim_id: int,
    *,
    status: str | None = None,
    rationale: str | None = None,
    author: str | None = None,
    assessed_by: str | None = _ASSESSOR,
    updated_at: datetime | None = None,
    assessed_role: str | None = None,
) -> Change:
    """Set a claim's status and/or rationale, attributed to an author.

    The assessor recorded is the author, unless `assessed_by` names another (an undo puts back
    the assessor the claim had); `updated_at` and `assessed_role` are for an undo too, which
    puts back the time and the database role the assessment had. The inverse puts back only
    the fields given, as they were.

    The assessor answers for the rationale: a status set alone on a claim whose rationale is
    written keeps that rationale's author as the assessor (the edit log records who set the
    status), so a rationale is never shown under the name of someone who did not write it.
    """
    if status is not None and status not in STATUSES:
        raise EditRefused(f"{status!r} is not a status.")
    assessor = author if assessed_by is _ASSESSOR else assessed_by
    check_text("claim", "rationale", rationale, "A rationale")
    check_text("claim", "assessed_by", assessor, "An assessor's name")
    with store.transaction() as s:
        case_id = claim_case(s, claim_id)
        before = _assessment(s, claim_id)
        role = assessed_role if assessed_by is not _ASSESSOR else attribution.database_role(s)
        if rationale is None and assessed_by is _ASSESSOR and before and before.rationale.strip():
            assessor, role = before.author, before.role  # the rationale's author answers for it
        values: dict = {
            "author_id": author_id(s, assessor),
            "updated_at": updated_at or utcnow(),
            "author_role": role,
        }
        if status is not None:
            values["status"] = status
        if rationale is not None:
            values["rationale"] = rationale
        if before is None:
            s.execute(insert(Assessment).values(claim_id=claim_id, **values))
            undo = inverse(remove_assessment, claim_id)
        else:
            s.execute(update(Assessment).where(Assessment.claim_id == claim_id).values(**values))
            kept = {"status": before.status, "rationale": before.rationale}
            undo = inverse(
                set_assessment,
                claim_id,
                **{k: v for k, v in kept.items() if k in values},
                assessed_by=before.author,
                updated_at=before.updated_at,
                assessed_role=before.role,
            )
        what = f"status {status}" if status is not None else "rationale"
        summary = f"Set the {what} of claim {claim_id}"
        log_edit(s, case_id, author, summary)
    return Change(case_id, summary, claims=frozenset({claim_id}), inverse=undo)


def remove_assessment(store: Store, claim_id: int, *, author: str | None = None) -> Change:
    """Take a claim's assessment away (it reads as unassessed); the undo of a first assessment."""
    with store.transaction() as s:
        case_id = claim_case(s, claim_id)
        before = _assessment(s, claim_id)
        if before is None:
            raise EditRefused(f"Claim {claim_id} has no assessment to clear.")
        s.execute(delete(Assessment).where(Assessment.claim_id == claim_id))
        summary = f"Cleared the assessment of claim {claim_id}"
        log_edit(s, case_id, author, summary)
    undo = inverse(
        set_assessment,
        claim_id,
        status=before.status,
        rationale=before.rationale,
        assessed_by=before.author,
        updated_at=before.updated_at,
        assessed_role=before.role,
    )
    return Change(case_id, summary, claims=frozenset({claim_id}), inverse=undo)


def add_link(
    store: Store,
    allegation_id: int,
    response_id: int,
    relation: str,
    *,
    note: str = "",
    author: str | None = None,
) -> tuple[int, Change]:
    """Link an allegation claim to a response claim; return the new link's id."""
    if relation not in RELATIONS:
        raise EditRefused(f"{relation!r} is not a relation.")
    check_text("link", "note", note, "A link's note")
    with store.transaction() as s:
        case_id = claim_case(s, allegation_id)
        roles = dict(
            s.execute(
                select(Claim.id, Side.role)
                .join(Side, Side.id == Claim.side_id)
                .where(Claim.id.in_([allegation_id, response_id]))
            ).all()
        )
        if roles.get(allegation_id) != "allegation" or roles.get(response_id) != "response":
            raise EditRefused("A link joins one allegation claim and one response claim.")
        if s.execute(
            select(Link.id).where(
                Link.allegation_id == allegation_id, Link.response_id == response_id
            )
        ).scalar():
            raise EditRefused("These two claims are already linked.")
        link_id = insert_keyed(
            s,
            Link,
            case_id,
            "link",
            allegation_id=allegation_id,
            response_id=response_id,
            relation=relation,
            note=note,
            **attribution.values(attribution.LINK, attribution.now(s, author)),
        )
        summary = f"Linked claim {response_id} to claim {allegation_id} ({relation})"
        log_edit(s, case_id, author, summary)
    return link_id, _link_change(
        case_id, summary, allegation_id, response_id, link_id, inverse(remove_link, link_id)
    )


def _link_change(case_id, summary, allegation_id, response_id, link_id, undo) -> Change:
    return Change(
        case_id,
        summary,
        claims=frozenset({allegation_id, response_id}),
        links=frozenset({link_id}),
        structure=True,
        inverse=undo,
        created=link_id,
    )


def remove_link(store: Store, link_id: int, *, author: str | None = None) -> Change:
    """Remove a link; the undo puts it back with the same id, key and position."""
    with store.transaction() as s:
        record = take_rows(s, Link, link_id, (), "That link is no longer in the store.")
        row = record.row
        summary = f"Removed the link between claims {row['allegation_id']} and {row['response_id']}"
        log_edit(s, record.case_id, author, summary)
    return _link_change(
        record.case_id,
        summary,
        row["allegation_id"],
        row["response_id"],
        link_id,
        inverse(restore_link, record),
    )


def restore_link(store: Store, record: RowRecord, *, author: str | None = None) -> Change:
    """Put a removed link back as it was (the undo of `remove_link`)."""
    with store.transaction() as s:
        put_back(s, record, "That link is already in the store.")
        row = record.row
        summary = (
            f"Restored the link between claims {row['allegation_id']} and {row['response_id']}"
        )
        log_edit(s, record.case_id, author, summary)
    return _link_change(
        record.case_id,
        summary,
        row["allegation_id"],
        row["response_id"],
        record.id,
        inverse(remove_link, record.id),
    )


def set_relation(
    store: Store,
    link_id: int,
    relation: str,
    *,
    author: str | None = None,
    stamp: Stamp | None = None,
) -> Change:
    """Change the relation type of a link, attributed to the author (`stamp`: an undo's)."""
    if relation not in RELATIONS:
        raise EditRefused(f"{relation!r} is not a relation.")
    with store.transaction() as s:
        row = link_row(s, link_id)
        columns = [getattr(Link, c) for c in attribution.LINK]
        found = dict(
            s.execute(select(Link.relation, *columns).where(Link.id == link_id)).one()._mapping
        )
        old = found.pop("relation")
        old_stamp = attribution.from_row(found, attribution.LINK)
        written = attribution.values(attribution.LINK, stamp or attribution.now(s, author))
        s.execute(update(Link).where(Link.id == link_id).values(relation=relation, **written))
        summary = (
            f"Set the relation between claims {row.allegation_id} and {row.response_id} "
            f"to {relation}"
        )
        log_edit(s, row.case_id, author, summary)
    return Change(
        row.case_id,
        summary,
        claims=frozenset({row.allegation_id, row.response_id}),
        links=frozenset({link_id}),
        inverse=inverse(set_relation, link_id, old, stamp=old_stamp),
    )


__all__ = [
    "AssessmentState",
    "Change",
    "EditRefused",
    "StoreError",
    "add_link",
    "check_text",
    "get_assessment",
    "remove_assessment",
    "remove_link",
    "restore_link",
    "set_assessment",
    "set_relation",
]
