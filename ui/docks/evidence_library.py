"""The evidence library: every evidence record of the case, filterable, editable and attachable."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.evidence_edits import (
    attach_evidence,
    attachment_of,
    capture_evidence,
    create_evidence,
    delete_evidence,
    detach_evidence,
    evidence_fields,
    restore_evidence,
    update_evidence,
)
from models.operations import Change
from models.snapshot import CaseSnapshot, EvidenceView
from models.vocabulary import EVIDENCE_KINDS
from ui.common.drag import EVIDENCE_MIME, drag_of
from ui.common.icons import icon
from ui.common.labels import grade_tooltip, word
from ui.common.session import CaseSession
from ui.common.tooltips import rich_tooltip
from ui.dialogs.evidence_record import EvidenceDialog, StanceDialog

COLUMNS = ("grade", "title", "kind", "date", "citation")


class EvidenceModel(QAbstractTableModel):
    """The evidence records of a case, one row each; drags carry the record's id."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: tuple[EvidenceView, ...] = ()
        self._row_of: dict[int, int] = {}
        self._attached: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (
            self.tr("Grade"),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Date"),
            self.tr("Citation"),
        )

    def set_records(self, records: tuple[EvidenceView, ...]) -> None:
        """Show these records."""
        self.beginResetModel()
        self._rows = records
        self._row_of = {r.id: row for row, r in enumerate(records)}
        self.endResetModel()

    def set_attached(self, evidence_ids: set[int]) -> None:
        """Mark the records attached to the current claim (shown in bold).

        Only the rows whose mark changed are announced: a claim has a few records, and a
        change over all 2,000 rows made the table look at every cell on every selection.
        """
        changed = self._attached ^ evidence_ids
        self._attached = set(evidence_ids)
        last = len(COLUMNS) - 1
        for row in sorted(r for r in map(self._row_of.get, changed) if r is not None):
            self.dataChanged.emit(
                self.index(row, 0), self.index(row, last), [Qt.ItemDataRole.FontRole]
            )

    def attached(self) -> set[int]:
        """The records marked as attached to the current claim."""
        return set(self._attached)

    def record(self, row: int) -> EvidenceView:
        """The record shown in a row."""
        return self._rows[row]

    def row_of(self, evidence_id: int) -> int:
        """The row of a record, or -1."""
        return self._row_of.get(evidence_id, -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Rows: one per record (a table: no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Columns: grade, title, kind, date, citation."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):  # noqa: N802
        """Column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """What each cell shows (always plain text), its tooltip, and the record's id."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "grade":
                return record.grade
            if column == "kind":
                return word(record.kind)
            if column == "citation":
                return " ".join(record.citation.split())
            value = getattr(record, column)
            return value or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "grade":
                return grade_tooltip(record.reliability, record.credibility)
            return rich_tooltip(f"{record.title}\n{record.citation}\n\n{record.summary}".strip())
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        if role == Qt.ItemDataRole.FontRole and record.id in self._attached:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and column == "title":
            return icon("evidence")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        """Selectable and draggable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        """Drags carry an evidence id."""
        return [EVIDENCE_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt override
        """The dragged record's id, as ASCII digits."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return drag_of(EVIDENCE_MIME, self._rows[rows[0]].id) if rows else QMimeData()


class EvidenceFilter(QSortFilterProxyModel):
    """Keeps the records whose title, citation, summary, kind or grade hold every typed word."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        """Filter by these words (case-insensitive); empty shows everything."""
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        """Every word must appear somewhere in the record."""
        if not self._words:
            return True
        record = self.sourceModel().record(row)
        hay = " ".join(
            (record.title, record.citation, record.summary, word(record.kind), record.grade)
        ).casefold()
        return all(word in hay for word in self._words)


class EvidenceLibrary(QWidget):
    """Every evidence record of the case: filter, create, edit, delete, attach, drag to a claim."""

    evidenceSelected = Signal(int)  # an evidence id

    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._claim_id: int | None = None
        self.model = EvidenceModel(self)
        self.proxy = EvidenceFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter evidence"))
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter.textChanged.connect(self.proxy.set_text)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        # Widths from the font, not from the cells: fitting columns to their contents read
        # all 2,000 rows again on every change (most of a second on a big case).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fm = self.table.fontMetrics()
        kinds = [word(k) for k in EVIDENCE_KINDS]
        for column, samples in ((0, ["A1"]), (2, kinds), (3, ["2020-02-14"])):
            words = [*samples, self.model.headerData(column, Qt.Orientation.Horizontal)]
            header.resizeSection(column, max(map(fm.horizontalAdvance, words)) + 28)
        header.resizeSection(1, 260)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.new_button = self._button("add", self.tr("New"), self.new_evidence)
        self.edit_button = self._button("edit", self.tr("Edit"), self.edit_selected)
        self.delete_button = self._button("delete", self.tr("Delete"), self.delete_selected)
        self.attach_button = self._button("attach", self.tr("Attach"), self._attach_selected)
        self.attach_button.setToolTip(self.tr("Attach to the selected claim, with a stance"))
        self.detach_button = self._button("detach", self.tr("Detach"), self._detach_selected)
        self.detach_button.setToolTip(self.tr("Detach from the selected claim"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.detach_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        session.caseLoaded.connect(self._case_loaded)
        session.caseChanged.connect(self._case_changed)
        if session.snapshot is not None:
            self._case_loaded(session.snapshot)
        self._update_buttons()

    def _button(self, name: str, text: str, slot) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(lambda _=False: slot())
        return button

    # --- what is shown ---------------------------------------------------------------------

    def set_current_claim(self, claim_id: int | None) -> None:
        """The claim that Attach and Detach act on (None: none)."""
        self._claim_id = claim_id
        self._mark_attached()
        self._update_buttons()

    def selected_evidence(self) -> int | None:
        """The id of the selected record, if any."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def select_evidence(self, evidence_id: int) -> None:
        """Select a record (if the filter shows it)."""
        row = self.model.row_of(evidence_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _case_loaded(self, snapshot: CaseSnapshot) -> None:
        self._reload(snapshot)

    def _case_changed(self, change: Change) -> None:
        snapshot = self._session.snapshot
        if snapshot is None:
            return
        if change.evidence:
            self._reload(snapshot)
        elif change.claims or change.structure:
            # Only claims changed: at most which records the current claim has attached.
            self._mark_attached()
            self._update_buttons()

    def _reload(self, snapshot: CaseSnapshot) -> None:
        selected = self.selected_evidence()
        if snapshot.evidence != self.model._rows:
            self.model.set_records(snapshot.evidence)
            if selected is not None:
                self.select_evidence(selected)
        self._mark_attached()
        self._update_buttons()

    def _attached_ids(self) -> set[int]:
        snapshot = self._session.snapshot
        if snapshot is None or self._claim_id is None:
            return set()
        try:
            return {a.evidence_id for a in snapshot.claim(self._claim_id).evidence}
        except KeyError:
            return set()

    def _mark_attached(self) -> None:
        self.model.set_attached(self._attached_ids())

    def _selection_changed(self, *_args) -> None:
        self._update_buttons()
        evidence_id = self.selected_evidence()
        if evidence_id is not None:
            self.evidenceSelected.emit(evidence_id)

    def _update_buttons(self) -> None:
        chosen = self.selected_evidence()
        attached = self._attached_ids()
        self.new_button.setEnabled(self._session.snapshot is not None)
        self.edit_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        self.attach_button.setEnabled(
            chosen is not None and self._claim_id is not None and chosen not in attached
        )
        self.detach_button.setEnabled(chosen is not None and chosen in attached)

    # --- edits -----------------------------------------------------------------------------

    def new_evidence(self) -> int | None:
        """Ask for a new record's fields, then create it; return its id."""
        snapshot = self._session.snapshot
        if snapshot is None:
            return None
        dialog = EvidenceDialog(self, title=self.tr("New evidence record"))
        if not dialog.exec():
            return None
        store, author, fields = self._session.store, self._session.author, dialog.values()
        made: dict = {}

        def do() -> Change:
            if "record" in made:
                return restore_evidence(store, made["record"], author)
            made["id"], change = create_evidence(store, snapshot.id, **fields, author=author)
            made["record"] = capture_evidence(store, made["id"])
            return change

        def undo() -> Change:
            return delete_evidence(store, made["id"], author)

        if self._session.perform(self.tr("New evidence record"), do, undo):
            self.select_evidence(made["id"])
            return made["id"]
        return None

    def edit_selected(self) -> None:
        """Edit the selected record's fields in a dialog, as one undoable edit."""
        evidence_id = self.selected_evidence()
        if evidence_id is None:
            return
        store, author = self._session.store, self._session.author
        old = evidence_fields(store, evidence_id)
        dialog = EvidenceDialog(self, title=self.tr("Edit evidence record"), values=old)
        if not dialog.exec():
            return
        new = {k: v for k, v in dialog.values().items() if v != old[k]}
        if not new:
            return
        before = {k: old[k] for k in new}
        self._session.perform(
            self.tr("Edit evidence record"),
            lambda: update_evidence(store, evidence_id, author=author, **new),
            lambda: update_evidence(store, evidence_id, author=author, **before),
        )

    def delete_selected(self, confirm: bool = True) -> None:
        """Delete the selected record (after confirmation), detaching it from every claim."""
        evidence_id = self.selected_evidence()
        snapshot = self._session.snapshot
        if evidence_id is None or snapshot is None:
            return
        record = snapshot.evidence_record(evidence_id)
        uses = sum(1 for c in snapshot.claims for a in c.evidence if a.evidence_id == evidence_id)
        if confirm:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setWindowTitle(self.tr("Delete evidence record"))
            box.setText(
                self.tr("Delete “{0}”? It is attached to {1} claim(s). You can undo this.").format(
                    record.title, uses
                )
            )
            box.setStandardButtons(
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
            )
            if box.exec() != QMessageBox.StandardButton.Yes:
                return
        store, author = self._session.store, self._session.author
        saved = capture_evidence(store, evidence_id)
        self._session.perform(
            self.tr("Delete evidence record"),
            lambda: delete_evidence(store, evidence_id, author),
            lambda: restore_evidence(store, saved, author),
        )

    def _attach_selected(self) -> None:
        evidence_id = self.selected_evidence()
        if evidence_id is not None and self._claim_id is not None:
            self.attach_to_claim(self._claim_id, evidence_id)

    def attach_to_claim(self, claim_id: int, evidence_id: int) -> bool:
        """Ask the stance, then attach the record to the claim as one undoable edit."""
        snapshot = self._session.snapshot
        if snapshot is None:
            return False
        try:
            record = snapshot.evidence_record(evidence_id)
            claim = snapshot.claim(claim_id)
        except KeyError:
            return self._session.refuse(self.tr("That claim or evidence record is gone."))
        if evidence_id in {a.evidence_id for a in claim.evidence}:
            return self._session.refuse(
                self.tr("“{0}” is already attached to that claim.").format(record.title)
            )
        dialog = StanceDialog(self, record.title, claim.quote)
        if not dialog.exec():
            return False
        stance, note = dialog.stance(), dialog.note()
        store, author = self._session.store, self._session.author
        return self._session.perform(
            self.tr("Attach evidence"),
            lambda: attach_evidence(store, claim_id, evidence_id, stance, note, author),
            lambda: detach_evidence(store, claim_id, evidence_id, author),
        )

    def _detach_selected(self) -> None:
        evidence_id, claim_id = self.selected_evidence(), self._claim_id
        if evidence_id is None or claim_id is None:
            return
        store, author = self._session.store, self._session.author
        saved = attachment_of(store, claim_id, evidence_id)
        if saved is None:
            return
        self._session.perform(
            self.tr("Detach evidence"),
            lambda: detach_evidence(store, claim_id, evidence_id, author),
            lambda: attach_evidence(store, claim_id, evidence_id, author=author, **saved),
        )
