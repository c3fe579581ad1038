"""The gutter between the panes: every link as a curve coloured by its relation.

Only rows on screen are looked at: for each visible claim its links are looked up in a
precomputed table, so painting costs the same with 10 links or 10,000. A link whose other end is
scrolled out of view (or filtered out) is drawn as a stub pointing where that end is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QSizePolicy,
    QStyledItemDelegate,
    QWidget,
)

from models.snapshot import CaseSnapshot, LinkView
from models.vocabulary import label
from ui.common.theme import is_dark, relation_color
from ui.panes.pane_model import ClaimsModel

VISIBLE, ABOVE, BELOW, HIDDEN = 0, -1, 1, 2
WIDTH = 64


class LinksByClaim(Protocol):
    """Links by the claim at either end: a dict, or a snapshot's table behind `get`."""

    def get(self, claim_id: int, default=..., /) -> Sequence[LinkView]: ...


@dataclass(frozen=True)
class PaneRows:
    """What the gutter needs to know about one pane: its visible rows and where they are."""

    first: int  # first visible row, inclusive (last < first: nothing visible)
    last: int
    top_of: Callable[[int], float]  # a row's top edge, in gutter coordinates
    row_height: float
    row_of: Callable[[int], int]  # claim id -> row, -1 if not shown
    claim_at: Callable[[int], int | None]  # row -> claim id


@dataclass(frozen=True)
class Band:
    """One link as drawn: where each end is, or where it went."""

    link_id: int
    relation: str
    left_y: float | None
    right_y: float | None
    left_where: int  # VISIBLE, ABOVE, BELOW or HIDDEN
    right_where: int
    emphasised: bool


def _where(rows: PaneRows, row: int) -> int:
    if row < 0:
        return HIDDEN
    if row < rows.first:
        return ABOVE
    if row > rows.last:
        return BELOW
    return VISIBLE


def _end_y(rows: PaneRows, row: int, slot: int, slots: int) -> float:
    # Several links from one claim leave at different heights, so each curve can be told apart.
    top = rows.top_of(row)
    inner = rows.row_height * 0.6
    return top + rows.row_height * 0.2 + inner * (slot + 1) / (slots + 1)


def compute_bands(
    left: PaneRows,
    right: PaneRows,
    links_by_claim: LinksByClaim,
    selected: int | None = None,
) -> list[Band]:
    """Every link with at least one end on screen, with positions and stub directions."""
    bands: list[Band] = []
    seen: set[int] = set()
    slots_left: dict[int, tuple[int, int]] = {}
    slots_right: dict[int, tuple[int, int]] = {}
    for rows, slots, key in ((left, slots_left, "a"), (right, slots_right, "r")):
        for row in range(rows.first, rows.last + 1):
            claim_id = rows.claim_at(row)
            links = links_by_claim.get(claim_id, ()) if claim_id is not None else ()
            own = [
                lk
                for lk in links
                if (lk.allegation_id if key == "a" else lk.response_id) == claim_id
            ]
            for n, link in enumerate(own):
                slots[link.id] = (n, len(own))
    for rows, own_end in ((left, "allegation_id"), (right, "response_id")):
        for row in range(rows.first, rows.last + 1):
            claim_id = rows.claim_at(row)
            if claim_id is None:
                continue
            for link in links_by_claim.get(claim_id, ()):
                if link.id in seen or getattr(link, own_end) != claim_id:
                    continue
                seen.add(link.id)
                a_row = left.row_of(link.allegation_id)
                r_row = right.row_of(link.response_id)
                a_where, r_where = _where(left, a_row), _where(right, r_row)
                a_y = (
                    _end_y(left, a_row, *slots_left.get(link.id, (0, 1)))
                    if a_where == VISIBLE
                    else None
                )
                r_y = (
                    _end_y(right, r_row, *slots_right.get(link.id, (0, 1)))
                    if r_where == VISIBLE
                    else None
                )
                bands.append(
                    Band(
                        link.id,
                        link.relation,
                        a_y,
                        r_y,
                        a_where,
                        r_where,
                        selected is not None and selected in (link.allegation_id, link.response_id),
                    )
                )
    return bands


def pane_rows(view: QListView, target: QWidget) -> PaneRows:
    """Read a list view's visible rows and their positions in another widget's coordinates."""
    model = view.model()
    assert isinstance(model, ClaimsModel)
    count = model.rowCount()
    viewport = view.viewport()
    offset = (
        viewport.mapTo(target.window(), QPoint(0, 0)).y()
        - target.mapTo(target.window(), QPoint(0, 0)).y()
    )
    if count == 0:
        return PaneRows(0, -1, lambda _r: 0.0, 1.0, model.row_of, model.claim_id)
    first_index = view.indexAt(QPoint(4, 0))
    first = first_index.row() if first_index.isValid() else 0
    last_index = view.indexAt(QPoint(4, viewport.height() - 1))
    last = last_index.row() if last_index.isValid() else count - 1
    first_rect = view.visualRect(model.row_index(first))
    height = max(1, first_rect.height())
    top = first_rect.top() + offset

    def top_of(row: int) -> float:
        return float(top + (row - first) * height)

    return PaneRows(first, last, top_of, float(height), model.row_of, model.claim_id)


class CaseLinks:
    """A case's links by the claim at either end, read through the snapshot's own table."""

    def __init__(self, case: CaseSnapshot):
        self._case = case

    def get(self, claim_id: int, default=()) -> tuple[LinkView, ...]:
        """The links touching a claim, in case order."""
        return self._case.links_of(claim_id) or default


def link_words(case: CaseSnapshot, link: LinkView) -> str:
    """A link as a screen reader says it: "us-2 → hw-2: denies"."""
    allegation, response = case.claim(link.allegation_id), case.claim(link.response_id)
    return f"{allegation.key} \u2192 {response.key}: {label(link.relation)}"


class LinkListModel(QAbstractListModel):
    """The case's links, one row each, in words: what assistive technology reads of the gutter.

    A thin adapter over the snapshot's links; a row's words are made when asked for.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._case: CaseSnapshot | None = None

    def set_case(self, case: CaseSnapshot | None) -> None:
        """Show the links of this case."""
        self.beginResetModel()
        self._case = case
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per link (none under a parent: a flat list)."""
        if parent.isValid() or self._case is None:
            return 0
        return len(self._case.links)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        """The link in words (display and accessible text), its note as the description."""
        if self._case is None or not index.isValid() or index.row() >= len(self._case.links):
            return None
        link = self._case.links[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return link_words(self._case, link)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return link.note or None
        return None


class _NoPaint(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
        """The gutter draws the links; the list only names them."""


class LinkList(QListView):
    """An unpainted list over the gutter that names every link for assistive technology.

    It draws nothing, takes no focus and lets the mouse through: the curves are the gutter's.
    """

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("gutterLinks")
        self.setModel(LinkListModel(self))
        self.setItemDelegate(_NoPaint(self))
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.viewport().setAutoFillBackground(False)
        self.setAutoFillBackground(False)
        self.setAccessibleName(self.tr("Links between the panes"))


class Gutter(QWidget):
    """Draws the links between the allegation pane and the response pane."""

    def __init__(self, left: QListView, right: QListView, parent: QWidget | None = None):
        super().__init__(parent)
        self.left = left
        self.right = right
        self.links_by_claim: LinksByClaim = {}
        self.selected: int | None = None
        self.setObjectName("gutter")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(WIDTH)
        self.setAccessibleName(self.tr("Links between the panes"))
        self.link_list = LinkList(self)  # the links in words, for screen readers
        for view in (left, right):
            view.verticalScrollBar().valueChanged.connect(self.update)
            view.model().modelReset.connect(self.update)
            view.model().dataChanged.connect(self.update)

    def sizeHint(self) -> QSize:
        """A narrow strip."""
        return QSize(WIDTH, 200)

    def set_case(self, case: CaseSnapshot | None) -> None:
        """Use the links of the case (after it loads or its links change)."""
        # The snapshot's own table of links by claim, built once and shared with the panes.
        self.links_by_claim = CaseLinks(case) if case is not None else {}
        self.link_list.model().set_case(case)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """The list of links covers the gutter."""
        self.link_list.setGeometry(self.rect())
        super().resizeEvent(event)

    def set_selected(self, claim_id: int | None) -> None:
        """Emphasise the links of the selected claim."""
        self.selected = claim_id
        self.update()

    def bands(self) -> list[Band]:
        """The bands as they would be painted now."""
        return compute_bands(
            pane_rows(self.left, self),
            pane_rows(self.right, self),
            self.links_by_claim,
            self.selected,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw dimmed links first, then the selected claim's links on top."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        dark = is_dark(self.palette())
        painter.fillRect(self.rect(), self.palette().window())
        bands = self.bands()
        anything_selected = any(b.emphasised for b in bands)
        for band in sorted(bands, key=lambda b: b.emphasised):
            color = relation_color(band.relation)
            if anything_selected and not band.emphasised:
                color.setAlpha(90 if dark else 70)
            width = 3.2 if band.emphasised else 1.8
            self._draw(painter, band, color, width)
        painter.end()

    def _draw(self, painter: QPainter, band: Band, color: QColor, width: float) -> None:
        w, h = float(self.width()), float(self.height())
        pen = QPen(color, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        if band.left_y is not None and band.right_y is not None:
            path.moveTo(0, band.left_y)
            path.cubicTo(w * 0.5, band.left_y, w * 0.5, band.right_y, w, band.right_y)
            painter.drawPath(path)
            self._cap(painter, color, QPointF(2, band.left_y))
            self._cap(painter, color, QPointF(w - 2, band.right_y))
            return
        # A stub: from the visible end towards the edge where the other end is.
        if band.left_y is not None:
            start, where, tip_x = QPointF(0, band.left_y), band.right_where, w * 0.62
        else:
            start, where, tip_x = QPointF(w, band.right_y or 0.0), band.left_where, w * 0.38
        if where == HIDDEN:
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(start, QPointF(tip_x, start.y()))
            self._cap(painter, color, QPointF(2 if band.left_y is not None else w - 2, start.y()))
            return
        tip_y = max(6.0, start.y() - 28) if where == ABOVE else min(h - 6.0, start.y() + 28)
        path.moveTo(start)
        path.cubicTo((start.x() + tip_x) / 2, start.y(), tip_x, start.y(), tip_x, tip_y)
        painter.drawPath(path)
        self._cap(painter, color, QPointF(2 if band.left_y is not None else w - 2, start.y()))
        arrow = 5.0
        dy = -arrow if where == ABOVE else arrow
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(tip_x - arrow, tip_y),
                    QPointF(tip_x + arrow, tip_y),
                    QPointF(tip_x, tip_y + dy),
                ]
            )
        )

    @staticmethod
    def _cap(painter: QPainter, color: QColor, at: QPointF) -> None:
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(QRectF(at.x() - 2.5, at.y() - 2.5, 5, 5))
        painter.restore()
