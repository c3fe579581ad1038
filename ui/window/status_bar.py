"""The window's status bar: a place for the passing message, and the summary beside it.

The message (what was just done, a hint) has its own label, elided to its room, so it never runs
under the summary (the selected claim, each side's tally), which keeps its own places on the
right. A status tip from a menu hides the message for as long as it is shown, as Qt does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget


class MessageLabel(QLabel):
    """A one-line label that elides its text to its width (the whole text in its tooltip)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    def set_message(self, text: str) -> None:
        """Show a message, elided if it is longer than the room."""
        self._full = text
        self.setToolTip(text if text else "")
        self._elide()

    def message(self) -> str:
        """The whole message shown (not elided)."""
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))


class StatusBar(QStatusBar):
    """The message on the left; the selected claim and the two tallies on the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.message_label = MessageLabel(self)
        self.message_label.setObjectName("statusMessage")
        # Room for a sentence such as "Undone: Mark us-4 as disputed"; the tallies give way.
        self.message_label.setMinimumWidth(240)
        self.addWidget(self.message_label, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_message)
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("selectionLabel")
        self.selection_label.setTextFormat(Qt.TextFormat.PlainText)
        self.addPermanentWidget(self.selection_label)
        self.count_labels: dict[str, QLabel] = {}
        for role in ("allegation", "response"):
            lab = QLabel(self)
            lab.setObjectName(f"{role}Counts")
            lab.setTextFormat(Qt.TextFormat.PlainText)
            lab.setMinimumWidth(160)  # a long tally is clipped, never widens the window
            self.addPermanentWidget(lab)
            self.count_labels[role] = lab

    def show_message(self, text: str, timeout: int = 0) -> None:
        """Show a passing message in its place, for `timeout` ms (0: until the next one)."""
        self.message_label.set_message(text)
        if timeout:
            self._timer.start(timeout)
        else:
            self._timer.stop()

    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802 - Qt's name
        """QStatusBar's own call, sent to the message's place (Qt's would run under the summary)."""
        self.show_message(text, timeout)

    def clear_message(self) -> None:
        """Take the passing message away."""
        self._timer.stop()
        self.message_label.set_message("")
