"""The gutter between the panes: every link as a curve coloured by its relation.

Only rows on screen are looked at: for each visible claim its links are looked up in a
precomputed table, so painting costs the same with 10 links or 10,000. A link whose other end is
scrolled out of view (or filtered out) is drawn as a stub pointing where that end is.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
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
    QToolTip,
    QWidget,
)

from models.snapshot import CaseSnapshot, LinkView
from models.vocabulary import RELATIONS, label
from ui.common.labels import word
from ui.common.theme import is_dark, relation_color
from ui.common.tooltips import rich_tooltip
from ui.common.translation import Context
from ui.panes.pane_model import ClaimsModel

VISIBLE, ABOVE, BELOW, HIDDEN = 0, -1, 1, 2
WIDTH = 64  # the width it starts at; the user drags it between MIN_WIDTH and MAX_WIDTH
MIN_WIDTH, MAX_WIDTH = 36, 320
HIT = 9.0  # px: how near a curve the mouse must be to point at it


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
    It is never painted either: with its updates off, Qt sends it no paint event when the
    gutter under it repaints (every step of a walk down a pane), while the accessibility tree
    still reads its rows from the model.
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
        self.setUpdatesEnabled(False)


GutterLegend = Context("GutterLegend")


def legend_html() -> str:
    """The relation colours, as the gutter's tooltip shows them (our own words only)."""
    rows = "".join(
        f"<tr><td style='color:{relation_color(r).name()}'>\u25ac\u25ac</td>"
        f"<td>{html.escape(word(r))}</td></tr>"
        for r in RELATIONS
    )

    notes = (
        GutterLegend.tr(
            "Thick: the selected claim's links. An arrow: the other end is scrolled out of view;"
        ),
        GutterLegend.tr(
            "dotted: the filter hides it. Point at a link to name it; right-click it to change it."
        ),
    )
    title = GutterLegend.tr("Links, coloured by relation")
    return f"<b>{html.escape(title)}</b><table>{rows}</table><p>{html.escape(' '.join(notes))}</p>"


class Gutter(QWidget):
    """Draws the links between the allegation pane and the response pane.

    Pointing at a link names it in a tooltip (elsewhere the tooltip is the legend of relation
    colours); a click makes it the current link, which Delete unlinks; a right-click asks for
    the link's menu. Its width is the user's: the splitter handles on both sides drag it.
    """

    linkMenuRequested = Signal(int, QPoint)  # a link right-clicked, where (global)

    def __init__(self, left: QListView, right: QListView, parent: QWidget | None = None):
        super().__init__(parent)
        self.left = left
        self.right = right
        self.links_by_claim: LinksByClaim = {}
        self.case: CaseSnapshot | None = None
        self.selected: int | None = None
        self.current_link: int | None = None  # clicked or right-clicked: what Delete unlinks
        self.preferred_width = WIDTH
        self._dimmed_colors: dict[tuple, QColor] = {}
        self.setObjectName("gutter")
        # Its paintEvent fills every pixel: Qt need not paint the widgets under it first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(MIN_WIDTH)
        self.setMaximumWidth(MAX_WIDTH)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Links between the panes"))
        self.link_list = LinkList(self)  # the links in words, for screen readers
        self.setAccessibleDescription(self.tr("Links, coloured by relation"))
        # Rows scrolled or shown afresh move the curves; a row's data (a status, a tag) does
        # not: an edit repaints its row alone (links that change come through set_case).
        for view in (left, right):
            view.verticalScrollBar().valueChanged.connect(self.update)
            view.model().modelReset.connect(self.update)

    def sizeHint(self) -> QSize:
        """A narrow strip, as wide as the user last made it."""
        return QSize(self.preferred_width, 200)

    def set_case(self, case: CaseSnapshot | None) -> None:
        """Use the links of the case (after it loads or its links change)."""
        # The snapshot's own table of links by claim, built once and shared with the panes.
        self.links_by_claim = CaseLinks(case) if case is not None else {}
        self.link_list.model().set_case(case)
        self.case = case
        if case is None or self.current_link not in {lk.id for lk in case.links}:
            self.current_link = None
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

    def link(self, link_id: int | None) -> LinkView | None:
        """A link of the case by id (None if it is gone)."""
        if self.case is None or link_id is None:
            return None
        return next((lk for lk in self.case.links if lk.id == link_id), None)

    def band_at(self, point: QPointF) -> Band | None:
        """The link drawn under (or within a few pixels of) a point; the emphasised first."""
        stroker = QPainterPathStroker()
        stroker.setWidth(HIT * 2)
        for band in sorted(self.bands(), key=lambda b: not b.emphasised):
            path = self._path(band)
            if stroker.createStroke(path).contains(point):
                return band
        return None

    def describe(self, link_id: int) -> str:
        """ "us-2 → hw-2: denies": the link's two claims and its relation, in plain words."""
        link = self.link(link_id)
        if link is None or self.case is None:
            return ""
        allegation = self.case.claim(link.allegation_id)
        response = self.case.claim(link.response_id)
        return f"{allegation.key} \u2192 {response.key}: {word(link.relation)}"

    def event(self, event: QEvent) -> bool:
        """The tooltip: the link under the mouse, or the legend of relation colours."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            band = self.band_at(QPointF(event.pos()))
            if band is not None and self.case is not None:
                link = self.link(band.link_id)
                a, r = self.case.claim(link.allegation_id), self.case.claim(link.response_id)
                lines = [
                    self.describe(band.link_id),
                    "",
                    f"{a.key}: {_short(a.quote)}",
                    f"{r.key}: {_short(r.quote)}",
                ]
                QToolTip.showText(event.globalPos(), rich_tooltip("\n".join(lines)), self)
            else:
                QToolTip.showText(event.globalPos(), legend_html(), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A click on a link makes it the current one (Delete unlinks it)."""
        band = self.band_at(event.position())
        self.current_link = band.link_id if band is not None else None
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.update()
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """A right-click on a link asks for its menu (change the relation, unlink)."""
        band = self.band_at(QPointF(event.pos()))
        if band is None:
            return
        self.current_link = band.link_id
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.update()
        self.linkMenuRequested.emit(band.link_id, event.globalPos())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw dimmed links first, then the selected claim's links on top."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        dark = is_dark(self.palette())
        background = self.palette().window().color()
        painter.fillRect(self.rect(), background)
        bands = self.bands()
        anything_selected = any(b.emphasised for b in bands)
        for band in sorted(bands, key=lambda b: (b.emphasised, b.link_id == self.current_link)):
            current = band.link_id == self.current_link
            if anything_selected and not band.emphasised and not current:
                color = self._dimmed(band.relation, background, 90 / 255 if dark else 70 / 255)
            else:
                color = relation_color(band.relation)
            width = 4.4 if current else 3.2 if band.emphasised else 1.8
            self._draw(painter, band, color, width)
        self._paint_header(painter)
        painter.end()

    def _dimmed(self, relation: str, background: QColor, strength: float) -> QColor:
        """A relation's colour mixed into the background: how a link looks dimmed.

        Opaque, not the colour made transparent: over the gutter's plain background it looks
        the same, and Qt draws an opaque antialiased curve about three times faster (the
        dimmed curves are most of what a step down a pane paints here).
        """
        key = (relation, background.rgba(), strength)
        color = self._dimmed_colors.get(key)
        if color is None:
            ink = relation_color(relation)
            color = QColor(
                *(
                    round(b + (c - b) * strength)
                    for c, b in (
                        (ink.red(), background.red()),
                        (ink.green(), background.green()),
                        (ink.blue(), background.blue()),
                    )
                )
            )
            if len(self._dimmed_colors) > 64:  # a palette change leaves the old ones behind
                self._dimmed_colors.clear()
            self._dimmed_colors[key] = color
        return QColor(color)

    def _paint_header(self, painter: QPainter) -> None:
        # Above the panes' lists (beside their headers) no link is drawn: a small key there
        # says what the curves are; its tooltip is the legend of relation colours.
        window = self.window()
        top = (
            self.left.viewport().mapTo(window, QPoint(0, 0)).y()
            - self.mapTo(window, QPoint(0, 0)).y()
        )
        if top < 14:
            return
        painter.save()
        font = painter.font()
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
        painter.setFont(font)
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(
            QRectF(0, 0, self.width(), top), Qt.AlignmentFlag.AlignCenter, self.tr("links")
        )
        painter.restore()

    def _path(self, band: Band) -> QPainterPath:
        """The curve (or stub) of a band, as drawn."""
        w, h = float(self.width()), float(self.height())
        path = QPainterPath()
        if band.left_y is not None and band.right_y is not None:
            path.moveTo(0, band.left_y)
            path.cubicTo(w * 0.5, band.left_y, w * 0.5, band.right_y, w, band.right_y)
            return path
        start, where, tip_x = self._stub(band)
        if where == HIDDEN:
            path.moveTo(start)
            path.lineTo(tip_x, start.y())
            return path
        tip_y = max(6.0, start.y() - 28) if where == ABOVE else min(h - 6.0, start.y() + 28)
        path.moveTo(start)
        path.cubicTo((start.x() + tip_x) / 2, start.y(), tip_x, start.y(), tip_x, tip_y)
        return path

    def _stub(self, band: Band) -> tuple[QPointF, int, float]:
        # A stub: from the visible end towards the edge where the other end is.
        w = float(self.width())
        if band.left_y is not None:
            return QPointF(0, band.left_y), band.right_where, w * 0.62
        return QPointF(w, band.right_y or 0.0), band.left_where, w * 0.38

    def _draw(self, painter: QPainter, band: Band, color: QColor, width: float) -> None:
        w, h = float(self.width()), float(self.height())
        pen = QPen(color, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = self._path(band)
        if band.left_y is not None and band.right_y is not None:
            painter.drawPath(path)
            self._cap(painter, color, QPointF(2, band.left_y))
            self._cap(painter, color, QPointF(w - 2, band.right_y))
            return
        start, where, tip_x = self._stub(band)
        if where == HIDDEN:
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawPath(path)
            self._cap(painter, color, QPointF(2 if band.left_y is not None else w - 2, start.y()))
            return
        tip_y = max(6.0, start.y() - 28) if where == ABOVE else min(h - 6.0, start.y() + 28)
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


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
