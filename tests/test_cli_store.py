"""The command line on stores that need care: an upgrade names its backup; no password shown."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine

from models.store import StoreError, _alembic_config, open_store


def test_an_upgrade_prints_where_the_backup_is(tmp_path, run_cli):
    db = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
    engine.dispose()
    done = run_cli("--db", str(db), "list")
    assert done.returncode == 0, done.stderr
    [backup] = tmp_path.glob("old.db.backup-0001-*")
    assert str(backup) in done.stderr and "0001" in done.stderr
    assert done.stdout.startswith("SLUG")  # the answer itself is untouched
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()


SECRET = "s3cret-Pa55word"
WRONG_PASSWORD = f"postgresql+psycopg://counterpoint_ci:{SECRET}@127.0.0.1:5432/postgres"
BAD_PORT = f"postgresql+psycopg://counterpoint_ci:{SECRET}@127.0.0.1:port/postgres"


def test_a_failed_connection_never_shows_the_password(run_cli):
    for url in (WRONG_PASSWORD, BAD_PORT):
        done = run_cli("--db", url, "list")
        assert done.returncode != 0
        assert SECRET not in done.stderr and SECRET not in done.stdout
        assert "counterpoint_ci" in done.stderr  # the URL is still named, less its password
        with pytest.raises(StoreError) as err:
            open_store(url)
        assert SECRET not in str(err.value) and "***" in str(err.value)
