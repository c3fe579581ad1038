"""Fixtures shared by the widget tests: a case session on the seeded store, hostile text."""

from __future__ import annotations

import sqlite3

import pytest

# Markup that must show as typed: a bold tag and an image that Qt would load from disk.
HOSTILE = '<b>x</b> <img src="file:///etc/hostname">'
AUTHOR = "Tester"


@pytest.fixture
def session(store, qapp):
    """A CaseSession with the Huawei case open, as the window makes one."""
    from models import library
    from ui.common.session import CaseSession

    opened = CaseSession(store, author=AUTHOR)
    opened.open_case(library.SEED_SLUG)
    return opened


@pytest.fixture
def locked_store(session, db_path, monkeypatch):
    """Lock the session's store as another program would (BEGIN EXCLUSIVE) when asked.

    The store gives up on a lock after 50 ms instead of 5 s, so the tests are quick.
    """
    import models.store

    monkeypatch.setattr(models.store, "BUSY_TIMEOUT_MS", 50)
    session.store.engine.dispose()  # new connections take the short timeout
    other = sqlite3.connect(db_path, timeout=0.05, isolation_level=None)

    class Lock:
        def hold(self):
            other.execute("BEGIN EXCLUSIVE")

        def release(self):
            other.execute("ROLLBACK")

    yield Lock()
    other.close()
