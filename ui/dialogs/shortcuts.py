"""Help → Keyboard shortcuts: every key of the window in one table, built from the actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def pane_keys() -> list[tuple[str, str]]:
    """Keys that work inside a pane of claims and are not menu actions."""
    return [
        (_tr("Up / Down"), _tr("Previous / next claim in the pane")),
        (_tr("Home / End, Page Up / Page Down"), _tr("First / last claim, a page up or down")),
        (_tr("Tab"), _tr("Jump to the first claim linked to the selected one")),
        (_tr("1–7 (in the link dialog)"), _tr("Choose the relation; Enter confirms")),
        (_tr("Delete (in the link dialog)"), _tr("Unlink the two claims")),
    ]


def action_keys(actions: list[QAction]) -> list[tuple[str, str]]:
    """(keys, what) for every action with a shortcut, in menu order, without duplicates."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        what = action.text().replace("&", "").rstrip(".…")
        if (text, what) in seen:
            continue
        seen.add((text, what))
        rows.append((text, what))
    return rows


class ShortcutsDialog(QDialog):
    """A table of every keyboard shortcut."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = action_keys(actions) + pane_keys()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for row, (keys, what) in enumerate(rows):
            for column, text in enumerate((keys, what)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def rows(self) -> list[tuple[str, str]]:
        """The table's rows, for tests."""
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
