"""The migrations build exactly the schema the models declare, and a maintainer can check it.

A store is always created by running the migrations, so a column added to models/schema.py
without a migration would exist in the tests' metadata but in no user's store.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from models.migrations.maintainer import URL_ENV, schema_drift
from models.store import database_url, open_store

ROOT = Path(__file__).resolve().parents[2]


def _drift(target: str) -> list:
    open_store(target).close()  # a new store: created by the migrations, to head
    engine = create_engine(database_url(target))
    try:
        with engine.connect() as conn:
            return schema_drift(conn)
    finally:
        engine.dispose()


def _alembic(*args: str, url: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != URL_ENV}
    if url is not None:
        env[URL_ENV] = url
    return subprocess.run(
        [sys.executable, "-m", "alembic", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_migrated_sqlite_store_matches_the_models(db_path):
    assert _drift(str(db_path)) == []


@pytest.mark.postgres
def test_the_migrated_postgres_store_matches_the_models(postgres_db):
    assert _drift(postgres_db) == []


def _add_stray_column(db_path: Path) -> None:
    # What a model change without its migration looks like from the store's side.
    open_store(str(db_path)).close()
    engine = create_engine(database_url(str(db_path)))
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE claim ADD COLUMN stray TEXT"))
    engine.dispose()


def test_the_drift_check_sees_what_the_migrations_and_the_models_disagree_on(db_path):
    _add_stray_column(db_path)
    engine = create_engine(database_url(str(db_path)))
    with engine.connect() as conn:
        drift = schema_drift(conn)
    engine.dispose()
    assert [(d[0], d[2], d[3].name) for d in drift] == [("remove_column", "claim", "stray")]


def test_alembic_check_runs_from_the_top_on_a_scratch_store_and_on_a_named_one(db_path):
    scratch = _alembic("check", url=None)
    assert scratch.returncode == 0, scratch.stderr
    assert "No new upgrade operations detected" in scratch.stdout

    _add_stray_column(db_path)
    drifted = _alembic("check", url=str(db_path))
    assert drifted.returncode != 0
    assert "stray" in drifted.stdout + drifted.stderr
