"""The case dialog: a new case (File → New case…) or an open case's properties (Case → Properties).

It asks for the title, the description and the two sides (party and description each), and shows
the slug derived from the title, which the user may change. It only collects and checks the
fields; the main window makes or changes the case. Its Delete button (properties only) asks first
and says where the case file of the deleted case is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.snapshot import CaseSnapshot
from ui.common.icons import icon
from ui.common.messages import problem_label

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")  # as resources/case.schema.json has it
SLUG_LIMIT = 120


def slug_preview(title: str) -> str:
    """The slug a title gives, as the store will make it (ASCII, lower case, dashes).

    A preview only: the store makes the slug unique (adding -2, -3) when the case is created.
    """
    from models.slugs import slug_from_title

    return slug_from_title(title, SLUG_LIMIT)


@dataclass(frozen=True)
class CaseFields:
    """What the case dialog asks for."""

    title: str
    slug: str
    description: str
    allegation_party: str
    allegation_description: str
    response_party: str
    response_description: str


def fields_of(case: CaseSnapshot) -> CaseFields:
    """The fields of an open case, to fill the dialog with."""
    allegation, response = case.side("allegation"), case.side("response")
    return CaseFields(
        title=case.title,
        slug=case.slug,
        description=case.description or "",
        allegation_party=allegation.party,
        allegation_description=allegation.description or "",
        response_party=response.party,
        response_description=response.description or "",
    )


def _text_box(text: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlainText(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class CaseDialog(QDialog):
    """Asks for a case's title, description, slug and its two sides; checks them inline."""

    deleteRequested = Signal()  # the user confirmed deleting the case

    def __init__(
        self,
        parent: QWidget | None,
        fields: CaseFields | None = None,
        trash_folder: str | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("caseDialog")
        editing = fields is not None
        self.setWindowTitle(self.tr("Case properties") if editing else self.tr("New case"))
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(560)
        fields = fields or CaseFields("", "", "", "", "", "", "")
        self._trash_folder = trash_folder
        # A new case's slug follows the title until the user types one of their own.
        self._slug_follows = not editing

        self.title = QLineEdit(fields.title)
        self.title.setObjectName("caseTitle")
        self.title.setPlaceholderText(self.tr("What the dispute is about"))
        self.slug = QLineEdit(fields.slug)
        self.slug.setObjectName("caseSlug")
        self.slug.setMaxLength(SLUG_LIMIT)
        self.slug.setToolTip(self.tr("The case's short name in file names and on the command line"))
        self.description = _text_box(fields.description)
        self.allegation_party = QLineEdit(fields.allegation_party)
        self.allegation_party.setObjectName("allegationParty")
        self.allegation_party.setPlaceholderText(self.tr("Who makes the allegation"))
        self.allegation_description = _text_box(fields.allegation_description, 2)
        self.response_party = QLineEdit(fields.response_party)
        self.response_party.setObjectName("responseParty")
        self.response_party.setPlaceholderText(self.tr("Who answers it"))
        self.response_description = _text_box(fields.response_description, 2)
        self.error = problem_label(name="caseError")

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Short name"), self.slug)
        form.addRow(self.tr("&Description"), self.description)
        sides = QVBoxLayout()
        for title, party, description in (
            (self.tr("Allegation"), self.allegation_party, self.allegation_description),
            (self.tr("Response"), self.response_party, self.response_description),
        ):
            box = QGroupBox(title)
            side = QFormLayout(box)
            side.addRow(self.tr("&Party"), party)
            side.addRow(self.tr("Des&cription"), description)
            sides.addWidget(box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save") if editing else self.tr("Create case")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.delete_button: QPushButton | None = None
        if editing:
            self.delete_button = buttons.addButton(
                self.tr("Delete case…"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.setIcon(icon("delete"))
            self.delete_button.clicked.connect(self._confirm_delete)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(sides)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.title.textEdited.connect(self._title_edited)
        self.slug.textEdited.connect(self._slug_edited)

    def _title_edited(self, text: str) -> None:
        if self._slug_follows:
            self.slug.setText(slug_preview(text))

    def _slug_edited(self, text: str) -> None:
        # An emptied slug goes back to following the title.
        self._slug_follows = not text
        if not text:
            self.slug.setText(slug_preview(self.title.text()))

    def fields(self) -> CaseFields:
        """The fields as entered, trimmed."""
        return CaseFields(
            title=self.title.text().strip(),
            slug=self.slug.text().strip(),
            description=self.description.toPlainText().strip(),
            allegation_party=self.allegation_party.text().strip(),
            allegation_description=self.allegation_description.toPlainText().strip(),
            response_party=self.response_party.text().strip(),
            response_description=self.response_description.toPlainText().strip(),
        )

    def problem(self) -> tuple[str, QWidget] | None:
        """What is wrong with the fields and where, or None."""
        f = self.fields()
        if not f.title:
            return self.tr("A case needs a title."), self.title
        if not f.slug or not SLUG_PATTERN.match(f.slug):
            return (
                self.tr(
                    "The short name may hold only lower-case letters a-z, digits and single "
                    "dashes between them, e.g. “pay-dispute-2026”."
                ),
                self.slug,
            )
        if not f.allegation_party:
            return self.tr("Name the party that makes the allegation."), self.allegation_party
        if not f.response_party:
            return self.tr("Name the party that responds."), self.response_party
        return None

    def show_problem(self, message: str, where: QWidget | None = None) -> None:
        """Say inline what is wrong (also what the store refused); the dialog stays open."""
        self.error.setText(message)
        self.error.show()
        if where is not None:
            where.setFocus()

    def accept(self) -> None:
        """Close only if the fields are acceptable; otherwise say what is wrong, inline."""
        found = self.problem()
        if found is not None:
            self.show_problem(*found)
            return
        super().accept()

    def _confirm_delete(self) -> None:
        where = self._trash_folder or self.tr("the store's folder")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete the case?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("Delete the case “%1” with all its claims, links and evidence?").replace(
                "%1", self.title.text()
            )
        )
        box.setInformativeText(
            self.tr(
                "A case file of it is kept in %1; import it (File → Import case file…) "
                "to have the case back."
            ).replace("%1", where)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        delete = box.addButton(self.tr("Delete case"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is delete:
            self.deleteRequested.emit()
            self.done(QDialog.DialogCode.Rejected)
