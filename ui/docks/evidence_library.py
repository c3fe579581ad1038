"""The evidence library dock: every evidence record of the case, filterable, editable, attachable.

Its table model and filter live in `evidence_model`; its edits are named commands of
`ui.common.commands`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFontMetrics
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

from models.snapshot import CaseSnapshot
from models.vocabulary import EVIDENCE_KINDS
from ui.common import commands
from ui.common.empty_state import EmptyState
from ui.common.icons import icon
from ui.common.labels import word
from ui.common.session import CaseSession
from ui.docks.evidence_model import COLUMNS, EvidenceFilter, EvidenceModel

if TYPE_CHECKING:
    from models.edit_log import Change  # (the edits: imported by the first edit)


class EvidenceLibrary(QWidget):
    """Every evidence record of the case: filter, create, edit, delete, attach, drag to a claim."""

    evidenceSelected = Signal(object)  # the evidence id chosen in the table, or None
    contextMenuRequested = Signal(str, int, QPoint)  # ("evidence", its id, where): right-click

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
        # Grade, kind and date are the app's words and short: their columns fit them whole (and
        # their headers), the kind giving way to the title in a narrow dock (each title's icon
        # says its kind). The title takes the rest, elided in the middle so two titles that begin
        # alike still differ ("WSJ: U.S. offi…, March 3" / "…, March 9"); each row's tooltip has
        # the whole title and citation. The citation column is shown only when there is room.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fm = header.fontMetrics()
        kinds = [word(k) for k in EVIDENCE_KINDS]
        bold = self.table.font()
        bold.setBold(True)  # a row attached to the current claim is bold
        wide = QFontMetrics(bold)
        for column, samples in ((0, ["A1", "F6"]), (2, kinds), (3, ["2020-02-14"])):
            head = fm.horizontalAdvance(self.model.headerData(column, Qt.Orientation.Horizontal))
            cell = max(map(wide.horizontalAdvance, samples))
            header.resizeSection(column, max(head + 18, cell + 12))
        self._citation_width = fm.horizontalAdvance("x" * 28)
        # Below this the title is cut to a few letters: the Kind column gives way (each title's
        # icon and tooltip say the kind).
        self._title_width = fm.horizontalAdvance("x" * 30)
        self.table.viewport().installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu_requested)
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
        self.empty_state = EmptyState(self.table.viewport())
        self.empty_state.actionRequested.connect(self._empty_action)
        self.filter.textChanged.connect(lambda _text: self._say_empty())

        session.caseLoaded.connect(self._case_loaded)
        session.caseChanged.connect(self._case_changed)
        if session.snapshot is not None:
            self._case_loaded(session.snapshot)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """On a resize of the table: show the kind and the citation columns only where they
        leave the title room (a narrow dock shows grade, title and date, no half column)."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        citation, kind = COLUMNS.index("citation"), COLUMNS.index("kind")
        width = self.table.viewport().width()
        with_kind = width - sum(header.sectionSize(c) for c in (0, 2, 3)) >= self._title_width
        self.table.setColumnHidden(kind, not with_kind)
        fixed = sum(header.sectionSize(c) for c in ((0, 2, 3) if with_kind else (0, 3)))
        room = width - fixed
        show = room >= 2 * self._citation_width
        self.table.setColumnHidden(citation, not show)
        if show:
            header.resizeSection(citation, max(self._citation_width, room // 2))

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

    def _case_loaded(self, snapshot: CaseSnapshot | None) -> None:
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

    def _reload(self, snapshot: CaseSnapshot | None) -> None:
        selected = self.selected_evidence()
        records = snapshot.evidence if snapshot is not None else ()
        if records != self.model._rows:
            self.model.set_records(records)
            if selected is not None:
                self.select_evidence(selected)
        self._mark_attached()
        self._update_buttons()
        self._say_empty()

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
        self.evidenceSelected.emit(self.selected_evidence())

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
        from ui.dialogs.evidence_record import EvidenceDialog

        if self._session.snapshot is None:
            return None
        made: list[int] = []

        def save(values: dict) -> str | None:
            evidence_id = commands.new_evidence(self._session, values)
            if evidence_id is None:
                return self._session.last_refusal
            made.append(evidence_id)
            return None

        dialog = EvidenceDialog(self, title=self.tr("New evidence record"), save=save)
        if not dialog.exec() or not made:
            return None
        self.select_evidence(made[0])
        return made[0]

    def edit_selected(self) -> None:
        """Edit the selected record's fields in a dialog, as one undoable edit."""
        from models.evidence_edits import FIELDS
        from ui.dialogs.evidence_record import EvidenceDialog

        evidence_id = self.selected_evidence()
        snapshot = self._session.snapshot
        if evidence_id is None or snapshot is None:
            return
        record = snapshot.evidence_record(evidence_id)
        old = {name: getattr(record, name) for name in FIELDS}
        dialog = EvidenceDialog(
            self,
            title=self.tr("Edit evidence record"),
            values=old,
            save=self._saver(
                lambda values: commands.edit_evidence(self._session, evidence_id, values)
            ),
        )
        dialog.exec()

    def _saver(self, edit):
        """A dialog's save: None once the edit is made, else why the store refused it."""
        return lambda *values: None if edit(*values) else self._session.last_refusal

    def delete_selected(self, confirm: bool = True) -> None:
        """Delete the selected record, detaching it from every claim (asked first if it is
        attached to any: those attachments go with it, until undone)."""
        evidence_id = self.selected_evidence()
        snapshot = self._session.snapshot
        if evidence_id is None or snapshot is None:
            return
        record = snapshot.evidence_record(evidence_id)
        uses = sum(1 for c in snapshot.claims for a in c.evidence if a.evidence_id == evidence_id)
        if confirm and uses:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setWindowTitle(self.tr("Delete evidence record"))
            box.setText(
                self.tr(
                    "Delete “{0}”? It is attached to %n claims. You can undo this.", None, uses
                ).format(record.title)
            )
            box.setStandardButtons(
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
            )
            if box.exec() != QMessageBox.StandardButton.Yes:
                return
        commands.delete_evidence(self._session, evidence_id)

    def _say_empty(self) -> None:
        if self.proxy.rowCount():
            self.empty_state.clear()
        elif self.model.rowCount():
            self.empty_state.say(
                self.tr("No evidence record matches “%1”.").replace("%1", self.filter.text()),
                self.tr("Clear filter"),
            )
        elif self._session.snapshot is not None:
            self.empty_state.say(
                self.tr(
                    "No evidence records yet. Press New to describe a report, a document or "
                    "a test result, then drag it onto a claim (or press Attach)."
                ),
                self.tr("New evidence record…"),
            )
        else:
            self.empty_state.clear()

    def _empty_action(self) -> None:
        if self.model.rowCount():
            self.filter.clear()
        else:
            self.new_evidence()

    def _menu_requested(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        evidence_id = self.selected_evidence()
        if evidence_id is not None:
            at = self.table.viewport().mapToGlobal(point)
            self.contextMenuRequested.emit("evidence", evidence_id, at)

    def attach_selected(self) -> None:
        """Attach the selected record to the current claim, asking the stance."""
        self._attach_selected()

    def detach_selected(self) -> None:
        """Detach the selected record from the current claim."""
        self._detach_selected()

    def attached(self) -> set[int]:
        """The records attached to the current claim."""
        return self._attached_ids()

    def _attach_selected(self) -> None:
        evidence_id = self.selected_evidence()
        if evidence_id is not None and self._claim_id is not None:
            self.attach_to_claim(self._claim_id, evidence_id)

    def attach_to_claim(self, claim_id: int, evidence_id: int) -> bool:
        """Ask the stance, then attach the record to the claim as one undoable edit."""
        from ui.dialogs.evidence_record import StanceDialog

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
        dialog = StanceDialog(
            self,
            record.title,
            claim.quote,
            save=self._saver(
                lambda stance, note: commands.attach_evidence(
                    self._session, claim_id, evidence_id, stance, note
                )
            ),
        )
        return bool(dialog.exec())

    def _detach_selected(self) -> None:
        evidence_id, claim_id = self.selected_evidence(), self._claim_id
        if evidence_id is not None and claim_id is not None:
            commands.detach_evidence(self._session, claim_id, evidence_id)
