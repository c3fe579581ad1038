"""File → Restore from backup…: the store's backups by date and size, one to put back."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.backups import Backup
from ui.common.icons import icon


class RestoreBackupDialog(QDialog):
    """The backups of the store, newest first, with the date each was made and its size."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreBackup")
        self.setWindowTitle(self.tr("Restore from backup"))
        layout = QVBoxLayout(self)
        prompt = QLabel(
            self.tr(
                "Put a backup in the store's place. The store as it is now is backed up "
                "first, so this can be undone by restoring that backup."
            )
            if backups
            else self.tr("This store has no backups yet: one is made each day it is opened."),
            self,
        )
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.list = QListWidget(self)
        locale = QLocale()
        for backup in backups:
            text = self.tr("%1 · %2\n%3")
            for marker, value in (
                ("%1", backup.made.strftime("%Y-%m-%d %H:%M")),
                ("%2", locale.formattedDataSize(backup.size)),
                ("%3", backup.path.name),
            ):
                text = text.replace(marker, value)
            item = QListWidgetItem(icon("history"), text)  # a list item's text is never markup
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setEnabled(bool(backups))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def chosen(self) -> str | None:
        """The path of the chosen backup."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


def choose_backup(parent: QWidget, backups: list[Backup]) -> str | None:
    """Ask which backup to restore; None if cancelled."""
    dialog = RestoreBackupDialog(backups, parent)
    return dialog.chosen() if dialog.exec() else None
