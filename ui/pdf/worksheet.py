"""Worksheet and answer-key PDFs for a class: the claims side by side, with room to write.

Entry points: `write_worksheet(case, path)` and `write_answer_key(case, path)`, both taking a
`CaseSnapshot`; `register_formats()` adds "worksheet" and "answer-key" to the export registry
(models.exports) when it exists. The worksheet shows no assessment anywhere: for every claim it has
four tick boxes and ruled lines for the reason. The answer key has the same layout with the
teacher's status ticked and the rationale written in. All case text is drawn as plain text.
"""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

from models.files import write_atomically
from models.snapshot import CaseSnapshot, ClaimView
from models.vocabulary import label
from ui.common.claim_lines import (
    claim_heading,
    links_line,
    relation_label,
    source_line,
    sources_list,
)
from ui.pdf.comparison import ensure_app, register_fonts

TICK_STATUSES = ("supported", "unsupported", "disputed", "unverifiable")
RESOLUTION = 720  # device units per inch: 10 per point, so layout arithmetic stays exact
MARGIN_PT = 42.0
GUTTER_PT = 16.0
WRITING_LINE_PT = 23.0  # 8 mm between ruled lines, as on school paper
WRITING_LINES = 4
INK = QColor("#1a1a1a")
MUTED = QColor("#555555")
RULE = QColor("#9a9a9a")
SIDE_TINT = {"allegation": QColor("#8c2f2f"), "response": QColor("#1f4f7a")}


def tr(text: str) -> str:
    """Translate a string of the worksheet."""
    return QCoreApplication.translate("Worksheet", text)


@dataclass
class _Row:
    """One band of the page: an allegation card on the left, a response card on the right."""

    left: ClaimView | None
    right: ClaimView | None
    heading: str | None = None  # a group heading drawn above the row, kept with it
    note: str | None = None  # on a row with no allegation card: how the response answers it
    height: float = 0.0
    parts: dict = field(default_factory=dict)  # "left"/"right" -> the card's list of _Unit


@dataclass(frozen=True)
class _Unit:
    """One unbreakable row of a card: a line of text, the tick boxes, the ruled lines.

    A card taller than a page is cut between units. A line keeps its document (which owns the
    layout) and is drawn on its own, so a cut never draws a line twice.
    """

    kind: str  # "line", "caption", "ticks" or "reason"
    value: object  # for a line: (document, block layout, line number)
    height: float


def worksheet_rows(case: CaseSnapshot) -> list[_Row]:
    """Pair each allegation with the responses linked to it; each claim appears exactly once."""
    allegations = case.claims_of("allegation")
    placed: set[int] = set()
    rows: list[_Row] = []
    for n, allegation in enumerate(allegations, 1):
        responses = []
        for link in case.links_of(allegation.id):
            if link.allegation_id == allegation.id and link.response_id not in placed:
                placed.add(link.response_id)
                responses.append(case.claim(link.response_id))
        heading = tr("Allegation {n} of {total}").format(n=n, total=len(allegations))
        rows.append(_Row(allegation, responses[0] if responses else None, heading))
        for response in responses[1:]:
            relation = next(
                link.relation
                for link in case.links_of(response.id)
                if link.allegation_id == allegation.id
            )
            note = tr("{response} {relation} {allegation} \u2192").format(
                response=response.key, relation=relation_label(relation), allegation=allegation.key
            )
            rows.append(_Row(None, response, note=note))
    rest = [c for c in case.claims_of("response") if c.id not in placed]
    for i, response in enumerate(rest):
        heading = tr("Responses linked to no allegation") if i == 0 else None
        rows.append(_Row(None, response, heading))
    return rows


class _Sheet:
    """Lays out and paints the rows onto a QPdfWriter, page by page."""

    def __init__(self, writer: QPdfWriter, case: CaseSnapshot, answer_key: bool):
        self.writer = writer
        self.case = case
        self.answer_key = answer_key
        self.u = RESOLUTION / 72.0
        self.family = register_fonts()  # the comparison PDF's fonts, registered once
        self.page = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width = self.page.width()
        self.col = (self.width - GUTTER_PT * self.u) / 2
        self.fonts = {
            "title": self._font(14, bold=True),
            "sub": self._font(9.5),
            "head": self._font(11.5, bold=True),
            "card": self._font(9.5, bold=True),
            "quote": self._font(10.5),
            "small": self._font(8.5),
            "italic": self._font(9, italic=True),
            "hand": self._font(10, italic=True),
        }

    def _font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        # No "fi"/"ff" ligatures: the PDF's text must copy and search as the words it shows.
        font.setFeature(QFont.Tag("liga"), 0)
        return font

    def doc(self, text: str, font: str, width: float) -> QTextDocument:
        """A plain-text block wrapped to a width, measured on the PDF device."""
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.writer)
        document.setDocumentMargin(0)
        document.setDefaultFont(self.fonts[font])
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        document.setPlainText(text)  # plain text: never read as HTML
        document.setTextWidth(width)
        return document

    # --- measuring ------------------------------------------------------------------------------

    def card_units(self, claim: ClaimView) -> list[_Unit]:
        """The rows of one claim card, top to bottom, each with its height."""
        w = self.col - 2 * self.pad
        u = self.u
        units = self.doc_units(self.doc(claim_heading(claim), "card", w))
        units += self.doc_units(self.doc(f"\u201c{claim.quote}\u201d", "quote", w))
        if claim.paraphrase:
            units += self.doc_units(
                self.doc(tr("In other words: ") + claim.paraphrase, "italic", w)
            )
        units += self.doc_units(self.doc(source_line(self.case, claim, numbered=True), "small", w))
        links = links_line(self.case, claim)
        if links:
            units += self.doc_units(self.doc(links, "small", w))
        units.append(_Unit("ticks", claim.status if self.answer_key else None, (4 + 2 * 18) * u))
        if not self.answer_key:
            units.append(_Unit("reason", None, (WRITING_LINES * WRITING_LINE_PT + 4) * u))
            return units
        # The answer key: the rationale under its label, cut between lines if it must be.
        units.append(_Unit("caption", tr("Reason:"), 18 * u))
        text = claim.rationale or tr("(The key gives no rationale for this claim.)")
        return units + self.doc_units(self.doc(text, "hand", w), after=4 * u)

    def doc_units(self, document: QTextDocument, after: float | None = None) -> list[_Unit]:
        """A document as one unit per line; the space after it goes to its last line."""
        after = 4 * self.u if after is None else after
        height = document.size().height()  # lays the document out
        lines = []  # (top in the document, layout, line number)
        block = document.begin()
        while block.isValid():
            layout = block.layout()
            origin = layout.position().y()
            lines += [(origin + layout.lineAt(i).y(), layout, i) for i in range(layout.lineCount())]
            block = block.next()
        ends = [top for top, _, _ in lines[1:]] + [height + after]
        return [
            _Unit("line", (document, layout, i), end - top)
            for (top, layout, i), end in zip(lines, ends, strict=True)
        ]

    def continued_units(self, claim: ClaimView) -> list[_Unit]:
        """The first rows of a card's continuation on the next page."""
        text = tr("{key} (continued)").format(key=claim.key)
        return self.doc_units(self.doc(text, "italic", self.col - 2 * self.pad))

    @property
    def pad(self) -> float:
        return 8 * self.u

    def card_height(self, units: list[_Unit]) -> float:
        """Height of a whole card."""
        return 2 * self.pad + sum(unit.height for unit in units)

    def measure(self, row: _Row) -> None:
        """Lay out a row's cards and note its height."""
        for side in ("left", "right"):
            claim = getattr(row, side)
            if claim is not None and side not in row.parts:
                row.parts[side] = self.card_units(claim)
        heights = [self.card_height(p) for p in row.parts.values()]
        row.height = max(heights, default=0) + (24 * self.u if row.heading else 0)

    def split(self, row: _Row, room: float) -> tuple[_Row, _Row] | None:
        """Cut a row taller than a page so its head fits in room; None if nothing fits."""
        avail = room - 2 * self.pad - (24 * self.u if row.heading else 0)
        head: dict = {}
        tail: dict = {}
        for side, units in row.parts.items():
            used, k = 0.0, 0
            while k < len(units) and used + units[k].height <= avail:
                used += units[k].height
                k += 1
            if k == len(units):
                head[side] = units
                continue
            while k and units[k - 1].kind == "caption":  # a label stays with its text
                k -= 1
            if k < 2:
                return None
            claim = getattr(row, side)
            head[side], tail[side] = units[:k], self.continued_units(claim) + units[k:]
        if not tail:
            return None
        first = _Row(row.left, row.right, row.heading, row.note, parts=head)
        rest = _Row(
            row.left if "left" in tail else None,
            row.right if "right" in tail else None,
            parts=tail,
        )
        self.measure(first)
        self.measure(rest)
        return first, rest

    # --- painting -------------------------------------------------------------------------------

    def title_doc(self) -> QTextDocument:
        """The case title, as the header draws it (laid out once, drawn on every page)."""
        if not hasattr(self, "_title"):
            self._title = self.doc(self.case.title, "title", self.width * 0.72)
        return self._title

    def header_height(self, first: bool) -> float:
        """Height of the page header (the first page also carries the instructions)."""
        base = max(self.title_doc().size().height(), 20 * self.u) + 42 * self.u
        return base + (self.intro().size().height() + 14 * self.u if first else 0)

    def intro(self) -> QTextDocument:
        """The instructions on the first page."""
        if not hasattr(self, "_intro"):
            allegation, response = self.case.side("allegation"), self.case.side("response")
            lines = [
                tr("Allegation (left): {party}.   Response (right): {party2}.").format(
                    party=allegation.party, party2=response.party
                ),
                sources_list(self.case),
            ]
            if self.answer_key:
                lines.append(tr("Answer key: the teacher's status is ticked, the reason given."))
            else:
                lines.append(
                    tr(
                        "For each claim, tick the status you think it deserves and write your "
                        "reason on the lines. Supported: the public record backs it. "
                        "Unsupported: the speaker offered no evidence for it. Disputed: there "
                        "is evidence both for and against it. Unverifiable: it cannot be "
                        "checked against public material."
                    )
                )
            self._intro = self.doc("\n".join(lines), "sub", self.width)
        return self._intro

    def paint_header(self, p: QPainter, first: bool, number: int, total: int) -> float:
        """Draw the header and footer of a page; return where the rows start."""
        u = self.u
        title = self.title_doc()
        p.save()
        title.drawContents(p)
        p.restore()
        kind = tr("Answer key") if self.answer_key else tr("Worksheet")
        p.setFont(self.fonts["head"])
        p.setPen(MUTED)
        p.drawText(QRectF(0, 0, self.width, 20 * u), _right(), kind)
        y = max(title.size().height(), 20 * u) + 8 * u
        p.setFont(self.fonts["sub"])
        p.setPen(INK)
        if self.answer_key:
            p.drawText(QRectF(0, y, self.width, 16 * u), _left(), tr("For the teacher"))
        else:
            blank = "_" * 26
            line = tr("Name: {a}   Class: {b}   Date: {c}").format(a=blank, b="_" * 14, c="_" * 12)
            p.drawText(QRectF(0, y, self.width, 16 * u), _left(), line)
        y += 24 * u
        p.setPen(QPen(RULE, 0.8 * u))
        p.drawLine(0, y, self.width, y)
        y += 10 * u
        if first:
            p.save()
            p.translate(0, y)
            self.intro().drawContents(p)
            p.restore()
            y += self.intro().size().height() + 14 * u
        footer = tr("Page {n} of {total}").format(n=number, total=total)
        p.setFont(self.fonts["small"])
        p.setPen(MUTED)
        bottom = QRectF(0, self.page.height() - 14 * u, self.width, 14 * u)
        p.drawText(bottom, _right(), footer)
        p.drawText(bottom, _left(), self.case.slug)
        return y

    def paint_row(self, p: QPainter, row: _Row, y: float) -> None:
        """Draw one row at a height."""
        u = self.u
        if row.heading:
            p.setFont(self.fonts["head"])
            p.setPen(INK)
            p.drawText(QRectF(0, y, self.width, 20 * u), _left(), row.heading)
            y += 24 * u
        for side, x in (("left", 0.0), ("right", self.col + GUTTER_PT * u)):
            parts = row.parts.get(side)
            if parts is not None:
                claim = getattr(row, side)
                self.paint_card(p, claim, parts, x, y)
            elif side == "left" and row.note:
                note = self.doc(row.note, "small", self.col - 8 * u)
                note.setDefaultTextOption(QTextOption(_right_aligned()))
                p.save()
                p.translate(0, y + 8 * u)
                p.setPen(MUTED)
                note.drawContents(p)
                p.restore()

    def paint_card(self, p: QPainter, claim: ClaimView, units, x: float, y: float) -> None:
        """Draw one claim card: heading, quote, references, tick boxes and reason lines."""
        u = self.u
        height = self.card_height(units)
        p.setPen(QPen(QColor("#b8b8b8"), 0.8 * u))
        p.setBrush(QColor("#ffffff"))
        p.drawRoundedRect(QRectF(x, y, self.col, height), 4 * u, 4 * u)
        p.fillRect(QRectF(x, y, 3.5 * u, height), SIDE_TINT[claim.role])
        cx, cy, w = x + self.pad, y + self.pad, self.col - 2 * self.pad
        p.setPen(INK)
        for unit in units:
            if unit.kind == "line":
                _document, layout, i = unit.value
                line = layout.lineAt(i)
                line.draw(p, QPointF(cx, cy - line.y()))
            elif unit.kind == "ticks":
                self.paint_ticks(p, unit.value, cx, cy, w)
                p.setPen(INK)
            elif unit.kind == "caption":
                p.setFont(self.fonts["card"])
                p.drawText(QRectF(cx, cy, w, 14 * u), _left(), unit.value)
            else:
                self.paint_reason(p, cx, cy, w)
                p.setPen(INK)
            cy += unit.height

    def paint_ticks(self, p: QPainter, chosen: str | None, x: float, y: float, w: float) -> None:
        """Four labelled tick boxes in two rows, the chosen one ticked (answer key only)."""
        u = self.u
        p.setFont(self.fonts["card"])
        p.setPen(INK)
        caption = tr("Status:")
        p.drawText(QRectF(x, y + 2 * u, w, 14 * u), _left(), caption)
        indent = QFontMetricsF(self.fonts["card"], self.writer).horizontalAdvance(caption) + 8 * u
        p.setFont(self.fonts["sub"])
        box = 10 * u
        cell = (w - indent) / 2
        for i, status in enumerate(TICK_STATUSES):
            bx = x + indent + (i % 2) * cell
            by = y + 2 * u + (i // 2) * 18 * u
            p.setPen(QPen(INK, 0.9 * u))
            p.setBrush(QColor("#ffffff"))
            p.drawRect(QRectF(bx, by + 1 * u, box, box))
            if chosen == status:
                p.setPen(QPen(INK, 1.8 * u))
                p.drawLine(bx + 2 * u, by + 6 * u, bx + 4.5 * u, by + 9 * u)
                p.drawLine(bx + 4.5 * u, by + 9 * u, bx + 9 * u, by + 2.5 * u)
            p.setPen(INK)
            p.drawText(
                QRectF(bx + box + 5 * u, by - 1 * u, cell - box - 5 * u, 14 * u),
                _left(),
                _tick(status),
            )

    def paint_reason(self, p: QPainter, x: float, y: float, w: float) -> None:
        """The ruled lines a student writes the reason on."""
        u = self.u
        p.setFont(self.fonts["card"])
        p.setPen(INK)
        caption = tr("Reason:")
        # The caption sits on the first ruled line, so the whole width is left for writing.
        step = WRITING_LINE_PT * u
        p.drawText(QRectF(x, y + step - 16 * u, w, 14 * u), _left(), caption)
        p.setPen(QPen(RULE, 0.7 * u))
        for i in range(1, WRITING_LINES + 1):
            line_y = y + i * step
            p.drawLine(x, line_y, x + w, line_y)


def _right_aligned():
    from PySide6.QtCore import Qt

    return Qt.AlignmentFlag.AlignRight


def _left():
    from PySide6.QtCore import Qt

    return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def _right():
    from PySide6.QtCore import Qt

    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tick(status: str) -> str:
    return {
        "supported": tr("Supported"),
        "unsupported": tr("Unsupported"),
        "disputed": tr("Disputed"),
        "unverifiable": tr("Unverifiable"),
    }.get(status, label(status))


def render_pdf(case: CaseSnapshot, *, answer_key: bool = False, page_size: str = "A4") -> bytes:
    """Return the worksheet (or answer key) of a case as PDF bytes."""
    ensure_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    size = QPageSize.PageSizeId.Letter if page_size == "Letter" else QPageSize.PageSizeId.A4
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_PT, MARGIN_PT, MARGIN_PT, MARGIN_PT),
            QPageLayout.Unit.Point,
        )
    )
    kind = tr("Answer key") if answer_key else tr("Worksheet")
    writer.setTitle(f"{kind}: {case.title}")
    writer.setCreator("Counterpoint")
    sheet = _Sheet(writer, case, answer_key)
    rows = worksheet_rows(case)
    for row in rows:
        sheet.measure(row)
    pages = _paginate(sheet, rows)
    painter = QPainter(writer)
    try:
        for number, page_rows in enumerate(pages, 1):
            if number > 1:
                writer.newPage()
            y = sheet.paint_header(painter, number == 1, number, len(pages))
            for row in page_rows:
                sheet.paint_row(painter, row, y)
                y += row.height + 12 * sheet.u
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _paginate(sheet: _Sheet, rows: list[_Row]) -> list[list[_Row]]:
    # A row moves whole to the next page; only one taller than a page is cut, between lines.
    bottom = sheet.page.height() - 22 * sheet.u
    gap = 12 * sheet.u
    pages: list[list[_Row]] = [[]]
    y = sheet.header_height(True)
    full = bottom - sheet.header_height(False)  # the room on a page of its own
    queue = deque(rows)
    while queue:
        row = queue.popleft()
        if row.height <= bottom - y:
            pages[-1].append(row)
            y += row.height + gap
            continue
        cut = sheet.split(row, bottom - y) if row.height > full or not pages[-1] else None
        if cut is None and not pages[-1]:
            pages[-1].append(row)  # cannot be cut (never happens with lines): better than a loop
            y += row.height + gap
            continue
        if cut is not None:
            pages[-1].append(cut[0])
            queue.appendleft(cut[1])
        else:
            queue.appendleft(row)
        pages.append([])
        y = sheet.header_height(False)
    return pages


def write_worksheet(case: CaseSnapshot, path: str | os.PathLike, page_size: str = "A4") -> None:
    """Write the students' worksheet of a case to a PDF file, atomically."""
    write_atomically(path, render_pdf(case, answer_key=False, page_size=page_size))


def write_answer_key(case: CaseSnapshot, path: str | os.PathLike, page_size: str = "A4") -> None:
    """Write the teacher's answer key of a case to a PDF file, atomically."""
    write_atomically(path, render_pdf(case, answer_key=True, page_size=page_size))


# --- the export registry -----------------------------------------------------------------------


def _registry_writer(answer_key: bool):
    def write(case: CaseSnapshot, options, path) -> None:
        # The sheets are always portrait: two columns of cards and room to write need the height.
        write_atomically(path, render_pdf(case, answer_key=answer_key, page_size=options.page_size))

    return write


def register_formats() -> None:
    """Add "worksheet" and "answer-key" to the export registry (done when this module loads)."""
    from models.exports import ExportFormat, register

    register(
        ExportFormat(
            "worksheet",
            tr("Worksheet for students (PDF)"),
            ".pdf",
            _registry_writer(False),
            paged=True,
            filtered=False,  # a worksheet covers the whole case
        )
    )
    register(
        ExportFormat(
            "answer-key",
            tr("Answer key (PDF)"),
            ".pdf",
            _registry_writer(True),
            paged=True,
            filtered=False,
        )
    )


register_formats()
