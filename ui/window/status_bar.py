"""The window's status bar: a place for the passing message, and the summary beside it.

The message (what was just done, a hint) has its own label, elided to its room, so it never runs
under the summary (the selected claim, each side's tally), which keeps its own places on the
right. A status tip from a menu hides the message for as long as it is shown, as Qt does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
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


class TallyLabel(MessageLabel):
    """A side's tally: as wide as its text when there is room, elided (never clipped) when the
    window is narrow, the whole tally in its tooltip and its accessible name."""

    MINIMUM = 160

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_message(self, text: str) -> None:
        """Show the tally, elided to the room; the layout learns its new natural width."""
        if text == self.message():
            return  # the same counts: no new layout of the status bar
        super().set_message(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The whole tally's width (plus a little air)."""
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.message()) + 8, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """What the tally may shrink to before the window's width is the limit."""
        hint = super().minimumSizeHint()
        return QSize(min(self.MINIMUM, self.sizeHint().width()), hint.height())


class SelectionLabel(QLabel):
    """The selected claim ("us-3 · Supported"): as wide as the widest it has shown.

    Its size is fixed, and widened only for a wider text: a label whose size may change makes
    the status bar lay out and repaint all of itself on every new text, on every step down a
    pane (and the focus ring, over its edge, with it); and the tallies beside it stay put.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFixedSize(0, super().sizeHint().height())

    def show_text(self, text: str) -> None:
        """Show the selection's words, widening the label if they need more room (up to some
        forty letters: a longer key is elided, whole in the tooltip, and never keeps the
        tallies squeezed for the rest of the session)."""
        if text == self.toolTip() and self.text():
            return
        self.setToolTip(text)
        most = self.fontMetrics().horizontalAdvance("x" * 40)
        self.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, most))
        hint = super().sizeHint()
        if hint.width() > self.width() or hint.height() != self.height():
            self.setFixedSize(max(hint.width(), self.width()), hint.height())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A new font (a theme, a language) measures the words again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setFixedSize(super().sizeHint().width(), super().sizeHint().height())


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
        self.selection_label = SelectionLabel(self)
        self.selection_label.setObjectName("selectionLabel")
        self.addPermanentWidget(self.selection_label)
        self.count_labels: dict[str, TallyLabel] = {}
        for role in ("allegation", "response"):
            lab = TallyLabel(self)  # a long tally is elided, never widens the window
            lab.setObjectName(f"{role}Counts")
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
