"""Dialogs of the evidence library: an evidence record's fields, and the stance of an attachment."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.edit_log import EditRefused
from models.evidence_edits import check_evidence_fields
from models.vocabulary import CREDIBILITY_GRADES, EVIDENCE_KINDS, RELIABILITY_GRADES, STANCES
from ui.common.icons import icon
from ui.common.labels import credibility_meaning, reliability_meaning, word
from ui.common.messages import problem_label


class _SavingDialog(QDialog):
    """A dialog whose OK saves, and which stays open, all typed, if the store refuses."""

    def _error_label(self) -> QLabel:
        self.error = problem_label()
        return self.error

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _close_if_saved(self, refusal: str | None) -> None:
        if refusal is None:
            super().accept()
            return
        self._say(
            self.tr("Not saved: %1 Press OK to save again, or Cancel to discard.").replace(
                "%1", refusal
            )
        )


class EvidenceDialog(_SavingDialog):
    """Asks for an evidence record's citation, title, date, kind, URL, grades and summary.

    With `save`, OK stores the fields (save answers None, or why the store refused them) and
    the dialog closes only once they are stored.
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        values: dict[str, Any] | None = None,
        save: Callable[[dict[str, Any]], str | None] | None = None,
    ):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        self.setWindowIcon(icon("evidence"))
        self.setMinimumWidth(520)
        values = values or {}
        self.title = QLineEdit(values.get("title", ""))
        self.citation = QPlainTextEdit()
        self.citation.setPlainText(values.get("citation", ""))
        self.citation.setTabChangesFocus(True)
        self.citation.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.date = QLineEdit(values.get("date") or "")
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.kind = QComboBox()
        for kind in EVIDENCE_KINDS:
            self.kind.addItem(word(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind", "document"))))
        self.url = QLineEdit(values.get("url") or "")
        self.url.setPlaceholderText("https://")
        self.reliability = QComboBox()
        for grade in RELIABILITY_GRADES:
            self.reliability.addItem(f"{grade} — {reliability_meaning(grade)}", grade)
        self.reliability.setCurrentIndex(
            max(0, self.reliability.findData(values.get("reliability", "F")))
        )
        self.credibility = QComboBox()
        for grade in CREDIBILITY_GRADES:
            self.credibility.addItem(f"{grade} — {credibility_meaning(grade)}", grade)
        self.credibility.setCurrentIndex(
            max(0, self.credibility.findData(values.get("credibility", 6)))
        )
        self.summary = QPlainTextEdit()
        self.summary.setPlainText(values.get("summary", ""))
        self.summary.setTabChangesFocus(True)
        self._error_label()

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Citation"), self.citation)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&URL"), self.url)
        form.addRow(self.tr("Source &reliability"), self.reliability)
        form.addRow(self.tr("Information cre&dibility"), self.credibility)
        form.addRow(self.tr("&Summary"), self.summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        """The fields as entered."""
        return {
            "title": self.title.text().strip(),
            "kind": self.kind.currentData(),
            "citation": self.citation.toPlainText().strip(),
            "date": self.date.text().strip() or None,
            "url": self.url.text().strip() or None,
            "reliability": self.reliability.currentData(),
            "credibility": self.credibility.currentData(),
            "summary": self.summary.toPlainText(),
        }

    def accept(self) -> None:
        """Close only if the fields are acceptable; otherwise say what is wrong."""
        try:
            check_evidence_fields(self.values())
        except EditRefused as exc:
            self._say(str(exc))
            return
        self._close_if_saved(self._save(self.values()) if self._save else None)


class StanceDialog(_SavingDialog):
    """Asks how an evidence record bears on a claim: supports, contradicts or context.

    With `save`, OK attaches (save(stance, note) answers None, or why the store refused) and
    the dialog closes only once the attachment is stored.
    """

    def __init__(
        self,
        parent: QWidget | None,
        evidence_title: str,
        claim_quote: str,
        save: Callable[[str, str], str | None] | None = None,
    ):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Attach evidence"))
        self.setWindowIcon(icon("attach"))
        self.setMinimumWidth(420)
        quote = " ".join(claim_quote.split())
        if len(quote) > 160:
            quote = quote[:159] + "…"
        about = QLabel(self.tr("How does “{0}” bear on “{1}”?").format(evidence_title, quote))
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        for i, stance in enumerate(STANCES):
            button = QRadioButton(word(stance).capitalize())
            button.setProperty("stance", stance)
            button.setChecked(i == 0)
            self.group.addButton(button)
            layout.addWidget(button)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Note (optional)"))
        layout.addWidget(self.note_edit)
        layout.addWidget(self._error_label())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Close once the attachment is stored (or at once, without `save`)."""
        self._close_if_saved(self._save(self.stance(), self.note()) if self._save else None)

    def stance(self) -> str:
        """The stance chosen."""
        return self.group.checkedButton().property("stance")

    def set_stance(self, stance: str) -> None:
        """Choose a stance (as a click would)."""
        for button in self.group.buttons():
            if button.property("stance") == stance:
                button.setChecked(True)

    def note(self) -> str:
        """The note typed, if any."""
        return self.note_edit.text().strip()
