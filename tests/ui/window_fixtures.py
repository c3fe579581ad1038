"""Fixtures for the comparison window tests: a temp store, temp settings, the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ui.window.settings import Settings

__all__ = ["import_case_file", "open_main_window", "settings_path", "when_modal"]


@pytest.fixture
def settings_path(tmp_path):
    """Where this test's settings live (an INI file, never the user's)."""
    return tmp_path / "settings.ini"


@pytest.fixture
def open_main_window(qtbot, db_path, settings_path):
    """Open the real window on a temp store (seeded on first open), as the app does."""
    from ui.window.app import open_window

    windows = []

    def opener(db=None, settings=None):
        settings = settings or Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        window = open_window(str(db or db_path), settings, author="Tester")
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # window shortcuts need an active window
        # The docks fill after the panes' first paint: wait until the inspector shows the claim.
        selected = window.session.selection.claim_id
        if selected is not None and window.inspector.isVisible():
            qtbot.waitUntil(lambda: window.inspector.claim_id == selected)
        windows.append(window)
        return window

    yield opener
    for window in windows:
        window.store.close()


def when_modal(qtbot, act):
    """Run act(dialog) on the next modal dialog, once it is shown."""

    from ui.common.background import ProgressDialog

    def check():
        dialog = QApplication.activeModalWidget()
        # A progress bar that long work shows meanwhile is not the dialog waited for.
        if dialog is None or not dialog.isVisible() or isinstance(dialog, ProgressDialog):
            QTimer.singleShot(10, check)
            return
        act(dialog)

    QTimer.singleShot(0, check)


def import_case_file(qtbot, window, path) -> str | None:
    """File → Import case file… on a path, waiting for the import in the background to end.

    Returns the slug of the case then open if the import added one, else None.
    """
    task = window.import_case_file(str(path))
    assert task is not None
    added = []
    task.succeeded.connect(added.append)
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    return added[0] if added else None
