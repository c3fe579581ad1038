"""Fixtures for the team store on the real PostgreSQL: split URLs, a read-only role, an outage.

The outage is this test's alone: the CI server is shared, so instead of stopping it the admin
connection (on the `postgres` database) terminates the backends of the throwaway database and
refuses new ones (ALLOW_CONNECTIONS false) until the test lets them back in.
"""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from models.team import TeamTarget

__all__ = ["_role_names", "memory_keyring", "outage", "readonly_role", "roles", "team"]


@dataclass(frozen=True)
class Team:
    """A throwaway database as the connect dialog would name it, and its password apart."""

    url: str  # with no password
    password: str
    target: TeamTarget


def _admin(postgres_url):
    return create_engine(postgres_url, isolation_level="AUTOCOMMIT")


class Roles:
    """Login roles made for one test (a writer, a reader), each with a password of its own."""

    def __init__(self, postgres_url: str, postgres_db: str, made: list[str]):
        self._admin = _admin(postgres_url)
        self._owner = create_engine(postgres_db, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
        self.made = made  # dropped by _role_names once the database is gone

    def check(self) -> None:
        with self._admin.connect() as conn:
            may = conn.execute(
                text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
            ).scalar()
        if not may:
            reason = "the test role needs CREATEROLE to make the team's roles (.ci/run grants it)"
            if os.environ.get("CI"):
                pytest.fail(reason)
            pytest.skip(reason)

    def make(self, kind: str) -> tuple[str, str]:
        """A new role: "writer" (may create and edit the store) or "reader" (SELECT only,
        on the tables there are now). Returns (name, password)."""
        name = f"cp_{kind}_{uuid.uuid4().hex[:10]}"
        password = f"pw-{uuid.uuid4().hex}"
        with self._admin.connect() as conn:
            conn.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'"))
            # A member may end the role's backends, so DROP DATABASE ... FORCE can.
            conn.execute(text(f"GRANT {name} TO current_user"))
        self.made.append(name)
        with self._owner.connect() as conn:
            if kind == "writer":
                conn.execute(text(f"GRANT USAGE, CREATE ON SCHEMA public TO {name}"))
            else:
                conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {name}"))
        return name, password

    def close(self) -> None:
        """End the roles' connections, drop what they own and the roles (each step tried)."""
        names = ", ".join(self.made)
        steps = (
            [(self._admin, f"ALTER ROLE {name} NOLOGIN") for name in self.made]
            + [
                (
                    self._owner,
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE usename = ANY(:names)",
                ),
                (self._owner, f"DROP OWNED BY {names}"),
            ]
            + [(self._admin, f"DROP ROLE IF EXISTS {name}") for name in self.made]
        )
        try:
            for engine, sql in steps if self.made else ():
                try:
                    with engine.connect() as conn:
                        conn.execute(text(sql), {"names": self.made})
                except Exception:  # noqa: BLE001 - the next steps, and _role_names, still run
                    pass
        finally:
            self._owner.dispose()
            self._admin.dispose()


@pytest.fixture
def _role_names(postgres_url):
    """The roles a test made: any that Roles.close could not drop is dropped again at the end
    (by then its database may be gone, and with it what the role owned)."""
    made: list[str] = []
    yield made
    if made:
        admin = _admin(postgres_url)
        try:
            for name in made:
                try:
                    with admin.connect() as conn:
                        conn.execute(text(f"DROP ROLE IF EXISTS {name}"))
                except Exception:  # noqa: BLE001 - still owns something: Roles.close dropped it
                    pass
        finally:
            admin.dispose()


@pytest.fixture
def roles(_role_names, postgres_url, postgres_db):
    """Make login roles for this test (dropped after it, once its database is gone)."""
    made = Roles(postgres_url, postgres_db, _role_names)
    made.check()
    yield made
    made.close()


@pytest.fixture
def team(postgres_db, roles) -> Team:
    """The throwaway database as a writer role of its own connects to it: the URL without
    the password, and the password (unlike anything else in the URL) on its own."""
    url = make_url(postgres_db)
    user, password = roles.make("writer")
    target = TeamTarget(
        host=url.host or "127.0.0.1",
        port=url.port or 5432,
        database=url.database or "",
        user=user,
        sslmode="prefer",
    )
    return Team(target.url_text(), password, target)


@pytest.fixture
def readonly_role(roles):
    """Make, once the store's tables exist, a role that may only SELECT: (name, password)."""
    return lambda: roles.make("reader")


class Outage:
    """The throwaway database's server 'goes away' for this test: backends ended, none let in."""

    def __init__(self, postgres_url: str, database: str):
        self._admin = _admin(postgres_url)
        self.database = database
        self.down = False

    def start(self) -> None:
        """Refuse new connections and end every open one."""
        with self._admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{self.database}" ALLOW_CONNECTIONS false'))
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :db AND pid <> pg_backend_pid()"
                ),
                {"db": self.database},
            )
            # Ended sessions go once they have said goodbye (their FATAL) to their clients.
            left = text("SELECT count(*) FROM pg_stat_activity WHERE datname = :db")
            deadline = time.monotonic() + 10
            while conn.execute(left, {"db": self.database}).scalar():
                assert time.monotonic() < deadline, "the database's sessions did not end"
                time.sleep(0.01)  # polling the server's list of sessions
        self.down = True

    def end(self) -> None:
        """Let connections in again."""
        with self._admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{self.database}" ALLOW_CONNECTIONS true'))
        self.down = False

    def close(self) -> None:
        if self.down:
            self.end()
        self._admin.dispose()


@pytest.fixture
def outage(postgres_url, postgres_db):
    """An Outage of the throwaway database; connections are let in again after the test."""
    cut = Outage(postgres_url, make_url(postgres_db).database or "")
    yield cut
    cut.close()


@pytest.fixture
def memory_keyring():
    """An in-memory keyring backend in place of the system's; returns its dict of passwords."""
    import keyring
    from keyring.backend import KeyringBackend

    passwords: dict[tuple[str, str], str] = {}

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service, username):
            return passwords.get((service, username))

        def set_password(self, service, username, password):
            passwords[service, username] = password

        def delete_password(self, service, username):
            from keyring.errors import PasswordDeleteError

            if passwords.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield passwords
    keyring.set_keyring(before)
