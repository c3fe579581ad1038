"""The one registry of icons: meaningful names mapped to qtawesome glyphs.

This is the only module that names qtawesome glyphs; everything else asks for `icon("unsupported")`.
Tag icons are user data (a glyph name stored with the tag) and go through `glyph_icon()`.

An untinted icon follows the theme by itself: it draws its glyph, each time it is painted, in the
colours `set_icon_colors` set last, so a Light ↔ Dark switch redraws every toolbar button, menu
item and status button without anyone setting their icons again (a pixmap taken from an icon is
a picture: a widget that shows one takes it again on QEvent.PaletteChange).
"""

from __future__ import annotations

from functools import cache

import qtawesome as qta
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

GLYPHS: dict[str, str] = {
    # statuses
    "unassessed": "mdi6.help-circle-outline",
    "supported": "mdi6.check-decagram",
    "unsupported": "mdi6.alert-octagon",
    "disputed": "mdi6.scale-unbalanced",
    "unverifiable": "mdi6.eye-off-outline",
    # sides and things
    "allegation": "mdi6.bullhorn-outline",
    "response": "mdi6.reply-outline",
    "claim": "mdi6.format-quote-open",
    "link": "mdi6.link-variant",
    "unlink": "mdi6.link-variant-off",
    "unanswered": "mdi6.comment-question-outline",
    "evidence": "mdi6.file-document-outline",
    # an evidence record's kind, beside its title where the Kind column has no room
    "evidence-document": "mdi6.file-document-outline",
    "evidence-report": "mdi6.file-chart-outline",
    "evidence-standard": "mdi6.file-certificate-outline",
    "evidence-leak": "mdi6.file-lock-open-outline",
    "evidence-testimony": "mdi6.account-voice",
    "tag": "mdi6.tag-outline",
    "source": "mdi6.text-box-outline",
    "note": "mdi6.note-text-outline",
    # actions
    "open": "mdi6.folder-open-outline",
    "import": "mdi6.file-import-outline",
    "export": "mdi6.file-export-outline",
    "pdf": "mdi6.file-pdf-box",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "history": "mdi6.history",
    "filter": "mdi6.filter-variant",
    "clear-filter": "mdi6.filter-variant-remove",
    "search": "mdi6.magnify",
    "add": "mdi6.plus",
    "edit": "mdi6.pencil-outline",
    "copy": "mdi6.content-copy",
    "delete": "mdi6.delete-outline",
    "merge": "mdi6.call-merge",
    "attach": "mdi6.paperclip",
    "detach": "mdi6.paperclip-off",
    "show-in-source": "mdi6.text-search",
    "keyboard": "mdi6.keyboard-outline",
    "quit": "mdi6.exit-to-app",
    "team": "mdi6.database-arrow-right-outline",
    "author": "mdi6.account-edit-outline",
    "present": "mdi6.projector-screen-outline",
    "reveal": "mdi6.eye-outline",
    "grade": "mdi6.school-outline",
    "worksheet": "mdi6.clipboard-text-outline",
    "settings": "mdi6.cog-outline",
    "warning": "mdi6.alert-outline",
    "revision": "mdi6.file-compare",
    "revision-moved": "mdi6.swap-vertical",
    "to-review": "mdi6.map-marker-question-outline",
    "orphan": "mdi6.map-marker-off-outline",
    "error": "mdi6.close-octagon-outline",
    # tag manager
    "colour": "mdi6.palette-outline",
    "tag-icon": "mdi6.emoticon-outline",
    "move-under": "mdi6.file-tree-outline",
    "new-sub-tag": "mdi6.tag-plus-outline",
}

FALLBACK = "mdi6.tag-outline"


class _ThemedEngine(QIconEngine):
    """Draws a glyph in the theme's colours of the moment (qtawesome's own icon is fixed)."""

    def __init__(self, glyph: str):
        super().__init__()
        self._glyph = glyph

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Paint the glyph as qtawesome does, with today's default colours."""
        _current(self._glyph).paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """A pixmap of the glyph in today's colours, drawn once per size, mode and state.

        A style asks for the pixmap on every paint of a button or an item (the inspector's
        status buttons on every step down a pane); the glyph is drawn again only after the
        colours change (set_icon_colors forgets them all).
        """
        key = (self._glyph, size.width(), size.height(), mode, state)
        pixmap = _pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
            painter.end()
            _pixmaps[key] = pixmap
        return pixmap

    def clone(self) -> QIconEngine:
        """A copy, for Qt."""
        return _ThemedEngine(self._glyph)


_DRAWN = "mdi6"  # the one icon font the app's own names use (GLYPHS, tag_glyph_choices)


@cache
def _drawn_font():
    """qtawesome with the one font the app draws from, or None (then qtawesome's own, whole).

    qtawesome's `icon()` loads, and hashes, all twelve of its fonts and their charmaps on first
    use (about 25 ms of CPU before the first paint); the app needs one (about 8 ms). Its colours
    are qtawesome's defaults all the same, which `set_icon_colors` sets.
    """
    from qtawesome.iconic_font import IconicFont

    spec = next((f for f in getattr(qta, "_BUNDLED_FONTS", ()) if f[0] == _DRAWN), None)
    try:
        return IconicFont(spec) if spec else None
    except Exception:  # a qtawesome that lays its fonts out otherwise: its own way, whole
        return None


def _glyph(glyph: str, **options) -> QIcon:
    font = _drawn_font() if glyph.startswith(_DRAWN + ".") else None
    return font.icon(glyph, **options) if font is not None else qta.icon(glyph, **options)


_pixmaps: dict[tuple, QPixmap] = {}  # the themed glyphs drawn so far, in today's colours


@cache
def _current(glyph: str) -> QIcon:
    return _glyph(glyph)  # in qtawesome's defaults, which set_icon_colors sets


@cache
def icon(name: str, color: str | None = None) -> QIcon:
    """Return the icon registered under a meaningful name, optionally tinted.

    Untinted, it follows the theme (see the module's docstring); tinted, it keeps its colour.
    """
    if name == "app":
        return app_icon()
    glyph = GLYPHS[name]
    return _glyph(glyph, color=color) if color else QIcon(_ThemedEngine(glyph))


@cache
def app_icon() -> QIcon:
    """The application's own icon, from the file the desktop entry installs (never tinted)."""
    from resources.desktop import ICON_SIZES, ICON_SVG, icon_png

    app = QIcon(str(ICON_SVG))
    for size in ICON_SIZES:  # crisp small sizes, drawn for them, beside the scalable one
        app.addFile(str(icon_png(size)), QSize(size, size))
    return app


@cache
def glyph_icon(glyph: str | None, color: str | None = None) -> QIcon:
    """Return the icon for a glyph name stored as data (a tag's icon), or a plain tag icon."""
    try:
        return _glyph(glyph or FALLBACK, color=color or QColor("#555555"))
    except Exception:  # an unknown glyph in a file must not break the window
        return _glyph(FALLBACK, color=color or QColor("#555555"))


def set_icon_colors(normal: str, disabled: str) -> None:
    """Tint every untinted icon for the palette in use (light or dark), those already shown too."""
    qta.set_defaults(color=normal, color_disabled=disabled)
    qta.reset_cache()  # qtawesome keeps its own icons, made with the old defaults
    if _drawn_font() is not None:
        _drawn_font().icon_cache = {}
    _current.cache_clear()
    _pixmaps.clear()
    glyph_icon.cache_clear()


class IconLabel(QLabel):
    """A label showing an icon as a picture, taken again when the palette changes."""

    def __init__(self, shown: QIcon, size: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._icon, self._size = shown, size
        self.setPixmap(shown.pixmap(size, size))

    def changeEvent(self, event: QEvent) -> None:
        """On a theme switch, the picture in the new colours."""
        if event.type() == QEvent.Type.PaletteChange:
            self.setPixmap(self._icon.pixmap(self._size, self._size))
        super().changeEvent(event)


def tag_glyph_choices() -> list[str]:
    """Glyphs offered when choosing a tag's icon."""
    return [
        "mdi6.tag-outline",
        "mdi6.hand-back-left",
        "mdi6.swap-horizontal",
        "mdi6.scale-balance",
        "mdi6.account-voice",
        "mdi6.incognito",
        "mdi6.shield-off-outline",
        "mdi6.shield-check-outline",
        "mdi6.file-document-outline",
        "mdi6.flag-outline",
        "mdi6.star-outline",
        "mdi6.alert-outline",
        "mdi6.lightbulb-outline",
        "mdi6.account-group-outline",
        "mdi6.earth",
        "mdi6.cellphone-wireless",
        "mdi6.gavel",
        "mdi6.newspaper-variant-outline",
    ]
