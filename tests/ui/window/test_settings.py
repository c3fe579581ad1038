"""Layout and cases are restored on the next start; a bad store at start is told, not thrown."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models import library
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.window_fixtures import import_case_file, when_modal
from ui.window import settings as keys


def test_layout_and_last_case_are_restored(qtbot, open_main_window, db_path, small_case):
    window = open_main_window()
    slug = import_case_file(qtbot, window, _write(db_path.parent / "small.json", small_case))
    assert window.session.slug == slug
    window.comparison.setSizes([500, 64, 300])
    sizes = window.comparison.sizes()
    window.docks["inspector"].hide()
    window.docks["history"].show()
    qtbot.keyClick(
        window.comparison.view("allegation"), Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: not window.isVisible())
    window.store.close()

    again = open_main_window()
    assert again.session.slug == slug  # the case open last time
    assert again.comparison.sizes() == sizes
    assert not again.docks["inspector"].isVisible()
    assert again.docks["history"].isVisible()
    recent = again.settings.get(keys.RECENT_CASES)
    assert recent[:2] == [slug, library.SEED_SLUG]
    again.menus["recent"].aboutToShow.emit()
    titles = [a.text() for a in again.menus["recent"].actions()]
    assert any(small_case["title"] in t for t in titles)
    next(a for a in again.menus["recent"].actions() if library.SEED_SLUG in a.text()).trigger()
    assert again.session.slug == library.SEED_SLUG


def test_a_bad_case_file_is_refused_with_a_clear_message(qtbot, open_main_window, tmp_path):
    window = open_main_window()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "counterpoint-case", "version": 1', encoding="utf-8")
    seen = []
    when_modal(qtbot, lambda box: (seen.append(box.text()), box.accept()))
    assert import_case_file(qtbot, window, bad) is None
    assert seen and "bad.json" in seen[0]
    assert window.session.slug == library.SEED_SLUG


def test_a_newer_store_at_start_shows_a_message_and_exits_non_zero(qtbot, db_path, monkeypatch):
    from ui.window import app as app_module

    library.open_library(str(db_path)).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    shown = []

    def fake_exec(box):
        shown.append((box.windowTitle(), box.text(), box.textFormat()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert app_module.run(str(db_path), ["counterpoint"]) == 1
    title, text, fmt = shown[0]
    assert "newer version" in text
    assert fmt == Qt.TextFormat.PlainText


def _write(path, data) -> str:
    import json

    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)
