"""Telling the user: plain-text message boxes and the inline banner for refused edits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QToolButton, QWidget

from ui.common.icons import icon


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """A modal error box whose text is never read as markup."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """A modal information box with plain text."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()


class Banner(QFrame):
    """A red strip above the panes that says an edit was refused; stays until dismissed."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("refusalBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#refusalBanner { background: #fdecea; border: 1px solid #c62828; border-radius: 3px; }"
            "#refusalBanner QLabel { color: #5f1212; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        mark = QLabel(self)
        mark.setPixmap(icon("error", "#c62828").pixmap(20, 20))
        self.label = QLabel(self)
        self.label.setObjectName("bannerText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setIcon(icon("delete", "#5f1212"))
        close.setText(self.tr("Dismiss"))
        close.setToolTip(self.tr("Dismiss this message"))
        close.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show a refusal (replacing any earlier one)."""
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        """The message shown."""
        return self.label.text()

    def dismiss(self) -> None:
        """Hide the banner."""
        self.hide()
        self.dismissed.emit()
