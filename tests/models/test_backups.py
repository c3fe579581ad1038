"""Backups that help: named before an upgrade, whole or absent, one a day, and put back."""

from __future__ import annotations

import errno
import sqlite3
import stat
from datetime import date, timedelta

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

import models.backups
from models import backups, library
from models.operations import set_assessment
from models.store import StoreError, _alembic_config, head_revision, open_store


def _revision(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def old_store(db_path):
    """A store at schema 0001 with one case, readable by its owner only."""
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
    db_path.chmod(0o600)
    return db_path


def test_the_upgrade_backup_is_named_before_the_upgrade_and_has_the_stores_mode(old_store):
    told = []
    store = library.open_library(str(old_store), notice=told.append)
    try:
        backup = store.opened.backup
        assert told == [store.opened.notice]
        assert str(backup) in told[0] and "0001" in told[0]
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
        assert _revision(backup) == "0001" and backups.verified(backup)
    finally:
        store.close()


def test_a_failed_upgrade_retried_makes_one_backup(old_store, monkeypatch):
    real = command.upgrade
    tries = []

    def failing(cfg, target):
        tries.append(target)
        if len(tries) < 3:
            raise OperationalError("upgrade", {}, sqlite3.OperationalError("database is locked"))
        real(cfg, target)

    monkeypatch.setattr(command, "upgrade", failing)
    for _ in range(2):
        with pytest.raises(StoreError, match="locked"):
            open_store(str(old_store))
    open_store(str(old_store)).close()
    assert len(tries) == 3
    assert len(list(old_store.parent.glob(f"{old_store.name}.backup-0001-*"))) == 1
    assert _revision(old_store) == head_revision()


def test_a_full_disk_during_the_upgrade_backup_is_a_clear_message_and_leaves_no_copy(
    old_store, monkeypatch
):
    before = old_store.read_bytes()

    def disk_fills(source, target):
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)  # part of the copy
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(models.backups, "_copy_database", disk_fills)
    with pytest.raises(StoreError) as err:
        open_store(str(old_store))
    message = str(err.value)
    assert "disk is full" in message and "partial copy was removed" in message
    assert "not upgraded" in message
    assert sorted(p.name for p in old_store.parent.iterdir()) == [old_store.name]
    assert old_store.read_bytes() == before


def test_one_verified_backup_a_day_and_the_last_seven_days_kept(store, db_path):
    store.close()
    library.open_library(str(db_path)).close()  # the first open of today backs up
    library.open_library(str(db_path)).close()  # the second does not
    made = backups.list_backups(db_path)
    assert len(made) == 1 and backups.verified(made[0].path)
    assert made[0].path.name == f"daily-{date.today().isoformat()}.db"
    for days in range(1, 10):
        backups.daily_backup(db_path, today=date.today() + timedelta(days=days))
    names = [b.path.name for b in backups.list_backups(db_path)]
    assert len(names) == 7
    assert f"daily-{(date.today() + timedelta(days=9)).isoformat()}.db" in names
    assert f"daily-{date.today().isoformat()}.db" not in names


def test_restoring_a_backup_keeps_the_store_as_it_was_first(store, db_path):
    claim = library.snapshot(store, library.SEED_SLUG).claims[0]
    backup = backups.make_backup(db_path, db_path.parent / "kept.db")
    set_assessment(store, claim.id, status="disputed", rationale="Later.", author="Ana")
    saved = store.restore(backup)
    assert library.snapshot(store, library.SEED_SLUG).claim(claim.id).status == claim.status
    assert saved in [b.path for b in backups.list_backups(db_path)]
    conn = sqlite3.connect(saved)
    try:
        rationale = conn.execute(
            "SELECT rationale FROM assessment WHERE claim_id = ?", (claim.id,)
        ).fetchone()
    finally:
        conn.close()
    assert rationale == ("Later.",)
    set_assessment(store, claim.id, status="supported", author="Ana")  # the store still works
    assert library.snapshot(store, library.SEED_SLUG).claim(claim.id).status == "supported"


@pytest.mark.postgres
def test_a_postgres_upgrade_says_first_that_backups_are_the_users(postgres_db, monkeypatch):
    engine = create_engine(postgres_db)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
    engine.dispose()
    real, told = command.upgrade, []

    def upgrade(cfg, target):
        assert told, "the user is told before the upgrade runs"
        real(cfg, target)

    monkeypatch.setattr(command, "upgrade", upgrade)
    store = open_store(postgres_db, notice=told.append)
    store.close()
    assert len(told) == 1 and "backing it up first is for you" in told[0]
