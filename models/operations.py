"""Named edits to assessments and links: each is one transaction and returns what changed.

Every function here takes the store first, commits before it returns, and returns a `Change`
(see `models.edit_log`) that says which claims and links were touched, so that a view can
refresh only those, and carries the inverse edit, read in the same transaction. Each edit is
also written to the edit log with its author.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from models import attribution, tables
from models.attribution import Stamp
from models.casefile import author_id
from models.edit_log import (
    Change,
    Conflict,
    EditRefused,
    checked_update,
    conflict,
    insert_if_absent,
    inverse,
    link_row,
    log_edit,
    still,
)
from models.i18n import Context, fill
from models.limits import check_text
from models.rows import RowRecord, insert_keyed, put_back, take_rows
from models.schema import Assessment, Link, utcnow
from models.store import Store, StoreError
from models.vocabulary import RELATIONS, STATUSES

Operations = Context("Operations")  # the refusals of assessments and links
_ASSESSOR: Any = object()  # set_assessment: the assessor is the author of the edit


@dataclass(frozen=True)
class AssessmentState:
    """A claim's assessment as it stands, so an undo can put it back."""

    status: str
    rationale: str
    author: str | None
    updated_at: datetime | None = None  # None: the claim had no assessment row yet
    role: str | None = None  # the database role the assessor wrote it as (PostgreSQL)
    version: int = field(default=0, compare=False)  # the row's version (0: no row yet)


_UNASSESSED = {"status": "unassessed", "rationale": ""}  # what a claim with no row reads as


# An assessment as AssessmentState holds it (Core columns: no ORM on an edit's hot path).
_STATE = (
    tables.Assessment.status,
    tables.Assessment.rationale,
    tables.Author.name,
    tables.Assessment.updated_at,
    tables.Assessment.author_role,
    tables.Assessment.version,
)
_WITH_AUTHOR = tables.ASSESSMENT_TABLE.outerjoin(
    tables.AUTHOR_TABLE, tables.Author.id == tables.Assessment.author_id
)
_ASSESSMENT = (
    select(*_STATE)
    .select_from(_WITH_AUTHOR)
    .where(tables.Assessment.claim_id == bindparam("claim_id"))
)
# The claim's case and its assessment (no row: the version is None). The joins one after the
# other, never nested: SQLite reads "claim LEFT JOIN (assessment LEFT JOIN author)" by scanning
# every assessment of the store (35 ms an edit at 100,000 claims), these through the keys.
_CLAIM_ASSESSMENT = (
    select(tables.Claim.case_id, *_STATE)
    .select_from(
        tables.CLAIM_TABLE.outerjoin(
            tables.ASSESSMENT_TABLE, tables.Assessment.claim_id == tables.Claim.id
        ).outerjoin(tables.AUTHOR_TABLE, tables.Author.id == tables.Assessment.author_id)
    )
    .where(tables.Claim.id == bindparam("claim_id"))
)


def _assessment(session, claim_id: int) -> AssessmentState | None:
    row = session.execute(_ASSESSMENT, {"claim_id": claim_id}).first()
    return None if row is None else AssessmentState(*row)


def _claim_assessment(session: Session, claim_id: int) -> tuple[int, AssessmentState | None]:
    """The claim's case and its assessment (None: it has none), in one statement; refused if
    the claim is gone."""
    row = session.execute(_CLAIM_ASSESSMENT, {"claim_id": claim_id}).first()
    if row is None:
        raise EditRefused(fill(Operations.tr("Claim %1 is no longer in the store."), claim_id))
    case_id, *state = row
    return case_id, None if state[-1] is None else AssessmentState(*state)  # a version: a row


def _already(before: AssessmentState | None, mine: dict) -> bool:
    # A colleague already wrote what this edit writes: nothing of theirs would be lost.
    state = before or AssessmentState(**_UNASSESSED, author=None)
    return all(getattr(state, k) == v for k, v in mine.items())


def get_assessment(store: Store, claim_id: int) -> AssessmentState:
    """Read a claim's current assessment."""
    with store.reading_one() as s:
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
    expected: int | None = None,
    known: dict[str, Any] | None = None,
) -> Change:
    """Set a claim's status and/or rationale, attributed to an author.

    The assessor recorded is the author, unless `assessed_by` names another (an undo puts back
    the assessor the claim had); `updated_at` and `assessed_role` are for an undo too, which
    puts back the time and the database role the assessment had. The inverse puts back only
    the fields given, as they were, and only over the version this edit wrote.

    `expected` is the assessment's version the user saw (0: none yet; None: whatever the store
    holds); if a colleague changed it since, `Conflict` is raised and nothing is written.

    The assessor answers for the rationale: a status set alone on a claim whose rationale is
    written keeps that rationale's author as the assessor (the edit log records who set the
    status), so a rationale is never shown under the name of someone who did not write it.
    """
    if status is not None and status not in STATUSES:
        raise EditRefused(fill(Operations.tr("%1 is not a status."), repr(status)))
    assessor = author if assessed_by is _ASSESSOR else assessed_by
    check_text("claim", "rationale", rationale, Operations.tr("A rationale"))
    check_text("claim", "assessed_by", assessor, Operations.tr("An assessor's name"))
    mine = {k: v for k, v in (("status", status), ("rationale", rationale)) if v is not None}
    if not mine:
        raise EditRefused(Operations.tr("Nothing to change."))
    entity = f"assessment:{claim_id}"
    retry_kwargs = {} if assessed_by is _ASSESSOR else {"assessed_by": assessed_by}
    retry = inverse(set_assessment, claim_id, **retry_kwargs)
    where = Assessment.claim_id == claim_id
    with store.transaction() as s:
        case_id, before = _claim_assessment(s, claim_id)
        seen = before.version if before else 0
        now = {k: getattr(before, k) if before else _UNASSESSED[k] for k in _UNASSESSED}
        if (
            expected is not None
            and expected != seen
            and not _already(before, mine)
            and not still(now, known)
        ):
            raise conflict(
                s,
                Assessment,
                where,
                mine,
                entity=entity,
                case_id=case_id,
                retry=retry,
                gone=_UNASSESSED,
            )
        role = assessed_role if assessed_by is not _ASSESSOR else attribution.database_role(s)
        if rationale is None and assessed_by is _ASSESSOR and before and before.rationale.strip():
            assessor, role = before.author, before.role  # the rationale's author answers for it
        values: dict = {
            "author_id": author_id(s, assessor),
            "updated_at": updated_at or utcnow(),
            "author_role": role,
        }
        values.update(mine)
        was = {k: getattr(before, k) if before else _UNASSESSED[k] for k in mine}
        if before is None:
            if not insert_if_absent(s, Assessment, {"claim_id": claim_id, **values}):
                raise conflict(  # a colleague assessed it at this very moment
                    s, Assessment, where, mine, entity=entity, case_id=case_id, retry=retry
                )
            undo = inverse(remove_assessment, claim_id, expected=1, known=mine)
        else:
            version = checked_update(
                s,
                Assessment,
                where,
                values,
                seen,
                mine=mine,
                entity=entity,
                case_id=case_id,
                retry=retry,
            )
            undo = inverse(
                set_assessment,
                claim_id,
                **was,
                assessed_by=before.author,
                updated_at=before.updated_at,
                assessed_role=before.role,
                expected=version,
                known=mine,
            )
        what = f"status {status}" if status is not None else "rationale"
        summary = f"Set the {what} of claim {claim_id}"
        kind = "assessment." + ("+".join(mine) if len(mine) == 1 else "both")
        log_edit(
            s,
            case_id,
            author,
            summary,
            kind=kind,
            entity=entity,
            claims={claim_id},
            before=was,
            after=mine,
        )
    return Change(case_id, summary, claims=frozenset({claim_id}), inverse=undo)


def remove_assessment(
    store: Store,
    claim_id: int,
    *,
    author: str | None = None,
    expected: int | None = None,
    known: dict[str, Any] | None = None,
) -> Change:
    """Take a claim's assessment away (it reads as unassessed); the undo of a first assessment.

    Only over version `expected` if given (else `Conflict`).
    """
    entity = f"assessment:{claim_id}"
    where = Assessment.claim_id == claim_id
    with store.transaction() as s:
        case_id, before = _claim_assessment(s, claim_id)
        if before is None and expected is None:
            raise EditRefused(fill(Operations.tr("Claim %1 has no assessment to clear."), claim_id))
        version = before.version if before else 0
        now = {"status": before.status, "rationale": before.rationale} if before else _UNASSESSED
        if expected is not None and expected != version and not still(now, known):
            raise conflict(
                s,
                Assessment,
                where,
                dict(_UNASSESSED),
                entity=entity,
                case_id=case_id,
                retry=None,
                gone=_UNASSESSED,
            )
        s.execute(delete(Assessment).where(where, Assessment.version == version))
        summary = f"Cleared the assessment of claim {claim_id}"
        was = {"status": before.status, "rationale": before.rationale}
        log_edit(
            s,
            case_id,
            author,
            summary,
            kind="assessment.clear",
            entity=entity,
            claims={claim_id},
            before=was,
            after=dict(_UNASSESSED),
        )
    undo = inverse(
        set_assessment,
        claim_id,
        status=before.status,
        rationale=before.rationale,
        assessed_by=before.author,
        updated_at=before.updated_at,
        assessed_role=before.role,
        expected=0,
    )
    return Change(case_id, summary, claims=frozenset({claim_id}), inverse=undo)


def _two_claims_statement():
    allegation, response = bindparam("allegation_id"), bindparam("response_id")
    link, claim = tables.Link, tables.Claim
    linked = select(link.id).where(link.allegation_id == allegation, link.response_id == response)
    return (
        select(claim.id, claim.case_id, tables.Side.role, linked.exists())
        .select_from(tables.CLAIM_TABLE.join(tables.SIDE_TABLE, tables.Side.id == claim.side_id))
        .where(claim.id.in_([allegation, response]))
        .with_for_update(key_share=True, of=tables.CLAIM_TABLE)
    )


_TWO_CLAIMS = _two_claims_statement()


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
        raise EditRefused(fill(Operations.tr("%1 is not a relation."), repr(relation)))
    check_text("link", "note", note, Operations.tr("A link's note"))
    with store.transaction() as s:
        # The two claims' cases and sides, and whether they are linked already: one statement.
        # It takes the lock the new link's foreign keys take (KEY SHARE) on the two claims now,
        # before the case's lock (lock_case_keys), as an edit deleting a claim takes them.
        found = {
            claim: (case, role, already)
            for claim, case, role, already in s.execute(
                _TWO_CLAIMS, {"allegation_id": allegation_id, "response_id": response_id}
            )
        }
        if allegation_id not in found:
            raise EditRefused(
                fill(Operations.tr("Claim %1 is no longer in the store."), allegation_id)
            )
        case_id, _role, already = found[allegation_id]
        roles = {claim: role for claim, (_case, role, _) in found.items()}
        if roles.get(allegation_id) != "allegation" or roles.get(response_id) != "response":
            raise EditRefused(
                Operations.tr("A link joins one allegation claim and one response claim.")
            )
        if already:
            raise EditRefused(Operations.tr("These two claims are already linked."))
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
        log_edit(
            s,
            case_id,
            author,
            summary,
            kind="link.add",
            entity=f"link:{link_id}",
            claims={allegation_id, response_id},
            after={"relation": relation},
        )
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
        gone = Operations.tr("That link is no longer in the store.")
        record = take_rows(s, Link, link_id, (), gone)
        row = record.row
        summary = f"Removed the link between claims {row['allegation_id']} and {row['response_id']}"
        log_edit(
            s,
            record.case_id,
            author,
            summary,
            kind="link.remove",
            entity=f"link:{link_id}",
            claims={row["allegation_id"], row["response_id"]},
            before={"relation": row["relation"]},
        )
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
        put_back(s, record, Operations.tr("That link is already in the store."))
        row = record.row
        summary = (
            f"Restored the link between claims {row['allegation_id']} and {row['response_id']}"
        )
        log_edit(
            s,
            record.case_id,
            author,
            summary,
            kind="link.add",
            entity=f"link:{record.id}",
            claims={row["allegation_id"], row["response_id"]},
            after={"relation": row["relation"]},
        )
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
    expected: int | None = None,
    known: dict[str, Any] | None = None,
) -> Change:
    """Change the relation type of a link, attributed to the author (`stamp`: an undo's), over
    version `expected` if given (else `Conflict`)."""
    if relation not in RELATIONS:
        raise EditRefused(fill(Operations.tr("%1 is not a relation."), repr(relation)))
    entity = f"link:{link_id}"
    with store.transaction() as s:
        row = link_row(s, link_id)
        columns = [getattr(Link, c) for c in attribution.LINK]
        found = dict(
            s.execute(select(Link.relation, Link.version, *columns).where(Link.id == link_id))
            .one()
            ._mapping
        )
        old, seen = found.pop("relation"), found.pop("version")
        old_stamp = attribution.from_row(found, attribution.LINK)
        written = attribution.values(attribution.LINK, stamp or attribution.now(s, author))
        if expected is not None and old != relation and not still({"relation": old}, known):
            seen = expected
        version = checked_update(
            s,
            Link,
            Link.id == link_id,
            {"relation": relation, **written},
            seen,
            mine={"relation": relation},
            entity=entity,
            case_id=row.case_id,
            retry=inverse(set_relation, link_id, relation),
        )
        summary = (
            f"Set the relation between claims {row.allegation_id} and {row.response_id} "
            f"to {relation}"
        )
        log_edit(
            s,
            row.case_id,
            author,
            summary,
            kind="link.relation",
            entity=entity,
            claims={row.allegation_id, row.response_id},
            before={"relation": old},
            after={"relation": relation},
        )
    return Change(
        row.case_id,
        summary,
        claims=frozenset({row.allegation_id, row.response_id}),
        links=frozenset({link_id}),
        inverse=inverse(
            set_relation,
            link_id,
            old,
            stamp=old_stamp,
            expected=version,
            known={"relation": relation},
        ),
    )


__all__ = [
    "AssessmentState",
    "Change",
    "Conflict",
    "EditRefused",
    "StoreError",
    "add_link",
    "get_assessment",
    "remove_assessment",
    "remove_link",
    "restore_link",
    "set_assessment",
    "set_relation",
]
