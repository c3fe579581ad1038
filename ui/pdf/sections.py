"""The PDF's front matter (title block, summary, legend), evidence references and appendix."""

from __future__ import annotations

import copy

from PySide6.QtGui import QColor

from models.exports.content import (
    ExportContent,
    grade_text,
    made,
    relation_rows,
    segments,
    source_spans,
    summary_rows,
)
from models.i18n import word as label  # in the reader's language
from ui.pdf.claim_cards import Badge
from ui.pdf.layout import (
    INK,
    MUTED,
    Block,
    Canvas,
    Heading,
    Line,
    PageBreak,
    Para,
    PdfExport,
    Row,
    Spacer,
    Stack,
    Table,
    TextBlock,
    format_range,
    lines_of,
    paint_rows,
    plain,
    rows_that_fit,
    span_format,
    utf16_len,
)


class _ParaBlock(Block):
    """A paragraph that is never split (a short line in a stack)."""

    def __init__(self, para: Para, after: float = 0.0):
        self.para, self.height = para, para.height + after

    def paint(self, painter, x, y):
        self.para.draw(painter, x, y)


class StatusLegend(Block):
    """Each status badge beside what it means."""

    def __init__(self, canvas: Canvas, content: ExportContent, width: float):
        self.canvas = canvas
        self.rows = []
        badge_w = 0.0
        for status, text, meaning in content.legend_statuses():
            badge = Badge(canvas, status, text)
            badge_w = max(badge_w, badge.width)
            self.rows.append((badge, meaning))
        self.badge_w = badge_w + canvas.pt(8)
        self.items, y = [], 0.0
        for badge, meaning in self.rows:
            para = Para(canvas, meaning, canvas.font(8), width - self.badge_w, INK)
            h = max(badge.height, para.height)
            self.items.append((y, badge, para, h))
            y += h + canvas.pt(3)
        self.height = y

    def paint(self, painter, x, y):
        for dy, badge, para, _h in self.items:
            badge.paint(painter, x, y + dy)
            para.draw(painter, x + self.badge_w, y + dy + (badge.height - para.heights[0]) / 2)


def _small(canvas, text, width, color=MUTED, size=8.0, italic=False, after=0.0) -> _ParaBlock:
    return _ParaBlock(Para(canvas, text, canvas.font(size, italic=italic), width, color), after)


def _title(canvas, text, width) -> _ParaBlock:
    title = _ParaBlock(Para(canvas, text, canvas.font(10, bold=True), width, INK), canvas.pt(5))
    title.keep_with_next = True  # never the last thing on a page: it goes with what it heads
    return title


def front_matter(canvas: Canvas, content: ExportContent, width: float) -> list[Block]:
    """Title block, then summary and legend."""
    pt = canvas.pt
    out: list[Block] = [
        _small(canvas, PdfExport.tr("ANNOTATED COMPARISON"), width, size=7.5, after=pt(4)),
        TextBlock(Para(canvas, plain(content.title), canvas.font(19, bold=True), width, INK)),
        Spacer(pt(6)),
        TextBlock(
            Para(canvas, plain(content.case.description), canvas.font(9), min(width, pt(700)), INK)
        ),
        Spacer(pt(10)),
    ]
    # Source, publisher and date get fixed widths; the URL takes what is left of the page.
    fixed = [260, 90, 70] if width >= pt(700) else [170, 80, 64]
    rows = [
        [plain(s.title), plain(s.publisher), plain(s.date), plain(s.url)] for s in content.sources
    ]
    widths = [*fixed, width / canvas.scale - sum(fixed)]
    header = [
        PdfExport.tr("Source"),
        PdfExport.tr("Publisher"),
        PdfExport.tr("Date"),
        PdfExport.tr("URL"),
    ]
    out.append(Table(canvas, header, rows, widths, size=8))
    out.append(Spacer(pt(8)))
    for role in ("allegation", "response"):
        side = content.allegation_side if role == "allegation" else content.response_side
        prefix = f"{label(role)}: {plain(side.party)}."
        text = f"{prefix} {plain(side.description)}" if side.description else prefix
        bold = [format_range(0, utf16_len(prefix), span_format(bold=True))]
        para = Para(canvas, text, canvas.font(8.5), width, INK, formats=bold)
        out += [TextBlock(para), Spacer(pt(2))]
    out.append(Spacer(pt(4)))
    stamp = PdfExport.tr("Exported by {who} on {when} with Counterpoint.").format(
        who=plain(content.exported_by), when=content.exported_on
    )
    out.append(TextBlock(Para(canvas, stamp, canvas.font(8.5, italic=True), width, MUTED)))
    if content.filter_note:
        note = PdfExport.tr("Only the claims matching {filter}.").format(
            filter=plain(content.filter_note)
        )
        out.append(TextBlock(Para(canvas, note, canvas.font(8.5, bold=True), width, INK)))
    out += [Spacer(pt(12)), Heading(canvas, PdfExport.tr("Summary and legend"), width)]
    out += _summary_and_legend(canvas, content, width)
    return out


def _summary_and_legend(canvas: Canvas, content: ExportContent, width: float) -> list[Block]:
    pt = canvas.pt
    a, r = plain(content.party("allegation")), plain(content.party("response"))
    status_rows = [[n, str(x), str(y), str(t)] for n, x, y, t in summary_rows(content)]
    total = [sum(int(row[i]) for row in status_rows) for i in (1, 2, 3)]
    status_rows.append([PdfExport.tr("Total"), *map(str, total)])
    claims = Table(
        canvas, [PdfExport.tr("Claims by status"), a, r, PdfExport.tr("Total")], status_rows,
        [112, 96, 48, 40], numeric={1, 2, 3}, bold_last=True,
    )  # fmt: skip
    link_rows = [[n, str(k)] for n, k in relation_rows(content)]
    link_rows.append([PdfExport.tr("Total"), str(content.summary.links)])
    links = Table(canvas, [PdfExport.tr("Links by relation"), PdfExport.tr("Links")], link_rows,
                  [118, 40], numeric={1}, bold_last=True)  # fmt: skip
    records = PdfExport.tr("Evidence records: {n}").format(n=content.summary.evidence)
    evidence = _small(canvas, records, pt(290), INK, 8.5)
    wide = width >= pt(700)
    legend_w = width - pt(478) if wide else width
    rel, cred = content.legend_grades()
    half = (legend_w / canvas.scale) / 2 - 14
    grades = Stack(
        [
            _title(canvas, PdfExport.tr("Evidence grades (Admiralty scale)"), legend_w),
            Table(
                canvas,
                [
                    "",
                    PdfExport.tr("Source reliability"),
                    "",
                    PdfExport.tr("Information credibility"),
                ],
                [[k, v, k2, v2] for (k, v), (k2, v2) in zip(rel, cred, strict=True)],
                [14, half, 14, half],
                size=6.9,
                pad=2.2,
            ),
        ]
    )
    badges = Stack(
        [
            _title(canvas, PdfExport.tr("Status badges"), legend_w),
            StatusLegend(canvas, content, legend_w),
            Spacer(pt(8)),
            grades,
        ]
    )
    notes_w = pt(290) if wide else width
    relations = ", ".join(content.legend_relations())
    notes = Stack(
        [
            _title(canvas, PdfExport.tr("Reading the comparison"), notes_w),
            _small(
                canvas,
                PdfExport.tr("Relations: {relations}.").format(relations=relations),
                notes_w,
                INK,
                7.8,
                after=pt(3),
            ),
            _small(
                canvas,
                PdfExport.tr(
                    "An arrow points from each response to the allegation it answers, "
                    "with the relation written above it."
                ),
                notes_w,
                INK,
                7.8,
                after=pt(3),
            ),  # fmt: skip
            _small(
                canvas,
                PdfExport.tr(
                    "[E1], [E2] \u2026 refer to the evidence listed under Evidence, with "
                    "its citation and grade."
                ),
                notes_w,
                INK,
                7.8,
            ),  # fmt: skip
        ]
    )
    if wide:
        left = Stack([claims, Spacer(pt(6)), evidence, Spacer(pt(14)), notes])
        return [Row([(0.0, left), (pt(306), links), (pt(478), badges)])]
    tables = Row([(0.0, Stack([claims, Spacer(pt(6)), evidence])), (pt(306), links)])
    return [tables, Spacer(pt(10)), badges, Spacer(pt(10)), notes]


class Reference(Block):
    """One evidence record: number, citation, kind, date, grade, URL, summary.

    Kept whole; only one taller than a page is cut between lines ("[E3] (continued)").
    """

    def __init__(self, canvas: Canvas, ref, width: float):
        pt = canvas.pt
        self.canvas, self.number_w, self.ref = canvas, pt(34), ref
        e = ref.evidence
        self.inner = inner = width - self.number_w
        self.number = Para(canvas, ref.tag, canvas.font(9, bold=True), self.number_w, INK)
        parts = [Para(canvas, plain(e.citation), canvas.font(9, bold=True), inner, INK)]
        meta = [
            label(e.kind),
            e.date or PdfExport.tr("undated"),
            PdfExport.tr("Grade {grade}").format(grade=grade_text(e)),
        ]
        if e.url:
            meta.append(plain(e.url))
        if made(e.stamp):
            meta.append(PdfExport.tr("added by {who}").format(who=plain(made(e.stamp))))
        parts.append(Para(canvas, " \u00b7 ".join(meta), canvas.font(7.8), inner, MUTED))
        if e.summary:
            parts.append(Para(canvas, plain(e.summary), canvas.font(8), inner, INK))
        self.gap = pt(2.5)
        self.bottom = self.gap + pt(8)
        self.first = True  # this piece starts the record: the number is drawn beside it
        self._set_rows(lines_of([(self.gap if n else 0.0, p) for n, p in enumerate(parts)]))

    def _set_rows(self, rows: list[Line]) -> None:
        self.rows = rows
        self.height = sum(row.height for row in rows) + self.bottom

    def split(self, available, force=False):
        if not force:
            return None, self
        k = rows_that_fit(self.rows, available - self.bottom)
        if k < 1 or k >= len(self.rows):
            return None, self
        text = PdfExport.tr("{tag} (continued)").format(tag=self.ref.tag)
        stub = Para(self.canvas, text, self.canvas.font(7.8, italic=True), self.inner, MUTED)
        head, tail = copy.copy(self), copy.copy(self)
        head._set_rows(self.rows[:k])
        tail._set_rows([Line(0.0, stub), self.rows[k].with_gap(self.gap), *self.rows[k + 1 :]])
        tail.first = False
        return head, tail

    def paint(self, painter, x, y):
        if self.first:
            self.number.draw(painter, x, y)
        paint_rows(painter, self.rows, x + self.number_w, y)


def references(canvas: Canvas, content: ExportContent, width: float) -> list[Block]:
    """The numbered evidence list."""
    out: list[Block] = [Spacer(canvas.pt(10)), Heading(canvas, PdfExport.tr("Evidence"), width)]
    if not content.references:
        out.append(_small(canvas, PdfExport.tr("No evidence."), width))
    out += [Reference(canvas, ref, width) for ref in content.references]
    return out


HIGHLIGHT = {
    "allegation": QColor("#ffe0b2"),
    "response": QColor("#c5cae9"),
    "both": QColor("#e1bee7"),
}


def source_appendix(canvas: Canvas, content: ExportContent, width: float) -> list[Block]:
    """Each source's full text with the claim spans highlighted and each claim's id after it."""
    from PySide6.QtGui import QTextCharFormat

    pt = canvas.pt
    out: list[Block] = [PageBreak(), Heading(canvas, PdfExport.tr("Appendix: source text"), width)]
    out.append(
        _small(
            canvas,
            PdfExport.tr(
                "Allegation claims are highlighted in orange and underlined, response claims in "
                "blue with a dotted underline; the claim's id follows its span in brackets."
            ),
            width,
            after=pt(8),
        )
    )
    for source in content.sources:
        out.append(_title(canvas, plain(source.title), width))
        if source.quality_note:
            out.append(_small(canvas, plain(source.quality_note), width, italic=True, after=pt(6)))
        text, formats = [], []
        length = 0
        for start, piece, covering in segments(source.text, source_spans(content, source.id)):
            if covering:
                roles = {c.role for c in covering}
                kind = roles.pop() if len(roles) == 1 else "both"
                fmt = QTextCharFormat()
                fmt.setBackground(HIGHLIGHT[kind])
                fmt.setFontUnderline(True)
                if kind == "response":
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                formats.append(format_range(length, utf16_len(piece), fmt))
            text.append(piece)
            # Claim offsets count code points; Qt's format ranges count UTF-16 units.
            length += utf16_len(piece)
            for c in covering:
                if c.end == start + len(piece):
                    marker = f" [{c.key}]"
                    formats.append(
                        format_range(length, utf16_len(marker), span_format(bold=True, size=7))
                    )
                    text.append(marker)
                    length += utf16_len(marker)
        para = Para(canvas, "".join(text), canvas.font(9.5), min(width, pt(620)), INK, formats)
        out += [TextBlock(para), Spacer(pt(10))]
    return out
