"""Live refresh: a colleague's edit reaches the open window, on SQLite and on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtGui import QTextCursor
from sqlalchemy import create_engine, text

from models import library
from models.operations import set_assessment
from models.store import open_store
from tests.conftest import ROOT
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.common.labels import word

# Another analyst, in a process of their own: mark a claim as a status, as Ada.
COLLEAGUE = """
import sys
sys.path.insert(0, sys.argv[1])
from models.operations import set_assessment
from models.store import open_store
store = open_store(sys.argv[2])
set_assessment(store, int(sys.argv[3]), status=sys.argv[4], author="Ada")
store.close()
"""


def colleague_process(target: str, claim_id: int, status: str) -> None:
    """Run the colleague's edit in another process, until it has committed."""
    subprocess.run(
        [sys.executable, "-c", COLLEAGUE, str(ROOT), target, str(claim_id), status],
        check=True,
        timeout=60,
    )


def live(qtbot, window):
    """The window's live feed, once started (and its listener connected, on PostgreSQL)."""
    qtbot.waitUntil(lambda: window.live is not None, timeout=5000)
    if window.live.listener is not None:
        qtbot.waitUntil(lambda: window.live.listener.connected, timeout=10000)
    return window.live


def pick(window, role: str, index: int):
    """Select a claim of one side in its pane (as a click would); return the claim."""
    case = window.session.snapshot
    claim = [c for c in case.claims if c.role == role][index]
    window.comparison.select_claim(claim.id)
    return claim


def unsupported_or_disputed(claim) -> str:
    return "disputed" if claim.status == "unsupported" else "unsupported"


def scroll(window, role: str) -> int:
    return window.comparison.view(role).verticalScrollBar().value()


# --- SQLite: two windows on one file -----------------------------------------------------


def test_two_windows_on_one_sqlite_file_see_each_others_edits(qtbot, open_main_window):
    first = open_main_window()
    second = open_main_window()
    live(qtbot, first), live(qtbot, second)
    claim = pick(second, "response", 2)
    kept = second.selection.claim_id
    status = unsupported_or_disputed(claim)

    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    from ui.common import commands

    assert commands.mark_status(first.session, claim.id, status)
    # The second window hears of it when it is active again (and every 2 s meanwhile).
    second.activateWindow()
    qtbot.waitUntil(lambda: second.session.snapshot.claim(claim.id).status == status, timeout=3000)
    assert second.selection.claim_id == kept  # the selection stays
    qtbot.waitUntil(lambda: second.inspector.status_label.text().endswith(word(status)))
    # And back: the first window sees the second's edit.
    assert commands.mark_status(second.session, claim.id, "supported")
    first.activateWindow()
    qtbot.waitUntil(
        lambda: first.session.snapshot.claim(claim.id).status == "supported", timeout=3000
    )


def test_edit_from_another_process_reaches_the_sqlite_window(qtbot, open_main_window, db_path):
    window = open_main_window()
    live(qtbot, window)
    claim = pick(window, "response", 1)
    kept, at = window.selection.claim_id, scroll(window, "response")
    status = unsupported_or_disputed(claim)
    colleague_process(str(db_path), claim.id, status)
    qtbot.waitUntil(lambda: window.session.snapshot.claim(claim.id).status == status, timeout=1500)
    assert window.selection.claim_id == kept
    assert scroll(window, "response") == at
    # The status bar says who did what to which claim.
    expected = f"Ada marked {claim.key} {status}"
    qtbot.waitUntil(lambda: window.status_bar.message_label.message() == expected, timeout=1000)


def test_own_edits_are_not_announced(qtbot, open_main_window):
    window = open_main_window()
    feed = live(qtbot, window)
    claim = pick(window, "response", 0)
    from ui.common import commands

    heard = []
    window.session.colleaguesEdited.connect(heard.append)
    assert commands.mark_status(window.session, claim.id, unsupported_or_disputed(claim))
    assert feed.catch_up() == []  # the feed's newest event is the window's own
    assert heard == []
    assert window.session.seen_seq > 0


def test_typing_banner_use_theirs_and_keep_mine(qtbot, open_main_window, db_path):
    window = open_main_window()
    live(qtbot, window)
    claim = pick(window, "response", 3)
    qtbot.waitUntil(lambda: window.inspector.claim_id == claim.id)
    box, banner = window.inspector.rationale, window.inspector.theirs_banner
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "My reading <b>x</b>")
    asked = []

    def resolver(conflict, _text):  # the conflict dialog's answer: apply mine
        asked.append(conflict)
        return conflict.mine

    window.session.conflict_resolver = resolver
    colleague = open_store(str(db_path))
    try:
        set_assessment(colleague, claim.id, rationale="Their <i>reading</i>", author="Ada")
        qtbot.waitUntil(banner.isVisible, timeout=2000)
        assert "Ada" in banner.label.text() and "Their <i>reading</i>" in banner.label.text()
        assert box.toPlainText() == "My reading <b>x</b>"  # nothing the user typed is lost
        # Keep mine: the text stays; saving it meets the colleague's version as a conflict.
        banner.keep_mine.click()
        assert not banner.isVisible()
        assert box.toPlainText() == "My reading <b>x</b>"
        assert box.commit()
        assert len(asked) == 1 and asked[0].theirs["rationale"] == "Their <i>reading</i>"
        assert window.session.snapshot.claim(claim.id).rationale == "My reading <b>x</b>"

        # Again, and this time take theirs.
        box.setFocus()
        box.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(box, " more")
        set_assessment(colleague, claim.id, rationale="Theirs again", author="Ada")
        qtbot.waitUntil(banner.isVisible, timeout=2000)
        banner.use_theirs.click()
        assert box.toPlainText() == "Theirs again"
        assert not box.is_dirty() and not banner.isVisible()
    finally:
        colleague.close()


def test_a_colleague_edit_of_another_claim_leaves_the_typing_alone(
    qtbot, open_main_window, db_path
):
    window = open_main_window()
    live(qtbot, window)
    other = pick(window, "response", 0)
    claim = pick(window, "response", 1)
    qtbot.waitUntil(lambda: window.inspector.claim_id == claim.id)
    box = window.inspector.rationale
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "Half a thought")
    colleague = open_store(str(db_path))
    try:
        set_assessment(colleague, other.id, status=unsupported_or_disputed(other), author="Ada")
    finally:
        colleague.close()
    qtbot.waitUntil(
        lambda: window.status_bar.message_label.message().startswith("Ada marked"), timeout=2000
    )
    assert box.toPlainText() == "Half a thought"
    assert not window.inspector.theirs_banner.isVisible()
    assert window.selection.claim_id == claim.id


# --- PostgreSQL: LISTEN/NOTIFY ----------------------------------------------------------


@pytest.mark.postgres
def test_colleague_process_edit_reaches_postgres_window_within_a_second(
    qtbot, open_main_window, postgres_db
):
    window = open_main_window(db=postgres_db)
    live(qtbot, window)
    claim = pick(window, "response", 2)
    kept, at = window.selection.claim_id, scroll(window, "response")
    status = unsupported_or_disputed(claim)
    colleague_process(postgres_db, claim.id, status)
    qtbot.waitUntil(lambda: window.session.snapshot.claim(claim.id).status == status, timeout=1000)
    assert window.selection.claim_id == kept
    assert scroll(window, "response") == at
    assert window.status_bar.message_label.message() == f"Ada marked {claim.key} {status}"


@pytest.mark.postgres
def test_listener_reconnects_and_catches_up_on_what_it_missed(qtbot, open_main_window, postgres_db):
    window = open_main_window(db=postgres_db)
    feed = live(qtbot, window)
    claim = pick(window, "response", 0)
    colleague = open_store(postgres_db)
    database = colleague.engine.url.database
    admin = create_engine(
        postgres_db.replace(f"/{database}", "/postgres"), isolation_level="AUTOCOMMIT"
    )
    try:
        # The colleague's connection is open (in its pool) before connections are refused.
        library.snapshot(colleague, library.SEED_SLUG)
        states = []
        feed.connectionChanged.connect(states.append)
        pid = feed.listener.backend_pid
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false'))
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        qtbot.waitUntil(lambda: False in states, timeout=5000)
        assert not feed.listener.connected
        status = unsupported_or_disputed(claim)
        set_assessment(colleague, claim.id, status=status, author="Ada")  # nobody hears it
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true'))
        qtbot.waitUntil(
            lambda: window.session.snapshot.claim(claim.id).status == status, timeout=10000
        )
        assert feed.listener.connected and feed.listener.backend_pid != pid
        assert window.selection.claim_id == claim.id
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true'))
        admin.dispose()
        colleague.close()
