"""Nothing unexpected is silent: the log file, and the error dialog for what nothing handled."""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, qCritical, qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QApplication

from tests.ui.window_fixtures import when_modal
from ui.common import failures
from ui.common.failures import FailureDialog, FailureReporter


@pytest.fixture
def root_logging():
    """Put the root logger back as it was after a test configures it."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def reporter(tmp_path, qapp):
    return FailureReporter(tmp_path / "counterpoint.log")


def _read_dialog(qtbot, seen):
    def act(dialog):
        assert isinstance(dialog, FailureDialog)
        seen["text"] = dialog.message.text()
        seen["details"] = dialog.details.toPlainText()
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        seen["clipboard"] = QApplication.clipboard().text()
        dialog.reject()

    when_modal(qtbot, act)


def _boom():
    return 1 / 0


def test_an_exception_out_of_a_slot_shows_what_failed_the_log_and_details_to_copy(
    qtbot, reporter, monkeypatch, tmp_path
):
    monkeypatch.setattr(sys, "excepthook", reporter.exception)
    seen = {}
    _read_dialog(qtbot, seen)
    QTimer.singleShot(0, _boom)  # a slot that raises, as a button's would
    qtbot.waitUntil(lambda: "clipboard" in seen)
    qtbot.waitUntil(lambda: reporter.dialog is None)
    assert "ZeroDivisionError: division by zero" in seen["text"]
    assert "Every edit you made so far is in the store" in seen["text"]
    assert str(tmp_path / "counterpoint.log") in seen["text"]
    assert "_boom" in seen["details"] and "Traceback" in seen["details"]
    assert "_boom" in seen["clipboard"] and "in the store" in seen["clipboard"]


def test_a_worker_thread_failure_is_shown_on_the_gui_thread(qtbot, reporter, monkeypatch):
    monkeypatch.setattr(threading, "excepthook", reporter.thread_exception)
    seen = {}
    _read_dialog(qtbot, seen)
    worker = threading.Thread(target=_boom, name="export")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: "text" in seen)
    assert "ZeroDivisionError" in seen["text"]


def test_qt_warnings_are_logged_and_critical_messages_shown(qtbot, reporter, caplog):
    seen = {}
    previous = qInstallMessageHandler(reporter.qt_message)
    try:
        with caplog.at_level(logging.WARNING):
            qWarning("a harmless warning")
            QApplication.processEvents()
            assert reporter.dialog is None and "a harmless warning" in caplog.text
            _read_dialog(qtbot, seen)
            qCritical("the font cache is gone")
            qtbot.waitUntil(lambda: "text" in seen)
    finally:
        qInstallMessageHandler(previous)
    assert "the font cache is gone" in seen["text"]
    assert "the font cache is gone" in caplog.text


def test_logging_goes_to_a_rotating_file_in_the_data_folder_and_warnings_to_stderr(
    root_logging, tmp_path, monkeypatch, capsys
):
    from ui.common.data_folder import data_folder

    path = failures.configure_logging()
    assert path == data_folder() / "counterpoint.log"
    assert path.is_relative_to(Path.home())  # the test's home (tests/conftest.py)
    logging.getLogger("models.store").info("opened the store")
    logging.getLogger("ui.common.session").warning("edit refused: locked")
    logging.getLogger("models.store").debug("chatter")
    for handler in root_logging.handlers:
        handler.flush()
    written = path.read_text(encoding="utf-8")
    assert "opened the store" in written and "edit refused" in written and "chatter" not in written
    err = capsys.readouterr().err
    assert "edit refused: locked" in err and "opened the store" not in err
    failures.configure_logging()  # again (a second window): one file handler, not two
    assert sum(isinstance(h, RotatingFileHandler) for h in root_logging.handlers) == 1


def test_the_window_installs_it_at_start(qapp, monkeypatch, root_logging, tmp_path):
    from models.store import StoreError
    from ui.common.data_folder import data_folder
    from ui.window import app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)

    def refused(_db, **_options):
        raise StoreError("no store")

    monkeypatch.setattr(app, "open_window", refused)
    monkeypatch.setattr(app, "show_error", lambda *a, **k: None)
    previous = qInstallMessageHandler(None)
    qInstallMessageHandler(previous)
    try:
        assert app.run(str(tmp_path / "x.db"), ["counterpoint"]) == 1
        assert sys.excepthook.__self__.__class__ is FailureReporter
        assert threading.excepthook.__self__.__class__ is FailureReporter
    finally:
        qInstallMessageHandler(previous)
    assert (data_folder() / "counterpoint.log").is_file()
