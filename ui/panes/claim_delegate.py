"""Paints one claim row: status badge, speaker, quote, tag chips, evidence and link markers.

Every row has the same height (two lines of quote), so the view can lay out 10,000 rows without
asking each one for its size. The full quote is in the inspector and the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTextLayout,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.common.icons import icon
from ui.common.labels import anchor_mark
from ui.common.labels import word as label  # in the reader's language (Qt's translator)
from ui.common.theme import (
    WARN_COLORS,
    badge_colors,
    chip_text_color,
    is_dark,
    readable,
)
from ui.panes.pane_model import Role

PAD = 8
GAP = 4
STRIPE = 4
ICON = 14
EMPHASIS_COLOR = QColor("#f2a900")
# A claim not placed in its source's current version: an orphan, or a proposal to review.
ANCHOR_COLORS = {"orphan": QColor("#8e24aa"), "proposed": QColor("#b45f06")}
ANCHOR_COLORS_DARK = {"orphan": QColor("#ce93d8"), "proposed": QColor("#f0b44c")}
ANCHOR_ICONS = {"orphan": "orphan", "proposed": "to-review"}
MAX_CACHE = 4000
# Short words for the badge; the inspector and the status bar use the full labels.
BADGE_WORDS = {
    "unassessed": QT_TRANSLATE_NOOP("ClaimDelegate", "Unassessed"),
    "supported": QT_TRANSLATE_NOOP("ClaimDelegate", "Supported"),
    "unsupported": QT_TRANSLATE_NOOP("ClaimDelegate", "Unsupported"),
    "disputed": QT_TRANSLATE_NOOP("ClaimDelegate", "Disputed"),
    "unverifiable": QT_TRANSLATE_NOOP("ClaimDelegate", "Unverifiable"),
}


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """Mix colour b into a by amount (0..1)."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


_LEFT = (Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft).value
_VCENTER = Qt.AlignmentFlag.AlignVCenter.value
_SELECTED = QStyle.StateFlag.State_Selected.value
_FOCUS = (QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Active).value
_HOVER = QStyle.StateFlag.State_MouseOver.value


class _Fonts:
    """The fonts and measures of a row, derived once per view font (not once per row)."""

    def __init__(self, font: QFont):
        self.font = QFont(font)
        self.key = font.key()
        self.metrics = QFontMetrics(self.font)
        self.widths: dict[str, int] = {}  # tag name -> advance in the small font
        self.speakers: dict[tuple[str, int], str] = {}  # (speaker, width) -> elided
        self.line = self.metrics.lineSpacing()
        self.header = max(self.line, ICON + 4)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.bold_metrics = QFontMetrics(self.bold)
        self.small = QFont(font)
        self.small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        self.small_metrics = QFontMetrics(self.small)
        self.marker = QFont(font)
        self.marker.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        self.marker_bold = QFont(self.marker)
        self.marker_bold.setBold(True)
        self.marker_metrics = QFontMetrics(self.marker)
        self.marker_bold_metrics = QFontMetrics(self.marker_bold)


class _Colors:
    """A palette's row colours, blended once per palette (not once per row)."""

    def __init__(self, pal: QPalette):
        self.dark = is_dark(pal)
        self.base = pal.color(QPalette.ColorRole.Base)
        self.text = pal.color(QPalette.ColorRole.Text)
        self.highlight = pal.color(QPalette.ColorRole.Highlight)
        self.muted = blend(self.text, self.base, 0.4)
        self.focused = blend(self.base, self.highlight, 0.32)
        self.selected = blend(self.base, self.highlight, 0.2)
        self.emphasised = blend(self.base, EMPHASIS_COLOR, 0.16 if self.dark else 0.2)
        self.hover = blend(self.base, self.text, 0.04)
        self.rule = QPen(blend(self.base, self.text, 0.15), 1)


class ClaimDelegate(QStyledItemDelegate):
    """Draws claims with a fixed, font-derived height; no widget per claim.

    What repeats from row to row (a status badge, the markers for the same counts, a tag chip)
    is drawn once into a pixmap and then copied, so a row costs a few pixmap copies, its
    speaker and its two lines of quote.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: dict[tuple[str, int, str], tuple[str, ...]] = {}
        self._pixmaps: dict[tuple, QPixmap] = {}
        self._fonts: dict[str, _Fonts] = {}
        self._colors: dict[int, _Colors] = {}

    def _colors_for(self, pal: QPalette) -> _Colors:
        key = pal.cacheKey()
        colors = self._colors.get(key)
        if colors is None:
            if len(self._colors) > 16:  # palettes change only with the theme
                self._colors.clear()
            colors = self._colors[key] = _Colors(pal)
        return colors

    def _fonts_for(self, font: QFont) -> _Fonts:
        key = font.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            fonts = self._fonts[key] = _Fonts(font)
        return fonts

    def _icon_pixmap(self, name: str, color: QColor, ratio: float) -> QPixmap:
        """An icon rendered once per name, colour and pixel ratio."""
        key = ("icon", name, color.name(), ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = icon(name, color.name()).pixmap(QSize(ICON, ICON), ratio)
            self._pixmaps[key] = pixmap
        return pixmap

    def _cached(self, key: tuple, size: QSize, ratio: float, draw) -> QPixmap:
        """A transparent pixmap of a size, drawn once by draw(painter) and kept under key."""
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            if len(self._pixmaps) > MAX_CACHE:
                self._pixmaps.clear()
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            try:
                draw(painter)
            finally:
                painter.end()
            self._pixmaps[key] = pixmap
        return pixmap

    # --- geometry -----------------------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """One height for every row: header, two quote lines, chips."""
        return QSize(200, self.row_height(option.font))

    @staticmethod
    def row_height(font: QFont) -> int:
        """The height of a row in that font."""
        fm = QFontMetrics(font)
        line = fm.lineSpacing()
        chip = fm.height() + 2
        return PAD + max(line, ICON + 4) + GAP + 2 * line + GAP + chip + PAD

    # --- painting -----------------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Paint one claim row."""
        painter.save()
        try:
            self._paint(painter, option, index)
        finally:
            painter.restore()

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        node = index.data(Role.NODE)
        if node is None:
            return
        claim = node.claim
        rect: QRect = option.rect
        colors = self._colors_for(option.palette)
        dark, text, muted = colors.dark, colors.text, colors.muted
        state = option.state.value
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        fonts = self._fonts_for(option.font)

        if state & _SELECTED:
            background = colors.focused if state & _FOCUS else colors.selected
            bar = colors.highlight
        elif index.data(Role.EMPHASIS):
            background, bar = colors.emphasised, EMPHASIS_COLOR
        else:
            background, bar = (colors.hover if state & _HOVER else colors.base), None
        anchoring = claim.anchor_state if claim.anchor_state in ANCHOR_ICONS else None
        if anchoring is not None and bar is None:
            bar = (ANCHOR_COLORS_DARK if dark else ANCHOR_COLORS)[anchoring]
        painter.fillRect(rect, background)
        if bar is not None:
            painter.fillRect(QRect(rect.left(), rect.top(), STRIPE, rect.height()), bar)
        painter.setPen(colors.rule)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        line = fonts.line
        left = rect.left() + STRIPE + PAD
        right = rect.right() - PAD
        top = rect.top() + PAD
        header_h = fonts.header

        # Header: badge, speaker ... markers on the right.
        badge = self._badge(fonts, claim.status or "unassessed", header_h, dark, background, ratio)
        painter.drawPixmap(left, top, badge)
        x = left + round(badge.width() / badge.devicePixelRatio())
        markers = self._markers(
            fonts,
            node.link_count,
            len(claim.evidence),
            claim.role,
            header_h,
            (text, muted),
            dark,
            background,
            ratio,
        )
        marker_w = round(markers.width() / markers.devicePixelRatio())
        painter.drawPixmap(right - marker_w, top, markers)
        marker_left = right - marker_w - 10
        painter.setFont(fonts.bold)
        painter.setPen(text)
        speaker_w = max(0, marker_left - x - GAP * 3)
        speaker_key = (claim.speaker or self.tr("Unknown speaker"), speaker_w)
        speaker = fonts.speakers.get(speaker_key)
        if speaker is None:
            if len(fonts.speakers) > MAX_CACHE:
                fonts.speakers.clear()
            speaker = fonts.bold_metrics.elidedText(
                speaker_key[0], Qt.TextElideMode.ElideRight, speaker_w
            )
            fonts.speakers[speaker_key] = speaker
        painter.drawText(QRect(x + GAP * 2, top, speaker_w, header_h), _LEFT, speaker)

        # Quote: two wrapped lines, the second elided.
        painter.setFont(fonts.font)
        quote_top = top + header_h + GAP
        width = max(10, right - left)
        quote = node.value(Qt.ItemDataRole.DisplayRole) or ""
        for n, text_line in enumerate(
            self.quote_lines(quote, fonts.font, width, font_key=fonts.key)
        ):
            painter.drawText(QRect(left, quote_top + n * line, width, line), _LEFT, text_line)

        # The anchoring mark (an orphan's "Not in the current version"), then the tag chips.
        chips_top, chips_left = quote_top + 2 * line + GAP, left
        if anchoring is not None:
            mark = self._anchor_mark(fonts, anchoring, dark, ratio)
            painter.drawPixmap(left, chips_top, mark)
            chips_left += round(mark.width() / mark.devicePixelRatio()) + GAP
        if node.tags:
            self._chips(painter, fonts, node.tags, chips_left, chips_top, right, muted)

    def _anchor_mark(self, fonts: _Fonts, state: str, dark: bool, ratio: float) -> QPixmap:
        """The outlined mark of an orphan or a proposal, drawn once per state and font."""
        fm = fonts.small_metrics
        height = fm.height() + 2
        words = anchor_mark(state)
        bold = QFont(fonts.small)
        bold.setBold(True)
        w = ICON + 4 + QFontMetrics(bold).horizontalAdvance(words) + 12
        color = (ANCHOR_COLORS_DARK if dark else ANCHOR_COLORS)[state]

        def draw(painter: QPainter) -> None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            pen = QPen(color, 1.2)
            pen.setStyle(Qt.PenStyle.DashLine if state == "orphan" else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.drawRoundedRect(QRect(0, 0, w, height).adjusted(0, 0, -1, -1), 4, 4)
            size = min(ICON, height - 2)
            at = QRect(4, (height - size) // 2, size, size)
            painter.drawPixmap(at, self._icon_pixmap(ANCHOR_ICONS[state], color, ratio))
            painter.setFont(bold)
            painter.setPen(color)
            painter.drawText(QRect(size + 7, 0, w - size - 9, height), _LEFT, words)

        key = ("anchor", state, dark, fonts.key, height, ratio)
        return self._cached(key, QSize(w, height), ratio, draw)

    def _badge(
        self, fonts: _Fonts, status: str, height: int, dark: bool, row: QColor, ratio: float
    ) -> QPixmap:
        """The status badge (icon and words), drawn once per status, font and row colour."""
        key = ("badge", status, dark, row.rgba(), fonts.key, height, ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            return pixmap
        words = self.tr(BADGE_WORDS.get(status, label(status)))
        small = QFont(fonts.small)
        small.setBold(status == "unsupported")
        w = ICON + 4 + QFontMetrics(small).horizontalAdvance(words) + 12
        edge, fg, filled = badge_colors(status, dark, row)

        def draw(painter: QPainter) -> None:
            badge = QRect(0, 1, w, height - 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            if filled:
                painter.setBrush(edge)
                painter.setPen(QPen(edge, 1))
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(edge, 1.2))
            painter.drawRoundedRect(badge.adjusted(0, 0, -1, -1), 4, 4)
            at = QRect(badge.left() + 5, badge.center().y() - ICON // 2, ICON, ICON)
            painter.drawPixmap(at, self._icon_pixmap(status, fg, ratio))
            painter.setFont(small)
            painter.setPen(fg)
            painter.drawText(badge.adjusted(ICON + 8, 0, -4, 0), _LEFT, words)

        return self._cached(key, QSize(w + 1, height), ratio, draw)

    def _markers(self, fonts, links, evidence, role, height, colors, dark, row, ratio) -> QPixmap:
        """Evidence count and link count or "unanswered", drawn once per combination."""
        text, muted = colors
        key = ("markers", links, evidence, role, dark, fonts.key, height, text.rgba(), row.rgba())
        key += (muted.rgba(), ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            return pixmap
        muted = readable(muted, row)  # (a search for a readable ink: once per pixmap, not row)
        items: list[tuple[str, str, QColor, bool]] = []
        if links:
            items.append(("link", str(links), muted, False))
        else:
            warn = readable(QColor(WARN_COLORS[dark]), row)
            words = self.tr("Unanswered") if role == "allegation" else self.tr("Not linked")
            items.append(("unanswered", words, warn, True))
        items.append(("evidence", str(evidence), text if evidence else muted, False))
        widths = [
            (fonts.marker_bold_metrics if strong else fonts.marker_metrics).horizontalAdvance(w)
            for _name, w, _c, strong in items
        ]
        total = sum(widths) + len(items) * (ICON + 2) + (len(items) - 1) * 10 + 2

        def draw(painter: QPainter) -> None:
            x = total - 2
            for (name, words, color, strong), wtext in reversed(
                list(zip(items, widths, strict=True))
            ):
                x -= wtext
                painter.setFont(fonts.marker_bold if strong else fonts.marker)
                painter.setPen(color)
                painter.drawText(QRect(x, 0, wtext + 2, height), _VCENTER, words)
                x -= ICON + 2
                at = QRect(x, (height - ICON) // 2, ICON, ICON)
                painter.drawPixmap(at, self._icon_pixmap(name, color, ratio))
                x -= 10

        return self._cached(key, QSize(total, height), ratio, draw)

    def _chips(self, painter, fonts: _Fonts, tags, left, top, right, muted) -> None:
        fm = fonts.small_metrics
        height = fm.height() + 2
        x = left
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        widths = fonts.widths
        for n, (name, color) in enumerate(tags):
            advance = widths.get(name)
            if advance is None:
                advance = widths[name] = fm.horizontalAdvance(name)
            chip_w = min(advance + 14, 240)
            rest = len(tags) - n
            more = f"+{rest}"
            more_w = widths.get(more) if rest > 1 else 0
            if more_w is None:
                more_w = widths[more] = fm.horizontalAdvance(more)
            if x + chip_w > right - (more_w + 8 if rest > 1 else 0):
                painter.setFont(fonts.small)
                painter.setPen(muted)
                painter.drawText(QRect(x, top, right - x, height), _VCENTER, more)
                break
            painter.drawPixmap(x, top, self._chip(fonts, name, color, chip_w, height, ratio))
            x += chip_w + GAP

    def _chip(self, fonts: _Fonts, name: str, color: str, w: int, h: int, ratio: float) -> QPixmap:
        """One tag chip, drawn once per name, colour and font."""

        def draw(painter: QPainter) -> None:
            fill = QColor(color) if QColor.isValidColorName(color) else QColor("#777777")
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setBrush(fill)
            painter.setPen(Qt.PenStyle.NoPen)
            chip = QRect(0, 0, w, h)
            painter.drawRoundedRect(chip, h / 2, h / 2)
            painter.setFont(fonts.small)
            painter.setPen(chip_text_color(fill))
            shown = fonts.small_metrics.elidedText(name, Qt.TextElideMode.ElideRight, w - 12)
            painter.drawText(chip.adjusted(6, 0, -6, 0), _LEFT, shown)

        key = ("chip", name, color, fonts.key, w, h, ratio)
        return self._cached(key, QSize(w, h), ratio, draw)

    def quote_lines(
        self, quote: str, font: QFont, width: int, max_lines: int = 2, font_key: str | None = None
    ) -> tuple[str, ...]:
        """Wrap a quote into at most two lines, eliding the last; cached per width and font."""
        key = (quote, width, font_key or font.key())
        cached = self._lines.get(key)
        if cached is not None:
            return cached
        if len(self._lines) > MAX_CACHE:
            self._lines.clear()
        layout = QTextLayout(quote, font)
        layout.beginLayout()
        lines: list[str] = []
        while len(lines) < max_lines:
            text_line = layout.createLine()
            if not text_line.isValid():
                break
            text_line.setLineWidth(width)
            start, length = text_line.textStart(), text_line.textLength()
            if len(lines) == max_lines - 1:
                rest = quote[start:]
                lines.append(
                    QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
                )
            else:
                lines.append(quote[start : start + length].rstrip())
        layout.endLayout()
        result = tuple(lines)
        self._lines[key] = result
        return result
