"""What an empty list says in its place: how to fill it, or that a filter hides everything.

One small overlay for every list that can be empty (the panes of claims, the tag list, the
evidence library): plain text, centred, with at most one button ("Clear filter"). It covers its
list's viewport only while it is shown, so the list keeps its keys and its focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A message (and an optional button) over an empty list's viewport."""

    actionRequested = Signal()  # the button was pressed

    def __init__(self, viewport: QWidget):
        super().__init__(viewport)
        self.setObjectName("emptyState")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it may name a user's filter text
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setForegroundRole(self.label.foregroundRole())
        self.button = QPushButton(self)
        self.button.clicked.connect(self.actionRequested)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        column.addStretch(1)
        column.addWidget(self.label)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        viewport.installEventFilter(self)
        self.hide()

    def say(self, text: str, button: str = "") -> None:
        """Show a message over the list; with `button`, a button of that name below it."""
        self.label.setText(text)
        self.button.setText(button)
        self.button.setVisible(bool(button))
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()

    def clear(self) -> None:
        """The list has something to show: hide the message."""
        self.hide()

    def text(self) -> str:
        """The message shown ("" when hidden)."""
        return "" if self.isHidden() else self.label.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Keep covering the viewport as it is resized."""
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return super().eventFilter(watched, event)
