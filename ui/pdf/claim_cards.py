"""Claim cards, status badges, tag chips and side-by-side pairs for the PDF export."""

from __future__ import annotations

import copy

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from models.exports.content import ClaimBlock, assessed, safe_color
from models.i18n import word as label  # in the reader's language
from models.palette import status_color
from ui.pdf.layout import (
    INK,
    MUTED,
    RULE,
    Block,
    Canvas,
    Line,
    Para,
    PdfExport,
    format_range,
    lines_of,
    paint_rows,
    plain,
    rows_that_fit,
    span_format,
    utf16_len,
)

_CENTRE = Qt.AlignmentFlag.AlignHCenter
_WHITE = QColor("#ffffff")
MARK_COLOR = QColor("#b71c1c")  # a claim not placed in its source's current version
SIDE_COLOR = {"allegation": QColor("#8d6e63"), "response": QColor("#3949ab")}


class Badge:
    """A status badge: symbol and word in a box whose outline differs per status (reads in grey)."""

    def __init__(self, canvas: Canvas, status: str, text: str):
        self.canvas, self.status = canvas, status
        self.color = QColor(status_color(status))
        pen = QColor("#ffffff") if status == "supported" else self.color
        self.para = canvas.shared_para(text, canvas.font(7, bold=True), canvas.pt(400), pen)
        self.pad_x, self.pad_y = canvas.pt(5), canvas.pt(2.4)
        if status == "unsupported":  # room for the heavy double outline
            self.pad_x, self.pad_y = canvas.pt(6.5), canvas.pt(3.4)
        self.width = self.para.natural_width() + 2 * self.pad_x
        self.height = self.para.height + 2 * self.pad_y

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw the badge with its top-left corner at (x, y)."""
        pt = self.canvas.pt
        rect = QRectF(x, y, self.width, self.height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.status == "supported":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.color)
            painter.drawRoundedRect(rect, pt(2), pt(2))
        elif self.status == "unsupported":
            painter.setBrush(QColor("#fdecea"))
            painter.setPen(QPen(self.color, pt(1.8)))
            painter.drawRect(rect.adjusted(pt(0.9), pt(0.9), -pt(0.9), -pt(0.9)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.color, pt(0.6)))
            painter.drawRect(rect.adjusted(pt(2.6), pt(2.6), -pt(2.6), -pt(2.6)))
        else:
            style = {
                "disputed": Qt.PenStyle.DashLine,
                "unverifiable": Qt.PenStyle.DotLine,
            }.get(self.status, Qt.PenStyle.SolidLine)
            pen = QPen(self.color, pt(0.9 if self.status != "unassessed" else 0.6))
            pen.setStyle(style)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, pt(2), pt(2))
        painter.restore()
        self.para.draw(painter, x + self.pad_x, y + self.pad_y)


def _chip_text_color(color: QColor) -> QColor:
    # Dark text on light chips, white on dark ones, by perceived lightness.
    luma = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor("#111111") if luma > 150 else QColor("#ffffff")


class Chips:
    """Tag chips in their colours, flowed over as many lines as they need."""

    def __init__(self, canvas: Canvas, tags, width: float):
        self.canvas = canvas
        font = canvas.font(6.8, bold=True)
        pad_x, pad_y, gap = canvas.pt(5), canvas.pt(1.6), canvas.pt(3)
        self.items, x, y, line_h = [], 0.0, 0.0, 0.0
        for tag in tags:
            fill = QColor(safe_color(tag.color))
            ink = _chip_text_color(fill)
            para = canvas.shared_para(plain(tag.name), font, width - 2 * pad_x, ink)
            w, h = para.natural_width() + 2 * pad_x, para.height + 2 * pad_y
            if x > 0 and x + w > width:
                x, y = 0.0, y + line_h + gap
            self.items.append((x, y, w, h, fill, para, pad_x, pad_y))
            x += w + gap
            line_h = max(line_h, h)
        self.height = y + line_h if self.items else 0.0

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw the chips with the first one's top-left corner at (x, y)."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for cx, cy, w, h, fill, _para, _px, _py in self.items:
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(x + cx, y + cy, w, h), h / 2, h / 2)
        painter.restore()
        for cx, cy, _w, _h, _fill, para, px, py in self.items:
            para.draw(painter, x + cx + px, y + cy + py)


def _labelled(canvas: Canvas, prefix: str, text: str, width: float, size: float = 8) -> Para:
    """A paragraph that starts with a bold label, e.g. "Rationale: …"."""
    whole = f"{prefix} {plain(text)}"
    bold = [format_range(0, utf16_len(prefix), span_format(bold=True, color=INK))]
    return Para(canvas, whole, canvas.font(size), width, color=INK, formats=bold)


class _CardHead:
    """The first row of a card: the status badge with key, kind and speaker beside it."""

    def __init__(self, canvas: Canvas, badge: Badge, head: Para):
        self.canvas, self.badge, self.head = canvas, badge, head
        self.height = max(badge.height, head.height)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw the badge and the heading centred on its first line."""
        self.badge.paint(painter, x, y)
        head_y = y + (self.badge.height - self.head.heights[0]) / 2 if self.head.heights else y
        self.head.draw(painter, x + self.badge.width + self.canvas.pt(6), max(y, head_y))


class Caption(Para):
    """A label over what follows it in a card ("Reason:"): a cut never leaves it last on a page."""

    keep_with_next = True


class Card(Block):
    """A claim's card: a frame with its side's colour bar, a head row, then parts one under another.

    Kept whole on a page; only a card taller than a whole page is cut, between lines, and the
    rest starts with "<key> (continued)". Subclasses build the head and the parts: the comparison
    PDF's card and the worksheet's card are drawn, measured and cut by this one class.
    """

    PAD_PT, BAR_PT = 7.0, 3.0  # the space inside the frame, the side's colour bar

    def __init__(self, canvas: Canvas, key: str, role: str, width: float, head, parts: list):
        """A card of `head` (its first row) over `parts`, (space above, part) pairs.

        A head or a part is a Para, or anything with `height` and `paint(painter, x, y)`.
        """
        self.canvas, self.key, self.role, self.width = canvas, key, role, width
        self.pad, self.bar = canvas.pt(self.PAD_PT), canvas.pt(self.BAR_PT)
        self.card_head = head
        self.parts: list[tuple[float, object]] = parts  # (gap above, part)
        # The rows (a Line per line of text) are only needed to cut a card taller than a page,
        # which is rare, so a whole card is measured and drawn part by part. The height adds the
        # same numbers in the same order as the sum over rows did, so pages break alike.
        self._rows: list[Line] | None = None
        total = head.height
        for gap, part in parts:
            if isinstance(part, Para):
                for i, h in enumerate(part.heights):
                    total += (gap if i == 0 else 0.0) + h
            else:
                total += gap + part.height
        self.height = 2 * self.pad + total

    @classmethod
    def inner_width(cls, canvas: Canvas, width: float) -> float:
        """The width left for text inside a card of that width."""
        return width - 2 * canvas.pt(cls.PAD_PT) - canvas.pt(cls.BAR_PT)

    @property
    def inner(self) -> float:
        """The width of the text inside the frame."""
        return self.inner_width(self.canvas, self.width)

    @property
    def rows(self) -> list[Line]:
        """The card's unbreakable rows: its head, then a row per line of text or per part."""
        if self._rows is None:
            self._rows = [Line(0.0, self.card_head), *lines_of(self.parts)]
        return self._rows

    def _with_rows(self, rows: list[Line]) -> Card:
        piece = copy.copy(self)  # the parts are shared: they are only ever read
        piece._rows = rows
        piece.height = 2 * self.pad + sum(row.height for row in rows)
        return piece

    def split(self, available, force=False):
        if not force:
            return None, self
        rows = self.rows
        k = rows_that_fit(rows, available - 2 * self.pad)
        while k > 1 and getattr(rows[k - 1].part, "keep_with_next", False):
            k -= 1  # a caption goes over with its text
        if k < 2 or k >= len(rows):  # at least the head and one line of text
            return None, self
        text = PdfExport.tr("{key} (continued)").format(key=plain(self.key))
        stub = Para(self.canvas, text, self.canvas.font(7.3, italic=True), self.inner, MUTED)
        rest = [Line(0.0, stub), rows[k].with_gap(self.canvas.pt(3)), *rows[k + 1 :]]
        return self._with_rows(rows[:k]), self._with_rows(rest)

    def paint(self, painter, x, y):
        pt = self.canvas.pt
        rect = QRectF(x, y, self.width, self.height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(RULE, pt(0.6)))
        painter.setBrush(_WHITE)
        painter.drawRoundedRect(rect, pt(3), pt(3))
        path = QPainterPath()
        path.addRoundedRect(rect, pt(3), pt(3))
        painter.setClipPath(path)
        painter.fillRect(QRectF(x, y, self.bar, self.height), SIDE_COLOR[self.role])
        painter.restore()
        x += self.bar + self.pad
        y += self.pad
        if self._rows is not None:  # a piece of a cut card
            paint_rows(painter, self._rows, x, y)
            return
        for gap, part in [(0.0, self.card_head), *self.parts]:
            if isinstance(part, Para):
                part.draw(painter, x, y + gap)
            else:
                part.paint(painter, x, y + gap)
            y += gap + part.height


def anchor_words(state: str) -> str:
    """The PDF's mark of a claim not placed in the current version: the words of
    models.exports.content.ANCHOR_MARKS, translated ("" for a placed claim)."""
    if state == "orphan":
        return PdfExport.tr("Not in the current version")
    if state == "proposed":
        return PdfExport.tr("Moved in the current version; not yet reviewed")
    return ""


class ClaimCard(Card):
    """One claim in the comparison: badge, key, speaker, quote, tags, rationale, evidence."""

    def __init__(self, canvas: Canvas, block: ClaimBlock, width: float):
        pt = canvas.pt
        self.block = block
        c = block.claim
        inner = self.inner_width(canvas, width)
        self.badge = Badge(canvas, c.status, block.badge)
        head_w = max(inner - self.badge.width - pt(6), pt(60))
        self.head = Para(canvas, plain(block.heading), canvas.font(7.3), head_w, MUTED)
        parts: list[tuple[float, object]] = []
        parts.append(
            (pt(5), Para(canvas, f"\u201c{plain(c.quote)}\u201d", canvas.font(9.4), inner, INK))
        )
        if block.anchor_mark:  # the same mark as every other export, on an orphan or proposal
            words = anchor_words(c.anchor_state)
            mark = Para(canvas, f"\u26a0 {words}", canvas.font(7.8, bold=True), inner, MARK_COLOR)
            parts.append((pt(3), mark))
        if c.paraphrase:
            meaning = Para(
                canvas,
                PdfExport.tr("Meaning: {text}").format(text=plain(c.paraphrase)),
                canvas.font(7.8, italic=True),
                inner,
            )
            meaning.color = MUTED
            parts.append((pt(3), meaning))
        if block.tags:
            parts.append((pt(5), Chips(canvas, block.tags, inner)))
        if c.rationale:
            who = plain(assessed(c))
            prefix = (
                PdfExport.tr("Rationale ({who}):").format(who=who)
                if who
                else PdfExport.tr("Rationale:")
            )
            parts.append((pt(5), _labelled(canvas, prefix, c.rationale, inner)))
        for n, ref in enumerate(block.evidence):
            note = f" \u2014 {plain(ref.note)}" if ref.note else ""
            text = f"{label(ref.stance)}{note}"
            prefix = ref.tag if n else PdfExport.tr("Evidence {tag}").format(tag=ref.tag)
            parts.append((pt(4 if n == 0 else 2), _labelled(canvas, prefix, text, inner, 7.6)))
        head = _CardHead(canvas, self.badge, self.head)
        super().__init__(canvas, c.key, c.role, width, head, parts)


class Note(Block):
    """A quiet note in a dashed box (where a column has no card)."""

    def __init__(self, canvas: Canvas, text: str, width: float):
        self.canvas, self.width = canvas, width
        self.pad = canvas.pt(7)
        self.para = canvas.shared_para(
            text, canvas.font(7.8, italic=True), width - 2 * self.pad, MUTED
        )
        self.height = self.para.height + 2 * self.pad

    def paint(self, painter, x, y):
        pen = QPen(RULE, self.canvas.pt(0.7))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(x, y, self.width, self.height), self.pad / 2, self.pad / 2)
        self.para.draw(painter, x + self.pad, y + self.pad)


CONNECTOR_DROP = 8.0  # pt: a relation's words start this far below the top of its card


class Connector:
    """The relation between two columns: its words over a line with an arrow to the allegation,
    and under it who made the link and when (`by`, if anyone is recorded)."""

    def __init__(self, canvas: Canvas, words: str, width: float, by: str = ""):
        self.canvas, self.width = canvas, width
        font = canvas.font(7.4, italic=True)
        self.para = canvas.shared_para(words, font, width - canvas.pt(8), INK, _CENTRE)
        inner = width - canvas.pt(8)
        self.by = Para(canvas, by, canvas.font(6.2), inner, MUTED, align=_CENTRE) if by else None
        self.height = self.para.height + canvas.pt(6)
        if self.by is not None:
            self.height += self.by.height + canvas.pt(1)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw the words, then the arrow under them pointing left, then who made the link."""
        pt = self.canvas.pt
        self.para.draw(painter, x + pt(4), y)
        line_y = y + self.para.height + pt(2)
        if self.by is not None:
            self.by.draw(painter, x + pt(4), line_y + pt(4))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#546e7a"), pt(0.9)))
        painter.drawLine(QPointF(x + pt(3), line_y), QPointF(x + self.width - pt(1), line_y))
        head = QPainterPath(QPointF(x + pt(1), line_y))
        head.lineTo(x + pt(6), line_y - pt(2.6))
        head.lineTo(x + pt(6), line_y + pt(2.6))
        head.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillPath(head, QBrush(QColor("#546e7a")))
        painter.restore()


class PairBlock(Block):
    """An allegation on the left, its linked responses on the right, the relations between.

    Splits only between response cards: no card is ever cut, so a badge stays with its text.
    """

    def __init__(self, canvas: Canvas, left: Block | None, rights: list, geometry, stub: str = ""):
        self.canvas, self.left, self.rights, self.geometry = canvas, left, rights, geometry
        self.stub = stub  # the allegation's key, for a continuation on the next page
        self.gap = canvas.pt(7)
        self.after = canvas.pt(14)
        right_h = sum(self._row(c, card) for c, card in rights)
        right_h += self.gap * max(len(rights) - 1, 0)
        self.height = max(left.height if left else 0.0, right_h) + self.after

    def _row(self, connector, card) -> float:
        """A response's height in the column: its card's, or its connector's if that is taller
        (a short card under a relation that names who linked it)."""
        drawn = connector.height + self.canvas.pt(CONNECTOR_DROP) if connector else 0.0
        return max(card.height, drawn)

    def paint(self, painter, x, y):
        col, gutter = self.geometry
        if self.left is not None:
            self.left.paint(painter, x, y)
        ry = y
        for connector, card in self.rights:
            if connector is not None:
                connector.paint(painter, x + col, ry + self.canvas.pt(CONNECTOR_DROP))
            card.paint(painter, x + col + gutter, ry)
            ry += self._row(connector, card) + self.gap
        rule_y = y + self.height - self.after / 2
        painter.setPen(QPen(QColor("#e0e0e0"), self.canvas.pt(0.5)))
        painter.drawLine(QPointF(x, rule_y), QPointF(x + 2 * col + gutter, rule_y))

    def split(self, available, force=False):
        if force:
            return self._cut(available)
        if len(self.rights) < 2:
            return None, self
        left_h = self.left.height if self.left else 0.0
        used, k = 0.0, 0
        while k < len(self.rights):
            step = self._row(*self.rights[k]) + (self.gap if k else 0)
            if max(left_h, used + step) + self.after > available:
                break
            used += step
            k += 1
        if k == 0 or k == len(self.rights):
            return None, self
        return self._pair(self.left, self.rights[:k]), self._continued(None, self.rights[k:])

    def _pair(self, left, rights) -> PairBlock:
        return PairBlock(self.canvas, left, rights, self.geometry, self.stub)

    def _continued(self, left_rest, rights) -> PairBlock:
        """The rest of the pair on the next page; the allegation's id and quote if it is done."""
        col, _ = self.geometry
        if left_rest is None and self.stub:
            left_rest = Note(self.canvas, self.stub, col)
        tail = self._pair(left_rest, rights)
        tail.page_header = self.page_header
        return tail

    def _cut(self, available):
        """Cut both columns at the same height, through a card if need be (taller than a page)."""
        limit = available - self.after
        left, left_rest = self.left, None
        if left is not None and left.height > limit:
            left, left_rest = left.split(limit, force=True)
            if left is None:
                return None, self
        head: list = []
        rest: list = []
        used = 0.0
        for connector, card in self.rights:
            step = self.gap if head else 0.0
            if rest or used + step + self._row(connector, card) > limit:
                if not head:  # only a card that fits nowhere is cut; others move whole
                    cut, card_rest = card.split(limit - used - step, force=True)
                    if cut is not None:
                        head.append((connector, cut))
                        card = card_rest
                        connector = None  # the arrow stays with the card's first part
                rest.append((connector, card))
                continue
            head.append((connector, card))
            used += step + self._row(connector, card)
        if self.rights and not head:
            return None, self  # not even the first response card's head fits
        if left_rest is None and not rest:
            return None, self
        return self._pair(left, head), self._continued(left_rest, rest)

    def min_height(self):
        first = self.rights[0][1].height if self.rights else 0.0
        return max(self.left.height if self.left else 0.0, first) + self.after
