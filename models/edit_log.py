"""What every edit shares: the `Change` it returns, the inverse that undoes it, and its event.

An edit is a plain function that takes the store first, runs one transaction and returns a
`Change`. The values an undo needs are read inside that same transaction and returned as
`Change.inverse`, an `Inverse` naming another edit and its arguments: calling it with the store
undoes the edit and returns a `Change` whose own inverse redoes it. Nothing is read beforehand
in a transaction of its own, so on a shared store an undo puts back the value the write replaced.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, insert, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, ClauseElement

from models.casefile import author_id
from models.i18n import Context, fill
from models.schema import Claim, Edit, EditClaim, Evidence, Link, utcnow

__all__ = [
    "FEED_CHANNEL",
    "Change",
    "Conflict",
    "EditRefused",
    "Inverse",
    "checked_update",
    "conflict",
    "insert_if_absent",
    "claim_case",
    "evidence_case",
    "hold_case",
    "inverse",
    "link_row",
    "log_edit",
]


# PostgreSQL: the channel every committed event is announced on, as "case_id:seq" (models.live).
FEED_CHANNEL = "counterpoint_feed"

Edits = Context("Edits")  # the refusals every edit shares, in the reader's language


class EditRefused(ValueError):
    """The edit makes no sense for the case as it stands; the message says why."""


class Conflict(Exception):
    """A colleague changed what the edit is about since the user saw it; nothing was written.

    `mine` are the values the edit would have written and `theirs` the values in the store now
    (same fields), `author` and `at` who changed them last and when (from the feed), `version`
    the row's version now. `apply(store, author, values)` makes the edit again over that
    version, with `values` (mine, theirs or a merge): the user's answer.
    """

    def __init__(
        self,
        entity: str,
        mine: dict[str, Any],
        theirs: dict[str, Any],
        version: int,
        author: str | None,
        at: Any,
        retry: Inverse | None,
    ):
        who = author or "someone"
        super().__init__(
            f"{who} changed this since you last saw it ({', '.join(sorted(mine))}); "
            "nothing was changed."
        )
        self.entity = entity
        self.mine = mine
        self.theirs = theirs
        self.version = version
        self.author = author
        self.at = at
        self._retry = retry

    def apply(self, store, author: str | None, values: dict[str, Any]) -> Change:
        """Make the edit again with `values`, over the version the store holds now."""
        if self._retry is None:
            raise EditRefused(Edits.tr("This edit cannot be made again."))
        kwargs = dict(self._retry.kwargs) | values | {"expected": self.version}
        return Inverse(self._retry.edit, self._retry.args, tuple(kwargs.items()))(store, author)


@dataclass(frozen=True)
class Inverse:
    """The edit that undoes another: a domain edit and the arguments that follow the store."""

    edit: Callable[..., Any]
    args: tuple = ()
    kwargs: tuple[tuple[str, Any], ...] = ()

    def __call__(self, store, author: str | None = None) -> Change:
        """Run the inverse edit on a store, attributed to `author`; return its `Change`."""
        result = self.edit(store, *self.args, author=author, **dict(self.kwargs))
        return result[1] if isinstance(result, tuple) else result  # a create answers (id, change)


def inverse(edit: Callable[..., Any], *args: Any, **kwargs: Any) -> Inverse:
    """The `Inverse` that calls `edit(store, *args, author=..., **kwargs)`."""
    return Inverse(edit, args, tuple(kwargs.items()))


@dataclass(frozen=True)
class Change:
    """What one edit touched, by store id, and the edit that undoes it."""

    case_id: int
    summary: str
    claims: frozenset[int] = field(default_factory=frozenset)
    links: frozenset[int] = field(default_factory=frozenset)
    evidence: frozenset[int] = field(default_factory=frozenset)
    tags: frozenset[int] = field(default_factory=frozenset)
    structure: bool = False  # claims, links or tags were added or removed
    whole_case: bool = False  # the case's own fields, its sides or its sources changed
    suggestions: bool = False  # a suggestion was dismissed or rejected (or that was undone)
    inverse: Inverse | None = field(default=None, compare=False)
    created: int | None = None  # the id of the row a create made (or put back)
    sources: frozenset[int] = field(default_factory=frozenset)  # their text changed: reload


def _allocate_seq(session: Session, case_id: int) -> int:
    # The counter row stays locked until this transaction ends, so the case's next writer waits
    # for it: numbers are handed out and committed in the same order, and a rolled-back one is
    # handed out again. A reader that has seen N never misses N + 1 by its committing late.
    return session.execute(
        text(
            "INSERT INTO case_seq (case_id, n) VALUES (:case_id, 1) "
            "ON CONFLICT (case_id) DO UPDATE SET n = case_seq.n + 1 RETURNING n"
        ),
        {"case_id": case_id},
    ).scalar_one()


def hold_case(session: Session, case_id: int) -> None:
    """Lock the case's counter row until the transaction ends, without numbering an event.

    The writers of a case queue on this row (the event at the end of every edit takes it); an
    edit that must see every other one committed before it goes on (choosing a new key) takes
    it at that point instead. A no-op on SQLite, whose writers hold the whole file.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text(
                "INSERT INTO case_seq (case_id, n) VALUES (:case_id, 0) "
                "ON CONFLICT (case_id) DO UPDATE SET n = case_seq.n"
            ),
            {"case_id": case_id},
        )


# PostgreSQL: the whole event in one statement, one round trip: the case's counter (as in
# _allocate_seq), the event, the claims it touched, and the notice to the listeners (sent when,
# and only if, the transaction commits).
_EVENT_STATEMENT = text(
    """
WITH counter AS (
    INSERT INTO case_seq (case_id, n) VALUES (:case_id, 1)
    ON CONFLICT (case_id) DO UPDATE SET n = case_seq.n + 1
    RETURNING n
), event AS (
    INSERT INTO edit (case_id, seq, author_id, at, summary, kind, entity, before, after)
    SELECT :case_id, n, CAST(:author_id AS integer), CAST(:at AS timestamptz),
        CAST(:summary AS text), CAST(:kind AS text), CAST(:entity AS text),
        CAST(:before AS text), CAST(:after AS text)
    FROM counter
    RETURNING id, seq
), touched AS (
    INSERT INTO edit_claim (edit_id, claim_id)
    SELECT event.id, claim_id FROM event, unnest(CAST(:claims AS integer[])) AS claim_id
)
SELECT seq, pg_notify(:channel, CAST(:case_id AS text) || ':' || CAST(seq AS text)) FROM event
"""
)


def _json(values: dict[str, Any] | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False, default=str)


def log_edit(
    session: Session,
    case_id: int,
    author: str | None,
    summary: str,
    *,
    kind: str = "edit",
    entity: str | None = None,
    claims: Any = (),
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> int:
    """Write an edit's event to the case's feed, with its author; return its sequence number.

    Called last in the edit's transaction (the counter row it locks is then held briefly).
    `kind` says what changed, `entity` which row ("assessment:12"), `claims` the claims it
    touched (their history lists it), `before` and `after` the values that changed. On
    PostgreSQL the event is announced on FEED_CHANNEL as "case_id:seq" when it commits.
    """
    event = {
        "case_id": case_id,
        "author_id": author_id(session, author),
        "at": utcnow(),
        "summary": summary,
        "kind": kind,
        "entity": entity,
        "before": _json(before),
        "after": _json(after),
    }
    claim_ids = sorted(set(claims))
    if session.get_bind().dialect.name == "postgresql":
        seq = session.execute(
            _EVENT_STATEMENT, {**event, "claims": claim_ids, "channel": FEED_CHANNEL}
        ).scalar_one()
    else:
        seq = _allocate_seq(session, case_id)
        edit_id = session.execute(
            insert(Edit).values(seq=seq, **event).returning(Edit.id)
        ).scalar_one()
        if claim_ids:
            session.execute(
                insert(EditClaim), [{"edit_id": edit_id, "claim_id": c} for c in claim_ids]
            )
    # The store that commits this transaction notes the event as its own (Store.written), so
    # catching up from the feed skips it.
    session.info.setdefault("counterpoint_seqs", []).append((case_id, seq))
    return seq


def checked_update(
    session: Session,
    table: Any,
    where: Any,
    values: dict[str, Any],
    expected: int,
    *,
    mine: dict[str, Any] | None = None,
    entity: str,
    case_id: int,
    retry: Inverse | None,
) -> int:
    """Update one row only if its version is `expected`; return the new version.

    Otherwise raise `Conflict` with the row's values now for the fields of `mine` (default: of
    `values`), and who changed it last and when (the feed). The version check is the database's,
    the UPDATE's own WHERE, so two writers that read the same version cannot both succeed.
    """
    row = _row_of(where)
    if row is None or any(isinstance(v, ClauseElement) for v in values.values()):
        statement = (
            update(table.__table__)
            .where(where, table.version == expected)
            .values(**values, version=table.version + 1)
            .returning(table.version)
        )
        params = None
    else:
        column, key = row
        statement = _checked_statement(table, column, tuple(values))
        params = {"row_key": key, "expected_version": expected} | {
            f"new_{name}": value for name, value in values.items()
        }
    new = session.execute(statement, params).scalar()
    if new is None:
        mine = values if mine is None else mine
        raise conflict(session, table, where, mine, entity=entity, case_id=case_id, retry=retry)
    return new


def _row_of(where: Any) -> tuple[str, Any] | None:
    """The column and value of a `column == value` clause (None for any other clause)."""
    if (
        isinstance(where, BinaryExpression)
        and where.operator is operators.eq
        and isinstance(where.right, BindParameter)
        and isinstance(getattr(where.left, "key", None), str)
    ):
        return where.left.key, where.right.value
    return None


@functools.cache
def _checked_statement(table: Any, column: str, names: tuple[str, ...]):
    # Built once for each row kind and set of fields an edit writes, the values bound at each
    # call: building and keying an UPDATE is a good part of an edit's time in Python.
    columns = table.__table__.c
    return (
        update(table.__table__)
        .where(
            columns[column] == bindparam("row_key"),
            columns.version == bindparam("expected_version"),
        )
        .values(
            {name: bindparam(f"new_{name}", type_=columns[name].type) for name in names}
            | {"version": columns.version + 1}
        )
        .returning(columns.version)
    )


def conflict(
    session: Session,
    table: Any,
    where: Any,
    mine: dict[str, Any],
    *,
    entity: str,
    case_id: int,
    retry: Inverse | None,
    gone: dict[str, Any] | None = None,
) -> Conflict:
    """The `Conflict` for an edit of `mine` on a row a colleague changed (or removed).

    `gone`: the values that a row no longer there stands for (an assessment taken away reads
    as unassessed); the version is then 0.
    """
    from models.feed import last_event

    fields = [getattr(table, name) for name in mine]
    row = session.execute(select(table.version, *fields).where(where)).first()
    if row is not None:
        theirs, version = dict(zip(mine, row[1:], strict=True)), row[0]
    else:
        theirs, version = {k: (gone or {}).get(k) for k in mine}, 0
    event = last_event(session, case_id, entity)
    return Conflict(
        entity,
        dict(mine),
        theirs,
        version,
        event.author if event else None,
        event.at if event else None,
        retry,
    )


def still(current: dict[str, Any], known: dict[str, Any] | None) -> bool:
    """Whether the fields still hold the values the caller last knew (`known`; None: unknown).

    A version that moved on is a conflict only if the fields this edit is about moved too: the
    row's other fields (the same analyst's next edit, a colleague's) do not count.
    """
    return known is not None and all(current.get(k) == v for k, v in known.items())


def insert_if_absent(session: Session, table: Any, values: dict[str, Any]) -> bool:
    """Insert a row unless one with its key is there (or being inserted); whether it did.

    On PostgreSQL a concurrent insert of the same key is waited for, then this one does nothing.
    """
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    key = next(iter(table.__table__.primary_key.columns))
    statement = dialect_insert(table).values(**values).on_conflict_do_nothing()
    # RETURNING, not the rowcount: psycopg's is -1 for an INSERT … ON CONFLICT here.
    return session.execute(statement.returning(key)).first() is not None


def claim_case(session: Session, claim_id: int) -> int:
    """The case a claim belongs to; refused if the claim is gone."""
    case_id = session.execute(select(Claim.case_id).where(Claim.id == claim_id)).scalar()
    if case_id is None:
        raise EditRefused(fill(Edits.tr("Claim %1 is no longer in the store."), claim_id))
    return case_id


def evidence_case(session: Session, evidence_id: int) -> int:
    """The case an evidence record belongs to; refused if the record is gone."""
    case_id = session.execute(select(Evidence.case_id).where(Evidence.id == evidence_id)).scalar()
    if case_id is None:
        raise EditRefused(
            fill(Edits.tr("Evidence record %1 is no longer in the store."), evidence_id)
        )
    return case_id


def link_row(session: Session, link_id: int):
    """The case and the two claims of a link; refused if the link is gone."""
    row = session.execute(
        select(Link.case_id, Link.allegation_id, Link.response_id).where(Link.id == link_id)
    ).first()
    if row is None:
        raise EditRefused(Edits.tr("That link is no longer in the store."))
    return row
