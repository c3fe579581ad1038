"""The annotated comparison as a PDF: laid out page by page with QPainter, fonts embedded.

Registered as the "pdf" format by ui.pdf.formats. The layout is measured first (pagination, so
"Page N of M" is known) and painted second. Text is drawn as plain text only, so the PDF holds no
image and no link that the app did not draw itself.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC
from xml.sax.saxutils import escape as xml_escape

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from models.exports import ExportCancelled, ExportOptions, build_content
from models.exports.content import ExportContent, made
from models.files import write_atomically
from models.snapshot import CaseSnapshot
from ui.common.fonts import register_fonts
from ui.pdf.application import ensure_app
from ui.pdf.claim_cards import SIDE_COLOR, ClaimCard, Connector, Note, PairBlock
from ui.pdf.layout import (
    MUTED,
    RULE,
    Block,
    Canvas,
    Heading,
    Page,
    Para,
    PdfExport,
    Spacer,
    TextBlock,
    paginate,
    plain,
)
from ui.pdf.paper import PdfPaper
from ui.pdf.sections import front_matter, references, source_appendix

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 40.0, 50.0, 46.0
GUTTER = 84.0


def subject(content: ExportContent) -> str:
    """The document's subject line, written into the XMP metadata."""
    return (
        f"Annotated comparison, claim by claim, of the allegation by "
        f"{content.party('allegation')} and the response by {content.party('response')}."
    )


def xmp_packet(content: ExportContent) -> bytes:
    """An XMP packet with title, creator, description (subject) and keywords."""

    def x(text: str) -> str:
        return xml_escape(text or "", {'"': "&quot;"})

    when = content.options.exported_at
    # The "Z" says UTC, so the time is turned into UTC first, as the footer's time is.
    stamp = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if when else ""
    keywords = ["annotated comparison", content.party("allegation"), content.party("response")]
    bag = "".join(f"<rdf:li>{x(k)}</rdf:li>" for k in keywords)
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{x(content.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{x(content.exported_by)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{x(subject(content))}</rdf:li></rdf:Alt>
   </dc:description>
   <dc:subject><rdf:Bag>{bag}</rdf:Bag></dc:subject>
   <pdf:Producer>Counterpoint</pdf:Producer>
   <pdf:Keywords>{x(", ".join(keywords))}</pdf:Keywords>
   <xmp:CreatorTool>Counterpoint</xmp:CreatorTool>
   <xmp:CreateDate>{stamp}</xmp:CreateDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


class ColumnHeads(Block):
    """The two column titles, repeated at the top of every page of the side-by-side body."""

    def __init__(self, canvas: Canvas, content: ExportContent, col: float, gutter: float):
        self.canvas, self.col, self.gutter = canvas, col, gutter
        font = canvas.font(7.6, bold=True)
        left = PdfExport.tr("ALLEGATION \u00b7 {party}").format(
            party=plain(content.party("allegation")).upper()
        )
        right = PdfExport.tr("RESPONSE \u00b7 {party}").format(
            party=plain(content.party("response")).upper()
        )
        self.left, self.right = Para(canvas, left, font, col), Para(canvas, right, font, col)
        self.mid = Para(
            canvas, PdfExport.tr("relation"), canvas.font(6.8, italic=True), gutter, MUTED,
            align=Qt.AlignmentFlag.AlignHCenter,
        )  # fmt: skip
        self.height = max(self.left.height, self.right.height) + canvas.pt(12)
        self.keep_with_next = True

    def paint(self, painter, x, y):
        pt = self.canvas.pt
        self.left.draw(painter, x, y)
        self.mid.draw(painter, x + self.col, y + pt(0.8))
        self.right.draw(painter, x + self.col + self.gutter, y)
        bar_y = y + max(self.left.height, self.right.height) + pt(2)
        painter.fillRect(QRectF(x, bar_y, self.col, pt(2)), SIDE_COLOR["allegation"])
        right_x = x + self.col + self.gutter
        painter.fillRect(QRectF(right_x, bar_y, self.col, pt(2)), SIDE_COLOR["response"])


def _go_on() -> None:
    return None


def _linked_by(linked) -> str:
    """Who made a link and when, under its relation ("" if nobody is recorded)."""
    by = made(linked.link.stamp)
    return PdfExport.tr("by {who}").format(who=plain(by)) if by else ""


def body_blocks(
    canvas: Canvas, content: ExportContent, width: float, check: Callable[[], None] = _go_on
) -> list[Block]:
    """The side-by-side body, then the unanswered allegations and the unlinked responses.

    `check()` is called before each pair is measured, so a cancelled export stops here too.
    """
    pt = canvas.pt
    gutter = pt(GUTTER) if width > pt(600) else pt(62)
    col = (width - gutter) / 2
    geometry = (col, gutter)
    heads = ColumnHeads(canvas, content, col, gutter)
    cards: dict[int, ClaimCard] = {}

    def card(block) -> ClaimCard:
        # A response linked to several allegations is measured once and drawn in each place.
        found = cards.get(block.claim.id)
        if found is None:
            found = cards[block.claim.id] = ClaimCard(canvas, block, col)
        return found

    heading = Heading(canvas, PdfExport.tr("Allegations and responses"), width)
    # No page break: page 1 holds the start of the body under the summary if it has room.
    out: list[Block] = [Spacer(pt(14)), heading, heads]
    if not content.pairs:
        out.append(Note(canvas, PdfExport.tr("No allegation has a linked response."), width))
    for pair in content.pairs:
        check()
        rights = [
            (Connector(canvas, linked.relation, gutter, _linked_by(linked)), card(linked.response))
            for linked in pair.responses
        ]
        if pair.hidden:
            text = PdfExport.tr(
                "%n linked responses not shown: the filter left them out.", None, pair.hidden
            )
            rights.append((None, Note(canvas, text, col)))
        allegation = pair.allegation.claim
        stub = PdfExport.tr("{key} (continued): \u201c{quote}\u201d").format(
            key=allegation.key, quote=_shorten(allegation.quote)
        )
        block = PairBlock(canvas, card(pair.allegation), rights, geometry, stub)
        block.page_header = heads
        out.append(block)

    lists = [
        (
            PdfExport.tr("Unanswered allegations"),
            content.unanswered,
            PdfExport.tr("No response is linked to it."),
            True,
        ),
        (
            PdfExport.tr("Responses not linked to an allegation"),
            content.unlinked,
            PdfExport.tr("Not linked."),
            False,
        ),
    ]
    if content.orphaned:
        title = PdfExport.tr("Responses whose allegations the filter left out")
        lists.append(
            (title, content.orphaned, PdfExport.tr("Its allegations are filtered out."), False)
        )
    for title, blocks, missing, on_left in lists:
        out += [Spacer(pt(10)), Heading(canvas, title, width)]
        if not blocks:
            out.append(_muted_block(canvas, PdfExport.tr("None."), width))
        for claim_block in blocks:
            note = Note(canvas, missing, col)
            if on_left:
                pair = PairBlock(canvas, card(claim_block), [(None, note)], geometry)
            else:
                pair = PairBlock(canvas, note, [(None, card(claim_block))], geometry)
            pair.page_header = heads
            out.append(pair)
    return out


def _shorten(text: str, limit: int = 90) -> str:
    flat = plain(text)
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "\u2026"


def _muted_block(canvas: Canvas, text: str, width: float) -> Block:
    """A short muted paragraph as a block."""
    return TextBlock(Para(canvas, text, canvas.font(8.5, italic=True), width, MUTED))


def _paint_page_chrome(painter, canvas, content, number, total, size) -> None:
    pt = canvas.pt
    width, height = size
    left, right = pt(MARGIN_X), width - pt(MARGIN_X)
    font = canvas.font(7.2)
    if number > 1:
        title = canvas.shared_para(plain(content.title), font, (right - left) * 0.7, MUTED)
        title.draw(painter, left, pt(MARGIN_TOP) - pt(24), 0, 1)
        tag = canvas.shared_para(
            PdfExport.tr("Counterpoint \u00b7 annotated comparison"), font, (right - left) * 0.3,
            MUTED, Qt.AlignmentFlag.AlignRight,
        )  # fmt: skip
        tag.draw(painter, right - (right - left) * 0.3, pt(MARGIN_TOP) - pt(24))
        painter.setPen(QPen(RULE, pt(0.5)))
        rule_y = pt(MARGIN_TOP) - pt(12)
        painter.drawLine(QPointF(left, rule_y), QPointF(right, rule_y))
    foot_y = height - pt(MARGIN_BOTTOM) + pt(18)
    painter.setPen(QPen(RULE, pt(0.5)))
    painter.drawLine(QPointF(left, foot_y - pt(6)), QPointF(right, foot_y - pt(6)))
    who = PdfExport.tr("Exported by {who} on {when}").format(
        who=plain(content.exported_by), when=content.exported_on
    )
    canvas.shared_para(who, font, (right - left) * 0.7, MUTED).draw(painter, left, foot_y)
    numbering = PdfExport.tr("Page {n} of {total}").format(n=number, total=total)
    page = Para(canvas, numbering, canvas.font(7.2, bold=True),
                (right - left) * 0.3, MUTED, align=Qt.AlignmentFlag.AlignRight)  # fmt: skip
    page.draw(painter, right - (right - left) * 0.3, foot_y)


def layout_document(
    canvas: Canvas, content: ExportContent, size, check: Callable[[], None] = _go_on
) -> list[Page]:
    """Measure every block and place it on pages (`check()` may stop it: see body_blocks)."""
    pt = canvas.pt
    width = size[0] - 2 * pt(MARGIN_X)
    blocks = front_matter(canvas, content, width)
    blocks += body_blocks(canvas, content, width, check)
    blocks += references(canvas, content, width)
    if content.options.source_appendix:
        blocks += source_appendix(canvas, content, width)
    # The first page has no running header, so its text may start higher.
    return paginate(blocks, pt(MARGIN_TOP), size[1] - pt(MARGIN_BOTTOM), pt(MARGIN_X))


def render_pdf(
    content: ExportContent,
    should_cancel: Callable[[int, int], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[bytes, int]:
    """Lay out and paint the PDF in memory; return its bytes and its number of pages.

    Before each page, `progress(page, pages)` is told and `should_cancel(page, pages)` asked.
    """
    ensure_app()
    paper = PdfPaper(content.options.page_size, content.options.landscape, content.title,
                     content.exported_by, identity=content.case.slug,
                     created=content.options.exported_at)  # fmt: skip
    writer = paper.writer
    writer.setDocumentXmpMetadata(xmp_packet(content))
    canvas = Canvas(writer, register_fonts())
    size = paper.size

    def check() -> None:
        # Measuring is about half of a long export: Cancel is heard then too, not only later.
        if should_cancel is not None and should_cancel(0, 0):
            raise ExportCancelled()

    pages = layout_document(canvas, content, size, check)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(PdfExport.tr("Cannot lay out the PDF."))
    try:
        for number, page in enumerate(pages, start=1):
            if progress is not None:
                progress(number - 1, len(pages))
            if should_cancel is not None and should_cancel(number, len(pages)):
                raise ExportCancelled()
            if number > 1:
                writer.newPage()
            _paint_page_chrome(painter, canvas, content, number, len(pages), size)
            x = canvas.pt(MARGIN_X)
            for block, y in page.placed:
                block.paint(painter, x, y)
    finally:
        painter.end()
    return paper.finish(), len(pages)


def write_pdf(
    case: CaseSnapshot,
    options: ExportOptions,
    path: str | os.PathLike,
    should_cancel: Callable[[int, int], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Write the PDF atomically: made in memory, then written through the shared file writer."""
    data, pages = render_pdf(build_content(case, options), should_cancel, progress)
    if should_cancel is not None and should_cancel(pages, pages):
        raise ExportCancelled()  # cancelled while the last page was painted: still nothing written
    write_atomically(path, data)
    if progress is not None:
        progress(pages, pages)
