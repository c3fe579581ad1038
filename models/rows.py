"""Rows as plain data: delete a row with its dependants and put them back; insert keyed rows.

A delete that can be undone takes the row and every row that depends on it out in one
transaction and returns them as a `RowRecord`; `put_back` inserts them again with their
original ids, so later undo commands that name them still find them. New claims, links,
evidence records and tags get a file-wide fresh key and the next position (`insert_keyed`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import (
    String,
    Table,
    bindparam,
    case,
    cast,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session

from models.edit_log import EditRefused, hold_case
from models.schema import Claim, Evidence, Link, Side, Source, Tag

__all__ = [
    "RowRecord",
    "fresh_key",
    "insert_keyed",
    "lock_case_keys",
    "next_position",
    "put_back",
    "put_rows",
    "rows_of",
    "take_rows",
]


def rows_of(session: Session, table: Table, *where) -> tuple[dict, ...]:
    """Return the rows of a table that match, as plain dicts keyed by column name."""
    return tuple(dict(r) for r in session.execute(select(table).where(*where)).mappings())


def put_rows(session: Session, table: Table, rows: tuple[dict, ...]) -> None:
    """Insert rows captured by `rows_of`, with their original ids."""
    if rows:
        session.execute(insert(table), [dict(r) for r in rows])


@dataclass(frozen=True)
class RowRecord:
    """A deleted row and the rows that depended on it, to put them all back exactly."""

    model: type
    id: int
    row: dict
    dependants: tuple[tuple[Table, tuple[dict, ...]], ...]

    @property
    def case_id(self) -> int:
        """The case the row belonged to."""
        return self.row["case_id"]

    def rows(self, model: type) -> tuple[dict, ...]:
        """The dependant rows of one table (none if it had none)."""
        table = model.__table__
        return next((rows for t, rows in self.dependants if t is table), ())


def take_rows(
    session: Session, model: type, row_id: int, dependants: Iterable[tuple[type, object]], gone: str
) -> RowRecord:
    """Delete a row and its dependants (each a model and a where clause); return them.

    Dependants are deleted explicitly, first, so the edit does not rely on the database
    cascading. `gone` is the refusal when the row is no longer in the store.
    """
    found = rows_of(session, model.__table__, model.id == row_id)
    if not found:
        raise EditRefused(gone)
    dependants = tuple(dependants)
    taken = tuple(
        (dependant.__table__, rows_of(session, dependant.__table__, where))
        for dependant, where in dependants
    )
    # The same clauses, in the same transaction, delete exactly the rows just read; last first,
    # since dependants are listed in the order they are put back (a claim before its tags).
    for (dependant, where), (_table, rows) in reversed(list(zip(dependants, taken, strict=True))):
        if rows:
            session.execute(delete(dependant).where(where))
    session.execute(delete(model).where(model.id == row_id))
    return RowRecord(model, row_id, found[0], taken)


def put_back(session: Session, record: RowRecord, present: str) -> None:
    """Insert a taken row, then its dependants, with their original ids.

    `present` is the refusal when a row with that id is in the store again.
    """
    model = record.model
    if session.execute(select(model.id).where(model.id == record.id)).first() is not None:
        raise EditRefused(present)
    put_rows(session, model.__table__, (record.row,))
    for table, rows in record.dependants:
        put_rows(session, table, rows)


def next_position(session: Session, column, *where) -> int:
    """One past the highest position among the rows that match (0 when there are none)."""
    return session.execute(
        select(func.coalesce(func.max(column), -1) + 1).where(*where)
    ).scalar_one()


# The tables whose keys share one namespace in a case file: a new key is free in all of them.
_KEYED = (Source, Side, Claim, Link, Evidence, Tag)
_WINDOW = 8  # candidate keys looked up in one statement


def lock_case_keys(session: Session, case_id: int) -> None:
    """Take the case's lock now, before a key is chosen, and hold it until commit.

    On PostgreSQL two analysts adding a link at the same moment would otherwise both see the
    same keys taken and choose the same one; the second would be refused by the (case, key)
    unique index. The lock is the feed's counter row (`models.edit_log.hold_case`), which the
    event at the end of the edit takes anyway: a create takes it a few statements earlier,
    and the next writer of the case chooses its key once this one has committed. On SQLite a
    write transaction holds the whole file already.
    """
    hold_case(session, case_id)


@functools.cache
def _window_statement(model: type, from_count: bool):
    """The statement `_key_window` runs, built once per kind of row (and start)."""
    columns = model.__table__.c
    case_id = bindparam("case_id")
    newest = (
        select(columns.key)
        .where(columns.case_id == case_id)
        .order_by(columns.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    rows = (
        select(
            func.count().label("n"),
            func.coalesce(func.max(columns.position), -1).label("last"),
            newest.label("newest"),
        )
        .where(columns.case_id == case_id)
        .cte("rows_of_case")
    )
    offsets = union_all(*(select(literal(i).label("i")) for i in range(_WINDOW))).subquery()
    number = (rows.c.n + 1 if from_count else bindparam("start")) + offsets.c.i
    candidate = bindparam("key_prefix", type_=String) + cast(number, String)
    taken = or_(
        *(
            exists().where(keyed.case_id == case_id, keyed.key == candidate)
            for keyed in (m.__table__.c for m in _KEYED)
        )
    )
    return (
        select(
            func.max(rows.c.last) + 1,
            func.min(case((~taken, number))),
            func.max(number),
            func.max(rows.c.newest),
        )
        .select_from(rows)
        .join(offsets, true())
    )


def _key_window(session: Session, model: type, case_id: int, prefix: str, start: int | None):
    """One statement: the next position among the model's rows in the case, the first free
    number among _WINDOW candidates (None if every one is taken), the last candidate and the
    key of the case's newest row of the model.

    The candidates start one past the count of the model's rows (usually free), or at `start`.
    """
    params = {"case_id": case_id, "key_prefix": f"{prefix}-"}
    if start is not None:
        params["start"] = start
    return session.execute(_window_statement(model, start is None), params).one()


def fresh_key(session: Session, model: type, case_id: int, prefix: str) -> str:
    """Return a file id like "link-12" that nothing in the case has yet (ids are file-wide).

    Call `lock_case_keys` first, so that nobody else chooses the same key before this
    transaction commits.
    """
    return _fresh(session, model, case_id, prefix)[0]


def _fresh(session: Session, model: type, case_id: int, prefix: str) -> tuple[str, int]:
    """A fresh key and the model's next position in the case.

    Usually one statement: a case file's own ids ("us-3") rarely look like "link-12".
    """
    start = None
    while True:
        next_pos, free, last, newest = _key_window(session, model, case_id, prefix, start)
        if free is not None:
            return f"{prefix}-{free}", next_pos
        # Rows were deleted, so the count falls short of the numbers taken: go on after the
        # newest row's number (usually free) rather than one window at a time.
        start = max(last + 1, _number(newest, prefix) + 1)


def _number(key: str | None, prefix: str) -> int:
    """12 for the key "link-12" of the prefix "link" (0 for any other key)."""
    digits = (key or "").removeprefix(f"{prefix}-")
    return int(digits) if digits != key and digits.isdigit() else 0


def insert_keyed(
    session: Session, model: type, case_id: int, prefix: str, position: int | None = None, **values
) -> int:
    """Insert a case row with a fresh key, last in the case unless `position` is given.

    The key is chosen under the case's key lock (`lock_case_keys`), so two analysts creating
    at the same moment get two keys.
    """
    lock_case_keys(session, case_id)
    key, next_pos = _fresh(session, model, case_id, prefix)
    return session.execute(
        insert(model)
        .values(
            case_id=case_id, key=key, position=next_pos if position is None else position, **values
        )
        .returning(model.id)
    ).scalar_one()
