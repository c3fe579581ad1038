"""Worksheet and answer-key PDFs for a class: every claim as a card, with room to write.

Entry points: `write_worksheet(case, path)` and `write_answer_key(case, path)`, both taking a
`CaseSnapshot`; ui.pdf.formats registers them as "worksheet" and "answer-key". The worksheet shows
no assessment anywhere: for every claim it has four tick boxes and ruled lines for the reason. The
answer key has the same layout with the teacher's status ticked and the rationale written in;
each card is as tall as its twin on the other sheet, so the two paginate alike. The cards flow
down two columns (`sheet_pages`), each allegation's group under its heading.

Both are built on the comparison PDF's layout engine (ui.pdf.layout: Canvas, Para, blocks)
and its card (ui.pdf.claim_cards.Card), on the same paper (ui.pdf.paper). All case text is
drawn as plain text.
"""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from models.exports import check_cancelled
from models.files import write_atomically
from models.i18n import word as label  # in the reader's language
from models.jobs import NO_JOB, Job
from models.snapshot import CaseSnapshot, ClaimView
from ui.common.claim_lines import claim_heading, links_line, sources_list
from ui.common.translation import Context
from ui.pdf.application import ensure_app
from ui.pdf.claim_cards import MARK_COLOR, Caption, Card, anchor_words
from ui.pdf.layout import (
    INK,
    MUTED,
    RULE,
    Block,
    Canvas,
    Heading,
    Page,
    Para,
    Row,
    Spacer,
    TextBlock,
)
from ui.pdf.paper import PdfPaper

TICK_STATUSES = ("supported", "unsupported", "disputed", "unverifiable")
MARGIN_PT = 38.0
GUTTER_PT = 16.0
WRITING_LINE_PT = 21.0  # 7.5 mm between ruled lines, as on school paper
WRITING_LINES = 3
TEXT_GAP_PT = 3.0  # the space under each paragraph of a card
CARD_GAP_PT = 10.0  # the space between two cards of a column
FOOTER_PT = 22.0  # the page number's band above the bottom margin
LINE_SPACING = 1.0  # the cards are dense: the room to write is on the ruled lines
_RIGHT = Qt.AlignmentFlag.AlignRight


Worksheet = Context("Worksheet")


@dataclass
class Group:
    """An allegation and the responses that answer it (each response once), under a heading."""

    heading: str
    claims: list[ClaimView]


def worksheet_groups(case: CaseSnapshot) -> list[Group]:
    """Each allegation with the responses linked to it, in reading order; each claim once.

    A response that answers several allegations comes under the first; its card names all its
    links. Responses linked to no allegation come last, under a heading of their own.
    """
    allegations = case.claims_of("allegation")
    placed: set[int] = set()
    groups: list[Group] = []
    for n, allegation in enumerate(allegations, 1):
        claims = [allegation]
        for link in case.links_of(allegation.id):
            if link.allegation_id == allegation.id and link.response_id not in placed:
                placed.add(link.response_id)
                claims.append(case.claim(link.response_id))
        heading = Worksheet.tr("Allegation {n} of {total}").format(n=n, total=len(allegations))
        groups.append(Group(heading, claims))
    rest = [c for c in case.claims_of("response") if c.id not in placed]
    if rest:
        groups.append(Group(Worksheet.tr("Responses linked to no allegation"), rest))
    return groups


def _source_words(case: CaseSnapshot, claim: ClaimView) -> str:
    """ "From source 2": which of the sources listed on the first page the quote is from."""
    number = next(i for i, s in enumerate(case.sources, 1) if s.id == claim.source_id)
    return Worksheet.tr("From source {n}").format(n=number)


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
        self.height = pt(34)

    def _box(self, i: int, x: float, y: float) -> tuple[float, float]:
        """The top-left corner of the i-th box: two per row, two rows 16 pt apart."""
        return x + self.indent + (i % 2) * self.cell, y + self.canvas.pt(3 + (i // 2) * 16)

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

        head = para(claim_heading(claim), 9, bold=True)
        parts: list[tuple[float, object]] = [(gap, para(f"\u201c{claim.quote}\u201d", 10))]
        marked = anchor_words(claim.anchor_state)
        if marked:  # as on the comparison's card: not in the source's current version
            parts.append((gap, para(f"\u26a0 {marked}", 8.5, bold=True, color=MARK_COLOR)))
        if claim.paraphrase:
            parts.append(
                (gap, para(Worksheet.tr("In other words: ") + claim.paraphrase, 8.5, italic=True))
            )
        # Where it stands, in words a student reads: which source, when there are several (the
        # quote above is the claim's own words; character offsets mean nothing on paper).
        refs = [_source_words(case, claim)] if len(case.sources) > 1 else []
        if links := links_line(case, claim):
            refs.append(links)
        if refs:
            parts.append((gap, para(" \u00b7 ".join(refs), 8.5)))
        parts.append((gap, TickBoxes(canvas, claim.status if key else None, inner)))
        if key:
            parts.append((pt(3), para(Worksheet.tr("Reason:"), 9.5, bold=True, kind=Caption)))
            text = claim.rationale or Worksheet.tr("(The key gives no rationale for this claim.)")
            parts.append((pt(3), para(text, 9, italic=True)))
            parts.append((0.0, Spacer(gap)))
        else:
            parts.append((0.0, RuledLines(canvas, inner)))
        super().__init__(canvas, claim.key, claim.role, width, head, parts)

    def stretch_to(self, height: float) -> None:
        """Make the card as tall as `height` (its twin on the other sheet), room at the foot."""
        if height > self.height:
            self.parts.append((0.0, Spacer(height - self.height)))
            self.height = height
            self._rows = None


class SheetChrome:
    """The header and footer of every page of a sheet, laid out once and painted on each page."""

    def __init__(self, canvas: Canvas, case: CaseSnapshot, answer_key: bool, size):
        pt = canvas.pt
        self.canvas, self.case, self.size = canvas, case, size
        self.left = pt(MARGIN_PT)
        self.width = size[0] - 2 * self.left
        title_font = canvas.font(12, bold=True)
        self.title = Para(canvas, case.title, title_font, self.width * 0.8, INK, line_spacing=1.0)
        kind = Worksheet.tr("Answer key") if answer_key else Worksheet.tr("Worksheet")
        self.kind = Para(
            canvas, kind, canvas.font(11.5, bold=True), self.width * 0.2, MUTED, align=_RIGHT
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
        self.kind.draw(painter, x + self.width * 0.8, _centred_top(self.kind, y + pt(10)))
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
        Worksheet.tr(
            "Allegation: {party} (cards edged brown).   Response: {party2} (edged blue)."
        ).format(party=allegation.party, party2=response.party),
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


def sheet_cards(canvas: Canvas, case: CaseSnapshot, answer_key: bool, col: float) -> dict:
    """Every claim's card, by id, as tall as the taller of its worksheet and answer-key cards.

    So the two sheets paginate alike: page n of the worksheet holds the cards of page n of the
    key, and a teacher marks a student's page against the same page of the key.
    """
    cards = {}
    for claim in case.claims:
        card = SheetCard(canvas, case, claim, col, answer_key)
        twin = SheetCard(canvas, case, claim, col, not answer_key)
        card.stretch_to(twin.height)
        cards[claim.id] = card
    return cards


def sheet_pages(
    canvas: Canvas, case: CaseSnapshot, answer_key: bool, width: float, top: float, bottom: float
) -> list[Page]:
    """The instructions, then each group's heading and cards flowing down two columns.

    The cards run down the left column, then the right one, then on to the next page, as in a
    newspaper, so a page holds as many cards as fit. A card is never cut unless it is taller
    than a column (its rest then goes on in the next column, headed "(continued)"), and a
    heading is never the last thing in a column: it goes over with its group's first card.
    """
    pt = canvas.pt
    col = (width - pt(GUTTER_PT)) / 2
    offsets = (0.0, col + pt(GUTTER_PT))
    gap = pt(CARD_GAP_PT)
    cards = sheet_cards(canvas, case, answer_key, col)
    intro = _intro(canvas, case, answer_key, width)
    pages: list[Page] = [Page([(intro, top)])]
    first_top = top + intro.height + pt(12)
    where = {"column": 0, "y": first_top, "column_top": first_top}

    def next_column() -> None:
        if where["column"] == 0:
            where["column"] = 1
        else:
            pages.append(Page())
            where["column"], where["column_top"] = 0, top
        where["y"] = where["column_top"]

    def room() -> float:
        return bottom - where["y"]

    def place(block: Block, after: float) -> None:
        dx = offsets[where["column"]]
        pages[-1].placed.append((Row([(dx, block)]) if dx else block, where["y"]))
        where["y"] += block.height + after

    for group in worksheet_groups(case):
        heading = Heading(canvas, group.heading, col, 11.5, LINE_SPACING)
        first = cards[group.claims[0].id]
        column = bottom - top
        # The heading needs its first card under it, or (one no column holds with the heading
        # over it, to be cut anyway) a good start of it.
        under = first.height if heading.height + first.height <= column else column / 4
        if heading.height + under > room():
            next_column()
        place(heading, 0.0)
        headed = True  # the next card is the heading's first: it is never moved off from it
        queue = deque(cards[c.id] for c in group.claims)
        while queue:
            card = queue.popleft()
            if card.height > room():
                # The top of a page's column, or right under the heading: nowhere holds more.
                at_top = where["y"] == top or headed
                too_tall = card.height > bottom - top
                if at_top or (too_tall and room() >= (bottom - top) / 4):
                    head, rest = card.split(room(), force=True)
                    if head is not None:
                        place(head, 0.0)
                        next_column()
                        queue.appendleft(rest)
                        continue
                if not at_top:
                    next_column()
                    queue.appendleft(card)
                    continue
            place(card, gap)
            headed = False
    return [page for page in pages if page.placed]


def render_pdf(
    case: CaseSnapshot, *, answer_key: bool = False, page_size: str = "A4", job: Job = NO_JOB
) -> bytes:
    """Return the worksheet (or answer key) of a case as PDF bytes (always portrait)."""
    ensure_app()
    kind = Worksheet.tr("Answer key") if answer_key else Worksheet.tr("Worksheet")
    paper = PdfPaper(page_size, landscape=False, title=f"{kind}: {case.title}")
    canvas = Canvas(paper.writer)
    chrome = SheetChrome(canvas, case, answer_key, paper.size)
    pages = sheet_pages(canvas, case, answer_key, chrome.width, chrome.top, chrome.bottom)
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
