"""Edit → Preferences…: the author's name, the language, the theme, the page and the folder.

Every value is a setting declared once in ui/window/settings.py; the dialog reads them, and on
OK writes them back and tells the window (`applied`), which applies at once what it can: the
theme and the author's name. The language takes effect at the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.authors import login_name
from models.exports.content import PAGE_SIZES
from models.i18n import available
from ui.common.messages import problem_label
from ui.window import settings as keys
from ui.window.settings import Settings


def language_name(locale: str) -> str:
    """A language in its own words ("日本語"), with its code, for the combo."""
    native = QLocale(locale).nativeLanguageName()
    return f"{native} ({locale})" if native else locale


class PreferencesDialog(QDialog):
    """The preferences, read from and written to `settings`."""

    applied = Signal()  # the settings were written: apply what can be applied now

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(480)
        self.settings = settings

        self.author_edit = QLineEdit(settings.get(keys.AUTHOR), self)
        self.author_edit.setPlaceholderText(login_name())
        self.author_edit.setToolTip(
            self.tr("The name the history, the assessments and the exports record")
        )
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("The system's language"), "")
        for locale in available():  # English and each shipped translation
            self.language_combo.addItem(language_name(locale), locale)
        self._select(self.language_combo, settings.get(keys.LANGUAGE))
        language_note = QLabel(self.tr("A new language shows from the next start."), self)
        language_note.setTextFormat(Qt.TextFormat.PlainText)
        language_note.setEnabled(False)

        self.theme_combo = QComboBox(self)
        for key, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme_combo.addItem(label, key)
        self._select(self.theme_combo, settings.get(keys.THEME))

        self.page_combo = QComboBox(self)
        for size in PAGE_SIZES:
            self.page_combo.addItem(size, size)
        self._select(self.page_combo, settings.get(keys.PAGE_SIZE))
        self.orientation_combo = QComboBox(self)
        self.orientation_combo.addItem(self.tr("Landscape"), True)
        self.orientation_combo.addItem(self.tr("Portrait"), False)
        self._select(self.orientation_combo, settings.get(keys.LANDSCAPE))

        self.folder_edit = QLineEdit(settings.get(keys.EXPORT_FOLDER), self)
        self.folder_edit.setPlaceholderText(self.tr("Your Documents folder"))
        self.folder_button = QPushButton(self.tr("Choose…"), self)
        self.folder_button.clicked.connect(self.choose_folder)
        folder_row = QWidget(self)
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.folder_button)
        self.folder_error = problem_label(self, "folderError")  # a folder that is not there

        form = QFormLayout()
        form.addRow(self.tr("Your name:"), self.author_edit)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow("", language_note)
        form.addRow(self.tr("Theme:"), self.theme_combo)
        form.addRow(self.tr("Page size:"), self.page_combo)
        form.addRow(self.tr("Orientation:"), self.orientation_combo)
        form.addRow(self.tr("Export folder:"), folder_row)
        form.addRow("", self.folder_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def choose_folder(self) -> None:
        """Pick the default export folder."""
        from ui.common.file_dialogs import ask_folder

        chosen = ask_folder(self, self.tr("Default export folder"), self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def accept(self) -> None:
        """Write every preference, then say so; a folder that is not there is refused."""
        folder = self.folder_edit.text().strip()
        if folder:
            folder = str(Path(folder).expanduser())
            if not Path(folder).is_dir():
                said = self.tr("There is no folder “%1”: choose one, or leave it empty.")
                self.folder_error.setText(said.replace("%1", folder))
                self.folder_error.show()
                self.adjustSize()  # room for the wrapped line, never clipped
                self.folder_edit.setFocus()
                return
        s = self.settings
        s.set(keys.AUTHOR, self.author_edit.text().strip())
        s.set(keys.LANGUAGE, self.language_combo.currentData())
        s.set(keys.THEME, self.theme_combo.currentData())
        s.set(keys.PAGE_SIZE, self.page_combo.currentData())
        s.set(keys.LANDSCAPE, bool(self.orientation_combo.currentData()))
        s.set(keys.EXPORT_FOLDER, folder)
        s.sync()
        super().accept()
        self.applied.emit()
