"""A plain-text editor that commits once, on leaving it or on Ctrl+Enter, not per keystroke."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class CommitTextEdit(QPlainTextEdit):
    """Plain text whose edit is committed as one step: on focus-out or Ctrl+Enter."""

    committed = Signal(str)  # the new text, only if it differs from what was loaded

    def __init__(self, parent: QWidget | None = None, lines: int = 3):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._loaded = ""
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(line * 2 + 12)
        self.setMaximumHeight(line * lines + 14)

    def load(self, text: str) -> None:
        """Show a stored value; the user's unsaved typing is replaced."""
        self._loaded = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def refresh(self, text: str) -> None:
        """Show a stored value unless the user is in the middle of changing this field."""
        if self.is_dirty():
            self._loaded = text  # still compared on commit, so an equal edit is not pushed
            return
        self.load(text)

    def is_dirty(self) -> bool:
        """Whether the text differs from the stored value."""
        return self.toPlainText() != self._loaded

    def commit(self) -> None:
        """Emit the text if it changed; it becomes the stored value."""
        if self.is_dirty():
            text = self.toPlainText()
            self._loaded = text
            self.committed.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Leaving the field commits it."""
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Ctrl+Enter commits; Escape puts back the stored value."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape and self.is_dirty():
            self.setPlainText(self._loaded)
            return
        super().keyPressEvent(event)
