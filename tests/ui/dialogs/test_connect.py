"""The connect dialog on the real PostgreSQL: tests in words, off the GUI thread; the keyring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.team_fixtures import *  # noqa: F403 (fixtures)
from ui.dialogs.connect import ConnectDialog

pytestmark = pytest.mark.postgres


def _dialog(qtbot, team, password=None) -> ConnectDialog:
    dialog = ConnectDialog([], None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host.setText(team.target.host)
    dialog.port.setValue(team.target.port)
    dialog.database.setText(team.target.database)
    dialog.user.setText(team.target.user)
    qtbot.keyClicks(dialog.password, team.password if password is None else password)
    return dialog


def _test(qtbot, dialog) -> str:
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    # Off the GUI thread: the buttons wait, and the words come when the worker is done.
    qtbot.waitUntil(lambda: not dialog.busy and dialog.test_button.isEnabled(), timeout=20000)
    return dialog.result.text()


def test_testing_says_in_words_whether_it_worked(qtbot, team, memory_keyring):
    dialog = _dialog(qtbot, team)
    said = _test(qtbot, dialog)
    assert said.startswith("Connected to") and "empty" in said and team.target.user in said
    dialog.password.setText("wrong-password")
    said = _test(qtbot, dialog)
    assert "refused the user name or password" in said and "wrong-password" not in said
    dialog.password.setText(team.password)
    dialog.port.setValue(1)
    assert "Nothing answers" in _test(qtbot, dialog)
    dialog.host.clear()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "host" in dialog.result.text()  # said at once, nothing tried
    assert not memory_keyring  # testing remembers nothing


def test_connect_opens_the_store_and_keeps_the_password_in_the_keyring(qtbot, team, memory_keyring):
    dialog = _dialog(qtbot, team)
    with qtbot.waitSignal(dialog.connected, timeout=30000) as opened:
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    store, said = opened.args
    try:
        assert store.engine.dialect.name == "postgresql"
        assert store.engine.url.password is None and team.password not in said
        assert list(memory_keyring.values()) == [team.password]
    finally:
        store.close()
    assert not dialog.isVisible()


def test_unticked_the_password_is_forgotten(qtbot, team, memory_keyring):
    from models.team import save_password

    save_password(team.target, team.password)
    dialog = _dialog(qtbot, team, password="")
    dialog.password.setText(team.password)
    dialog.remember.setChecked(False)
    with qtbot.waitSignal(dialog.connected, timeout=30000) as opened:
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    opened.args[0].close()
    assert not memory_keyring


def test_a_failed_connect_keeps_the_dialog_open_with_the_reason(qtbot, team, memory_keyring):
    dialog = _dialog(qtbot, team, password="wrong-password")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.connect_button.isEnabled(), timeout=20000)
    assert dialog.isVisible()
    assert "password" in dialog.result.text() and "wrong-password" not in dialog.result.text()
    assert not memory_keyring


def test_with_no_keyring_the_password_is_asked_each_time(qtbot):
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = ConnectDialog(["postgresql+psycopg://ana@db.example:5432/cases"], None)
        qtbot.addWidget(dialog)
        assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
        assert "~/.pgpass" in dialog.keyring_note.text()
        assert dialog.database.text() == "cases" and dialog.password.text() == ""
    finally:
        keyring.set_keyring(before)
