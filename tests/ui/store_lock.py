"""Driving the next file dialog: list a folder, then cancel or pick a file (store-lock tests)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QLineEdit


def when_folder_listed(folder: Path, then: Callable[[QFileDialog], None]) -> list[str]:
    """On the next file dialog: show `folder`, and once it is listed call then(dialog).

    The returned list gets the folder once that has happened.
    """
    wanted = QDir(str(folder)).absolutePath()
    done: list[str] = []

    def act(dialog: QFileDialog) -> None:
        model = dialog.findChild(QFileSystemModel)

        def loaded(path: str) -> None:
            # The model has taken in every entry (names, sizes, types, icons) before it says so.
            if QDir(path).absolutePath() == wanted and not done:
                done.append(path)
                then(dialog)

        model.directoryLoaded.connect(loaded)
        dialog.setDirectory(wanted)

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)
    return done


def list_then_cancel(folder: Path) -> list[str]:
    """On the next file dialog: show `folder`, wait until it is listed, cancel."""
    return when_folder_listed(folder, QFileDialog.reject)


def list_then_choose(path: Path) -> list[str]:
    """On the next file dialog: show the folder of `path`, then choose it as a person would."""

    def choose(dialog: QFileDialog) -> None:
        # Typed into the name field, as a person would: the name filter does not hide it there.
        dialog.findChild(QLineEdit, "fileNameEdit").setText(path.name)
        dialog.accept()

    return when_folder_listed(path.parent, choose)
