"""Telling the user: plain-text message boxes and the inline banner for refused edits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolButton,
    QWidget,
)

from ui.common.icons import IconLabel, icon
from ui.common.theme import is_dark

# The banner's colours: (background, edge, text) on a light and on a dark window.
BANNER_COLORS = {False: ("#fdecea", "#c62828", "#5f1212"), True: ("#4a1f1f", "#e57373", "#ffdad6")}


def problem_label(parent: QWidget | None = None, name: str = "") -> QLabel:
    """A dialog's line saying what is wrong with what was typed: plain text, wrapped, in the
    error's red (the dark theme's own where the window is dark), hidden until it has a say."""
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {BANNER_COLORS[is_dark(QApplication.palette())][1]};")
    label.hide()
    return label


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
    """A red strip above the panes that says an edit was refused; stays until dismissed.

    The window has a second one, not dismissible, for what lasts: a read-only store, a lost
    connection.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None, *, dismissible: bool = True):
        """`dismissible`: False for a state that lasts (read-only, reconnecting): no Dismiss."""
        super().__init__(parent)
        self.setObjectName("refusalBanner" if dismissible else "stateBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._dark: bool | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        mark = IconLabel(icon("error", "#c62828"), 20, self)
        self.label = QLabel(self)
        self.label.setObjectName("bannerText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._close = close = QToolButton(self)
        close.setText(self.tr("Dismiss"))
        close.setToolTip(self.tr("Dismiss this message"))
        close.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        close.setVisible(dismissible)
        self._restyle()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        """On a theme switch, the banner's colours for the new palette."""
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A tinted strip with a red edge (painted, not a style sheet: it follows the theme)."""
        background, edge, _text = BANNER_COLORS[bool(self._dark)]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(edge))
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)

    def _restyle(self) -> None:
        dark = is_dark(QApplication.palette())
        if dark == self._dark:
            return
        self._dark = dark
        text = QColor(BANNER_COLORS[dark][2])
        for widget in (self.label, self._close):
            palette = widget.palette()
            palette.setColor(QPalette.ColorRole.WindowText, text)
            palette.setColor(QPalette.ColorRole.ButtonText, text)
            widget.setPalette(palette)
        self._close.setIcon(icon("delete", text.name()))
        self.update()

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
