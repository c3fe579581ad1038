"""Presentation mode: one allegation at a time with its responses, full screen, for a classroom.

Entry point for the main window (View → Present, F5):

    from ui.classroom.presentation import present
    self._presentation = present(self.session, parent=self)  # a CaseSession or a CaseSnapshot

Keys: Right, Space or Page Down next; Left or Page Up back (a presenter's clicker sends Page
Down / Page Up); R reveals the assessments and rationales (hidden again on the next pair);
H toggles high contrast; Esc leaves. Type is sized from the window's height, so it reads from the
back of a room on any projector. Every text is drawn as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QWidget

from models.snapshot import CaseSnapshot, ClaimView
from ui.common.claim_lines import relation_label
from ui.common.fonts import register_fonts
from ui.common.labels import word as label  # in the reader's language (Qt's translator)

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up, Qt.Key.Key_Backspace}
MIN_SCALE = 0.4
READABLE_SCALE = 0.8  # responses that only fit smaller than this are split over two steps
SPLIT = 0.4  # the allegation's share of the width; the responses get the rest


@dataclass(frozen=True)
class Slide:
    """One allegation (None on the closing slide of unlinked responses) and its responses."""

    allegation: ClaimView | None
    responses: tuple[tuple[str | None, ClaimView], ...]  # (relation, response claim)


def build_slides(case: CaseSnapshot) -> list[Slide]:
    """One slide per allegation, in reading order, then one for responses linked to nothing."""
    slides, linked = [], set()
    for allegation in case.claims_of("allegation"):
        pairs = tuple(
            (link.relation, case.claim(link.response_id))
            for link in case.links_of(allegation.id)
            if link.allegation_id == allegation.id
        )
        linked.update(claim.id for _, claim in pairs)
        slides.append(Slide(allegation, pairs))
    rest = tuple((None, c) for c in case.claims_of("response") if c.id not in linked)
    if rest:
        slides.append(Slide(None, rest))
    return slides


@dataclass(frozen=True)
class _Block:
    rect: QRectF
    text: str
    font: QFont
    color: QColor
    frame: QColor | None = None  # a status badge's outline
    align: int = 0  # extra alignment flags (the progress sits on the right)


PALETTES = {
    False: {
        "background": "#f7f6f2",
        "text": "#161616",
        "muted": "#5a5a5a",
        "allegation": "#8c2f2f",
        "response": "#1f4f7a",
        "relation": "#7a4a00",
        "rule": "#c9c7c0",
    },
    True: {
        "background": "#000000",
        "text": "#ffffff",
        "muted": "#ffffff",
        "allegation": "#ffff00",
        "response": "#00ffff",
        "relation": "#ffff00",
        "rule": "#ffffff",
    },
}
STATUS_INK = {
    "unassessed": "#616161",
    "supported": "#1b5e20",
    "unsupported": "#b71c1c",
    "disputed": "#8a5100",
    "unverifiable": "#37474f",
}


class PresentationWindow(QWidget):
    """A full-screen slide show of a case: each allegation with the responses linked to it."""

    closed = Signal()

    def __init__(
        self, case: CaseSnapshot, high_contrast: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWindowTitle(self.tr("Presenting: {title}").format(title=case.title))
        self.case = case
        self.slides = build_slides(case)
        self.index = 0  # the step on screen: a pair, or a part of a pair with many responses
        self._steps: list[tuple[int, int, int]] | None = None  # (slide, first, stop) per step
        self._steps_size = None
        self.revealed = False
        self.high_contrast = high_contrast
        self.family = register_fonts()
        self._laid_out: tuple[tuple, list[_Block]] | None = None  # (key, blocks) last drawn
        self.resize(1280, 720)

    # --- state ----------------------------------------------------------------------------------

    @property
    def slide_index(self) -> int:
        """Which pair (allegation) is on screen, from 0."""
        steps = self.steps()
        return steps[self.index][0] if steps else 0

    def progress_text(self) -> str:
        """ "4 of 11": where the class is in the case (and which responses, if split)."""
        total = len(self.slides)
        text = self.tr("{n} of {total}").format(n=self.slide_index + 1 if total else 0, total=total)
        if total:
            slide, first, stop = self.steps()[self.index]
            count = len(self.slides[slide].responses)
            if stop - first == 1 and count > 1:
                text += " · " + self.tr("response {a} of {n}").format(a=stop, n=count)
            elif stop - first < count:
                text += " · " + self.tr("responses {a}–{b} of {n}").format(
                    a=first + 1, b=stop, n=count
                )
        return text

    def steps(self) -> list[tuple[int, int, int]]:
        """The steps of the show: a pair whose responses do not fit readably is split in parts."""
        if self._steps is None or self._steps_size != self.size():
            slide = self._steps[self.index][0] if self._steps else 0
            self._steps_size = self.size()
            self._steps = self._split_steps()
            # A case with no claims has no steps: stay at 0 rather than raise from a key press.
            self.index = next((i for i, s in enumerate(self._steps) if s[0] == slide), 0)
        return self._steps

    def _split_steps(self) -> list[tuple[int, int, int]]:
        # Parts are measured with the assessments shown, so revealing never reflows a part.
        steps: list[tuple[int, int, int]] = []
        was, self.revealed = self.revealed, True
        try:
            colors = {k: QColor(v) for k, v in PALETTES[self.high_contrast].items()}
            area = self._areas()[1]
            unit = self.height() / 1080 * READABLE_SCALE
            for n, slide in enumerate(self.slides):

                def fits(part, slide=slide):
                    return self._right_pane(Slide(slide.allegation, part), [], area, unit, colors)

                parts = _greedy_parts(slide.responses, fits)
                # Even parts read better than 3 + 3 + 1; keep them if they fit too.
                even = _even_parts(len(slide.responses), len(parts))
                if all(fits(slide.responses[a:b]) for a, b in even):
                    parts = even
                steps += [(n, a, b) for a, b in parts]
        finally:
            self.revealed = was
        return steps

    def go(self, step: int) -> None:
        """Move to the next (+1) or previous (-1) step; the assessments are hidden again."""
        target = max(0, min(len(self.steps()) - 1, self.index + step))
        if target != self.index:
            self.index = target
            self.revealed = False
            self._changed()

    def reveal(self, shown: bool = True) -> None:
        """Show (or hide) the assessments and rationales of the pair on screen."""
        self.revealed = shown
        self._changed()

    def set_high_contrast(self, on: bool) -> None:
        """Switch to white on black with yellow and cyan accents (or back)."""
        self.high_contrast = on
        self._changed()

    def visible_text(self) -> str:
        """Every text on screen now, top to bottom (for tests and screen readers)."""
        return "\n".join(b.text for b in self._layout())

    def _changed(self) -> None:
        """Repaint, and tell assistive technology what the slide says now."""
        self.update()
        self._expose_text()

    def _expose_text(self) -> None:
        # The slide is painted, not made of widgets: its words are the window's accessible
        # name (where the class is) and description (every text on screen, in reading order).
        name = self.tr("Slide {progress}").format(progress=self.progress_text())
        text = self.visible_text()
        if text == self.accessibleDescription() and name == self.accessibleName():
            return
        self.setAccessibleName(name)
        self.setAccessibleDescription(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Expose the first slide's text."""
        super().showEvent(event)
        self._expose_text()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A new size may split the responses differently: expose the text again."""
        super().resizeEvent(event)
        self._expose_text()

    # --- Qt events ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Next, back, reveal, contrast and leave; everything else goes to the base class."""
        key = event.key()
        if key in NEXT_KEYS:
            self.go(+1)
        elif key in BACK_KEYS:
            self.go(-1)
        elif key == Qt.Key.Key_Home:
            self.go(-len(self.steps()))
        elif key == Qt.Key.Key_End:
            self.go(len(self.steps()))
        elif key == Qt.Key.Key_R:
            self.reveal(not self.revealed)
        elif key == Qt.Key.Key_H:
            self.set_high_contrast(not self.high_contrast)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Tell the main window the presentation is over."""
        self.closed.emit()
        super().closeEvent(event)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        """Draw the pair on screen from the layout."""
        colors = PALETTES[self.high_contrast]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(colors["background"]))
        h = self.height()
        # Under the responses: a rule down the middle, like the panes of the window.
        p.setPen(QPen(QColor(colors["rule"]), max(1.0, h / 540)))
        x = self.width() * SPLIT
        p.drawLine(x, h * 0.12, x, h * 0.9)
        for block in self._layout():
            if block.frame is not None:
                p.setPen(QPen(block.frame, max(2.0, h / 360)))
                p.setBrush(Qt.BrushStyle.NoBrush)
                pad = QFontMetricsF(block.font).height() * 0.3
                p.drawRoundedRect(block.rect.adjusted(-pad, 0, pad, 0), pad, pad)
            p.setFont(block.font)
            p.setPen(block.color)
            flags = _wrap() if not block.align else _wrap(block.align)
            p.drawText(block.rect, flags, block.text)
        p.end()

    # --- layout ---------------------------------------------------------------------------------

    def _font(self, px: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(max(10, round(px)))
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def _layout(self) -> list[_Block]:
        """The blocks of the step on screen, laid out once per step, reveal, palette and size.

        Laying out shrinks the type in a loop of measurements; a repaint (a tooltip, a window
        passing over) must not pay for that again.
        """
        key = (self.index, self.revealed, self.high_contrast, self.size(), id(self.steps()))
        if self._laid_out is None or self._laid_out[0] != key:
            self._laid_out = (key, self._lay_out())
        return self._laid_out[1]

    def _lay_out(self) -> list[_Block]:
        """Lay the slide out; each pane shrinks its type until it fits, never below MIN_SCALE."""
        colors = {k: QColor(v) for k, v in PALETTES[self.high_contrast].items()}
        blocks = self._frame(colors)
        if not self.slides:
            return blocks
        number, first, stop = self.steps()[self.index]
        slide = self.slides[number]
        slide = Slide(slide.allegation, slide.responses[first:stop])
        h = float(self.height())
        for pane, area in zip((self._left_pane, self._right_pane), self._areas(), strict=True):
            scale = 1.0
            while True:
                placed: list[_Block] = []
                fits = pane(slide, placed, area, h / 1080 * scale, colors)
                if fits or scale <= MIN_SCALE:
                    break
                scale *= 0.92
            blocks += placed
        return blocks

    def _areas(self) -> tuple[QRectF, QRectF]:
        """Where the allegation and the responses go."""
        w, h = float(self.width()), float(self.height())
        margin, split = h * 0.045, w * SPLIT
        top, bottom = h * 0.12, h - margin - h / 1080 * 42
        return (
            QRectF(margin, top, split - margin * 1.5, bottom - top),
            QRectF(split + margin * 0.5, top, w - split - margin * 1.5, bottom - top),
        )

    def _frame(self, colors: dict) -> list[_Block]:
        """The title, the progress and the key hints around the slide."""
        w, h = float(self.width()), float(self.height())
        margin = h * 0.045
        top_px = h / 1080 * 30
        blocks = [
            _Block(
                QRectF(margin, margin * 0.6, w * 0.7, top_px * 1.5),
                self.case.title,
                self._font(top_px),
                colors["muted"],
            ),
            _Block(
                QRectF(w * 0.7, margin * 0.6, w * 0.3 - margin, top_px * 1.5),
                self.progress_text(),
                self._font(top_px, bold=True),
                colors["text"],
                align=int(Qt.AlignmentFlag.AlignRight),
            ),
            _Block(
                QRectF(margin, h - margin * 0.6 - top_px, w - 2 * margin, top_px * 1.2),
                self.tr("→ next   ← back   R reveal   H contrast   Esc leave"),
                self._font(top_px * 0.7),
                colors["muted"],
            ),
        ]
        if not self.slides:
            blocks.append(
                _Block(
                    QRectF(margin, h * 0.4, w - 2 * margin, h * 0.2),
                    self.tr("This case has no claims to present."),
                    self._font(60 * h / 1080),
                    colors["text"],
                )
            )
        return blocks

    def _left_pane(self, slide: Slide, blocks, left: QRectF, unit: float, colors) -> bool:
        if slide.allegation is not None:
            items = [
                (
                    self.case.side("allegation").party.upper() + " · " + self.tr("ALLEGATION"),
                    self._font(26 * unit, bold=True),
                    colors["allegation"],
                ),
                (f"\u201c{slide.allegation.quote}\u201d", self._font(54 * unit), colors["text"]),
            ]
            if slide.allegation.speaker:
                items.append(
                    ("— " + slide.allegation.speaker, self._font(26 * unit), colors["muted"])
                )
            items += self._assessment(slide.allegation, 34 * unit, colors)
        else:
            items = [
                (
                    self.tr("Responses linked to no allegation"),
                    self._font(40 * unit),
                    colors["text"],
                )
            ]
        return self._stack(blocks, left, items, gap=18 * unit)

    def _right_pane(self, slide: Slide, blocks, right: QRectF, unit: float, colors) -> bool:
        items = []
        party = self.case.side("response").party
        if not slide.responses:
            items.append(
                (self.tr("No response answers this."), self._font(38 * unit), colors["muted"])
            )
        for relation, response in slide.responses:
            head = party + (f" {relation_label(relation)}" if relation else "")
            items.append((head.upper(), self._font(24 * unit, bold=True), colors["relation"]))
            items.append((f"\u201c{response.quote}\u201d", self._font(38 * unit), colors["text"]))
            items += self._assessment(response, 28 * unit, colors)
            items.append(("", self._font(14 * unit), colors["text"]))
        return self._stack(blocks, right, items[:-1] if slide.responses else items, 10 * unit)

    def _assessment(self, claim: ClaimView, px: float, colors: dict) -> list:
        if not self.revealed:
            return [(self.tr("Assessment hidden (R)"), self._font(px * 0.7), colors["muted"])]
        ink = colors["text"] if self.high_contrast else QColor(STATUS_INK[claim.status])
        badge = (label(claim.status).upper(), self._font(px, bold=True), ink, ink)
        rows = [badge]
        if claim.rationale:
            rows.append((claim.rationale, self._font(px * 0.9, italic=True), colors["text"]))
        return rows

    def _stack(self, blocks: list[_Block], area: QRectF, items: list, gap: float) -> bool:
        """Place items down an area; return whether they all fit."""
        y = area.top()
        for item in items:
            text, font, color = item[:3]
            frame = item[3] if len(item) > 3 else None
            metrics = QFontMetricsF(font)
            pad = metrics.height() * 0.3 if frame is not None else 0.0
            width = area.width() if frame is None else metrics.horizontalAdvance(text) * 1.02
            bound = metrics.boundingRect(QRectF(0, 0, area.width(), 1e6), _wrap(), text)
            height = max(bound.height(), metrics.height())
            rect = QRectF(area.left() + pad, y, width, height)
            blocks.append(_Block(rect, text, font, color, frame))
            y += height + gap
        return y - gap <= area.bottom()


def _greedy_parts(items: tuple, fits) -> list[tuple[int, int]]:
    """Split items into as few runs as fit, each at least one item long."""
    parts, first = [], 0
    while True:
        stop = first + 1
        while stop < len(items) and fits(items[first : stop + 1]):
            stop += 1
        stop = min(stop, len(items))
        parts.append((first, stop))
        first = stop
        if first >= len(items):
            return parts


def _even_parts(count: int, parts: int) -> list[tuple[int, int]]:
    """Split count items into that many runs of nearly equal length."""
    bounds, first = [], 0
    for i in range(parts):
        size = count // parts + (1 if i < count % parts else 0)
        bounds.append((first, first + size))
        first += size
    return bounds


def _wrap(horizontal: int = int(Qt.AlignmentFlag.AlignLeft)) -> int:
    return horizontal | int(Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def present(
    session_or_snapshot, parent: QWidget | None = None, high_contrast: bool = False
) -> PresentationWindow:
    """Open presentation mode full screen on a CaseSession's open case (or a CaseSnapshot)."""
    case = getattr(session_or_snapshot, "snapshot", session_or_snapshot)
    if not isinstance(case, CaseSnapshot):
        raise ValueError("There is no open case to present.")
    window = PresentationWindow(case, high_contrast=high_contrast, parent=parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # leaving frees it
    window.showFullScreen()
    window.raise_()
    window.activateWindow()
    window.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    return window
