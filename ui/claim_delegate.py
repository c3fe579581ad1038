"""Paints one claim row: status badge, speaker, quote, tag chips, evidence and link markers.

Every row has the same height (two lines of quote), so the view can lay out 10,000 rows without
asking each one for its size. The full quote is in the inspector and the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
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

from models.vocabulary import label
from ui.claims_model import Role
from ui.icons import icon
from ui.theme import chip_text_color, is_dark, status_colors

PAD = 8
GAP = 4
STRIPE = 4
ICON = 14
EMPHASIS_COLOR = QColor("#f2a900")
MAX_CACHE = 4000
# Short words for the badge; the inspector and the status bar use the full labels.
BADGE_WORDS = {
    "unassessed": "Unassessed",
    "supported": "Supported",
    "unsupported": "Unsupported",
    "disputed": "Disputed",
    "unverifiable": "Unverifiable",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClaimDelegate", text)


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """Mix colour b into a by amount (0..1)."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


class ClaimDelegate(QStyledItemDelegate):
    """Draws claims with a fixed, font-derived height; no widget per claim."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: dict[tuple[str, int, str], tuple[str, ...]] = {}
        self._pixmaps: dict[tuple[str, str, float], QPixmap] = {}

    def _icon(self, painter: QPainter, name: str, color: QColor, rect: QRect) -> None:
        """Draw an icon from a pixmap rendered once per name, colour and pixel ratio."""
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        key = (name, color.name(), ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = icon(name, color.name()).pixmap(QSize(ICON, ICON), ratio)
            self._pixmaps[key] = pixmap
        painter.drawPixmap(rect, pixmap)

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
        rect: QRect = option.rect
        pal: QPalette = option.palette
        dark = is_dark(pal)
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        muted = blend(text, base, 0.4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus) or bool(
            option.state & QStyle.StateFlag.State_Active
        )
        emphasised = bool(index.data(Role.EMPHASIS))
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)

        background = base
        bar = None
        if selected:
            amount = 0.32 if focused else 0.2
            background = blend(base, pal.color(QPalette.ColorRole.Highlight), amount)
            bar = pal.color(QPalette.ColorRole.Highlight)
        elif emphasised:
            background = blend(base, EMPHASIS_COLOR, 0.2 if not dark else 0.16)
            bar = EMPHASIS_COLOR
        elif hover:
            background = blend(base, text, 0.04)
        painter.fillRect(rect, background)
        if bar is not None:
            painter.fillRect(QRect(rect.left(), rect.top(), STRIPE, rect.height()), bar)
        painter.setPen(QPen(blend(base, text, 0.15), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        font = QFont(option.font)
        fm = QFontMetrics(font)
        line = fm.lineSpacing()
        left = rect.left() + STRIPE + PAD
        right = rect.right() - PAD
        top = rect.top() + PAD
        header_h = max(line, ICON + 4)

        # Header: badge, speaker ... markers on the right.
        status = index.data(Role.STATUS) or "unassessed"
        x = self._badge(painter, font, status, left, top, header_h, dark)
        marker_left = self._markers(painter, font, index, right, top, header_h, text, muted, dark)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        speaker_rect = QRect(x + GAP * 2, top, max(0, marker_left - x - GAP * 3), header_h)
        speaker = QFontMetrics(bold).elidedText(
            index.data(Role.SPEAKER) or _tr("Unknown speaker"),
            Qt.TextElideMode.ElideRight,
            speaker_rect.width(),
        )
        painter.drawText(
            speaker_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, speaker
        )

        # Quote: two wrapped lines, the second elided.
        painter.setFont(font)
        painter.setPen(text)
        quote_top = top + header_h + GAP
        width = max(10, right - left)
        for n, text_line in enumerate(self.quote_lines(index.data() or "", font, width)):
            painter.drawText(
                QRect(left, quote_top + n * line, width, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text_line,
            )

        # Tag chips.
        chips_top = quote_top + 2 * line + GAP
        self._chips(painter, font, index.data(Role.TAGS) or (), left, chips_top, right, muted)

    def _badge(self, painter, font, status, left, top, height, dark) -> int:
        """Draw the status badge (icon and words); return its right edge."""
        edge, fg, filled = status_colors(status, dark)
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        small.setBold(status == "unsupported")
        fm = QFontMetrics(small)
        words = _tr(BADGE_WORDS.get(status, label(status)))
        w = ICON + 4 + fm.horizontalAdvance(words) + 12
        badge = QRect(left, top + 1, w, height - 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if filled:
            painter.setBrush(edge)
            painter.setPen(QPen(edge, 1))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(edge, 1.2))
        painter.drawRoundedRect(badge.adjusted(0, 0, -1, -1), 4, 4)
        self._icon(
            painter, status, fg, QRect(badge.left() + 5, badge.center().y() - ICON // 2, ICON, ICON)
        )
        painter.setFont(small)
        painter.setPen(fg)
        painter.drawText(
            badge.adjusted(ICON + 8, 0, -4, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            words,
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        return badge.right()

    def _markers(self, painter, font, index, right, top, height, text, muted, dark) -> int:
        """Draw evidence count and link count or "unanswered"; return the left edge used."""
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        fm = QFontMetrics(small)
        painter.setFont(small)
        x = right
        evidence = int(index.data(Role.EVIDENCE_COUNT) or 0)
        links = int(index.data(Role.LINK_COUNT) or 0)
        items: list[tuple[str, str, QColor, bool]] = []
        if links:
            items.append(("link", str(links), muted, False))
        else:
            warn = QColor("#e0a000") if dark else QColor("#a15c00")
            words = (
                _tr("Unanswered") if index.data(Role.ROLE) == "allegation" else _tr("Not linked")
            )
            items.append(("unanswered", words, warn, True))
        items.append(("evidence", str(evidence), text if evidence else muted, False))
        for name, words, color, strong in reversed(items):
            wtext = fm.horizontalAdvance(words)
            x -= wtext
            f = QFont(small)
            f.setBold(strong)
            painter.setFont(f)
            painter.setPen(color)
            painter.drawText(QRect(x, top, wtext + 2, height), Qt.AlignmentFlag.AlignVCenter, words)
            x -= ICON + 2
            self._icon(painter, name, color, QRect(x, top + (height - ICON) // 2, ICON, ICON))
            x -= 10
        return x

    def _chips(self, painter, font, tags, left, top, right, muted) -> None:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        fm = QFontMetrics(small)
        painter.setFont(small)
        height = fm.height() + 2
        x = left
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for n, (name, color) in enumerate(tags):
            chip_w = min(fm.horizontalAdvance(name) + 14, 240)
            rest = len(tags) - n
            more = f"+{rest}"
            if x + chip_w > right - (fm.horizontalAdvance(more) + 8 if rest > 1 else 0):
                painter.setPen(muted)
                painter.drawText(
                    QRect(x, top, right - x, height), Qt.AlignmentFlag.AlignVCenter, more
                )
                break
            fill = QColor(color) if QColor.isValidColorName(color) else QColor("#777777")
            painter.setBrush(fill)
            painter.setPen(Qt.PenStyle.NoPen)
            chip = QRect(x, top, chip_w, height)
            painter.drawRoundedRect(chip, height / 2, height / 2)
            painter.setPen(chip_text_color(fill))
            painter.drawText(
                chip.adjusted(6, 0, -6, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(name, Qt.TextElideMode.ElideRight, chip_w - 12),
            )
            x += chip_w + GAP
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def quote_lines(
        self, quote: str, font: QFont, width: int, max_lines: int = 2
    ) -> tuple[str, ...]:
        """Wrap a quote into at most two lines, eliding the last; cached per width."""
        key = (quote, width, font.key())
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
