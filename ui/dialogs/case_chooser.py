"""Choosing a case of the store (File → Open case…) and a case file to import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.snapshot import CaseSummary
from ui.common.file_dialogs import ask_open_file
from ui.common.icons import icon
from ui.common.translation import Context

CaseFiles = Context("CaseFiles")


class CaseChooser(QDialog):
    """The cases in the store, by title, with their claim counts."""

    def __init__(
        self, cases: list[CaseSummary], current: str | None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("caseChooser")
        self.setWindowTitle(self.tr("Open case"))
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Cases in this store:"), self)
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(prompt)
        self.list = QListWidget(self)
        for case in cases:
            text = self.tr("%1\n%2 · %3 allegation claims, %4 response claims")
            for marker, value in (
                ("%1", case.title),
                ("%2", case.slug),
                ("%3", str(case.allegations)),
                ("%4", str(case.responses)),
            ):
                text = text.replace(marker, value)
            item = QListWidgetItem(icon("claim"), text)  # a list item's text is never markup
            item.setData(Qt.ItemDataRole.UserRole, case.slug)
            self.list.addItem(item)
            if case.slug == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def slug(self) -> str | None:
        """The chosen case's slug."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


def choose_case(parent: QWidget, cases: list[CaseSummary], current: str | None) -> str | None:
    """Ask which case to open; None if cancelled."""
    dialog = CaseChooser(cases, current, parent)
    return dialog.slug() if dialog.exec() else None


def choose_case_file(parent: QWidget) -> str | None:
    """Ask for a case file to import; None if cancelled."""
    return ask_open_file(
        parent,
        CaseFiles.tr("Import case file"),
        "",
        CaseFiles.tr("Case files (*.json);;All files (*)"),
    )
