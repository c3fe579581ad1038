"""Text fields that save once (on leaving them, Enter or Ctrl+Enter), never per keystroke, and
keep what the store refused: the typed text stays, marked "Not saved", until the user saves it
again or discards it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

Save = Callable[[str], bool]  # stores a field's text; False if the store refused it
REFUSED = "#c62828"


class NotSavedBar(QFrame):
    """Under a field whose text the store refused: "Not saved", Save again and Discard."""

    saveRequested = Signal()
    discardRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notSavedBar")
        self.setStyleSheet(
            f"#notSavedBar {{ background: #fdecea; border: 1px solid {REFUSED}; }}"
            "#notSavedBar QLabel { color: #5f1212; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        label = QLabel(self.tr("Not saved: the store still holds the earlier text."), self)
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        # Tool buttons take no focus on a click, so pressing one does not leave the field
        # (which would save it once more before the button acts).
        self.save_button = self._button(self.tr("Save again"), self.saveRequested)
        self.discard_button = self._button(self.tr("Discard"), self.discardRequested)
        layout.addWidget(self.save_button)
        layout.addWidget(self.discard_button)
        self.hide()

    def _button(self, text: str, signal) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _=False: signal.emit())
        return button


class _Saving(QObject):
    """What both kinds of field share: the stored value, saving it once, the not-saved mark."""

    def __init__(self, field, save: Save):
        super().__init__(field)
        self.field = field
        self.save = save
        self.stored = ""
        self.committing = False  # a save is under way (it may ask the user, in a dialog)
        self.bar = NotSavedBar()
        self.bar.saveRequested.connect(field.commit)
        self.bar.discardRequested.connect(field.discard)

    def load(self, text: str) -> None:
        self.stored = text
        if self.field.text_value() != text:
            self.field.set_text_value(text)
        self.mark(False)

    def refresh(self, text: str) -> None:
        if self.field.text_value() != self.stored:  # the user is changing it: keep their text
            self.stored = text  # still compared on commit, so an equal edit is not saved
            if text == self.field.text_value():
                self.mark(False)
            return
        self.load(text)

    def commit(self) -> bool:
        text = self.field.text_value()
        if text == self.stored:
            self.mark(False)
            return True
        if self.committing:  # the field lost the focus to a dialog this very save opened
            return True
        self.committing = True
        try:
            return self._commit(text)
        finally:
            self.committing = False

    def _commit(self, text: str) -> bool:
        # The store's answer comes back (refresh) before save() returns: on success it brings
        # the new text, on a refusal the old one, which refresh keeps apart from what was typed.
        saved = self.save(text)
        if saved and self.field.text_value() == text:
            self.stored = text
        # Not saved only while the field differs from the store: a conflict settled by keeping
        # a colleague's text (or a merge) loads that text here before save() returns.
        self.mark(not saved and self.field.text_value() != self.stored)
        return saved

    def mark(self, refused: bool) -> None:
        field = self.field
        if bool(field.property("notSaved")) == refused:
            return
        field.setProperty("notSaved", refused)
        field.setStyleSheet(
            f"{field.QT_CLASS} {{ border: 2px solid {REFUSED}; border-radius: 3px; }}"
            if refused
            else ""
        )
        field.setToolTip(self.tr("Not saved") if refused else "")
        if self.bar.parent() is not None:  # laid out (with_bar); never a window of its own
            self.bar.setVisible(refused)


class _Field:
    """The public side of a saving field (mixed into the two Qt editors below)."""

    _saving: _Saving

    def load(self, text: str) -> None:
        """Show a stored value; the user's unsaved typing is replaced."""
        self._saving.load(text)

    def refresh(self, text: str) -> None:
        """Show a stored value unless the user is changing this field (or it was refused)."""
        self._saving.refresh(text)

    def is_dirty(self) -> bool:
        """Whether the text differs from the stored value."""
        return self.text_value() != self._saving.stored

    def stored_text(self) -> str:
        """The value the store holds, as this field last heard of it."""
        return self._saving.stored

    def is_not_saved(self) -> bool:
        """Whether the store refused the text shown (marked until saved or discarded)."""
        return bool(self.property("notSaved"))

    def show_not_saved(self, text: str) -> None:
        """Show text the store refused earlier, marked as not saved."""
        self.set_text_value(text)
        self._saving.mark(text != self._saving.stored)

    def commit(self) -> bool:
        """Save the text if it changed; False (and marked, text kept) if the store refused it."""
        return self._saving.commit()

    def discard(self) -> None:
        """Put back the stored value."""
        self._saving.load(self._saving.stored)

    @property
    def not_saved_bar(self) -> NotSavedBar:
        """The bar that says the text is not saved; `with_bar` lays it out under the field."""
        return self._saving.bar

    def with_bar(self) -> QWidget:
        """The field with its not-saved bar under it, for a layout."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self)
        column.addWidget(self._saving.bar)
        return box


class CommitTextEdit(_Field, QPlainTextEdit):
    """Plain text saved as one step: on leaving it or on Ctrl+Enter; Escape puts back."""

    QT_CLASS = "QPlainTextEdit"  # what the not-saved frame's style sheet names

    def __init__(
        self,
        save: Save,
        parent: QWidget | None = None,
        lines: int = 3,
        grow: tuple[int, int] | None = None,
    ):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._saving = _Saving(self, save)
        self._grow = grow
        line = self.fontMetrics().lineSpacing()
        if grow is None:
            self.setMinimumHeight(line * 2 + 12)
            self.setMaximumHeight(line * lines + 14)
        else:
            # At least grow[0] lines high, and as high as its wrapped text up to grow[1] lines
            # (past that it scrolls): a rationale is read whole, not through a slot.
            self.textChanged.connect(self._fit)
            self._fit()

    def wrapped_lines(self) -> int:
        """How many lines the text takes, wrapped at the box's width (its scroll bar aside).

        Measured here: QPlainTextEdit lays out only the blocks on screen and counts every
        other block as one line, so its own document size is short for a wrapped paragraph.
        """
        fm = self.fontMetrics()
        width = max(20, self.viewport().width() - 2 * round(self.document().documentMargin()))
        flags = Qt.TextFlag.TextWordWrap
        lines = 0
        for paragraph in self.toPlainText().split("\n"):
            if not paragraph:
                lines += 1
                continue
            box = fm.boundingRect(QRect(0, 0, width, 10**6), int(flags), paragraph)
            lines += max(1, round(box.height() / fm.lineSpacing()))
        return lines

    def _fit(self, *_args) -> None:
        low, high = self._grow or (2, 3)
        wrapped = self.wrapped_lines()
        lines = max(low, min(high, wrapped))
        fm = self.fontMetrics()
        height = (
            # A laid-out line is the font's height rounded up: a pixel more than lineSpacing.
            lines * (max(fm.height(), fm.lineSpacing()) + 1)
            + 2 * round(self.document().documentMargin())
            + 2 * self.frameWidth()
            + 4
        )
        self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A new width wraps the text anew: fit the height to it."""
        super().resizeEvent(event)
        if self._grow is not None:
            self._fit()

    def text_value(self) -> str:
        """The text shown."""
        return self.toPlainText()

    def set_text_value(self, text: str) -> None:
        """Show a text."""
        self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Leaving the field saves it."""
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Ctrl+Enter saves; Escape puts back the stored value."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape and self.is_dirty():
            self.discard()
            return
        super().keyPressEvent(event)


class CommitLineEdit(_Field, QLineEdit):
    """One line saved as one step, trimmed: on leaving it or on Enter; Escape puts back."""

    QT_CLASS = "QLineEdit"

    def __init__(self, save: Save, parent: QWidget | None = None):
        super().__init__(parent)
        self._saving = _Saving(self, save)

    def text_value(self) -> str:
        """The text shown."""
        return self.text()

    def set_text_value(self, text: str) -> None:
        """Show a text."""
        self.setText(text)

    def commit(self) -> bool:
        """Save the trimmed text if it changed (see `_Field.commit`)."""
        if self.text() != self.text().strip():
            self.setText(self.text().strip())
        return super().commit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Leaving the field saves it."""
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter saves; Escape puts back the stored value."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape and self.is_dirty():
            self.discard()
            return
        super().keyPressEvent(event)
