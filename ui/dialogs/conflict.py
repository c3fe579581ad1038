"""A colleague changed what the user was editing: their value beside the user's, and a choice.

Shown by the main window when `CaseSession.perform` meets a `Conflict`. Nothing has been written
yet: "Keep theirs" writes nothing, "Apply mine" writes the user's value over the colleague's,
and for text (a rationale, notes…) "Apply the merge" writes what the user made of both in the
editable box. Every value is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.edit_log import Conflict
from ui.common.history_words import shown_value
from ui.common.session import when

TEXT_FIELDS = {"rationale", "notes", "paraphrase", "summary", "citation", "note"}


def _plain(text: str, editable: bool = False) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlainText(text)
    box.setReadOnly(not editable)
    box.setTabChangesFocus(True)
    box.setMinimumWidth(260)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * 6 + 14)
    return box


class ConflictDialog(QDialog):
    """Their value, mine, and (for text) a merge box; Keep theirs, Apply mine, Apply the merge."""

    def __init__(self, conflict: Conflict, what: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.conflict = conflict
        self._values: dict | None = None
        who = conflict.author or self.tr("Someone else")
        head = (
            self.tr("%1 changed this at %2, after you last saw it.")
            if conflict.at
            else (self.tr("%1 changed this after you last saw it."))
        )
        header = QLabel(
            head.replace("%1", who).replace("%2", when(conflict.at))
            + "\n"
            + self.tr("Your edit “%1” was not saved yet: choose what to keep.").replace("%1", what)
        )
        header.setTextFormat(Qt.TextFormat.PlainText)
        header.setWordWrap(True)

        grid = QGridLayout()
        theirs_label = QLabel(self.tr("Theirs (%1)").replace("%1", who))
        theirs_label.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(theirs_label, 0, 1)
        grid.addWidget(QLabel(self.tr("Yours")), 0, 2)
        self.theirs: dict[str, QPlainTextEdit] = {}
        self.mine: dict[str, QPlainTextEdit] = {}
        self.merge: dict[str, QPlainTextEdit] = {}
        text_fields = [f for f in conflict.mine if f in TEXT_FIELDS]
        if text_fields:
            grid.addWidget(QLabel(self.tr("Merge (edit it)")), 0, 3)
        for row, field in enumerate(conflict.mine, start=1):
            name = QLabel(field.replace("_", " ").capitalize())
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            theirs, mine = conflict.theirs.get(field), conflict.mine[field]
            self.theirs[field] = _plain(
                shown_value(field, theirs) if field not in TEXT_FIELDS else theirs or ""
            )
            self.mine[field] = _plain(
                shown_value(field, mine) if field not in TEXT_FIELDS else mine or ""
            )
            self.theirs[field].setAccessibleName(self.tr("Their %1").replace("%1", field))
            self.mine[field].setAccessibleName(self.tr("Your %1").replace("%1", field))
            grid.addWidget(self.theirs[field], row, 1)
            grid.addWidget(self.mine[field], row, 2)
            if field in TEXT_FIELDS:
                both = "\n\n".join(t for t in (theirs or "", mine or "") if t)
                self.merge[field] = _plain(both, editable=True)
                self.merge[field].setAccessibleName(self.tr("Merged %1").replace("%1", field))
                grid.addWidget(self.merge[field], row, 3)

        buttons = QDialogButtonBox()
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.apply_mine = QPushButton(self.tr("Apply mine"))
        buttons.addButton(self.keep_theirs, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.apply_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_theirs.clicked.connect(self.reject)
        self.apply_mine.clicked.connect(lambda: self._choose(dict(conflict.mine)))
        self.apply_merge: QPushButton | None = None
        if self.merge:
            self.apply_merge = QPushButton(self.tr("Apply the merge"))
            buttons.addButton(self.apply_merge, QDialogButtonBox.ButtonRole.AcceptRole)
            self.apply_merge.clicked.connect(self._choose_merge)
        self.keep_theirs.setDefault(True)  # Enter never overwrites a colleague's work

        column = QVBoxLayout(self)
        column.addWidget(header)
        column.addLayout(grid)
        column.addWidget(buttons)

    def _choose(self, values: dict) -> None:
        self._values = values
        self.accept()

    def _choose_merge(self) -> None:
        merged = dict(self.conflict.mine)
        merged.update({field: box.toPlainText() for field, box in self.merge.items()})
        self._choose(merged)

    def values(self) -> dict | None:
        """What to write: mine or the merge; None to keep theirs (also when closed)."""
        return self._values if self.result() == QDialog.DialogCode.Accepted else None


def resolve_conflict(conflict: Conflict, what: str, parent: QWidget | None = None) -> dict | None:
    """Ask the user about a conflict; the values to write, or None to keep theirs."""
    dialog = ConflictDialog(conflict, what, parent)
    dialog.exec()
    values = dialog.values()
    dialog.deleteLater()
    return values
