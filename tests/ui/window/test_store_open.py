"""The window on a store it cannot open: a message that never shows a URL's password."""

from __future__ import annotations

import logging

import ui.common.failures
import ui.window.app
from tests.test_cli_store import SECRET, WRONG_PASSWORD


def test_the_window_never_shows_nor_logs_the_password(qapp, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(ui.common.failures, "install", lambda app: None)
    monkeypatch.setattr(ui.window.app, "show_error", lambda *args: shown.append(args))
    with caplog.at_level(logging.DEBUG):
        assert ui.window.app.run(WRONG_PASSWORD, ["counterpoint"]) == 1
    [(_parent, title, text, detail)] = shown
    assert "cannot open" in title
    assert SECRET not in text + detail and "counterpoint_ci:***@" in detail
    assert caplog.records and SECRET not in caplog.text
