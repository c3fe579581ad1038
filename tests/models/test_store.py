"""The store's lifecycle: create at head, back up and upgrade, refuse newer, commit each edit."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text

from models import library
from models.operations import get_assessment, set_assessment
from models.schema import Edit
from models.store import (
    HEAD_REVISION,
    NewerStoreError,
    StoreError,
    _alembic_config,
    head_revision,
    open_store,
)


def _revision(path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_new_store_is_created_at_head_stamped_and_seeded(db_path):
    store = library.open_library(str(db_path))
    try:
        assert store.opened.created
        assert _revision(db_path) == head_revision()
        assert [c.slug for c in library.cases(store)] == [library.SEED_SLUG]
    finally:
        store.close()


def test_the_head_revision_known_without_alembic_is_alembics_head():
    # A store at HEAD_REVISION opens without Alembic; a stale constant would skip an upgrade.
    assert head_revision() == HEAD_REVISION, "a new migration: set models.store.HEAD_REVISION"


def test_a_store_at_head_opens_without_importing_alembic_or_jsonschema(db_path):
    library.open_library(str(db_path)).close()
    code = (
        "import sys; from models import library; s = library.open_library(sys.argv[1]); "
        "print(s.opened.created, s.opened.upgraded_from, len(library.cases(s))); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'jsonschema')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(db_path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout.splitlines()
    assert out == ["False None 1", "[]"]


def test_reopening_does_not_seed_twice(db_path):
    library.open_library(str(db_path)).close()
    store = library.open_library(str(db_path))
    try:
        assert not store.opened.created
        assert len(library.cases(store)) == 1
    finally:
        store.close()


def test_sqlite_runs_with_foreign_keys_wal_and_busy_timeout(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_older_store_is_backed_up_then_upgraded(db_path, small_case):
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
        conn.execute(
            text(
                'INSERT INTO "case" (slug, title, description, created_at, updated_at) '
                "VALUES ('old', 'Old case', '', '2020-01-01', '2020-01-01')"
            )
        )
    engine.dispose()
    store = open_store(str(db_path))
    try:
        assert store.opened.upgraded_from == "0001"
        backup = store.opened.backup
        assert backup is not None and backup.exists()
        assert _revision(backup) == "0001"
        assert _revision(db_path) == head_revision()
        with store.reading() as s:
            assert s.execute(select(Edit)).all() == []  # the new table exists
        assert [c.slug for c in library.cases(store)] == ["old"]
    finally:
        store.close()


def test_store_from_a_newer_version_is_refused_and_left_untouched(db_path):
    library.open_library(str(db_path)).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(NewerStoreError) as err:
        open_store(str(db_path))
    message = str(err.value)
    assert "9999" in message and head_revision() in message
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.backup-*"))


def test_a_database_that_is_not_a_store_is_refused(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE unrelated (x)")
    with pytest.raises(StoreError, match="not a Counterpoint store"):
        open_store(str(db_path))


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "nowhere" / "data.db"))


def test_each_edit_is_committed_when_made(store, db_path):
    case = library.snapshot(store, library.SEED_SLUG)
    claim = case.claims[0]
    set_assessment(store, claim.id, status="disputed", rationale="Because.", author="Ana")
    # A second, independent connection sees the edit at once: no save step.
    with sqlite3.connect(db_path) as conn:
        row = conn.execute(
            "SELECT status, rationale FROM assessment WHERE claim_id = ?", (claim.id,)
        ).fetchone()
        who = conn.execute(
            "SELECT author.name FROM edit JOIN author ON author.id = edit.author_id"
        ).fetchall()
    assert row == ("disputed", "Because.")
    assert ("Ana",) in who
    assert get_assessment(store, claim.id).author == "Ana"


def test_a_refused_write_raises_a_clear_error_and_changes_nothing(store, db_path):
    from sqlalchemy import event

    case = library.snapshot(store, library.SEED_SLUG)
    claim = case.claims[0]
    store.engine.dispose()

    @event.listens_for(store.engine, "connect")
    def short_timeout(dbapi_conn, _):  # runs after the store's own set-up: wait 50 ms, not 5 s
        dbapi_conn.execute("PRAGMA busy_timeout = 50")

    blocker = sqlite3.connect(db_path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked"):
            set_assessment(store, claim.id, status="supported")
    finally:
        blocker.rollback()
        blocker.close()
    assert library.snapshot(store, library.SEED_SLUG).claim(claim.id).status == claim.status
