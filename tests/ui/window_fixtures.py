"""Fixtures for the comparison window tests: a temp store, temp settings, the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ui.window.settings import Settings

__all__ = ["open_main_window", "settings_path", "when_modal"]


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
        windows.append(window)
        return window

    yield opener
    for window in windows:
        window.store.close()


def when_modal(qtbot, act):
    """Run act(dialog) on the next modal dialog, once it is shown."""

    def check():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, check)
            return
        act(dialog)

    QTimer.singleShot(0, check)
