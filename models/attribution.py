"""Who wrote a link, an evidence record, a claim's notes or an assessment: name, time, role.

A `Stamp` is written with the row an edit changes, in the edit's own transaction: the author's
name, the time (UTC) and, on PostgreSQL, the database role the edit was made as (current_user;
None on SQLite). An undo puts back the stamp the row had, so the old text is never shown under
the name of the person who undid a change to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.i18n import Context, fill
from models.tables import utcnow

Attribution = Context("Attribution")

# The stamp's columns, in Stamp's order, for each kind of row that carries one.
LINK = ("author_name", "updated_at", "author_role")
EVIDENCE = ("author_name", "updated_at", "author_role")
NOTES = ("notes_by", "notes_at", "notes_role")

_ROLE = "counterpoint_role"  # where a pooled connection keeps the role it logged in as


@dataclass(frozen=True, slots=True)
class Stamp:
    """Who wrote something, when (UTC), and as which database role (PostgreSQL only)."""

    by: str | None = None
    at: datetime | None = None
    role: str | None = None

    def who(self) -> str:
        """Who, as the window and the exports name them: "Ana, as cp_writer", or ""."""
        return who(self.by, self.role)

    def words(self) -> str:
        """Who and when: "Ana, as cp_writer, on 2026-12-02 03:40 UTC"."""
        at = when(self.at)
        name = self.who()
        if name and at:
            return fill(Attribution.tr("%1, on %2"), name, at)
        return name or at


def when(at: datetime | None) -> str:
    """A time as the window and every export say it: "2026-12-02 03:40 UTC" ("" for none).

    Said in UTC whatever zone the time came in (a server gives times in its session's zone).
    """
    if at is None:
        return ""
    if at.tzinfo is None:  # the store writes only UTC
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def who(name: str | None, role: str | None) -> str:
    """A name with the database role it wrote as, when one was recorded and differs from it."""
    if role and role != name:
        if name:
            return fill(Attribution.tr("%1, as %2"), name, role)
        return fill(Attribution.tr("as %1"), role)
    return name or ""


def database_role(session: Session) -> str | None:
    """The role the session's connection is logged in as (PostgreSQL), else None."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return None
    info = connection.connection.info  # kept with the pooled connection: asked once per login
    if _ROLE not in info:
        info[_ROLE] = connection.execute(text("SELECT current_user")).scalar()
    return info[_ROLE]


def now(session: Session, author: str | None) -> Stamp:
    """The stamp of an edit made now by `author` through this session."""
    return Stamp(author, utcnow(), database_role(session))


def values(columns: tuple[str, str, str], stamp: Stamp) -> dict:
    """The row values that write a stamp into the given columns."""
    return dict(zip(columns, (stamp.by, stamp.at, stamp.role), strict=True))


def from_row(row: dict, columns: tuple[str, str, str]) -> Stamp:
    """The stamp held in a row's columns (taken out of the dict)."""
    return Stamp(*(row.pop(c, None) for c in columns))
