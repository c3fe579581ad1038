"""A ring around whichever widget has the keyboard focus, in every window of the application.

Fusion (and some native styles) draw no focus mark on tool buttons, combo boxes, tab bars or
scroll areas, so a keyboard user can lose the focus. One unpainted overlay per window follows
the focus and draws a ring in the palette's highlight colour around the part of the focused
widget that is on screen; it lets the mouse through and never takes the focus.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QRegion
from PySide6.QtWidgets import QApplication, QWidget

RING = 2  # px
_FOLLOW = {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Paint, QEvent.Type.Show}


def on_screen(widget: QWidget, window: QWidget) -> QRect:
    """The part of a widget's rectangle that its parents (scroll areas, docks) let show, in
    `window`'s coordinates. Not `visibleRegion()`: that leaves out the opaque children, so a
    list or a text field (its viewport) would be ringed around its scroll bar alone."""
    area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = area.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return area


class FocusRing(QWidget):
    """The ring around one window's focused widget (a child of that window, on top)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.hide()

    def follow(self, widget: QWidget | None) -> None:
        """Ring this widget (None: no ring)."""
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = widget
        if widget is not None:
            widget.installEventFilter(self)
        self.place()

    def place(self) -> None:
        """Around the part of the target that is on screen, within the window."""
        target = self.target
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            self.hide()
            return
        seen = on_screen(target, self.parentWidget())
        if seen.isEmpty():
            self.hide()
            return
        area = seen.adjusted(-RING, -RING, RING, RING).intersected(self.parentWidget().rect())
        if area != self.geometry():
            self.setGeometry(area)
            # Only the band around the target is the ring's: over the target itself it would
            # make Qt repaint the whole pane on every scroll instead of moving its pixels.
            hole = seen.translated(-area.topLeft())
            self.setMask(QRegion(self.rect()).subtracted(QRegion(hole)))
        if not self.isVisible():
            self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The target moved, changed size or was drawn again: follow it."""
        if watched is self.target:
            if event.type() == QEvent.Type.Hide:
                self.hide()
            elif event.type() in _FOLLOW:
                self.place()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """A rounded ring in the highlight colour."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), RING))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 3, 3)


class FocusRings(QObject):
    """Follows the application's focus and keeps one ring per window around it."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.setObjectName("focusRings")
        self._rings: dict[int, FocusRing] = {}
        app.focusChanged.connect(self._focus_changed)

    def ring_of(self, window: QWidget) -> FocusRing | None:
        """The ring of a window, if one was made."""
        ring = self._rings.get(id(window))
        return ring if ring is not None and shiboken6.isValid(ring) else None

    def _focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        if (
            old is not None
            and shiboken6.isValid(old)
            and (now is None or old.window() != now.window())
        ):
            ring = self.ring_of(old.window())
            if ring is not None:
                ring.follow(None)
        if now is None or now.isWindow():
            return
        window = now.window()
        if window.windowType() == Qt.WindowType.Popup:  # a menu or a combo box's list
            return
        ring = self.ring_of(window)
        if ring is None:
            key = id(window)
            ring = self._rings[key] = FocusRing(window)
            window.destroyed.connect(lambda _=None, key=key: self._rings.pop(key, None))
        ring.follow(now)


def install(app: QApplication) -> FocusRings:
    """Follow the focus in every window of the application (once, however often called)."""
    found = app.findChild(FocusRings, "focusRings")
    return found if found is not None else FocusRings(app)
