"""Page layout for the PDF export: plain-text paragraphs, blocks, and a paginator.

Everything is measured in points and converted to device units once (`Canvas.pt`), so the layout
code reads like a page spec. Text is laid out with QTextLayout from plain strings: nothing from a
user or a source is ever parsed as markup.
"""

from __future__ import annotations

import copy
from collections import deque
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from ui.common.fonts import register_fonts
from ui.common.translation import Context

PdfExport = Context("PdfExport")


INK = QColor("#212121")
MUTED = QColor("#5f6368")
RULE = QColor("#b0bec5")
FAINT = QColor("#eceff1")


class Canvas:
    """The paint device with the fonts made for it, and the point-to-device scale."""

    def __init__(self, device: QPaintDevice, family: str | None = None):
        self.device = device
        self.scale = device.logicalDpiY() / 72.0
        self.family = family or register_fonts()
        self._fonts: dict[tuple, QFont] = {}
        self._paras: dict[tuple, Para] = {}

    def pt(self, points: float) -> float:
        """Points to device units."""
        return points * self.scale

    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        """A font of the bundled family at a size in points."""
        key = (size, bold, italic)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(self.family)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setItalic(italic)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            font.setKerning(True)
            # No ligatures: "fi" must stay two letters so the PDF's text can be searched for "file".
            for tag in ("liga", "clig", "dlig"):
                font.setFeature(QFont.Tag(tag), 0)
            self._fonts[key] = font
        return font

    def shared_para(
        self,
        text: str,
        font: QFont,
        width: float,
        color: QColor = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> Para:
        """A paragraph laid out once and drawn wherever the same words recur (chips, badges).

        Many thousand pages repeat the same few labels; laying each out again was a third of the
        layouts of a long export. The font must come from `font()`, so equal fonts are one object.
        """
        key = (text, id(font), width, color.rgba(), align)
        para = self._paras.get(key)
        if para is None:
            para = self._paras[key] = Para(self, text, font, width, color, align=align)
        return para


def plain(text: str | None) -> str:
    """Outside text on one line: runs of whitespace become one space."""
    return " ".join((text or "").split())


def span_format(bold=False, italic=False, color: QColor | None = None, size: float | None = None):
    """A character format for a run inside a paragraph (a bold label, a highlight)."""
    fmt = QTextCharFormat()
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if color is not None:
        fmt.setForeground(color)
    if size is not None:
        fmt.setFontPointSize(size)
    return fmt


def utf16_len(text: str) -> int:
    """The length of text in UTF-16 code units, which is how Qt counts (an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2


def format_range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    """A format applied to a run of text; start and length in UTF-16 units (see utf16_len)."""
    rng = QTextLayout.FormatRange()
    rng.start, rng.length, rng.format = start, length, fmt
    return rng


_WRAP = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
_WORDS = QTextOption.WrapMode.WordWrap  # never inside a word (a table's header)
_LEFT = Qt.AlignmentFlag.AlignLeft
_OPTIONS: dict[tuple[Qt.AlignmentFlag, bool], QTextOption] = {}


def _text_option(align: Qt.AlignmentFlag, whole_words: bool = False) -> QTextOption:
    # One option per alignment: building one per paragraph was measurable over 30,000 of them.
    option = _OPTIONS.get((align, whole_words))
    if option is None:
        option = _OPTIONS[align, whole_words] = QTextOption(align)
        option.setWrapMode(_WORDS if whole_words else _WRAP)
    return option


class Para:
    """A paragraph of plain text wrapped to a width; can be drawn whole or by lines."""

    def __init__(
        self,
        canvas: Canvas,
        text: str,
        font: QFont,
        width: float,
        color: QColor = INK,
        formats: list | None = None,
        align: Qt.AlignmentFlag = _LEFT,
        line_spacing: float = 1.18,
        whole_words: bool = False,
    ):
        self.color = color
        # Line separators keep the source's line breaks inside one layout.
        layout = self.layout = QTextLayout(text.replace("\n", "\u2028"), font, canvas.device)
        layout.setTextOption(_text_option(align, whole_words))
        # Keep the shaped glyphs: without the cache, draw() shapes the text a second time.
        layout.setCacheEnabled(True)
        if formats:
            layout.setFormats(formats)
        layout.beginLayout()
        y, tops, heights = 0.0, [], []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            step = line.height() * line_spacing
            tops.append(y)
            heights.append(step)
            y += step
        layout.endLayout()
        self.tops, self.heights = tops, heights
        self.height = y
        self.width = width

    @property
    def line_count(self) -> int:
        """How many lines the paragraph has."""
        return len(self.heights)

    def natural_width(self) -> float:
        """The width of the longest line."""
        return max(
            (self.layout.lineAt(i).naturalTextWidth() for i in range(self.line_count)), default=0
        )

    def draw(self, painter: QPainter, x: float, y: float, first: int = 0, last: int | None = None):
        """Draw lines first..last (all by default) with the first one's top at y."""
        painter.setPen(self.color)
        if first == 0 and last is None:
            self.layout.draw(painter, QPointF(x, y))
            return
        last = self.line_count if last is None else last
        shift = self.tops[first] if first < self.line_count else 0
        for i in range(first, last):
            self.layout.lineAt(i).draw(painter, QPointF(x, y - shift))


class Block:
    """Something placed on a page: measured once, painted at a position, maybe split."""

    height: float = 0.0
    keep_with_next = False
    page_header: Block | None = None  # repeated at the top of each page this block starts

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw the block with its top-left corner at (x, y)."""

    def split(self, available: float, force: bool = False) -> tuple[Block | None, Block | None]:
        """Cut the block so the head fits in `available`; (None, self) if it cannot be cut.

        `force` asks a block that is normally kept whole (a claim card) to be cut anyway: it is
        taller than a page, and drawing it whole would run off the paper.
        """
        return None, self

    def min_height(self) -> float:
        """The least height the block needs on a page (its first unbreakable part)."""
        return self.height


class Line:
    """One unbreakable row of a block that may be cut between rows: a paragraph's line or a part.

    A part that is not a paragraph (tag chips, a card's head) has `height` and `paint`.
    """

    __slots__ = ("gap", "height", "index", "part")

    def __init__(self, gap: float, part, index: int | None = None):
        self.gap, self.part, self.index = gap, part, index
        self.height = gap + (part.heights[index] if index is not None else part.height)

    def with_gap(self, gap: float) -> Line:
        """The same row with another space above it."""
        return Line(gap, self.part, self.index)

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        """Draw the row with its top (the space above included) at y."""
        if self.index is not None:
            self.part.draw(painter, x, y + self.gap, self.index, self.index + 1)
        elif isinstance(self.part, Para):
            self.part.draw(painter, x, y + self.gap)
        else:
            self.part.paint(painter, x, y + self.gap)


def lines_of(parts: list[tuple[float, object]]) -> list[Line]:
    """(space above, part) pairs as rows: a paragraph gives a row per line, anything else one."""
    rows: list[Line] = []
    for gap, part in parts:
        if isinstance(part, Para):
            rows += [Line(gap if i == 0 else 0.0, part, i) for i in range(part.line_count)]
        else:
            rows.append(Line(gap, part))
    return rows


def paint_rows(painter: QPainter, rows: list[Line], x: float, y: float) -> None:
    """Draw rows one under the other; a paragraph's consecutive lines are drawn in one call."""
    i = 0
    while i < len(rows):
        row = rows[i]
        j = i + 1
        if row.index is not None:
            while (
                j < len(rows)
                and rows[j].part is row.part
                and rows[j].index == rows[j - 1].index + 1
            ):
                j += 1
            whole = row.index == 0 and j - i == row.part.line_count
            last = None if whole else rows[j - 1].index + 1
            row.part.draw(painter, x, y + row.gap, row.index, last)
        else:
            row.paint(painter, x, y)
        y += sum(r.height for r in rows[i:j])
        i = j


def rows_that_fit(rows: list[Line], room: float) -> int:
    """How many rows from the first fit in room."""
    used, k = 0.0, 0
    while k < len(rows) and used + rows[k].height <= room:
        used += rows[k].height
        k += 1
    return k


class Spacer(Block):
    """Vertical space."""

    def __init__(self, height: float):
        self.height = height


class PageBreak(Block):
    """Start a new page here (unless the page is still empty)."""


class TextBlock(Block):
    """A paragraph that may break between its lines across pages."""

    def __init__(self, para: Para, indent: float = 0.0, first: int = 0, last: int | None = None):
        self.para, self.indent = para, indent
        self.first, self.last = first, para.line_count if last is None else last
        self.height = sum(para.heights[self.first : self.last])

    def paint(self, painter, x, y):
        self.para.draw(painter, x + self.indent, y, self.first, self.last)

    def split(self, available, force=False):
        used, k = 0.0, self.first
        while k < self.last and used + self.para.heights[k] <= available:
            used += self.para.heights[k]
            k += 1
        least = 1 if force else 2  # no widows or orphans, unless the page cannot hold more
        if k - self.first < least or self.last - k < least:
            return None, self
        head = TextBlock(self.para, self.indent, self.first, k)
        return head, TextBlock(self.para, self.indent, k, self.last)

    def min_height(self):
        return sum(self.para.heights[self.first : self.first + 2])


class Heading(TextBlock):
    """A section heading with a rule under it; never the last thing on a page."""

    keep_with_next = True

    def __init__(
        self, canvas: Canvas, text: str, width: float, size: float = 13.0, line_spacing=1.18
    ):
        font = canvas.font(size, bold=True)
        super().__init__(Para(canvas, text, font, width, line_spacing=line_spacing))
        self.canvas, self.rule_width = canvas, width
        self.gap = canvas.pt(3)
        self.height += self.gap + canvas.pt(8)

    def paint(self, painter, x, y):
        self.para.draw(painter, x, y)
        rule_y = y + self.para.height + self.gap
        painter.setPen(QPen(QColor("#37474f"), self.canvas.pt(1.2)))
        painter.drawLine(QPointF(x, rule_y), QPointF(x + self.rule_width, rule_y))

    def split(self, available, force=False):
        return None, self

    def min_height(self):
        return self.height


@dataclass
class Row(Block):
    """Blocks side by side at fixed offsets; as tall as the tallest; never split."""

    cells: list[tuple[float, Block]] = field(default_factory=list)

    def __post_init__(self):
        self.height = max((b.height for _, b in self.cells), default=0.0)

    def paint(self, painter, x, y):
        for dx, block in self.cells:
            block.paint(painter, x + dx, y)

    def split(self, available, force=False):
        """Cut every cell taller than `available` at the same height (stacks, between blocks):
        the summary's columns go on on the next page rather than leave page 1 empty."""
        head, tail = [], []
        for dx, block in self.cells:
            if block.height <= available:
                head.append((dx, block))
                continue
            top, rest = block.split(available)
            if top is None:
                return None, self
            head.append((dx, top))
            tail.append((dx, rest))
        if not tail:
            return None, self
        return Row(head), Row(tail)

    def min_height(self):
        return max((b.min_height() for _, b in self.cells), default=0.0)


class Stack(Block):
    """Blocks one above the other (a small table, a legend); cut only between them, never
    right under a title."""

    def __init__(self, blocks: list[Block]):
        self.blocks = blocks
        self.height = sum(b.height for b in blocks)

    def paint(self, painter, x, y):
        for block in self.blocks:
            block.paint(painter, x, y)
            y += block.height

    def split(self, available, force=False):
        used, k = 0.0, 0
        while k < len(self.blocks) and used + self.blocks[k].height <= available:
            used += self.blocks[k].height
            k += 1
        while k > 0 and (
            self.blocks[k - 1].keep_with_next or isinstance(self.blocks[k - 1], Spacer)
        ):
            k -= 1  # a title goes over with what it heads; a space is not left at the foot
        rest = self.blocks[k:]
        while rest and isinstance(rest[0], Spacer):
            rest = rest[1:]
        if k == 0 or not rest:
            return None, self
        return Stack(self.blocks[:k]), Stack(rest)

    def min_height(self):
        return self.blocks[0].min_height() if self.blocks else 0.0


class Table(Block):
    """A small table of plain text: header row, ruled rows, right-aligned number columns."""

    def __init__(
        self,
        canvas: Canvas,
        header: list[str],
        rows: list[list[str]],
        widths: list[float],
        numeric: set[int] = frozenset(),
        size: float = 8.5,
        bold_last: bool = False,
        pad: float = 3.2,
    ):
        pad = canvas.pt(pad)
        self.pad = pad
        self.canvas = canvas
        self.widths, head_sizes = _header_widths(
            canvas, header, rows, [canvas.pt(w) for w in widths], size, pad
        )

        def cells(values, bold, whole_words=False):
            out = []
            for i, value in enumerate(values):
                align = Qt.AlignmentFlag.AlignRight if i in numeric else Qt.AlignmentFlag.AlignLeft
                font = canvas.font(head_sizes[i] if whole_words else size, bold=bold)
                width = self.widths[i] - 2 * pad
                para = Para(canvas, value, font, width, align=align, whole_words=whole_words)
                if whole_words and para.natural_width() > width:
                    # A word wider than any column can be: broken, rather than drawn outside.
                    para = Para(canvas, value, font, width, align=align)
                out.append(para)
            return out

        self.rows = [cells(header, True, whole_words=True)]
        for n, values in enumerate(rows):
            self.rows.append(cells(values, bold_last and n == len(rows) - 1))
        self.row_heights = [max(p.height for p in row) + 2 * pad for row in self.rows]
        self.height = sum(self.row_heights)

    def split(self, available, force=False):
        """Cut between rows, at least two on each side; the rest repeats the header row."""
        used, k = self.row_heights[0], 1
        while k < len(self.rows) and used + self.row_heights[k] <= available:
            used += self.row_heights[k]
            k += 1
        if k < 3 or len(self.rows) - k < 2:
            return None, self
        return self._rows_of(range(1, k)), self._rows_of(range(k, len(self.rows)))

    def min_height(self):
        return sum(self.row_heights[:3])

    def _rows_of(self, indexes) -> Table:
        piece = copy.copy(self)
        piece.rows = [self.rows[0], *(self.rows[i] for i in indexes)]
        piece.row_heights = [self.row_heights[0], *(self.row_heights[i] for i in indexes)]
        piece.height = sum(piece.row_heights)
        return piece

    def paint(self, painter, x, y):
        total = sum(self.widths)
        painter.fillRect(QRectF(x, y, total, self.row_heights[0]), FAINT)
        for r, row in enumerate(self.rows):
            cx = x
            for i, para in enumerate(row):
                para.draw(painter, cx + self.pad, y + self.pad)
                cx += self.widths[i]
            y += self.row_heights[r]
            painter.setPen(QPen(RULE, self.canvas.pt(0.5 if r else 0.9)))
            painter.drawLine(QPointF(x, y), QPointF(x + total, y))


def _header_widths(
    canvas: Canvas,
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    size: float,
    pad: float,
) -> tuple[list[float], list[float]]:
    """Column widths (same total) and header font sizes with which every header word fits whole.

    A column whose header has a word wider than it (a long party name) takes the room it needs
    from the columns with room over: first only room that makes no other header wrap anew, then
    (with that header's type a little smaller, down to 6.5 pt) room down to the longest word of
    each column's header and cells. A word wider than all that is broken after all.
    """
    bold = QFontMetricsF(canvas.font(size, bold=True), canvas.device)
    regular = QFontMetricsF(canvas.font(size), canvas.device)

    def longest(metrics, text: str) -> float:
        return max((metrics.horizontalAdvance(w) for w in text.split()), default=0.0) + 2 * pad

    n = len(widths)
    need = [longest(bold, text) for text in header]
    cells = [
        max([0.0, *(longest(regular, row[i]) for row in rows if i < len(row))]) for i in range(n)
    ]
    loose = [max(need[i], cells[i]) for i in range(n)]
    whole = [bold.horizontalAdvance(text) + 2 * pad for text in header]
    # Room a column can give without its own header breaking onto another line.
    strict = [max(loose[i], whole[i] if whole[i] <= widths[i] else need[i]) for i in range(n)]
    widths, sizes = list(widths), [size] * n

    def spare(keep, i) -> float:
        return sum(max(widths[j] - keep[j], 0.0) for j in range(n) if j != i)

    def give(keep, i) -> None:
        short = need[i] - widths[i]
        for j in sorted(range(n), key=lambda j: keep[j] - widths[j]):
            if short <= 0:
                return
            part = min(widths[j] - keep[j], short) if j != i else 0.0
            if part > 0:
                widths[j] -= part
                widths[i] += part
                short -= part

    for i in range(n):
        if need[i] <= widths[i]:
            continue
        room = widths[i] + spare(strict, i)
        if need[i] > room:  # smaller type for this header, so fewer others must wrap
            sizes[i] = max(6.5, size * (room - 2 * pad) / (need[i] - 2 * pad))
            need[i] = longest(QFontMetricsF(canvas.font(sizes[i], bold=True), canvas.device),
                              header[i])  # fmt: skip
        give(strict, i)
        if need[i] > widths[i]:
            give(loose, i)
    return widths, sizes


@dataclass
class Page:
    """The blocks placed on one page, with their positions."""

    placed: list[tuple[Block, float]] = field(default_factory=list)


def _kept_with(queue: deque, page: float) -> float:
    """The height a heading needs below it: the headings and spaces that follow it, and the
    start of the first block that is neither (all of it, unless it is taller than a page: then
    a few lines, since it will be cut anyway)."""
    chain = 0.0
    for block in queue:
        if isinstance(block, PageBreak):
            return chain
        if block.keep_with_next or isinstance(block, Spacer):
            chain += block.height
            continue
        following = block.min_height()
        return chain + (following if chain + following <= page else page / 6)
    return chain


def paginate(
    blocks: list[Block], top: float, bottom: float, first_top: float | None = None
) -> list[Page]:
    """Place blocks on pages: never split what cannot be split, headings stay with what follows.

    A block that cannot be cut as usual and is taller than a whole page is cut anyway
    (`split(force=True)`) at the top of a page, rather than drawn off the paper.
    """
    pages, y = [Page()], top if first_top is None else first_top
    queue = deque(blocks)

    def new_page(header: Block | None):
        nonlocal y
        pages.append(Page())
        y = top
        if header is not None:
            pages[-1].placed.append((header, y))
            y += header.height

    def place(block: Block):
        nonlocal y
        pages[-1].placed.append((block, y))
        y += block.height

    while queue:
        block = queue.popleft()
        if isinstance(block, PageBreak):
            if pages[-1].placed:
                new_page(None)
            continue
        if isinstance(block, Spacer) and len(pages) > 1 and not pages[-1].placed:
            continue  # a space is not carried to the top of a page
        if block.page_header is not None and not pages[-1].placed:
            place(block.page_header)
        room = bottom - y
        needed = block.height
        if block.keep_with_next and queue:
            needed += _kept_with(queue, bottom - top)
        if needed <= room:
            place(block)
            continue
        head, tail = block.split(room) if not block.keep_with_next else (None, block)
        at_top = not pages[-1].placed or (
            len(pages[-1].placed) == 1 and pages[-1].placed[0][0] is block.page_header
        )
        header_h = block.page_header.height if block.page_header is not None else 0.0
        under_headings = all(
            b is block.page_header or b.keep_with_next for b, _ in pages[-1].placed
        )
        if head is None and (at_top or (under_headings and block.height > bottom - top - header_h)):
            # It does not fit on a page of its own: cut it here, through a card if need be.
            head, tail = block.split(room, force=True)
        if head is not None:
            place(head)
            new_page(tail.page_header)
            queue.appendleft(tail)
            continue
        if at_top:
            # Cannot be cut at all (one row taller than a page): place it rather than loop forever.
            place(block)
            continue
        # The headings (and column titles) that end this page go over with the block they head.
        kept: list[Block] = []
        placed = pages[-1].placed
        while (
            not under_headings  # (else they would go round from page to page)
            and len(placed) > 1
            and (placed[-1][0].keep_with_next or isinstance(placed[-1][0], Spacer))
        ):
            kept.insert(0, placed.pop()[0])
        while kept and isinstance(kept[0], Spacer):
            kept.pop(0)  # a space is not carried to the top of a page
        queue.appendleft(block)
        queue.extendleft(reversed(kept))
        new_page(None if block.page_header in kept else block.page_header)
    return [p for p in pages if p.placed]
