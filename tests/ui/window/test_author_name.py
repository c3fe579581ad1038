"""Who the edits are by: asked on the first run (the login name offered), kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit
from sqlalchemy import select

from models.authors import login_name
from models.schema import Author, Edit
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.window_fixtures import when_modal
from ui.window import settings as keys
from ui.window.app import ask_author_on_first_run
from ui.window.settings import Settings


def _last_edit_author(store) -> str | None:
    with store.reading() as s:
        return s.execute(
            select(Author.name).join(Edit, Edit.author_id == Author.id).order_by(Edit.id.desc())
        ).scalar()


def _answer(qtbot, name: str | None):
    def act(dialog):
        assert isinstance(dialog, QInputDialog)
        assert dialog.textValue() == login_name()  # the login name is offered
        box = dialog.findChild(QDialogButtonBox)
        if name is None:
            box.button(QDialogButtonBox.StandardButton.Cancel).click()
            return
        line = dialog.findChild(QLineEdit)
        line.selectAll()
        qtbot.keyClicks(line, name)
        box.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(qtbot, act)


def test_the_first_run_asks_the_name_and_every_edit_is_recorded_under_it(
    qtbot, open_main_window, settings_path
):
    window = open_main_window()
    assert window.settings.get(keys.AUTHOR) == ""
    _answer(qtbot, "Ana  Analyst ")
    assert ask_author_on_first_run(window)
    qtbot.waitUntil(lambda: window.settings.get(keys.AUTHOR) == "Ana Analyst")
    assert window.session.author == "Ana Analyst"
    left = window.comparison.view("allegation")
    from ui.common.commands import mark_status

    assert mark_status(window.session, left.current_claim(), "disputed")
    assert _last_edit_author(window.store) == "Ana Analyst"
    assert not ask_author_on_first_run(window)  # asked once
    # The next start takes the name from the settings.
    from ui.window.main_window import MainWindow

    again = MainWindow(
        window.store, Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(again)
    assert again.session.author == "Ana Analyst"


def test_cancel_on_the_first_run_keeps_the_login_name_and_asks_no_more(qtbot, open_main_window):
    window = open_main_window()
    _answer(qtbot, None)
    assert ask_author_on_first_run(window)
    qtbot.waitUntil(lambda: window.settings.get(keys.AUTHOR) == login_name())
    assert not ask_author_on_first_run(window)


def test_file_your_name_changes_it(qtbot, open_main_window):
    window = open_main_window()
    _answer(qtbot, "Bo")
    window.actions.author_name.trigger()
    qtbot.waitUntil(lambda: window.session.author == "Bo")
    assert window.settings.get(keys.AUTHOR) == "Bo"
