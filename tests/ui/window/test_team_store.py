"""The window on a team store on the real PostgreSQL: connecting, read-only, a lost server.

The password is a role's own (tests/team_fixtures.py), so looking for it anywhere it must not
be (settings, recent list, log, title, exports) finds nothing by chance.
"""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QSettings, Qt

from models import library
from models.operations import set_assessment
from models.store import open_store
from tests.team_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.window_fixtures import when_modal
from ui.window import settings as keys
from ui.window.settings import Settings
from ui.window.store_watch import StoreWatch

pytestmark = pytest.mark.postgres


@pytest.fixture
def quick_watch(monkeypatch):
    """The store watch checks every 200 ms and retries after 100-400 ms, for a quick test."""
    monkeypatch.setattr(StoreWatch, "HEARTBEAT_MS", 200)
    monkeypatch.setattr(StoreWatch, "BACKOFF_MS", (100, 200, 400))


@pytest.fixture
def team_window(qtbot, team, settings_path, quick_watch):
    """The real window opened on the team store (made and seeded by its first open)."""
    from ui.window.app import open_window

    opened = []

    def opener(url=None, password=None):
        settings = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        window = open_window(
            url or team.url, settings, author="Ana", password=password or team.password
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        opened.append(window)
        return window

    yield opener
    for window in opened:
        window.close()
        window.store.close()


def _mark_first(qtbot, window, key=Qt.Key.Key_D) -> int:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    left = window.comparison.view("allegation")
    left.setFocus()
    qtbot.waitUntil(left.hasFocus)
    claim = left.current_claim()
    qtbot.keyClick(left, key)
    return claim


def test_connecting_from_the_file_menu_keeps_the_password_in_the_keyring_only(
    qtbot, open_main_window, team, memory_keyring, settings_path, caplog
):
    caplog.set_level(logging.DEBUG)
    window = open_main_window()  # on the SQLite file first
    assert window.store_watch is None and not window.store_banner.isVisible()

    def fill(dialog):
        dialog.host.setText(team.target.host)
        dialog.port.setValue(team.target.port)
        dialog.database.setText(team.target.database)
        dialog.user.setText(team.target.user)
        qtbot.keyClicks(dialog.password, team.password)
        assert dialog.remember.isChecked()
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, fill)
    window.actions.connect_store.trigger()
    qtbot.waitUntil(lambda: window.store.engine.dialect.name == "postgresql", timeout=30000)
    qtbot.waitUntil(lambda: window.session.snapshot is not None)
    assert window.session.snapshot.slug == library.SEED_SLUG
    assert team.target.database in window.windowTitle()
    assert window.store_watch is not None and not window.store_banner.isVisible()

    # An edit on the team store: a colleague sees it.
    claim = _mark_first(qtbot, window)
    colleague = open_store(team.url, password=team.password)
    try:
        seen = library.snapshot(colleague, library.SEED_SLUG).claim(claim)
        assert seen.status == "disputed"
    finally:
        colleague.close()

    # The password is in the keyring, and nowhere else.
    assert list(memory_keyring.values()) == [team.password]
    window.save_layout()
    recent = window.settings.get(keys.RECENT_STORES)
    assert recent == [team.url]
    assert team.password not in settings_path.read_text()
    assert team.password not in window.windowTitle()
    assert team.password not in caplog.text
    from models.exports import content, html, markdown

    built = content.build_content(window.session.snapshot)
    exported = html.render(built) + markdown.render(built)
    assert team.password not in exported

    # The next time, the dialog offers the store with the keyring's password.
    from ui.dialogs.connect import ConnectDialog

    again = ConnectDialog(window.settings.get(keys.RECENT_STORES), window)
    qtbot.addWidget(again)
    assert again.database.text() == team.target.database
    assert again.password.text() == team.password


def test_a_read_only_role_opens_the_case_read_only_with_a_banner(
    qtbot, team, team_window, readonly_role
):
    library.open_library(team.url, password=team.password).close()
    role, password = readonly_role()
    from models.team import TeamTarget

    url = TeamTarget(team.target.host, team.target.database, role, team.target.port).url_text()
    window = team_window(url, password)
    assert window.store.read_only
    assert window.store_banner.isVisible()
    assert "Read-only" in window.store_banner.text() and role in window.store_banner.text()
    assert "(read-only)" in window.windowTitle()
    claim = window.comparison.view("allegation").current_claim()
    before = window.session.snapshot.claim(claim).status
    assert before != "disputed"
    _mark_first(qtbot, window)
    # Refused, in words, and nothing shown as done.
    assert window.banner.isVisible() and "read-only" in window.banner.text()
    assert window.session.snapshot.claim(claim).status == before
    assert window.session.undo_stack.count() == 0
    assert library.snapshot(window.store, library.SEED_SLUG).claim(claim).status == before


def test_a_lost_server_is_said_edits_are_refused_and_the_case_is_read_again(
    qtbot, team, team_window, outage
):
    window = team_window()
    assert window.store_watch is not None
    claim = window.comparison.view("allegation").current_claim()
    before = window.session.snapshot.claim(claim).status
    assert before != "disputed"

    # Noticed without any edit: the heartbeat finds the server gone.
    outage.start()
    qtbot.waitUntil(window.store_banner.isVisible, timeout=10000)
    assert "reconnecting" in window.store_banner.text()

    # An edit meanwhile is refused, in words; nothing is shown as done or pushed.
    _mark_first(qtbot, window)
    assert "cannot be reached" in window.banner.text()
    assert window.session.snapshot.claim(claim).status == before
    assert window.session.undo_stack.count() == 0
    qtbot.waitUntil(lambda: window.store_watch.attempts >= 2, timeout=10000)  # retrying

    # Back: the banner goes and the window reads the case again (a colleague's edit shows).
    outage.end()
    colleague = open_store(team.url, password=team.password)
    try:
        other = window.session.snapshot.claims[-1].id
        set_assessment(colleague, other, status="unverifiable", author="Bo")
    finally:
        colleague.close()
    qtbot.waitUntil(lambda: not window.store_banner.isVisible(), timeout=10000)
    assert window.session.snapshot.claim(other).status == "unverifiable"
    assert "Reconnected" in window.status_bar.message_label.message()
    _mark_first(qtbot, window)
    assert window.session.snapshot.claim(claim).status == "disputed"
    assert library.snapshot(window.store, library.SEED_SLUG).claim(claim).status == "disputed"


def test_an_edit_that_meets_the_lost_server_first_is_refused_and_the_banner_shows(
    qtbot, team, team_window, outage, monkeypatch
):
    monkeypatch.setattr(StoreWatch, "HEARTBEAT_MS", 600_000)  # only the edit can notice
    window = team_window()
    claim = window.comparison.view("allegation").current_claim()
    before = window.session.snapshot.claim(claim).status
    outage.start()
    _mark_first(qtbot, window)
    assert window.store_banner.isVisible() and "reconnecting" in window.store_banner.text()
    assert "is lost" in window.banner.text()
    assert window.session.snapshot.claim(claim).status == before
    assert team.password not in window.banner.text() + window.store_banner.text()
    outage.end()
    qtbot.waitUntil(lambda: not window.store_banner.isVisible(), timeout=10000)


def test_an_undo_while_the_server_is_away_stays_in_the_history_for_later(
    qtbot, team, team_window, outage
):
    window = team_window()
    claim = _mark_first(qtbot, window)
    before = window.session.snapshot.claim(claim)
    assert before.status == "disputed"
    stack = window.session.undo_stack
    assert (stack.count(), stack.index()) == (1, 1)
    outage.start()
    qtbot.waitUntil(window.store_banner.isVisible, timeout=10000)
    stack.undo()
    assert "was not undone" in window.banner.text()
    assert stack.index() == 1  # still there, to undo later
    assert window.session.snapshot.claim(claim).status == "disputed"
    outage.end()
    qtbot.waitUntil(lambda: not window.store_banner.isVisible(), timeout=10000)
    stack.undo()
    assert stack.index() == 0
    assert library.snapshot(window.store, library.SEED_SLUG).claim(claim).status != "disputed"
