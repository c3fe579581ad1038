"""Asking for a link's relation: one dialog to link two claims, change the relation or unlink.

With a claim selected on each side, L opens it; the relations have number keys (1-7), Enter
confirms, and when the claims are already linked the dialog offers Unlink as well.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
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

from models.snapshot import ClaimView
from models.vocabulary import RELATIONS
from ui.common.icons import icon
from ui.common.labels import word
from ui.common.theme import relation_color
from ui.panes.pane_model import one_line


@dataclass(frozen=True)
class LinkChoice:
    """What the analyst chose: "link" or "relation" with a relation, or "unlink"."""

    action: str
    relation: str | None = None


def _pixmap_icon(color):
    from PySide6.QtGui import QIcon, QPixmap

    pixmap = QPixmap(14, 14)
    pixmap.fill(color)
    return QIcon(pixmap)


class LinkDialog(QDialog):
    """Choose the relation between an allegation claim and a response claim."""

    def __init__(
        self,
        allegation: ClaimView,
        response: ClaimView,
        current: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.choice: LinkChoice | None = None
        self._current = current
        self.setWindowTitle(self.tr("Change the link") if current else self.tr("Link two claims"))
        self.setWindowIcon(icon("link"))
        layout = QVBoxLayout(self)
        for heading, claim in (
            (self.tr("Allegation"), allegation),
            (self.tr("Response"), response),
        ):
            title = QLabel(heading, self)
            title.setTextFormat(Qt.TextFormat.PlainText)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            quote = QLabel(self)
            quote.setTextFormat(Qt.TextFormat.PlainText)
            quote.setWordWrap(True)
            text = one_line(claim.quote)
            quote.setText(f"{claim.speaker or ''}: “{text[:300]}{'…' if len(text) > 300 else ''}”")
            layout.addWidget(title)
            layout.addWidget(quote)
        prompt = QLabel(self.tr("The response claim… (press 1–7, then Enter)"), self)
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(prompt)
        self.relations = QListWidget(self)
        self.relations.setObjectName("relations")
        for n, relation in enumerate(RELATIONS, start=1):
            item = QListWidgetItem(_pixmap_icon(relation_color(relation)), f"{n}  {word(relation)}")
            item.setData(Qt.ItemDataRole.UserRole, relation)
            self.relations.addItem(item)
            QShortcut(QKeySequence(str(n)), self, activated=lambda row=n - 1: self._pick(row))
        self.relations.setCurrentRow(RELATIONS.index(current) if current in RELATIONS else 0)
        self.relations.itemActivated.connect(lambda _item: self.accept())
        self.relations.setMinimumHeight(self.relations.sizeHintForRow(0) * len(RELATIONS) + 8)
        layout.addWidget(self.relations)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change relation") if current else self.tr("Link"))
        ok.setIcon(icon("link"))
        self.unlink_button: QPushButton | None = None
        if current:
            self.unlink_button = buttons.addButton(
                self.tr("&Unlink"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.unlink_button.setIcon(icon("unlink"))
            self.unlink_button.clicked.connect(self.unlink)
            # Delete on the list too: an item view would otherwise take the key for itself.
            self.relations.installEventFilter(self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.relations.setFocus()
        self.resize(520, self.sizeHint().height())

    def eventFilter(self, watched, event) -> bool:
        """Delete (or Backspace) in the relation list unlinks, when there is a link."""
        if (
            watched is self.relations
            and self.unlink_button is not None
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.unlink()
            return True
        return super().eventFilter(watched, event)

    def _pick(self, row: int) -> None:
        self.relations.setCurrentRow(row)

    def relation(self) -> str:
        """The relation highlighted now."""
        item = self.relations.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else RELATIONS[0]

    def accept(self) -> None:
        """Link, or change the relation."""
        self.choice = LinkChoice("relation" if self._current else "link", self.relation())
        super().accept()

    def unlink(self) -> None:
        """Remove the link."""
        self.choice = LinkChoice("unlink")
        super().accept()
