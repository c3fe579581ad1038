"""Edit → Preferences… (Ctrl+,) on the real window: each preference is kept and applied."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from models import i18n
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.common.theme import apply_theme, is_dark
from ui.common.translation import install_translators
from ui.dialogs.preferences import PreferencesDialog
from ui.window import settings as keys
from ui.window.settings import Settings


@pytest.fixture
def light_again(qapp):
    """The theme goes back to light after the test, for the tests that follow."""
    yield
    apply_theme(qapp, "light")


def _open_preferences(qtbot, window) -> PreferencesDialog:
    key = window.actions.preferences.shortcuts()[0]  # Ctrl+, here (the platform has none)
    assert key == QKeySequence("Ctrl+,")
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.comparison.view("allegation"), Qt.Key.Key_Comma, ctrl)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    return QApplication.activeModalWidget()


def _last_editor(store) -> str:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from models.schema import Author, Edit

    with Session(store.engine) as s:
        last = select(Author.name).join(Edit, Edit.author_id == Author.id)
        return s.execute(last.order_by(Edit.id.desc()).limit(1)).scalar_one()


def _ok(qtbot, dialog) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_preferences_are_kept_and_applied_at_once(
    qtbot, open_main_window, tmp_path, light_again
):
    window = open_main_window()
    assert window.actions.preferences in window.menus["edit"].actions()
    assert not is_dark(QApplication.palette())
    dialog = _open_preferences(qtbot, window)
    assert dialog.theme_combo.currentData() == "system"
    assert dialog.page_combo.currentData() == "A4" and dialog.orientation_combo.currentData()
    dialog.author_edit.clear()
    qtbot.keyClicks(dialog.author_edit, "Ada Lovelace")
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.page_combo.setCurrentIndex(dialog.page_combo.findData("Letter"))
    dialog.orientation_combo.setCurrentIndex(dialog.orientation_combo.findData(False))
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog.folder_edit.setText(str(folder))
    _ok(qtbot, dialog)

    get = window.settings.get
    assert get(keys.AUTHOR) == "Ada Lovelace" and get(keys.THEME) == "dark"
    assert get(keys.PAGE_SIZE) == "Letter" and get(keys.LANDSCAPE) is False
    assert get(keys.EXPORT_FOLDER) == str(folder)
    # At once: the palette is dark, the theme menu says so, and the next edit is Ada's.
    assert is_dark(QApplication.palette()) and window.actions.theme_dark.isChecked()
    window.activateWindow()  # offscreen, a closed dialog does not hand it back by itself
    qtbot.waitUntil(window.isActiveWindow)
    left = window.comparison.view("allegation")
    claim_id = left.current_claim()
    was = window.session.snapshot.claim(claim_id).status
    qtbot.keyClick(left, Qt.Key.Key_D if was == "supported" else Qt.Key.Key_S)
    assert window.session.snapshot.claim(claim_id).status != was
    assert _last_editor(window.store) == "Ada Lovelace"
    # The export dialog starts on the preferred page, orientation and folder.
    export = window.export_requested("pdf")
    assert export.page_combo.currentText() == "Letter"
    assert export.orientation_combo.currentData() is False
    assert export.path_edit.text().startswith(str(folder))
    export.reject()

    # And they are there the next time the dialog opens.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    again = _open_preferences(qtbot, window)
    assert again.author_edit.text() == "Ada Lovelace"
    assert again.theme_combo.currentData() == "dark"
    assert again.page_combo.currentData() == "Letter"
    again.reject()


def test_cancel_changes_nothing(qtbot, open_main_window, light_again):
    window = open_main_window()
    dialog = _open_preferences(qtbot, window)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    qtbot.keyClicks(dialog.author_edit, "Someone")
    dialog.reject()
    assert window.settings.get(keys.THEME) == "system"
    assert window.settings.get(keys.AUTHOR) == ""
    assert window.session.author == "Tester"
    assert not is_dark(QApplication.palette())


def test_the_language_lists_the_system_and_each_shipped_translation(
    qtbot, open_main_window, settings_path
):
    window = open_main_window()
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert codes == ["", *i18n.available()] == ["", "en", "ja"]
    assert "日本語" in combo.itemText(2)
    combo.setCurrentIndex(2)
    dialog.accept()
    assert window.settings.get(keys.LANGUAGE) == "ja"  # applied at the next start
    window.settings.sync()
    window.close()
    # The next start reads the setting: the window is in Japanese.
    stored = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    assert stored.get(keys.LANGUAGE) == "ja"
    try:
        again = open_main_window(settings=stored)
        assert again.menuBar().actions()[0].text() == "ファイル(&F)"
    finally:
        install_translators(QCoreApplication.instance(), "en")


def test_an_export_folder_that_is_not_there_is_refused_in_the_dialog(
    qtbot, open_main_window, tmp_path
):
    window = open_main_window()
    dialog = _open_preferences(qtbot, window)
    missing = tmp_path / "no such folder"
    dialog.folder_edit.setText(str(missing))
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("system"))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    # The dialog stays, says why, and nothing was written (not a silent fall-back later).
    assert dialog.isVisible() and dialog.folder_error.isVisible()
    assert str(missing) in dialog.folder_error.text()
    error = dialog.folder_error  # its wrapped lines all shown, not cut off by the dialog
    qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()))
    assert window.settings.get(keys.EXPORT_FOLDER) == ""
    # Corrected, it is taken.
    missing.mkdir()
    _ok(qtbot, dialog)
    assert window.settings.get(keys.EXPORT_FOLDER) == str(missing)


def test_a_folder_under_home_may_be_written_with_a_tilde(
    qtbot, open_main_window, tmp_path, monkeypatch
):
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "Exports").mkdir()
    window = open_main_window()
    dialog = _open_preferences(qtbot, window)
    dialog.folder_edit.setText("~/Exports")
    _ok(qtbot, dialog)
    assert window.settings.get(keys.EXPORT_FOLDER) == str(tmp_path / "Exports")
    export = window.export_requested("pdf")
    assert export.path_edit.text().startswith(str(tmp_path / "Exports"))
    export.reject()


def test_a_dialog_s_problem_line_reads_in_the_dark_theme(qtbot, open_main_window, light_again):
    # One problem line for every dialog (ui.common.messages.problem_label); its red was the
    # light theme's in both, 2.4:1 on the dark window.
    from PySide6.QtGui import QPalette

    from models.palette import contrast_ratio

    window = open_main_window()
    window.set_theme("dark")
    dialog = _open_preferences(qtbot, window)
    dialog.folder_edit.setText("/no/such/folder")
    dialog.accept()
    label = dialog.folder_error
    assert label.isVisible()
    ink = label.palette().color(QPalette.ColorRole.WindowText).name()
    ground = dialog.palette().color(QPalette.ColorRole.Window).name()
    assert contrast_ratio(ink, ground) >= 4.5, (ink, ground)
    dialog.reject()
