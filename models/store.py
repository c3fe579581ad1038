"""Opening the case store: engine set-up, migrations, backups, and refusing newer stores.

Alembic is imported only when a store must be created, upgraded, or is at a revision this
version does not know: a store already at HEAD_REVISION opens with one query, which keeps
Alembic (0.1-0.3 s of imports) out of the window's start-up.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import select
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    DisconnectionError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker

from models import __version__
from models.files import hold_store_file, release_store_file
from models.i18n import Context, fill

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The store's refusals, in the reader's language (looked up only when one is made).
Stores = Context("Stores")

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions (tests/models/test_store.py: equal to Alembic's head).
HEAD_REVISION = "0007"
VERSION_TABLE = "alembic_version"
BUSY_TIMEOUT_MS = 5000  # SQLite: how long a write waits for another writer
LOCK_TIMEOUT_MS = 5000  # PostgreSQL: how long a statement waits for a row or table lock
CONNECT_TIMEOUT_S = 5  # PostgreSQL: how long connecting waits for a server that does not answer
_BEGIN = "counterpoint_begin"  # execution option: how a transaction begins on SQLite
# Session.info keys of a write transaction: the store's authors' ids (committed ones), and the
# ones this transaction looked up or created, which join them once it commits.
KNOWN_AUTHORS = "counterpoint_author_ids"
NEW_AUTHORS = "counterpoint_new_authors"


class StoreError(Exception):
    """The store cannot be opened or written; the message says why, for the user."""


class NewerStoreError(StoreError):
    """The store was written by a newer Counterpoint; it is left untouched."""


class StoreUnreachable(StoreError):
    """The server cannot be reached (gone, restarting, refusing connections); nothing was done."""


class StoreReadOnly(StoreError):
    """The store is open read-only (the database role may only read); nothing was changed."""


def is_disconnect(exc: BaseException) -> bool:
    """Whether a failure means the server is out of reach, not that it refused this one thing.

    A connection the driver found broken, a connection that could not be made (psycopg's
    OperationalError without an SQLSTATE), a connection exception (class 08), or the server
    shutting down or not yet accepting connections (57P01-57P03). A lock timeout is not one.
    """
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    orig = exc.orig
    state = getattr(orig, "sqlstate", None)
    if state:
        return state.startswith("08") or state in ("57P01", "57P02", "57P03")
    return isinstance(exc, OperationalError) and type(orig).__module__.startswith("psycopg")


def describe_connect_failure(exc: BaseException, where: str, password: str | None = None) -> str:
    """Say in words why connecting to a server failed (never quoting the password)."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        said = Stores.tr("The server at %1 refused the user name or password.")
    elif "connection refused" in lowered:
        said = Stores.tr("Nothing answers at %1: is the server running, and is the port right?")
    elif "timeout" in lowered or "timed out" in lowered:
        said = Stores.tr("The server at %1 did not answer within %2 s.")
    elif "does not exist" in lowered and "database" in lowered:
        said = Stores.tr("The server has no such database (%1).")
    elif "could not translate host name" in lowered or "name or service not known" in lowered:
        said = Stores.tr("The host name of %1 is not known.")
    elif "not currently accepting connections" in lowered:
        said = Stores.tr("The database at %1 is not accepting connections at the moment.")
    elif "ssl" in lowered or "tls" in lowered:
        said = Stores.tr("The TLS mode does not suit the server at %1.")
    else:
        said = Stores.tr("Cannot connect to %1.")
    sentence = fill(said, where, CONNECT_TIMEOUT_S)
    detail = " ".join(line.strip() for line in text.splitlines() if line.strip())
    if password:
        detail = detail.replace(password, "***")
    return f"{sentence} ({detail})"


def role_may_write(conn) -> bool:
    """Whether the connected PostgreSQL role may edit cases (not a read-only role or standby)."""
    row = conn.execute(
        text(
            "SELECT current_setting('transaction_read_only') = 'off'"
            " AND has_table_privilege(current_user, 'assessment', 'INSERT')"
            " AND has_table_privilege(current_user, 'assessment', 'UPDATE')"
            " AND has_table_privilege(current_user, 'claim', 'UPDATE')"
        )
    ).scalar()
    return bool(row)


@dataclass(frozen=True)
class OpenResult:
    """What happened while opening: created, upgraded (with the backup), or opened as is."""

    created: bool
    upgraded_from: str | None
    backup: Path | None
    notice: str = ""  # what the user is told about the opening (an upgrade, its backup)


def database_url(target: str) -> str:
    """Turn a file path or an SQLAlchemy URL into an SQLAlchemy URL."""
    if "://" in target:
        try:
            make_url(target)
        except (ArgumentError, ValueError):
            raise StoreError(
                fill(Stores.tr("Not a database URL: %1"), shown_target(target))
            ) from None
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
        # Nothing here writes the file: WAL is switched on only once the store is known
        # to be Counterpoint's (_use_wal), so a foreign file is refused exactly as it was.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # A write starts as a writer (BEGIN IMMEDIATE), so it waits out the busy timeout for
        # another writer. A deferred transaction that read first could not: SQLite refuses
        # its upgrade to a writer at once, since waiting could deadlock.
        conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get(_BEGIN, '')}".strip())


def _use_wal(engine: Engine) -> None:
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error:  # a read-only file keeps its journal mode; reading still works
        log.info("could not switch the store to WAL (read-only?)")
    finally:
        raw.close()


def _configure_postgres(engine: Engine) -> None:
    lock_timeout = f"-c lock_timeout={int(LOCK_TIMEOUT_MS)}"

    @event.listens_for(engine, "do_connect")
    def _on_connect(_dialect, _record, _cargs, cparams):
        # A row another client holds makes a statement fail after LOCK_TIMEOUT_MS (the banner
        # says the store is locked) instead of freezing the window. Given as a startup option
        # of the connection, it costs no round trip (a SET in each transaction cost one).
        cparams["options"] = f"{cparams.get('options') or ''} {lock_timeout}".strip()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection, _record, _proxy):
        # Instead of pinging the server at every checkout (a round trip per transaction), look
        # at the socket: an idle connection has nothing to read unless the server spoke unasked,
        # which is how a server that ends a session (a restart, pg_terminate_backend) says
        # goodbye. Only then is it pinged, and a dead one replaced before it is used. A
        # connection lost without a word is noticed when its statement fails, as ever.
        if _spoke_unasked(dbapi_connection) and not _answers(engine, dbapi_connection):
            raise DisconnectionError("the server closed the connection")


def _spoke_unasked(dbapi_connection) -> bool:
    if dbapi_connection.closed:
        return True
    try:
        readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


def _answers(engine: Engine, dbapi_connection) -> bool:
    try:
        engine.dialect.do_ping(dbapi_connection)
        dbapi_connection.rollback()  # the ping began a transaction; the caller begins its own
    except engine.dialect.loaded_dbapi.Error:
        return False
    return True


class Store:
    """An open case store: an engine and a factory of short sessions."""

    def __init__(
        self,
        engine: Engine,
        result: OpenResult,
        *,
        db_role: str | None = None,
        read_only: bool = False,
    ):
        self.engine = engine
        self.opened = result
        self.db_role = db_role  # PostgreSQL: the role connected (current_user); None on SQLite
        self.read_only = read_only  # the role may only read: every write is refused
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # PostgreSQL: a read of one statement needs no transaction of its own (each statement
        # reads its own snapshot at READ COMMITTED), so it goes without BEGIN and ROLLBACK.
        postgres = engine.dialect.name == "postgresql"
        self._one_statement = (
            engine.execution_options(isolation_level="AUTOCOMMIT") if postgres else engine
        )
        writer = engine.execution_options(**{_BEGIN: "IMMEDIATE"})
        self._writes = sessionmaker(writer, expire_on_commit=False)
        # The feed events this store committed, as (case_id, seq): the window's own edits,
        # which catching up from the feed skips (models.edit_log.log_edit notes them).
        self.written: set[tuple[int, int]] = set()
        # Authors' ids by name, as committed (rows of `author` are never deleted), so an edit
        # does not look its author up (models.casefile.author_id).
        self._author_ids: dict[str, int] = {}
        database = engine.url.database if engine.dialect.name == "sqlite" else None
        self._file = Path(database) if database and database != ":memory:" else None
        if self._file is not None:
            hold_store_file(self._file)

    @property
    def file(self) -> Path | None:
        """The store's database file, if it is an SQLite file."""
        return self._file

    @property
    def url(self) -> str:
        """The store's URL, with any password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """Yield a session inside one write transaction, committed on success, else rolled back.

        On SQLite it begins as a writer, so another writer is waited for (BUSY_TIMEOUT_MS).
        """
        if self.read_only:
            raise StoreReadOnly(self.read_only_sentence())
        try:
            with self._writes() as session:
                session.info[KNOWN_AUTHORS] = self._author_ids
                with session.begin():
                    yield session
                self.written.update(session.info.pop("counterpoint_seqs", ()))
                self._author_ids.update(session.info.pop(NEW_AUTHORS, {}))
        except SQLAlchemyError as exc:
            if is_disconnect(exc):
                raise StoreUnreachable(self.unreachable_sentence(exc)) from exc
            raise StoreError(describe_failure(exc)) from exc

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """Yield a session for reading (a deferred transaction: it never waits for a writer)."""
        try:
            with self._sessions() as session:
                yield session
        except SQLAlchemyError as exc:
            if is_disconnect(exc):
                raise StoreUnreachable(self.unreachable_sentence(exc)) from exc
            raise StoreError(describe_failure(exc, reading=True)) from exc

    @contextlib.contextmanager
    def reading_one(self) -> Iterator[Connection]:
        """Yield a connection for a read of one statement (the feed's, after every edit).

        Lighter than `reading`: no ORM session, and on PostgreSQL no transaction either, so
        the read is one round trip instead of three.
        """
        try:
            with self._one_statement.connect() as connection:
                yield connection
        except SQLAlchemyError as exc:
            if is_disconnect(exc):
                raise StoreUnreachable(self.unreachable_sentence(exc)) from exc
            raise StoreError(describe_failure(exc, reading=True)) from exc

    def ping(self) -> None:
        """Check that the server answers (a fresh connection if the old one broke).

        Raises StoreUnreachable if it does not; may take up to CONNECT_TIMEOUT_S, so the window
        calls it on a worker thread.
        """
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            if is_disconnect(exc):
                raise StoreUnreachable(self.unreachable_sentence(exc)) from exc
            raise StoreError(describe_failure(exc, reading=True)) from exc

    def read_only_sentence(self) -> str:
        """Why every change is refused on this store, in a sentence."""
        if self.db_role:
            return fill(
                Stores.tr(
                    "The case is open read-only: the database role %1 may only read it, "
                    "so nothing was changed."
                ),
                self.db_role,
            )
        return Stores.tr(
            "The case is open read-only: this connection may only read it, so nothing was changed."
        )

    def unreachable_sentence(self, exc: BaseException) -> str:
        """The server is out of reach: said with the store's name, never its password."""
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        reason = detail[0] if detail else ""
        if self.engine.url.password:
            reason = reason.replace(str(self.engine.url.password), "***")
        return fill(
            Stores.tr("The connection to the store %1 is lost (%2); nothing was changed."),
            self.url,
            reason,
        )

    def restore(self, backup: Path) -> Path:
        """Put a backup in the store's place; return the backup made of the store first.

        Every connection is closed and the store opened again (upgraded, if the backup is
        older). The backup is copied with SQLite's backup API into the open store file, so
        nothing else holding the file sees it replaced under it.
        """
        from models.backups import backup_before_restore, copy_into

        if self._file is None:
            raise StoreError(
                Stores.tr("Only a store kept in a file can be restored from a backup.")
            )
        try:
            saved = backup_before_restore(self._file)
        except OSError as exc:
            raise StoreError(fill(Stores.tr("%1 Nothing was restored."), exc)) from None
        self.engine.dispose()
        self._author_ids.clear()  # the backup's authors may have other ids
        raw = self.engine.raw_connection()
        try:
            copy_into(Path(backup), raw.driver_connection)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(
                fill(
                    Stores.tr("Cannot restore %1: %2. The store is as it was; its backup is %3."),
                    backup,
                    exc,
                    saved,
                )
            ) from None
        finally:
            raw.close()
        self.engine.dispose()
        try:
            self.opened = _migrate(self.engine, True)
            _use_wal(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(describe_failure(exc, reading=True)) from exc
        log.info("restored the store %s from %s (the store before: %s)", self._file, backup, saved)
        return saved

    def close(self) -> None:
        """Release every connection, once today's backup (if one is being made) is done."""
        if self._file is not None and "models.backups" in sys.modules:
            from models.backups import wait_for_backup

            wait_for_backup(self._file)
        self.engine.dispose()
        if self._file is not None:
            release_store_file(self._file)
            self._file = None


def describe_failure(exc: SQLAlchemyError, *, reading: bool = False, store: str = "") -> str:
    """Say in a sentence why the store could not be read or refused a change, no traceback.

    `store`, if given, names the store in a sentence about reading it.
    """
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    lowered = text.lower()
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        said = (
            Stores.tr(
                "Cannot read the store %2: the file is damaged or is not a Counterpoint store; "
                "it was left as it is (%1)."
            )
            if store
            else Stores.tr(
                "Cannot read the store: the file is damaged or is not a Counterpoint store; "
                "it was left as it is (%1)."
            )
        )
    elif reading and ("locked" in lowered or "busy" in lowered or "lock timeout" in lowered):
        said = (
            Stores.tr("Cannot read the store %2: another program holds it locked (%1).")
            if store
            else Stores.tr("Cannot read the store: another program holds it locked (%1).")
        )
    elif reading:
        said = (
            Stores.tr("Cannot read the store %2 (%1).")
            if store
            else Stores.tr("Cannot read the store (%1).")
        )
    elif "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
        said = Stores.tr("The store is read-only, so the change was not saved (%1).")
    elif "locked" in lowered or "busy" in lowered or "lock timeout" in lowered:
        said = Stores.tr(
            "The store is locked by another program, so the change was not saved (%1)."
        )
    elif "disk" in lowered and "full" in lowered:
        said = Stores.tr("The disk is full, so the change was not saved (%1).")
    else:
        said = Stores.tr("The store refused the change (%1).")
    return fill(said, text, store)


def shown_target(target: str) -> str:
    """A store's path or URL as it may be shown or logged: never with its password."""
    if "://" not in target:
        return target
    try:
        return make_url(target).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        # Not parseable (a bad port...): hide whatever sits between "user:" and "@".
        return re.sub(r"(://[^/:@]*:)[^@/]*@", r"\1***@", target)


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


def open_store(
    target: str, *, upgrade: bool = True, notice=None, password: str | None = None
) -> Store:
    """Open (creating, or backing up and upgrading, if need be) the store at a path or URL.

    `notice(sentence)`, if given, is told what is about to happen before an upgrade runs.
    A file that is not a store (empty, foreign, damaged) is refused before anything writes it.
    `password`, for a server, is handed to the driver each time it connects, so it is never
    part of the URL (which the window, the settings and the log may name).
    """
    url = database_url(target)
    kwargs: dict = {}
    if url.startswith("sqlite"):
        db_path = make_url(url).database
        if db_path and db_path != ":memory:":
            _check_file(Path(db_path))
    elif url.startswith("postgresql"):  # its pooled connections are checked at checkout
        if "connect_timeout" not in make_url(url).query:
            # A server that does not answer makes connecting fail after this, not hang.
            kwargs["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT_S}
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(url, **kwargs)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(fill(Stores.tr("Cannot open %1: %2"), shown_target(url), exc)) from None
    shown = engine.url.database or "" if engine.dialect.name == "sqlite" else shown_target(url)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    elif engine.dialect.name == "postgresql":
        _configure_postgres(engine)
    if password and engine.dialect.name != "sqlite":

        @event.listens_for(engine, "do_connect")
        def _give_password(_dialect, _record, _cargs, cparams):
            cparams["password"] = password

    db_role, read_only = None, False
    try:
        result = _migrate(engine, upgrade, notice)
        if engine.dialect.name == "postgresql":
            with engine.connect() as conn:
                db_role = conn.execute(text("SELECT current_user")).scalar()
                read_only = not role_may_write(conn)
        if engine.dialect.name == "sqlite":
            _use_wal(engine)
            if not result.created and engine.url.database not in (None, "", ":memory:"):
                from models.backups import start_daily_backup

                # On a thread of its own (its own SQLite connection): opening never waits for
                # it, and Store.close() does.
                start_daily_backup(Path(engine.url.database))
    except StoreError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        message = describe_failure(exc, reading=True, store=shown)
        for secret in (engine.url.password, password):
            if secret:  # a driver's message could quote it
                message = message.replace(str(secret), "***")
        if is_disconnect(exc):
            raise StoreUnreachable(message) from exc
        raise StoreError(message) from exc
    return Store(engine, result, db_role=db_role, read_only=read_only)


def _check_file(path: Path) -> None:
    """Refuse, before SQLite sees it, a store file that cannot be one (stat only: no open)."""
    if not path.parent.is_dir():
        raise StoreError(
            fill(
                Stores.tr("Cannot create the store %1: folder %2 does not exist."),
                path,
                path.parent,
            )
        )
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        return  # a new store
    except OSError as exc:
        raise StoreError(
            fill(Stores.tr("Cannot read the store %1: %2."), path, exc.strerror or exc)
        ) from None
    if size == 0:
        # An empty file may be what is left of a store (a failed copy, a full disk): seeding
        # it would hide that. A new store needs a name that does not exist yet.
        raise StoreError(
            fill(
                Stores.tr(
                    "The file %1 is empty, so it is not a Counterpoint store; it was left "
                    "untouched. To start a new store there, delete the empty file first."
                ),
                path,
            )
        )


def _migrate(engine: Engine, upgrade: bool, notice=None) -> OpenResult:
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
            Stores.tr(
                "This database has tables but no Counterpoint schema version; "
                "it is not a Counterpoint store and was left untouched."
            )
        )
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise NewerStoreError(
            fill(
                Stores.tr(
                    "This store was written by a newer version of Counterpoint (schema %1); "
                    "this version (%2) knows schemas up to %3. "
                    "The store was left untouched: open it with the newer version."
                ),
                current,
                __version__,
                head,
            )
        )
    if current == head:
        return OpenResult(created=False, upgraded_from=None, backup=None)
    if not upgrade:
        raise StoreError(
            fill(Stores.tr("The store is at schema %1 and needs upgrading to %2."), current, head)
        )
    backup = None
    if engine.dialect.name == "sqlite":
        from models.backups import BackupError, upgrade_backup

        try:
            backup = upgrade_backup(Path(engine.url.database), current)
        except BackupError as exc:
            raise StoreError(
                fill(Stores.tr("%1 The store was not upgraded and is as it was."), exc)
            ) from None
        sentence = fill(
            Stores.tr("Upgrading the store from schema %1 to %2; it was backed up first to %3."),
            current,
            head,
            backup,
        )
    else:
        sentence = fill(
            Stores.tr(
                "Upgrading the store from schema %1 to %2. Counterpoint makes no backup of a "
                "server's database: backing it up first is for you or its administrator."
            ),
            current,
            head,
        )
    log.info("%s", sentence)
    if notice is not None:
        notice(sentence)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    log.info("upgraded the store from %s to %s (backup: %s)", current, head, backup)
    return OpenResult(created=False, upgraded_from=current, backup=backup, notice=sentence)
