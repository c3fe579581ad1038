"""The window and backups: an upgrade says where its backup is; File → Restore from backup…."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine

from models.store import _alembic_config
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)


def test_the_window_says_where_the_upgrade_backup_is(open_main_window, db_path):
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
    engine.dispose()
    window = open_main_window()
    [backup] = db_path.parent.glob(f"{db_path.name}.backup-0001-*")
    assert str(backup) in window.statusBar().currentMessage()
