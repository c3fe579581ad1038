"""Worksheet and answer-key PDFs for a class: the claims side by side, with room to write.

Entry points: `write_worksheet(case, path)` and `write_answer_key(case, path)`, both taking a
`CaseSnapshot`; ui.pdf.formats registers them as "worksheet" and "answer-key". The worksheet shows
no assessment anywhere: for every claim it has four tick boxes and ruled lines for the reason. The
answer key has the same layout with the teacher's status ticked and the rationale written in.

Both are built on the comparison PDF's layout engine (ui.pdf.layout: Canvas, Para, blocks,
paginate) and its card (ui.pdf.claim_cards.Card), on the same paper (ui.pdf.paper). All case
text is drawn as plain text.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from models.exports import check_cancelled
from models.files import write_atomically
from models.i18n import word as label  # in the reader's language
from models.jobs import NO_JOB, Job
from models.snapshot import CaseSnapshot, ClaimView
from ui.common.claim_lines import (
    claim_heading,
    links_line,
    relation_label,
    source_line,
    sources_list,
)
from ui.common.translation import Context
from ui.pdf.application import ensure_app
from ui.pdf.claim_cards import Caption, Card
from ui.pdf.layout import (
    INK,
    MUTED,
    RULE,
    Block,
    Canvas,
    Heading,
    Para,
    Spacer,
    TextBlock,
    paginate,
)
from ui.pdf.paper import PdfPaper

TICK_STATUSES = ("supported", "unsupported", "disputed", "unverifiable")
MARGIN_PT = 42.0
GUTTER_PT = 16.0
WRITING_LINE_PT = 23.0  # 8 mm between ruled lines, as on school paper
WRITING_LINES = 4
TEXT_GAP_PT = 4.0  # the space under each paragraph of a card
ROW_GAP_PT = 12.0
FOOTER_PT = 22.0  # the page number's band above the bottom margin
LINE_SPACING = 1.0  # the cards are dense: the room to write is on the ruled lines
_RIGHT = Qt.AlignmentFlag.AlignRight


Worksheet = Context("Worksheet")


@dataclass
class _Row:
    """One band of the page: an allegation card on the left, a response card on the right."""

    left: ClaimView | None
    right: ClaimView | None
    heading: str | None = None  # a group heading drawn above the row, kept with it
    note: str | None = None  # on a row with no allegation card: how the response answers it


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
        heading = Worksheet.tr("Allegation {n} of {total}").format(n=n, total=len(allegations))
        rows.append(_Row(allegation, responses[0] if responses else None, heading))
        for response in responses[1:]:
            relation = next(
                link.relation
                for link in case.links_of(response.id)
                if link.allegation_id == allegation.id
            )
            note = Worksheet.tr("{response} {relation} {allegation} \u2192").format(
                response=response.key, relation=relation_label(relation), allegation=allegation.key
            )
            rows.append(_Row(None, response, note=note))
    rest = [c for c in case.claims_of("response") if c.id not in placed]
    for i, response in enumerate(rest):
        heading = Worksheet.tr("Responses linked to no allegation") if i == 0 else None
        rows.append(_Row(None, response, heading))
    return rows


def _tick(status: str) -> str:
    return {
        "supported": Worksheet.tr("Supported"),
        "unsupported": Worksheet.tr("Unsupported"),
        "disputed": Worksheet.tr("Disputed"),
        "unverifiable": Worksheet.tr("Unverifiable"),
    }.get(status, label(status))


def _centred_top(para: Para, middle: float) -> float:
    """The top at which a one-line paragraph's text is centred on a height."""
    return middle - para.layout.lineAt(0).height() / 2


class TickBoxes:
    """The status caption and four labelled tick boxes; the answer key ticks the teacher's."""

    def __init__(self, canvas: Canvas, chosen: str | None, width: float):
        pt = canvas.pt
        self.canvas, self.chosen = canvas, chosen
        self.caption = canvas.shared_para(
            Worksheet.tr("Status:"), canvas.font(9.5, bold=True), width, INK
        )
        self.indent = self.caption.natural_width() + pt(8)
        self.cell = (width - self.indent) / 2
        font = canvas.font(9.5)
        label_w = self.cell - pt(15)
        self.labels = [canvas.shared_para(_tick(s), font, label_w, INK) for s in TICK_STATUSES]
        self.height = pt(40)

    def _box(self, i: int, x: float, y: float) -> tuple[float, float]:
        """The top-left corner of the i-th box: two per row, two rows 18 pt apart."""
        return x + self.indent + (i % 2) * self.cell, y + self.canvas.pt(3 + (i // 2) * 18)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw the caption, the boxes and their words; tick the chosen status."""
        pt = self.canvas.pt
        box = pt(10)
        self.caption.draw(painter, x, _centred_top(self.caption, y + pt(3) + box / 2))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for i, status in enumerate(TICK_STATUSES):
            bx, by = self._box(i, x, y)
            painter.setPen(QPen(INK, pt(0.9)))
            painter.setBrush(QColor("#ffffff"))
            painter.drawRect(QRectF(bx, by, box, box))
            if status == self.chosen:
                painter.setPen(QPen(INK, pt(1.8)))
                painter.drawLine(QPointF(bx + pt(2), by + pt(5)), QPointF(bx + pt(4.5), by + pt(8)))
                painter.drawLine(
                    QPointF(bx + pt(4.5), by + pt(8)), QPointF(bx + pt(9), by + pt(1.5))
                )
        painter.restore()
        for i, para in enumerate(self.labels):
            bx, by = self._box(i, x, y)
            para.draw(painter, bx + box + pt(5), _centred_top(para, by + box / 2))


class RuledLines:
    """The lines a student writes the reason on, "Reason:" on the first so the width is free."""

    def __init__(self, canvas: Canvas, width: float):
        self.canvas, self.width = canvas, width
        self.caption = canvas.shared_para(
            Worksheet.tr("Reason:"), canvas.font(9.5, bold=True), width, INK
        )
        self.step = canvas.pt(WRITING_LINE_PT)
        self.height = WRITING_LINES * self.step + canvas.pt(4)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw the caption standing on the first line, then the lines."""
        pt = self.canvas.pt
        self.caption.draw(painter, x, _centred_top(self.caption, y + self.step - pt(9)))
        painter.setPen(QPen(RULE, pt(0.7)))
        for i in range(1, WRITING_LINES + 1):
            line_y = y + i * self.step
            painter.drawLine(QPointF(x, line_y), QPointF(x + self.width, line_y))


class SheetCard(Card):
    """One claim on a sheet: its words and links, boxes to tick, lines or the key's reason."""

    def __init__(
        self, canvas: Canvas, case: CaseSnapshot, claim: ClaimView, width: float, key: bool
    ):
        pt = canvas.pt
        inner = self.inner_width(canvas, width)
        gap = pt(TEXT_GAP_PT)

        def para(text: str, size: float, bold=False, italic=False, color=INK, kind=Para) -> Para:
            font = canvas.font(size, bold=bold, italic=italic)
            return kind(canvas, text, font, inner, color, line_spacing=LINE_SPACING)

        head = para(claim_heading(claim), 9.5, bold=True)
        parts: list[tuple[float, object]] = [(gap, para(f"\u201c{claim.quote}\u201d", 10.5))]
        if claim.paraphrase:
            parts.append(
                (gap, para(Worksheet.tr("In other words: ") + claim.paraphrase, 9, italic=True))
            )
        parts.append((gap, para(source_line(case, claim, numbered=True), 8.5)))
        links = links_line(case, claim)
        if links:
            parts.append((gap, para(links, 8.5)))
        parts.append((gap, TickBoxes(canvas, claim.status if key else None, inner)))
        if key:
            parts.append((pt(4), para(Worksheet.tr("Reason:"), 9.5, bold=True, kind=Caption)))
            text = claim.rationale or Worksheet.tr("(The key gives no rationale for this claim.)")
            parts.append((pt(4), para(text, 10, italic=True)))
            parts.append((0.0, Spacer(gap)))
        else:
            parts.append((0.0, RuledLines(canvas, inner)))
        super().__init__(canvas, claim.key, claim.role, width, head, parts)


class _Aside(Block):
    """How a response answers the allegation above, beside its card ("hw-2 denies us-1 →")."""

    def __init__(self, canvas: Canvas, text: str, width: float):
        self.top = canvas.pt(8)
        font = canvas.font(8.5)
        self.para = Para(canvas, text, font, width - canvas.pt(8), MUTED, align=_RIGHT)
        self.height = self.para.height + self.top

    def paint(self, painter, x, y):
        self.para.draw(painter, x, y + self.top)


class SheetRow(Block):
    """Cards side by side at fixed offsets; cut only when a card is taller than a page."""

    def __init__(self, cells: list[tuple[float, Block]], after: float):
        self.cells, self.after = cells, after
        self.height = max(block.height for _, block in cells) + after

    def paint(self, painter, x, y):
        for dx, block in self.cells:
            block.paint(painter, x + dx, y)

    def split(self, available, force=False):
        if not force:
            return None, self
        room = available - self.after
        head, tail = [], []
        for dx, block in self.cells:
            if block.height <= room:
                head.append((dx, block))
                continue
            cut, rest = block.split(room, force=True)
            if cut is None:
                return None, self
            head.append((dx, cut))
            tail.append((dx, rest))
        if not tail:
            return None, self
        return SheetRow(head, self.after), SheetRow(tail, self.after)


class SheetChrome:
    """The header and footer of every page of a sheet, laid out once and painted on each page."""

    def __init__(self, canvas: Canvas, case: CaseSnapshot, answer_key: bool, size):
        pt = canvas.pt
        self.canvas, self.case, self.size = canvas, case, size
        self.left = pt(MARGIN_PT)
        self.width = size[0] - 2 * self.left
        title_font = canvas.font(14, bold=True)
        self.title = Para(canvas, case.title, title_font, self.width * 0.72, INK, line_spacing=1.0)
        kind = Worksheet.tr("Answer key") if answer_key else Worksheet.tr("Worksheet")
        self.kind = Para(
            canvas, kind, canvas.font(11.5, bold=True), self.width * 0.28, MUTED, align=_RIGHT
        )
        if answer_key:
            line = Worksheet.tr("For the teacher")
        else:
            line = Worksheet.tr("Name: {a}   Class: {b}   Date: {c}").format(
                a="_" * 26, b="_" * 14, c="_" * 12
            )
        self.line = Para(canvas, line, canvas.font(9.5), self.width, INK)
        self.line_y = max(self.title.height, pt(20)) + pt(8)
        self.rule_y = self.line_y + pt(24)
        self.height = self.rule_y + pt(10)  # from the top margin to where the rows start
        self.foot = canvas.font(8.5)
        self.slug = Para(canvas, case.slug, self.foot, self.width * 0.6, MUTED)

    @property
    def top(self) -> float:
        """Where the first block of a page starts."""
        return self.canvas.pt(MARGIN_PT) + self.height

    @property
    def bottom(self) -> float:
        """Where the last block of a page must end."""
        return self.size[1] - self.canvas.pt(MARGIN_PT + FOOTER_PT)

    def paint(self, painter: QPainter, number: int, total: int) -> None:
        """Draw the header and the footer of page `number`."""
        pt = self.canvas.pt
        x, y = self.left, pt(MARGIN_PT)
        self.title.draw(painter, x, y)
        self.kind.draw(painter, x + self.width * 0.72, _centred_top(self.kind, y + pt(10)))
        self.line.draw(painter, x, _centred_top(self.line, y + self.line_y + pt(8)))
        painter.setPen(QPen(RULE, pt(0.8)))
        painter.drawLine(QPointF(x, y + self.rule_y), QPointF(x + self.width, y + self.rule_y))
        numbering = Worksheet.tr("Page {n} of {total}").format(n=number, total=total)
        page = Para(self.canvas, numbering, self.foot, self.width * 0.4, MUTED, align=_RIGHT)
        foot_middle = self.size[1] - pt(MARGIN_PT) - pt(7)
        self.slug.draw(painter, x, _centred_top(self.slug, foot_middle))
        page.draw(painter, x + self.width * 0.6, _centred_top(page, foot_middle))


def _intro(canvas: Canvas, case: CaseSnapshot, answer_key: bool, width: float) -> Block:
    """The instructions at the top of the first page."""
    allegation, response = case.side("allegation"), case.side("response")
    lines = [
        Worksheet.tr("Allegation (left): {party}.   Response (right): {party2}.").format(
            party=allegation.party, party2=response.party
        ),
        sources_list(case),
    ]
    if answer_key:
        lines.append(Worksheet.tr("Answer key: the teacher's status is ticked, the reason given."))
    else:
        lines.append(
            Worksheet.tr(
                "For each claim, tick the status you think it deserves and write your "
                "reason on the lines. Supported: the public record backs it. "
                "Unsupported: the speaker offered no evidence for it. Disputed: there "
                "is evidence both for and against it. Unverifiable: it cannot be "
                "checked against public material."
            )
        )
    text = "\n".join(lines)
    return TextBlock(Para(canvas, text, canvas.font(9.5), width, INK, line_spacing=LINE_SPACING))


def sheet_blocks(canvas: Canvas, case: CaseSnapshot, answer_key: bool, width: float) -> list[Block]:
    """The instructions, then each row of cards under its group heading."""
    pt = canvas.pt
    col = (width - pt(GUTTER_PT)) / 2
    right = col + pt(GUTTER_PT)
    blocks: list[Block] = [_intro(canvas, case, answer_key, width), Spacer(pt(14))]
    for row in worksheet_rows(case):
        if row.heading:
            blocks.append(Heading(canvas, row.heading, width, 11.5, LINE_SPACING))
        cells: list[tuple[float, Block]] = []
        if row.left is not None:
            cells.append((0.0, SheetCard(canvas, case, row.left, col, answer_key)))
        elif row.note:
            cells.append((0.0, _Aside(canvas, row.note, col)))
        if row.right is not None:
            cells.append((right, SheetCard(canvas, case, row.right, col, answer_key)))
        blocks.append(SheetRow(cells, pt(ROW_GAP_PT)))
    return blocks


def render_pdf(
    case: CaseSnapshot, *, answer_key: bool = False, page_size: str = "A4", job: Job = NO_JOB
) -> bytes:
    """Return the worksheet (or answer key) of a case as PDF bytes (always portrait)."""
    ensure_app()
    kind = Worksheet.tr("Answer key") if answer_key else Worksheet.tr("Worksheet")
    paper = PdfPaper(page_size, landscape=False, title=f"{kind}: {case.title}")
    canvas = Canvas(paper.writer)
    chrome = SheetChrome(canvas, case, answer_key, paper.size)
    blocks = sheet_blocks(canvas, case, answer_key, chrome.width)
    # Every row carries the space under it; on the last row of a page that space may fall into
    # the footer's band, so the page holds what it would if the space came between rows.
    pages = paginate(blocks, chrome.top, chrome.bottom + canvas.pt(ROW_GAP_PT))
    painter = QPainter()
    if not painter.begin(paper.writer):
        raise OSError(Worksheet.tr("Cannot lay out the PDF."))
    try:
        for number, page in enumerate(pages, 1):
            job.progress(number - 1, len(pages))
            check_cancelled(job)
            if number > 1:
                paper.writer.newPage()
            chrome.paint(painter, number, len(pages))
            for block, y in page.placed:
                block.paint(painter, chrome.left, y)
    finally:
        painter.end()
    return paper.finish()


def write_sheet(
    case: CaseSnapshot,
    path: str | os.PathLike,
    *,
    answer_key: bool,
    page_size: str = "A4",
    job: Job = NO_JOB,
) -> None:
    """Write the worksheet or the answer key of a case to a PDF file, atomically."""
    data = render_pdf(case, answer_key=answer_key, page_size=page_size, job=job)
    check_cancelled(job)
    write_atomically(path, data)


def write_worksheet(case: CaseSnapshot, path: str | os.PathLike, page_size: str = "A4") -> None:
    """Write the students' worksheet of a case to a PDF file, atomically."""
    write_sheet(case, path, answer_key=False, page_size=page_size)


def write_answer_key(case: CaseSnapshot, path: str | os.PathLike, page_size: str = "A4") -> None:
    """Write the teacher's answer key of a case to a PDF file, atomically."""
    write_sheet(case, path, answer_key=True, page_size=page_size)
