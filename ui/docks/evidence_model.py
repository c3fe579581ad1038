"""The evidence library's table: every evidence record as a row, and the filter over them.

Thin adapters over the snapshot's frozen `EvidenceView` records: the model maps rows to records
(drags carry the record's id), the proxy keeps the rows whose words match what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from models.snapshot import EvidenceView
from ui.common.drag import EVIDENCE_MIME, drag_of
from ui.common.icons import icon
from ui.common.labels import grade_tooltip, word
from ui.common.tooltips import rich_tooltip

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
            about = f"{record.title}\n{word(record.kind)} · {record.citation}"
            return rich_tooltip(f"{about}\n\n{record.summary}".strip())
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        if role == Qt.ItemDataRole.FontRole and record.id in self._attached:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and column == "title":
            return icon(f"evidence-{record.kind}")
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
