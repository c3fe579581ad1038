"""The command line on stores that need care: an upgrade names its backup; no password shown."""

from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import create_engine

from models.store import _alembic_config


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
