"""The case's change feed, which is also its history: read events by number, claim or author.

Every edit writes one event (`models.edit_log.log_edit`) in its own transaction, numbered per
case 1, 2, 3… without gaps in commit order. A reader that has seen event N of a case asks for
`events_after(store, case_id, N)`, one indexed range read on (case_id, seq); a claim's history
goes through `edit_claim`; the case's history can be narrowed by author and time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, String, bindparam, cast, func, select
from sqlalchemy.orm import Session

from models.tables import AUTHOR_TABLE, EDIT_TABLE, Author, CaseSeq, Edit, EditClaim

__all__ = [
    "Event",
    "authors",
    "case_history",
    "claim_history",
    "events_after",
    "last_event",
    "last_seq",
]


@dataclass(frozen=True)
class Event:
    """One event of a case's feed: its number, who, when, what changed, before and after."""

    case_id: int
    seq: int
    author: str | None
    at: datetime
    kind: str
    entity: str | None
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    claims: tuple[int, ...] = ()


def _loads(value: str | None) -> dict[str, Any] | None:
    return None if value is None else json.loads(value)


def _query() -> Select:
    # The claims an event touched come with it, as "3,17" (string_agg, group_concat): one
    # statement per read, however many events.
    claims = (
        select(func.aggregate_strings(cast(EditClaim.claim_id, String), ","))
        .where(EditClaim.edit_id == Edit.id)
        .scalar_subquery()
    )
    return select(
        Edit.case_id,
        Edit.seq,
        Author.name,
        Edit.at,
        Edit.kind,
        Edit.entity,
        Edit.summary,
        Edit.before,
        Edit.after,
        claims,
    ).select_from(EDIT_TABLE.outerjoin(AUTHOR_TABLE, Author.id == Edit.author_id))


# Catching up, as every window does after each colleague's edit: built once, the case and the
# number given at each call.
_AFTER = (
    _query()
    .where(Edit.case_id == bindparam("case_id"), Edit.seq > bindparam("seq"))
    .order_by(Edit.seq)
)
_AFTER_LIMITED = _AFTER.limit(bindparam("limit"))
_LAST_SEQ = select(CaseSeq.n).where(CaseSeq.case_id == bindparam("case_id"))


def _events(reader: Session | Connection, query: Select, params: dict | None = None):
    """The events a feed query reads, as `Event`s."""
    return [
        Event(
            case_id,
            seq,
            name,
            at,
            kind,
            entity,
            summary,
            _loads(before),
            _loads(after),
            tuple(sorted(int(c) for c in claims.split(","))) if claims else (),
        )
        for case_id, seq, name, at, kind, entity, summary, before, after, claims in reader.execute(
            query, params
        )
    ]


def events_after(store, case_id: int, seq: int = 0, limit: int | None = None) -> list[Event]:
    """The case's events numbered above `seq`, oldest first (at most `limit`)."""
    params = {"case_id": case_id, "seq": seq}
    with store.reading_one() as s:
        if limit is None:
            return _events(s, _AFTER, params)
        return _events(s, _AFTER_LIMITED, params | {"limit": limit})


def last_seq(store, case_id: int) -> int:
    """The number of the case's last committed event (0: none yet)."""
    with store.reading_one() as s:
        return s.execute(_LAST_SEQ, {"case_id": case_id}).scalar() or 0


def claim_history(store, claim_id: int) -> list[Event]:
    """Every event that touched a claim (its assessment, fields, links, tags…), oldest first."""
    touched = select(EditClaim.edit_id).where(EditClaim.claim_id == claim_id)
    query = _query().where(Edit.id.in_(touched)).order_by(Edit.case_id, Edit.seq)
    with store.reading_one() as s:
        return _events(s, query)


def case_history(
    store,
    case_id: int,
    *,
    author: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[Event]:
    """The case's events, oldest first, by `author` only and within [since, until) if given."""
    query = _query().where(Edit.case_id == case_id)
    if author is not None:
        query = query.where(Author.name == author)
    if since is not None:
        query = query.where(Edit.at >= since)
    if until is not None:
        query = query.where(Edit.at < until)
    with store.reading_one() as s:
        return _events(s, query.order_by(Edit.seq))


def authors(store, case_id: int) -> list[str]:
    """The names of everyone who made an edit of the case, sorted."""
    with store.reading_one() as s:
        return sorted(
            s.execute(
                select(Author.name)
                .join(EDIT_TABLE, Edit.author_id == Author.id)
                .where(Edit.case_id == case_id)
                .distinct()
            ).scalars()
        )


def last_event(session: Session, case_id: int, entity: str) -> Event | None:
    """The latest event of the case about one row ("assessment:12"), in a session."""
    query = (
        _query()
        .where(Edit.case_id == case_id, Edit.entity == entity)
        .order_by(Edit.seq.desc())
        .limit(1)
    )
    found = _events(session, query)
    return found[0] if found else None
