"""Opening the case store: engine set-up, migrations, backups, and refusing newer stores.

Alembic is imported only when a store must be created, upgraded, or is at a revision this
version does not know: a store already at HEAD_REVISION opens with one query, which keeps
Alembic (0.1-0.3 s of imports) out of the window's start-up.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from models import __version__
from models.files import hold_store_file, release_store_file

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions (tests/models/test_store.py: equal to Alembic's head).
HEAD_REVISION = "0003"
VERSION_TABLE = "alembic_version"
BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """The store cannot be opened or written; the message says why, for the user."""


class NewerStoreError(StoreError):
    """The store was written by a newer Counterpoint; it is left untouched."""


@dataclass(frozen=True)
class OpenResult:
    """What happened while opening: created, upgraded (with the backup), or opened as is."""

    created: bool
    upgraded_from: str | None
    backup: Path | None


def database_url(target: str) -> str:
    """Turn a file path or an SQLAlchemy URL into an SQLAlchemy URL."""
    if "://" in target:
        try:
            make_url(target)
        except ArgumentError as exc:
            raise StoreError(f"Not a database URL: {target!r} ({exc})") from None
        return target
    return "sqlite:///" + str(Path(target).expanduser().resolve())


def _alembic_config(connection=None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """Return the newest schema revision this version of the app knows, as Alembic reads it."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy manage transactions; SQLite's own implicit ones would fight it.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
        except Exception:  # a read-only file keeps its journal mode; reading still works
            log.info("could not switch the store to WAL (read-only?)")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")


class Store:
    """An open case store: an engine and a factory of short sessions."""

    def __init__(self, engine: Engine, result: OpenResult):
        self.engine = engine
        self.opened = result
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        database = engine.url.database if engine.dialect.name == "sqlite" else None
        self._file = Path(database) if database and database != ":memory:" else None
        if self._file is not None:
            hold_store_file(self._file)

    @property
    def url(self) -> str:
        """The store's URL, with any password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """Yield a session inside one transaction, committed on success, rolled back on error."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(describe_failure(exc)) from exc

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """Yield a session for reading."""
        try:
            with self._sessions() as session:
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(describe_failure(exc)) from exc

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
        if self._file is not None:
            release_store_file(self._file)
            self._file = None


def describe_failure(exc: SQLAlchemyError) -> str:
    """Say in a sentence why the store refused, without a traceback."""
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
        return f"The store is read-only, so the change was not saved ({text})."
    if "locked" in lowered or "busy" in lowered:
        return f"The store is locked by another program, so the change was not saved ({text})."
    if "disk" in lowered and "full" in lowered:
        return f"The disk is full, so the change was not saved ({text})."
    return f"The store refused the change ({text})."


def _backup_sqlite(engine: Engine, revision: str) -> Path:
    path = Path(engine.url.database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.backup-{revision}-{stamp}")
    # SQLite's online backup API copies a consistent image, WAL included; a file copy would not.
    source = sqlite3.connect(path)
    target = sqlite3.connect(backup)
    try:
        with target:
            source.backup(target)
    finally:
        target.close()
        source.close()
    return backup


def _current_revision(engine: Engine) -> tuple[str | None, bool]:
    """The store's schema revision (None: no version table) and whether it has any table.

    Read with one query instead of Alembic's MigrationContext; more than one row (a branched
    history, which Counterpoint never writes) is reported as a revision nobody knows.
    """
    with engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        if VERSION_TABLE not in tables:
            return None, bool(tables)
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if not rows:
        return None, True
    return (rows[0] if len(rows) == 1 else " + ".join(sorted(rows))), True


def open_store(target: str, *, upgrade: bool = True) -> Store:
    """Open (creating, or backing up and upgrading, if need be) the store at a path or URL."""
    url = database_url(target)
    kwargs = {}
    if url.startswith("sqlite"):
        db_path = make_url(url).database
        if db_path and db_path != ":memory:":
            parent = Path(db_path).parent
            if not parent.is_dir():
                raise StoreError(
                    f"Cannot create the store {db_path}: folder {parent} does not exist."
                )
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(url, **kwargs)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"Cannot open {url}: {exc}") from None
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    try:
        result = _migrate(engine, upgrade)
    except StoreError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"Cannot open the store {engine.url!r}: {describe_failure(exc)}") from exc
    return Store(engine, result)


def _migrate(engine: Engine, upgrade: bool) -> OpenResult:
    current, has_tables = _current_revision(engine)
    if current == HEAD_REVISION:  # the usual case: nothing to create, check or upgrade
        return OpenResult(created=False, upgraded_from=None, backup=None)
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    head = script.get_current_head()
    if current is None and not has_tables:
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), "head")
        return OpenResult(created=True, upgraded_from=None, backup=None)
    if current is None:
        raise StoreError(
            "This database has tables but no Counterpoint schema version; "
            "it is not a Counterpoint store and was left untouched."
        )
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise NewerStoreError(
            f"This store was written by a newer version of Counterpoint (schema {current}); "
            f"this version ({__version__}) knows schemas up to {head}. "
            "The store was left untouched: open it with the newer version."
        )
    if current == head:
        return OpenResult(created=False, upgraded_from=None, backup=None)
    if not upgrade:
        raise StoreError(f"The store is at schema {current} and needs upgrading to {head}.")
    backup = _backup_sqlite(engine, current) if engine.dialect.name == "sqlite" else None
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    log.info("upgraded the store from %s to %s (backup: %s)", current, head, backup)
    return OpenResult(created=False, upgraded_from=current, backup=backup)
