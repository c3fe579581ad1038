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
    assert str(backup) in window.status_bar.message_label.message()


def test_restore_from_backup_puts_the_days_backup_back_after_backing_up_the_store(
    open_main_window, db_path, qtbot
):
    from PySide6.QtCore import Qt

    from models import backups, library
    from tests.ui.window_fixtures import when_modal

    library.open_library(str(db_path)).close()  # made and seeded: the next open backs it up
    window = open_main_window()
    [daily] = backups.list_backups(db_path)
    left = window.comparison.view("allegation")
    claim_id = window.selection.claim_id
    before = window.session.snapshot.claim(claim_id).status
    qtbot.keyClick(left, Qt.Key.Key_S)
    assert library.snapshot(window.store, library.SEED_SLUG).claim(claim_id).status != before
    seen = []

    def restore(dialog):
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog.restore_button.click()

    when_modal(qtbot, restore)
    window.actions.restore_backup.trigger()
    assert daily.path.name in seen[0][0] and daily.made.strftime("%Y-%m-%d") in seen[0][0]
    assert window.session.snapshot.claim(claim_id).status == before
    assert library.snapshot(window.store, library.SEED_SLUG).claim(claim_id).status == before
    assert window.session.undo_stack.count() == 0
    [saved] = [b for b in backups.list_backups(db_path) if b.path.name.startswith("before-")]
    assert str(saved.path) in window.status_bar.message_label.message()
