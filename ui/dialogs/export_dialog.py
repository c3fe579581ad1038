"""File → Export…: choose a format, page and options, and a file; write it atomically.

The file is written off the GUI thread (ui/common/background.py) with a progress bar and Cancel:
a 1,000-page PDF takes seconds. The worker is handed the frozen snapshot, never the store.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.casefile import CaseFileError
from models.claim_filter import ClaimFilter
from models.exports import FORMATS, ExportError, ExportOptions, export_snapshot, format_names
from models.exports.content import PAGE_SIZES
from models.jobs import Job
from ui.common.background import BackgroundTask, run_with_progress
from ui.common.file_dialogs import ask_save_file
from ui.common.fonts import register_fonts
from ui.common.labels import format_name
from ui.common.messages import problem_label
from ui.common.tooltips import rich_tooltip
from ui.pdf.formats import register_pdf_formats

# The appendix holds the source text: only the formats that show it offer it.
APPENDIX_FORMATS = {"pdf", "html", "md"}


class ExportDialog(QDialog):
    """The export dialog: format, page size, orientation, appendix, filter, and target file."""

    exported = Signal(str)  # the path that was written

    def __init__(
        self,
        session,
        current_filter: ClaimFilter | None = None,
        parent=None,
        settings=None,
        *,
        page_size: str = "A4",
        landscape: bool = True,
        folder: str = "",
    ):
        """`settings` remembers the last folder; `page_size`, `landscape` and `folder` are the
        preferred defaults (Edit → Preferences)."""
        super().__init__(parent)
        self._folder = folder
        self.session = session
        self.settings = settings  # ui.window.settings.Settings: remembers the last folder
        self.current_filter = current_filter
        self.task: BackgroundTask | None = None  # the export being written, if one is
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(520)

        self.format_combo = QComboBox(self)
        register_pdf_formats()
        # The PDF renderers load here, while the dialog opens, not on the worker once an export
        # is under way: a module run there holds the interpreter, and the window would stall.
        import ui.pdf.comparison  # noqa: F401
        import ui.pdf.worksheet  # noqa: F401

        for key in format_names():
            fmt = FORMATS[key]
            name = format_name(key, fmt.label)
            self.format_combo.addItem(
                self.tr("%1 (%2)").replace("%1", name).replace("%2", fmt.extension), key
            )
        self.page_combo = QComboBox(self)
        self.page_combo.addItems(list(PAGE_SIZES))
        self.orientation_combo = QComboBox(self)
        self.orientation_combo.addItem(self.tr("Landscape"), True)
        self.orientation_combo.addItem(self.tr("Portrait"), False)
        self.page_combo.setCurrentIndex(max(self.page_combo.findText(page_size), 0))
        self.orientation_combo.setCurrentIndex(self.orientation_combo.findData(bool(landscape)))
        self.appendix_check = QCheckBox(
            self.tr("Append the full source text with the claim spans highlighted"), self
        )
        self.filter_check = QCheckBox(self.tr("Only the claims matching the current filter"), self)
        has_filter = current_filter is not None and not current_filter.is_empty
        self.filter_check.setEnabled(has_filter)
        if has_filter and session.snapshot is not None:
            # The description holds the typed filter text and tag names: shown literally.
            self.filter_check.setToolTip(rich_tooltip(current_filter.describe(session.snapshot)))
            self.filter_check.setChecked(True)

        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Where to save the file"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        path_row = QWidget(self)
        row = QHBoxLayout(path_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)

        self.error_label = problem_label(self)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Page size:"), self.page_combo)
        form.addRow(self.tr("Orientation:"), self.orientation_combo)
        form.addRow(self.tr("Options:"), self.appendix_check)
        form.addRow("", self.filter_check)
        form.addRow(self.tr("File:"), path_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self.choose_file)
        self._format = self.format_key  # the format the file name was last made for
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.path_edit.textChanged.connect(self._update_buttons)
        self.path_edit.setText(str(self._default_folder() / self._default_name()))
        self._format_changed()

    def select_format(self, key: str) -> None:
        """Preselect a format (the classroom menu opens the dialog on worksheet, key, copy)."""
        index = self.format_combo.findData(key)
        if index >= 0:
            self.format_combo.setCurrentIndex(index)

    @property
    def format_key(self) -> str:
        """The chosen format's key, e.g. "pdf"."""
        return self.format_combo.currentData()

    def _default_folder(self) -> Path:
        """The preferred export folder (Edit → Preferences), else the folder of the last export,
        else the documents folder if there is one, else home.

        A fresh account often has no ~/Documents: offering it would make the first export fail.
        """
        from ui.window import settings as keys

        last = self.settings.get(keys.LAST_EXPORT_FOLDER) if self.settings is not None else ""
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        for folder in (self._folder, last, docs):
            if folder and Path(folder).is_dir():
                return Path(folder)
        return Path.home()

    def _default_name(self, key: str | None = None) -> str:
        slug = self.session.snapshot.slug if self.session.snapshot else "case"
        return FORMATS[key or self.format_key].default_name(slug)

    def _format_changed(self) -> None:
        fmt = FORMATS[self.format_key]
        self.page_combo.setEnabled(fmt.paged)
        # The sheets are always portrait: the control shows it and cannot be changed.
        self.orientation_combo.setEnabled(fmt.paged and not fmt.portrait)
        if fmt.portrait:
            self.orientation_combo.setCurrentIndex(self.orientation_combo.findData(False))
            self.orientation_combo.setToolTip(self.tr("This format is always portrait."))
        else:
            self.orientation_combo.setToolTip("")
        self.appendix_check.setEnabled(fmt.key in APPENDIX_FORMATS)
        has_filter = self.current_filter is not None and not self.current_filter.is_empty
        self.filter_check.setEnabled(has_filter and fmt.filtered)
        text = self.path_edit.text().strip()
        if text:
            path = Path(text)
            if path.name == self._default_name(self._format):  # the offered name: this one's
                path = path.with_name(self._default_name())
            else:  # a name the person chose: kept, with this format's extension
                path = path.with_suffix(fmt.extension)
            self.path_edit.setText(str(path))
        self._format = fmt.key
        self.error_label.hide()

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        self.export_button.setEnabled(bool(self.path_edit.text().strip()) and not busy)

    def choose_file(self) -> None:
        """Ask where to save, with the format's extension as the filter."""
        fmt = FORMATS[self.format_key]
        name = format_name(fmt.key, fmt.label)
        pattern = self.tr("%1 (*%2)").replace("%1", name).replace("%2", fmt.extension)
        path = ask_save_file(self, self.tr("Export to"), self.path_edit.text(), pattern)
        if path:
            self.path_edit.setText(path)

    def options(self) -> ExportOptions:
        """The options as chosen in the dialog."""
        fmt = FORMATS[self.format_key]
        use_filter = self.filter_check.isEnabled() and self.filter_check.isChecked()
        return ExportOptions(
            page_size=self.page_combo.currentText(),
            landscape=bool(self.orientation_combo.currentData()),
            source_appendix=self.appendix_check.isEnabled() and self.appendix_check.isChecked(),
            claim_filter=self.current_filter if use_filter and fmt.filtered else None,
            author=self.session.author,
        )

    def export(self) -> BackgroundTask | None:
        """Start writing the file off the GUI thread; `exported` follows once it is written.

        On failure the dialog says why and stays open; a cancelled export leaves no file.
        """
        if self.task is not None and self.task.running:
            return self.task
        target = Path(self.path_edit.text().strip()).expanduser()
        case, key, options = self.session.snapshot, self.format_key, self.options()
        if case is None:
            self._fail(self.tr("No case is open."))
            return None
        if target.exists() and not self._may_replace(target):
            return None
        register_fonts()  # on the GUI thread: the worker only uses them

        def work(job: Job) -> None:
            export_snapshot(case, key, target, options, job)

        self.error_label.hide()
        self.export_button.setEnabled(False)
        self.task = run_with_progress(
            self,
            self.tr("Exporting %1…").replace("%1", target.name),
            work,
            on_success=lambda _none: self._written(target),
            on_failure=self._not_written,
            expected=(OSError, ExportError, CaseFileError),
            on_cancel=lambda: self._fail(self.tr("The export was cancelled; nothing was written.")),
        )
        self.task.finished.connect(self._update_buttons)
        return self.task

    def _may_replace(self, target: Path) -> bool:
        """Ask before writing over a file that is there; False leaves it and the dialog open."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace the file?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("%1 already exists. Replace it?").replace("%1", target.name))
        box.setInformativeText(str(target.parent))
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is replace

    def reject(self) -> None:
        """Cancel closes the dialog; while a file is being written it cancels the export first."""
        if self.task is not None and self.task.running:
            self.task.cancel()
            return
        super().reject()

    def _written(self, target: Path) -> None:
        if self.settings is not None:
            from ui.window import settings as keys

            self.settings.set(keys.LAST_EXPORT_FOLDER, str(target.parent))
        self.exported.emit(str(target))
        self.accept()

    def _not_written(self, exc: BaseException) -> None:
        reason = str(exc).strip() or type(exc).__name__
        message = self.tr("The export was not written: %1 Nothing was changed.")
        reason = reason if reason.endswith(".") else reason + "."
        self._fail(message.replace("%1", reason))

    def _fail(self, message: str) -> bool:
        self.error_label.setText(message)
        self.error_label.show()
        return False
