"""The real window in a process of its own, driven by commands on stdin, so a test can kill it.

Run as `python -m tests.ui.window.store_lock_driver STORE SETTINGS`. It opens the window on STORE
and answers each command with one line on stdout once it is done:
  dialog: File -> Import case file..., wait until the dialog has listed the store's folder,
          cancel it ("dialog closed")
  mark:   press S on the allegation pane and wait until the store holds it ("marked CLAIM_ID")
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QDir, QSettings, QSocketNotifier, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from ui.window.app import application, open_window
from ui.window.settings import Settings


def reply(text: str) -> None:
    """Answer the test on stdout."""
    print(text, flush=True)


def when(condition, then, tries: int = 1500) -> None:
    """Call then() once condition() holds, checking on the event loop (never blocking it)."""
    if condition():
        then()
    elif tries:
        QTimer.singleShot(10, lambda: when(condition, then, tries - 1))
    else:
        reply("timed out")


class Driver:
    """Reads commands and drives the window as a person would."""

    def __init__(self, store: Path, settings: Path):
        self.folder = store.parent
        self.window = open_window(
            str(store), Settings(QSettings(str(settings), QSettings.Format.IniFormat)), "Tester"
        )
        self.window.resize(1280, 800)
        self.window.show()
        self.window.activateWindow()
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self.command)
        when(self.window.isActiveWindow, lambda: reply("ready"))

    def command(self) -> None:
        """Run one command from stdin."""
        line = sys.stdin.readline().strip()
        if line == "dialog":
            # The dialog runs its own event loop; the rest happens inside it.
            QTimer.singleShot(0, self.window.actions.import_case.trigger)
            when(self.file_dialog, self.list_folder)
        elif line == "mark":
            self.mark()
        elif not line:
            QApplication.quit()

    def file_dialog(self) -> QFileDialog | None:
        dialog = QApplication.activeModalWidget()
        return dialog if isinstance(dialog, QFileDialog) and dialog.isVisible() else None

    def list_folder(self) -> None:
        dialog = self.file_dialog()
        model = dialog.findChild(QFileSystemModel)
        folder = QDir(str(self.folder)).absolutePath()

        def loaded(path: str) -> None:
            # The model has taken in every entry (names, sizes, types, icons) before it says so.
            if QDir(path).absolutePath() == folder:
                dialog.reject()
                QTimer.singleShot(0, lambda: reply("dialog closed"))

        model.directoryLoaded.connect(loaded)
        dialog.setDirectory(folder)

    def mark(self) -> None:
        self.window.activateWindow()
        pane = self.window.comparison.view("allegation")
        claim_id = pane.current_claim()

        def marked() -> bool:
            return self.window.session.snapshot.claim(claim_id).status == "supported"

        def press() -> None:
            QTest.keyClick(pane, Qt.Key.Key_S)
            when(marked, lambda: reply(f"marked {claim_id}"))

        when(self.window.isActiveWindow, press)


def main() -> int:
    """Open the window and serve commands until stdin closes."""
    app = application(sys.argv[:1])
    driver = Driver(Path(sys.argv[1]), Path(sys.argv[2]))
    status = app.exec()
    driver.window.store.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
