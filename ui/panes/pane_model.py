"""The item model of one pane: a thin adapter over plain claim nodes, one per claim of a side.

Nodes hold what the delegate paints and cache it per role (novelWriter's pattern); the model only
maps rows to claim ids and makes a row's node when the row is first asked for. A filter is a list
of the ids to show, so filtering resets the model once instead of asking a proxy about every row.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItemModel

from models.snapshot import CaseSnapshot, ClaimView
from ui.common.labels import anchor_mark
from ui.common.labels import word as label  # in the reader's language (Qt's translator)
from ui.common.translation import Context


class Role(IntEnum):
    """Custom data roles the delegate, the gutter and the tests read."""

    CLAIM_ID = Qt.ItemDataRole.UserRole + 1
    STATUS = Qt.ItemDataRole.UserRole + 2
    SPEAKER = Qt.ItemDataRole.UserRole + 3
    TAGS = Qt.ItemDataRole.UserRole + 4  # tuple of (name, colour)
    EVIDENCE_COUNT = Qt.ItemDataRole.UserRole + 5
    LINK_COUNT = Qt.ItemDataRole.UserRole + 6
    EMPHASIS = Qt.ItemDataRole.UserRole + 7  # linked to the claim selected in the other pane
    KIND = Qt.ItemDataRole.UserRole + 8
    ROLE = Qt.ItemDataRole.UserRole + 9
    NODE = Qt.ItemDataRole.UserRole + 10  # the row's ClaimNode: everything the delegate paints


# Combined once: Python-level flag arithmetic costs microseconds, and views ask on every paint.
_CLAIM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDropEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
)


ClaimRows = Context("ClaimRows")


def one_line(text: str) -> str:
    """Collapse a quote's line breaks and runs of spaces, for a list row."""
    return " ".join(text.split())


class ClaimNode:
    """One claim as the pane shows it, with its display data cached per role."""

    __slots__ = ("claim", "link_count", "tags", "_cache")

    def __init__(self, claim: ClaimView, tags: tuple[tuple[str, str], ...], link_count: int):
        self.claim = claim
        self.tags = tags
        self.link_count = link_count
        self._cache: dict[int, object] = {}

    def value(self, role: int) -> object:
        """Return (and cache) the value for a role."""
        cached = self._cache.get(role)
        if cached is None and role not in self._cache:
            cached = self._compute(role)
            self._cache[role] = cached
        return cached

    def _compute(self, role: int) -> object:
        c = self.claim
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(c.quote)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tooltips are rich-text detected by Qt: escape, and say so with <p>.
            speaker = html.escape(c.speaker or ClaimRows.tr("Unknown speaker"))
            tip = f"<p><b>{speaker}</b>: {html.escape(one_line(c.quote))}</p>"
            mark = anchor_mark(c.anchor_state)
            return tip + (f"<p><b>\u26a0 {html.escape(mark)}</b></p>" if mark else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # The key first, as the gutter's links name claims ("us-2 → hw-2: denies").
            mark = anchor_mark(c.anchor_state)
            said = f"{c.key}, {c.speaker or ''}: {one_line(c.quote)} ({label(c.status)})"
            return f"{said}, {mark.lower()}" if mark else said
        if role == Role.CLAIM_ID:
            return c.id
        if role == Role.STATUS:
            return c.status
        if role == Role.SPEAKER:
            return c.speaker or ""
        if role == Role.TAGS:
            return self.tags
        if role == Role.EVIDENCE_COUNT:
            return len(c.evidence)
        if role == Role.LINK_COUNT:
            return self.link_count
        if role == Role.KIND:
            return c.kind
        if role == Role.ROLE:
            return c.role
        return None


class ClaimsModel(QStandardItemModel):
    """The claims of one side, in reading order, as a flat list model.

    Rows are claim ids; a row's node (what the delegate paints) is made the first time the row
    is asked for, so opening a side of 10,000 claims costs a list of ids, not 10,000 nodes.

    The item model holds no items: it is a standard item model only so that its row count,
    index() and parent() are answered in C++. A list view lays out every row after a reset and
    asks the model for each row's index; a Python rowCount answered twice per row, which made a
    filter over 50,000 rows cost 200 ms a pane. Use `row_index(row)` for a row's index.
    """

    def __init__(self, role: str, parent: QObject | None = None):
        super().__init__(parent)
        self.side_role = role
        self._case: CaseSnapshot | None = None
        self._all: list[int] = []  # this side's claim ids, in reading order
        self._rows: list[int] = []  # the ids shown (after the filter)
        self._row_of: dict[int, int] = {}
        self._row_of_all: dict[int, int] | None = None  # the rows of every claim, kept per case
        self._nodes: dict[int, ClaimNode] = {}
        self._chips: dict[int, tuple[str, str]] = {}
        self._emphasis: set[int] = set()
        self.setColumnCount(1)

    # --- Qt interface -------------------------------------------------------------------------

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return a node's cached value for a role."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Role.EMPHASIS:
            return self._rows[index.row()] in self._emphasis
        if role == Role.NODE:
            return self._node(self._rows[index.row()])
        return self._node(self._rows[index.row()]).value(role)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        """Claims are selectable and accept evidence drops."""
        return _CLAIM_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # --- filling and updating -----------------------------------------------------------------

    def set_case(
        self,
        case: CaseSnapshot | None,
        ids: list[int] | None = None,
        rows: dict[int, int] | None = None,
    ) -> None:
        """Show the claims of this side of a case (all of them: the filter comes after).

        `ids` and `rows`: this side's claim ids in reading order and each one's place, when
        the caller holds them already (the filter index does): shared, not copied (100,000
        claims: 8 MB), and never changed here.
        """
        self.beginResetModel()
        self._case = case
        side = self.side_role
        if ids is None:
            ids = [c.id for c in case.claims if c.role == side] if case is not None else []
            rows = None
        self._all = ids
        self._chips = tag_chips(case) if case is not None else {}
        self._nodes = {}
        self._row_of_all = rows
        self._set_rows(self._all)
        self._emphasis = set()
        self.endResetModel()

    def update_claims(self, case: CaseSnapshot, claim_ids: Iterable[int]) -> None:
        """Forget the nodes of edited claims and repaint their rows."""
        self._case = case
        for claim_id in claim_ids:
            self._nodes.pop(claim_id, None)
            row = self._row_of.get(claim_id)
            if row is not None:
                index = self.row_index(row)
                self.dataChanged.emit(index, index)

    def update_links(self, case: CaseSnapshot, claim_ids: Iterable[int] | None = None) -> None:
        """Recount links after links came or went (at these claims, or anywhere); repaint."""
        self._case = case
        nodes = self._nodes
        touched = (
            self._nodes.items()
            if claim_ids is None
            else ((c, nodes[c]) for c in claim_ids if c in nodes)
        )
        for claim_id, node in list(touched):
            count = len(case.links_of(claim_id))
            if count != node.link_count:
                node.link_count = count
                node._cache.pop(Role.LINK_COUNT, None)
                row = self._row_of.get(claim_id)
                if row is not None:
                    index = self.row_index(row)
                    self.dataChanged.emit(index, index, [Role.LINK_COUNT])

    def update_tags(self, case: CaseSnapshot) -> None:
        """Re-read tag names and colours after a tag was renamed or recoloured."""
        self._case = case
        self._chips = tag_chips(case)
        for node in self._nodes.values():
            node.tags = self._tags_of(node.claim)
            node._cache.pop(Role.TAGS, None)
        if self._rows:
            self.dataChanged.emit(
                self.row_index(0), self.row_index(len(self._rows) - 1), [Role.TAGS]
            )

    def show_only(self, claim_ids: Iterable[int] | None, in_order: bool = False) -> None:
        """Show only these claims (in reading order), or every claim for None.

        `in_order`: the ids are this side's, already in reading order (the filter index's
        answer), so they are shown as given instead of being looked for among every claim.
        The same rows again are no change: no reset, so the view keeps its scroll position and
        selection, and a pane the filter does not narrow costs nothing.
        """
        if claim_ids is None:
            rows = self._all
        elif in_order:
            rows = list(claim_ids)
        else:
            wanted = claim_ids if isinstance(claim_ids, set | frozenset) else set(claim_ids)
            rows = [c for c in self._all if c in wanted]
        if rows == self._rows:
            return
        self.beginResetModel()
        self._set_rows(rows)
        self.endResetModel()

    def set_emphasis(self, claim_ids: Iterable[int]) -> list[int]:
        """Emphasise the claims linked to the one selected in the other pane; return rows touched.

        Emphasis is how the view shows the data, not the data: no dataChanged, which would make
        a list view lay out all its rows again on every selection. The pane repaints the rows.
        """
        new = set(claim_ids)
        touched = self._emphasis ^ new
        self._emphasis = new
        return [r for r in (self._row_of.get(c) for c in touched) if r is not None]

    # --- lookups ------------------------------------------------------------------------------

    def claim_id(self, row: int) -> int | None:
        """The id of the claim on a row, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, claim_id: int) -> int:
        """The row of a claim, or -1 if it is filtered out or not on this side."""
        return self._row_of.get(claim_id, -1)

    def row_index(self, row: int) -> QModelIndex:
        """The index of a row (invalid past the end)."""
        return self.index(row, 0)

    def index_of(self, claim_id: int) -> QModelIndex:
        """The index of a claim, invalid if it is not shown."""
        row = self._row_of.get(claim_id, -1)
        return self.row_index(row) if row >= 0 else QModelIndex()

    def emphasised(self) -> set[int]:
        """The claims emphasised now."""
        return set(self._emphasis)

    def total(self) -> int:
        """Every claim of this side, shown or not."""
        return len(self._all)

    # --- helpers ------------------------------------------------------------------------------

    def _node(self, claim_id: int) -> ClaimNode:
        node = self._nodes.get(claim_id)
        if node is None:
            case = self._case
            assert case is not None  # rows exist only while a case is shown
            claim = case.claim(claim_id)
            node = ClaimNode(claim, self._tags_of(claim), len(case.links_of(claim_id)))
            self._nodes[claim_id] = node
        return node

    def _tags_of(self, claim: ClaimView) -> tuple[tuple[str, str], ...]:
        chips = self._chips
        return tuple(chips[t] for t in claim.tag_ids if t in chips) if claim.tag_ids else ()

    def _set_rows(self, rows: list[int]) -> None:
        # Inside a reset: the views hear of the new rows from it, not from row insertions.
        self._rows = rows
        if len(rows) == len(self._all):  # every claim (a filter cleared): the same table
            if self._row_of_all is None:
                self._row_of_all = dict(zip(rows, range(len(rows)), strict=True))
            self._row_of = self._row_of_all
        else:
            self._row_of = dict(zip(rows, range(len(rows)), strict=True))
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(len(rows))
        finally:
            self.blockSignals(blocked)


def tag_chips(case: CaseSnapshot) -> dict[int, tuple[str, str]]:
    """Each tag's chip: its name and colour."""
    return {t.id: (t.name, t.color) for t in case.tags}
