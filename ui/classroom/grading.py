"""The grading window: a folder of returned student copies compared with the key case.

Entry point for the main window (e.g. a "Classroom → Grade student files…" action):

    from ui.classroom.grading import GradingDialog
    GradingDialog(self.store, key_slug=self.session.slug, parent=self).exec()

It shows, per student, the claims assessed, percent agreement with the key and Cohen's kappa
("undefined" where it is); the files it skipped and why; how the class split on each claim and
where it most disagreed with the key; and exports the per-student figures as CSV.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import library
from models.casefile import CaseFileError
from models.files import write_atomically
from models.grading import (
    ASSESSED_STATUSES,
    UNASSESSED,
    ClassReport,
    format_kappa,
    format_percent,
    grade_folder,
    report_csv,
)
from models.jobs import Job
from models.snapshot import CaseNotFound
from models.store import Store, StoreError
from ui.common.background import BackgroundTask, run_with_progress
from ui.common.file_dialogs import ask_folder, ask_save_file
from ui.common.labels import word as label  # in the reader's language (Qt's translator)
from ui.common.messages import show_error
from ui.common.tooltips import rich_tooltip

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROOT = QModelIndex()  # the invalid index: the parent of every row of a table
NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class StudentTableModel(QAbstractTableModel):
    """Per-student rows: student, file, assessed, agreement %, kappa (or "undefined")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = ()
        self._claims = 0

    def set_report(self, report: ClassReport | None) -> None:
        """Show the students of a report (None: nothing graded yet)."""
        self.beginResetModel()
        self._rows = report.students if report else ()
        self._claims = report.key_claims if report else 0
        self.endResetModel()

    def headers(self) -> list[str]:
        """The column titles."""
        return [
            self.tr("Student"),
            self.tr("File"),
            self.tr("Assessed"),
            self.tr("Agreement"),
            self.tr("Kappa"),
        ]

    def rowCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        """One row per graded file."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        """Five columns."""
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """Text, alignment, sort keys and tooltips of a cell."""
        if not index.isValid():
            return None
        s, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                s.student,
                s.file,
                self.tr("{n} of {total}").format(n=s.assessed, total=self._claims),
                format_percent(s.agreement),
                self.tr("undefined") if s.kappa is None else format_kappa(s.kappa),
            )[col]
        if role == SORT_ROLE:
            missing = -2.0  # undefined figures sort below every number
            return (
                s.student.lower(),
                s.file.lower(),
                s.assessed,
                missing if s.agreement is None else s.agreement,
                missing if s.kappa is None else s.kappa,
            )[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(NUMBER)
        if role == Qt.ItemDataRole.ToolTipRole and col == 4 and s.kappa is None:
            return rich_tooltip(
                self.tr(
                    "Kappa is undefined: no claim was compared, or the student and the key "
                    "gave every compared claim one and the same status."
                )
            )
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """Column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 5
        ):
            return self.headers()[section]
        return None


class ClaimSplitModel(QAbstractTableModel):
    """Per-claim rows: the key's status, how many students chose each status, disagreement."""

    STATUSES = (*ASSESSED_STATUSES, UNASSESSED)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = ()

    def set_report(self, report: ClassReport | None) -> None:
        """Show the claims of a report."""
        self.beginResetModel()
        self._rows = report.claims if report and report.students else ()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        """One row per claim of the key."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        """Claim, key, one column per status, disagreement."""
        return 0 if parent.isValid() else 3 + len(self.STATUSES)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """Counts, the key's status, and the quote as a tooltip."""
        if not index.isValid():
            return None
        c, col = self._rows[index.row()], index.column()
        last = 2 + len(self.STATUSES)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == 0:
                return c.claim
            if col == 1:
                return label(c.key_status).split()[0]  # "Unsupported", as in the headers
            if col == last:
                if role == SORT_ROLE:
                    return -1.0 if c.disagreement is None else c.disagreement
                return format_percent(c.disagreement)
            n = c.count(self.STATUSES[col - 2])
            return n if role == SORT_ROLE else str(n)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(NUMBER)
        if role == Qt.ItemDataRole.ToolTipRole:
            return rich_tooltip(c.quote)  # escaped, and marked as rich text so it shows as typed
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Claim"), self.tr("Key")]
        titles += [label(s).split()[0] for s in ASSESSED_STATUSES]
        titles += [self.tr("Not assessed"), self.tr("Disagree")]
        return titles[section] if 0 <= section < len(titles) else None


class GradingDialog(QDialog):
    """Pick the key case and a folder of returned files; see and export the grades."""

    def __init__(self, store: Store, key_slug: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.report: ClassReport | None = None
        self.task: BackgroundTask | None = None  # the grading under way, if one is
        self.setWindowTitle(self.tr("Grade student files"))

        self.key_combo = QComboBox()
        try:
            cases, unread = library.cases(store), None
        except StoreError as exc:  # shown in the dialog, as a grading failure is
            cases, unread = (
                [],
                self.tr("The cases of the store cannot be listed: %1").replace("%1", str(exc)),
            )
        for case in cases:
            self.key_combo.addItem(f"{case.title} ({case.slug})", case.slug)
        if key_slug is not None and self.key_combo.findData(key_slug) >= 0:
            self.key_combo.setCurrentIndex(self.key_combo.findData(key_slug))
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("The folder of returned case files"))
        self.choose_button = QPushButton(self.tr("Choose folder…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Key case:"), self.key_combo)
        form.addRow(self.tr("Returned files:"), folder_row)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.students = StudentTableModel(self)
        self.student_view = self._table(self.students)
        self.claims = ClaimSplitModel(self)
        self.claim_view = self._table(self.claims)
        # Every column as wide as its header's words (and the sort arrow) and its cells; the
        # splitter never makes the table narrower than that, so no header is ever cut.
        self._fit_claim_columns()
        self.skipped_list = self._list()
        self.disagreed_list = self._list()

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self._caption(self.tr("Where the class most disagreed with the key")))
        side_layout.addWidget(self.disagreed_list)
        side_layout.addWidget(self._caption(self.tr("Skipped files")))
        side_layout.addWidget(self.skipped_list)
        claims_box = QWidget()
        claims_layout = QVBoxLayout(claims_box)
        claims_layout.setContentsMargins(0, 0, 0, 0)
        claims_layout.addWidget(self._caption(self.tr("How the class split on each claim")))
        claims_layout.addWidget(self.claim_view)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(claims_box)
        lower.addWidget(side)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setCollapsible(0, False)
        lower.setSizes([760, 340])
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self._caption(self.tr("Students")))
        upper_layout.addWidget(self.student_view)
        header = self.student_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(upper)
        body.addWidget(lower)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("Export CSV…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setEnabled(False)
        # Enter in the folder field grades; it must not also press a dialog button (Close would
        # shut the window, "Choose folder…" would open a file dialog).
        for button in (*buttons.buttons(), self.choose_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(body, 1)
        layout.addWidget(buttons)

        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._ask_export)
        self.choose_button.clicked.connect(self._ask_folder)
        self.folder_edit.returnPressed.connect(self.regrade)
        self.key_combo.currentIndexChanged.connect(self.regrade)
        self.resize(1100, 760)
        self._show(None, unread or self.tr("Choose the folder of returned files to grade them."))

    def _table(self, model) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view = QTableView()
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's order until asked
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _list(self) -> QListWidget:
        view = QListWidget()
        view.setWordWrap(True)  # reasons are sentences: wrap them rather than scroll sideways
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return view

    def _caption(self, text: str) -> QLabel:
        caption = QLabel(text)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        return caption

    # --- actions --------------------------------------------------------------------------------

    def set_folder(self, folder: str) -> None:
        """Grade the returned files in a folder against the chosen key."""
        self.folder_edit.setText(folder)
        self.regrade()

    def regrade(self) -> BackgroundTask | None:
        """Grade again with the current key and folder, off the GUI thread; problems are shown.

        The worker reads the files and the key through its own store session. A grading
        started while another runs replaces it: the older one is cancelled and its result unused.
        """
        folder, slug = self.folder_edit.text().strip(), self.key_combo.currentData()
        if not folder or slug is None:
            return None
        if self.task is not None and self.task.running:
            self.task.cancel()
        store = self.store

        def work(job: Job) -> ClassReport:
            return grade_folder(store, slug, folder, job)

        def graded(report: ClassReport) -> None:
            if self.task is task:
                self._graded(report)

        def refused(exc: BaseException) -> None:
            if self.task is task:
                self._show(None, str(exc.args[0] if exc.args else exc))

        def cancelled() -> None:
            if self.task is task:
                self._show(None, self.tr("Grading was cancelled."))

        self.summary.setText(self.tr("Grading…"))
        task = run_with_progress(
            self,
            self.tr("Grading the files in %1…").replace("%1", Path(folder).name or folder),
            work,
            on_success=graded,
            on_failure=refused,
            expected=(CaseFileError, CaseNotFound, StoreError, OSError),
            on_cancel=cancelled,
        )
        self.task = task
        return task

    def _graded(self, report: ClassReport) -> None:
        graded, skipped = len(report.students), len(report.skipped)
        text = self.tr("{graded} student files graded against {slug}; {skipped} skipped.").format(
            graded=graded, slug=report.key_slug, skipped=skipped
        )
        if not graded:
            text += " " + self.tr("No file in this folder is a student copy of this case.")
        self._show(report, text)

    def _fit_claim_columns(self) -> None:
        # The widths the columns take (their header's words, the sort arrow, the cells): the
        # splitter never makes the table narrower, so no header is cut.
        header = self.claim_view.horizontalHeader()
        view = self.claim_view
        needed = sum(
            max(header.sectionSizeHint(c), view.sizeHintForColumn(c))
            for c in range(self.claims.columnCount())
        )
        scroll = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        view.setMinimumWidth(needed + scroll + 2 * view.frameWidth() + 24)

    def _show(self, report: ClassReport | None, message: str) -> None:
        self.report = report
        self.summary.setText(message)
        self.students.set_report(report)
        self.claims.set_report(report)
        self._fit_claim_columns()
        self.skipped_list.clear()
        self.disagreed_list.clear()
        if report is not None:
            for s in report.skipped:
                self.skipped_list.addItem(f"{s.file}: {s.reason}")
            for c in report.most_disagreed():
                self.disagreed_list.addItem(
                    self.tr(
                        "{claim}: {n} of {m} differ from the key ({key}); most chose {other}"
                    ).format(
                        claim=c.claim,
                        n=c.assessed - c.agreeing,
                        m=c.assessed,
                        key=label(c.key_status),
                        other=label(c.commonest_other or ""),
                    )
                )
        self.export_button.setEnabled(bool(report and report.students))

    def export_csv(self, path: str) -> bool:
        """Write the per-student figures as CSV; say so and return False if it cannot."""
        if self.report is None:
            return False
        try:
            write_atomically(path, report_csv(self.report))
        except OSError as exc:
            show_error(
                self,
                self.tr("CSV not written"),
                self.tr("The CSV could not be written: {error}").format(error=exc),
            )
            return False
        self.summary.setText(self.tr("Grades written to {path}.").format(path=path))
        return True

    def reject(self) -> None:
        """Close; a grading still under way is cancelled."""
        if self.task is not None and self.task.running:
            self.task.cancel()
        super().reject()

    def _ask_folder(self) -> None:
        folder = ask_folder(self, self.tr("Folder of returned files"), self.folder_edit.text())
        if folder:
            self.set_folder(folder)

    def _ask_export(self) -> None:
        start = str(Path(self.folder_edit.text() or ".") / "grades.csv")
        path = ask_save_file(
            self, self.tr("Export grades as CSV"), start, self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(path)
