"""Help → About: the version and every licence Counterpoint ships under, with About Qt."""

from __future__ import annotations

from PySide6.QtCore import QTimer, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from models import __version__
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.window_fixtures import when_modal
from ui.dialogs.about import AboutDialog


def test_help_about_lists_the_version_and_the_licences_and_opens_about_qt(qtbot, open_main_window):
    window = open_main_window()
    about = window.actions.about
    assert about in window.menus["help"].actions()
    seen = {}

    def close_about_qt():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box is seen.get("dialog"):
            QTimer.singleShot(10, close_about_qt)
            return
        seen["about_qt"] = box.text()
        box.close()

    def read(dialog):
        seen["dialog"] = dialog
        if isinstance(dialog, AboutDialog):
            seen["text"] = dialog.credits.toPlainText()
            QTimer.singleShot(0, close_about_qt)
            dialog.about_qt.click()  # QMessageBox.aboutQt runs its own loop until closed
        dialog.close()

    when_modal(qtbot, read)
    about.trigger()  # Help → About Counterpoint, as a click does
    assert isinstance(seen["dialog"], AboutDialog)
    text = seen["text"]
    for name in (
        f"Counterpoint {__version__}",
        "MIT",
        f"Qt {qVersion()}",
        "PySide6",
        "LGPL-3.0",
        "DejaVu Sans",
        "Bitstream Vera",
        "Counterpoint JP",
        "Noto Sans CJK JP",
        "LICENSE-NotoSansCJK.txt",
        "Material Design Icons",
        "Pictogrammers",
        "Apache License 2.0",
        "QtAwesome",
        "Font Awesome",
        "SIL Open Font License 1.1",
    ):
        assert name in text, name
    assert "Qt" in seen["about_qt"]
    assert QApplication.activeModalWidget() is None
