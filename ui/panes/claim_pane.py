"""One pane of claims: a header naming the side and a list view with the analyst's keys.

The view only asks: Tab asks to follow a link, a dropped evidence record asks to be attached.
The main window decides what happens (widgets ask, one place wires); U, S, D and L are the
window's actions, bound to the panes (ui/window/actions.py, `panes`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ui.common.drag import evidence_id_from
from ui.common.empty_state import EmptyState
from ui.common.icons import IconLabel, icon
from ui.panes.claim_delegate import ClaimDelegate
from ui.panes.pane_model import ClaimsModel, Role


class ClaimListView(QListView):
    """A list of claims with keys for walking and following links."""

    followLinkRequested = Signal(int)  # claim id whose first linked claim should be shown
    evidenceDropped = Signal(int, int)  # claim id, evidence id
    currentClaimChanged = Signal(object)  # claim id or None
    leaveRequested = Signal()  # Escape: the focus should leave the panes
    claimMenuRequested = Signal(int, QPoint)  # a claim right-clicked (now current), where

    def __init__(self, model: ClaimsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(ClaimDelegate(self))
        self.setUniformItemSizes(True)  # 10,000 rows: one height, no per-row layout
        self.setLayoutMode(QListView.LayoutMode.SinglePass)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.verticalScrollBar().setSingleStep(24)
        self.selectionModel().currentChanged.connect(self._current_changed)
        model.modelReset.connect(self._after_reset)
        # A right-click makes the claim under the mouse current, then asks for its menu (the
        # window builds it from the actions table).
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu_requested)

    @property
    def claims(self) -> ClaimsModel:
        """The pane's model."""
        model = self.model()
        assert isinstance(model, ClaimsModel)
        return model

    def current_claim(self) -> int | None:
        """The claim on the current row, if any."""
        index = self.currentIndex()
        return self.claims.claim_id(index.row()) if index.isValid() else None

    def select_claim(self, claim_id: int, scroll: bool = True) -> bool:
        """Make a claim current and selected; False if it is not shown."""
        index = self.claims.index_of(claim_id)
        if not index.isValid():
            return False
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if scroll:
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def reveal(self, claim_ids: list[int]) -> None:
        """Scroll so that the given claims are in view, the first one above all."""
        rows = sorted(r for r in (self.claims.row_of(c) for c in claim_ids) if r >= 0)
        if not rows:
            return
        first, last = self.claims.row_index(rows[0]), self.claims.row_index(rows[-1])
        self.scrollTo(last, QAbstractItemView.ScrollHint.EnsureVisible)
        self.scrollTo(first, QAbstractItemView.ScrollHint.EnsureVisible)

    def dataChanged(  # noqa: N802 - Qt override
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Sequence[int] = ()
    ) -> None:
        """Repaint the changed rows without laying out the whole list again.

        QListView's own handler marks every row's layout dirty, and the next indexAt (the
        gutter's, on its paint) lays out all 10,000 rows again. Rows here all have one height
        (uniform item sizes), so a change of data cannot move a row: the item view's handler
        (repaint, editors, accessibility) is all a change needs.
        """
        if self.uniformItemSizes():
            QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))
        else:
            super().dataChanged(top_left, bottom_right, list(roles))

    # --- keys ---------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Take Tab before Qt uses it to move the focus: Tab follows a link here.

        Shift+Tab moves the focus back as anywhere else, and Escape leaves the panes for the
        next part of the window (leaveRequested), so the keyboard is never held here.
        """
        plain = isinstance(event, QKeyEvent) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        )
        if event.type() == QEvent.Type.KeyPress and plain and event.key() == Qt.Key.Key_Escape:
            self.leaveRequested.emit()
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and plain and event.key() == Qt.Key.Key_Tab:
            claim_id = self.current_claim()
            if claim_id is not None and self.claims.data(self.currentIndex(), Role.LINK_COUNT):
                self.followLinkRequested.emit(claim_id)
                event.accept()
                return True
        return super().event(event)

    def keyboardSearch(self, search: str) -> None:
        """Letters are commands here, not a jump to a matching row."""

    # --- drops --------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept evidence records only."""
        if evidence_id_from(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Accept a drop only over a claim."""
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and evidence_id_from(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Ask for the dropped evidence to be attached to the claim under the mouse."""
        evidence_id = evidence_id_from(event.mimeData())
        index = self.indexAt(event.position().toPoint())
        claim_id = self.claims.claim_id(index.row()) if index.isValid() else None
        if evidence_id is None or claim_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.evidenceDropped.emit(claim_id, evidence_id)

    # --- internals ----------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentClaimChanged.emit(
            self.claims.claim_id(current.row()) if current.isValid() else None
        )

    def _after_reset(self) -> None:
        self.currentClaimChanged.emit(None)

    def _menu_requested(self, point: QPoint) -> None:
        index = self.indexAt(point)
        claim_id = self.claims.claim_id(index.row()) if index.isValid() else None
        if claim_id is None:
            return
        self.select_claim(claim_id, scroll=False)
        self.claimMenuRequested.emit(claim_id, self.viewport().mapToGlobal(point))


class ClaimPane(QWidget):
    """A side's header (party, counts) above its list of claims; an empty list says why."""

    clearFilterRequested = Signal()  # the empty state's "Clear filter"

    def __init__(self, role: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.role = role
        self.model = ClaimsModel(role, self)
        self.view = ClaimListView(self.model, self)
        self.view.setObjectName(f"{role}View")
        self.setObjectName(f"{role}Pane")
        header = QWidget(self)
        header.setObjectName("paneHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(10, 6, 10, 6)
        self.icon_label = IconLabel(icon(role), 18, header)
        self.title = QLabel(header)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.count = QLabel(header)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setForegroundRole(self.count.foregroundRole())
        row.addWidget(self.icon_label)
        row.addWidget(self.title, 1)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self.view.setAccessibleName(
            self.tr("Allegation claims") if role == "allegation" else self.tr("Response claims")
        )
        self.empty_state = EmptyState(self.view.viewport())
        self.empty_state.actionRequested.connect(self.clearFilterRequested)
        self.set_title("", 0, 0, case_open=False)

    def set_title(self, party: str, shown: int, total: int, case_open: bool = True) -> None:
        """Show the side's party and how many of its claims are shown; an empty list says how
        to fill it, or that the filter hides every claim (with a button to clear it)."""
        self._say_empty(shown, total, case_open)
        side = self.tr("Allegation") if self.role == "allegation" else self.tr("Response")
        self.title.setText(f"{side}: {party}" if party else side)
        if shown == total:
            self.count.setText(self.tr("%n claims", None, total))
        else:
            self.count.setText(
                self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
            )

    def _say_empty(self, shown: int, total: int, case_open: bool) -> None:
        if shown:
            self.empty_state.clear()
        elif not case_open:
            self.empty_state.say(
                self.tr(
                    "No case is open.\n\nFile → New case… starts one of your own; "
                    "File → Open case… opens one of the store's."
                )
            )
        elif total:
            self.empty_state.say(
                self.tr("No claim on this side matches the filter."), self.tr("Clear filter")
            )
        else:
            button = (
                self.tr("New allegation claim")
                if self.role == "allegation"
                else self.tr("New response claim")
            )
            self.empty_state.say(
                self.tr(
                    "No claims here yet.\n\n1. Add a source: Case → Add source… (a file), "
                    "Case → Paste text as source…, or drop a file on the window.\n"
                    "2. In the Source panel, select the words of a claim and press “%1”."
                ).replace("%1", button)
            )
