"""Rows as plain data: delete a row with its dependants and put them back; insert keyed rows.

A delete that can be undone takes the row and every row that depends on it out in one
transaction and returns them as a `RowRecord`; `put_back` inserts them again with their
original ids, so later undo commands that name them still find them. New claims, links,
evidence records and tags get a file-wide fresh key and the next position (`insert_keyed`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.orm import Session

from models.edit_log import EditRefused
from models.schema import Claim, Evidence, Link, Side, Source, Tag

__all__ = [
    "RowRecord",
    "fresh_key",
    "insert_keyed",
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


def fresh_key(session: Session, model: type, case_id: int, prefix: str) -> str:
    """Return a file id like "link-12" that nothing in the case has yet (ids are file-wide)."""
    count = select(func.count()).select_from(model).where(model.case_id == case_id)
    n = session.execute(count).scalar_one() + 1
    # Each candidate is looked up through the (case, key) unique indexes: usually the first is
    # free, so a create does not read every key of the case.
    while _key_taken(session, case_id, f"{prefix}-{n}"):
        n += 1
    return f"{prefix}-{n}"


def _key_taken(session: Session, case_id: int, key: str) -> bool:
    return any(
        session.execute(
            select(keyed.id).where(keyed.case_id == case_id, keyed.key == key).limit(1)
        ).first()
        for keyed in (Source, Side, Claim, Link, Evidence, Tag)
    )


def insert_keyed(
    session: Session, model: type, case_id: int, prefix: str, position: int | None = None, **values
) -> int:
    """Insert a case row with a fresh key, last in the case unless `position` is given."""
    if position is None:
        position = next_position(session, model.position, model.case_id == case_id)
    return session.execute(
        insert(model)
        .values(
            case_id=case_id,
            key=fresh_key(session, model, case_id, prefix),
            position=position,
            **values,
        )
        .returning(model.id)
    ).scalar_one()
