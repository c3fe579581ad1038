"""A team store on PostgreSQL: where it is, its password (kept in the system keyring only), a test.

The URL this module builds never holds the password: it is what the settings, the recent list,
the log and the window title may name. The password is handed to the engine when it connects
(`models.store.open_store(..., password=...)`, a `do_connect` event), and is remembered only in
the system keyring. Where no keyring backend exists (keyring.backends.fail), it is asked each
time, or libpq reads it from `~/.pgpass`; Counterpoint never writes a file of its own with it.
`keyring` is imported only here, and only when a team store is connected.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from models.i18n import Context, fill

log = logging.getLogger(__name__)
TeamStore = Context("TeamStore")

KEYRING_SERVICE = "Counterpoint"
DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
# libpq's TLS modes, weakest first; "prefer" is libpq's own default.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


class KeyringUnavailable(Exception):
    """No system keyring can keep the password; the message says so, for the user."""


@dataclass(frozen=True)
class TeamTarget:
    """Where a team store is: host, port, database, user and TLS mode (never a password)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"

    def url(self) -> URL:
        """The SQLAlchemy URL of the store, without a password."""
        query = {"sslmode": self.sslmode} if self.sslmode else {}
        return URL.create(
            DRIVER,
            username=self.user or None,
            host=self.host or None,
            port=self.port or None,
            database=self.database,
            query=query,
        )

    def url_text(self) -> str:
        """The URL as a string (no password in it): what the settings keep."""
        return self.url().render_as_string(hide_password=True)

    def problem(self) -> str | None:
        """What is missing or wrong before a connection is even tried; None if nothing."""
        if not self.host.strip():
            return TeamStore.tr("Give the server's host name or address.")
        if not self.database.strip():
            return TeamStore.tr("Give the name of the database.")
        if not self.user.strip():
            return TeamStore.tr("Give the database user to connect as.")
        if not 0 < self.port < 65536:
            return fill(TeamStore.tr("The port must be between 1 and 65535, not %1."), self.port)
        if self.sslmode not in SSL_MODES:
            return fill(
                TeamStore.tr("Unknown TLS mode %1: one of %2."),
                repr(self.sslmode),
                ", ".join(SSL_MODES),
            )
        return None


def target_from_url(text: str) -> TeamTarget | None:
    """The target a stored URL names (its password, if any, is dropped); None if not one."""
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        return None
    if url.get_backend_name() != "postgresql":
        return None
    sslmode = url.query.get("sslmode", "prefer")
    return TeamTarget(
        host=url.host or "",
        database=url.database or "",
        user=url.username or "",
        port=url.port or DEFAULT_PORT,
        sslmode=sslmode if isinstance(sslmode, str) else "prefer",
    )


def without_password(text: str) -> str:
    """A URL with its password taken out (not masked): safe to keep in the settings."""
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        return text
    # (URL.set(password=None) keeps the password: None there means "unchanged".)
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database)
    return bare.update_query_dict(dict(url.query)).render_as_string(hide_password=True)


# --- the keyring ----------------------------------------------------------------------------


def _key(target: TeamTarget) -> str:
    # One entry per user on one database of one server (the TLS mode does not change who).
    return f"{target.user}@{target.host}:{target.port}/{target.database}"


def keyring_available() -> bool:
    """Whether a system keyring backend can keep passwords (not keyring's "fail" backend)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken backend configuration is "no keyring"
        log.info("no usable keyring backend", exc_info=True)
        return False
    return not isinstance(backend, fail.Keyring)


def saved_password(target: TeamTarget) -> str | None:
    """The password the keyring keeps for this target, or None (none kept, or no keyring)."""
    if not keyring_available():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, _key(target))
    except KeyringError as exc:
        log.info("the keyring could not be read: %s", exc)
        return None


def save_password(target: TeamTarget, password: str) -> None:
    """Keep the password in the system keyring; KeyringUnavailable if there is none."""
    if not keyring_available():
        raise KeyringUnavailable(
            TeamStore.tr(
                "There is no system keyring on this computer, so the password cannot be "
                "remembered: it will be asked each time (or put it in ~/.pgpass)."
            )
        )
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, _key(target), password)
    except KeyringError as exc:
        raise KeyringUnavailable(
            fill(TeamStore.tr("The keyring refused the password (%1)."), exc)
        ) from None


def forget_password(target: TeamTarget) -> None:
    """Take the target's password out of the keyring, if it is there."""
    if not keyring_available():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):  # nothing kept: fine
        keyring.delete_password(KEYRING_SERVICE, _key(target))


# --- testing a connection -------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    """What a connection test found: whether it worked, in words, and what the role may do."""

    ok: bool
    sentence: str
    role: str | None = None
    read_only: bool = False
    is_store: bool = False  # the database already holds a Counterpoint store


def probe(target: TeamTarget, password: str | None, timeout: int | None = None) -> Probe:
    """Try to connect (with a short connect_timeout); say in words what happened.

    Run it off the GUI thread: a server that does not answer takes `timeout` seconds.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import SQLAlchemyError

    from models.store import CONNECT_TIMEOUT_S, describe_connect_failure, role_may_write

    if (problem := target.problem()) is not None:
        return Probe(False, problem)
    args: dict = {"connect_timeout": timeout or CONNECT_TIMEOUT_S}
    if password:
        args["password"] = password
    try:
        engine = create_engine(target.url(), connect_args=args, poolclass=_null_pool())
    except (ArgumentError, ImportError) as exc:  # psycopg missing: the "postgres" extra
        return Probe(
            False, fill(TeamStore.tr("Cannot connect to a PostgreSQL server from here: %1"), exc)
        )
    try:
        with engine.connect() as conn:
            role = conn.execute(text("SELECT current_user")).scalar()
            tables = conn.execute(
                text("SELECT to_regclass('alembic_version') IS NOT NULL")
            ).scalar()
            may_write = role_may_write(conn) if tables else True
    except SQLAlchemyError as exc:
        return Probe(False, describe_connect_failure(exc, target.url_text(), password))
    finally:
        engine.dispose()
    where = fill(
        TeamStore.tr("%1 on %2:%3", "a database on a server"),
        target.database,
        target.host,
        target.port,
    )
    if not tables:
        said = TeamStore.tr("Connected to %1 as %2. The database is empty: a new store is made.")
    elif may_write:
        said = TeamStore.tr("Connected to %1 as %2, who may read and edit its cases.")
    else:
        said = TeamStore.tr("Connected to %1 as %2, who may only read: the case opens read-only.")
    sentence = fill(said, where, role)
    return Probe(True, sentence, role, read_only=not may_write, is_store=bool(tables))


def _null_pool():
    from sqlalchemy.pool import NullPool

    return NullPool
