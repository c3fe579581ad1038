"""Colours, palettes and the font size: the window's look in one place (light and dark).

The status colours come from models.palette, the bundled fonts from ui.common.fonts, shared with
the PDFs and the HTML export.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from models.palette import contrast_ratio, status_color

THEMES = ("system", "light", "dark")

# Relation colours are chosen to stay apart for the common kinds of colour blindness as far as
# seven hues can; the gutter never relies on colour alone (the inspector names the relation).
RELATION_COLORS = {
    "denies": "#d32f2f",
    "rebuts": "#7b1fa2",
    "concedes": "#2e7d32",
    "counter_accuses": "#ef6c00",
    "deflects": "#757575",
    "questions_evidence": "#1565c0",
    "clarifies": "#00897b",
}

# Only "unsupported" is a filled badge in the window, so it stands out in black and white as well
# as in colour; its fill keeps the light colour (white words on it read on both themes).
FILLED_STATUSES = frozenset({"unsupported"})


def relation_color(relation: str) -> QColor:
    """The colour of a link of that relation."""
    return QColor(RELATION_COLORS.get(relation, "#757575"))


def status_colors(status: str, dark: bool) -> tuple[QColor, QColor, bool]:
    """Badge colours of a status: (edge or fill, text, filled), from the one table in models."""
    filled = status in FILLED_STATUSES
    edge = QColor(status_color(status, dark=dark and not filled))
    return edge, QColor("#ffffff") if filled else edge, filled


# The "unanswered" / "not linked" marker, on the light and the dark theme.
WARN_COLORS = {False: "#a15c00", True: "#e0a000"}
READABLE = 4.5  # WCAG 2's contrast ratio for text


def readable(color: QColor, background: QColor, minimum: float = READABLE) -> QColor:
    """`color`, darkened (or lightened, on a dark background) until it reads on `background`.

    A selected or emphasised row is tinted, so a badge's words that read on the plain row may
    not on it: every badge and marker takes its ink through here.
    """
    towards = QColor("#000000") if background.lightness() >= 128 else QColor("#ffffff")
    ink = QColor(color)
    amount = 0.0
    while contrast_ratio(ink.name(), background.name()) < minimum and amount < 1.0:
        amount = min(1.0, amount + 0.05)
        ink = QColor(
            round(color.red() + (towards.red() - color.red()) * amount),
            round(color.green() + (towards.green() - color.green()) * amount),
            round(color.blue() + (towards.blue() - color.blue()) * amount),
        )
    return ink


def badge_colors(status: str, dark: bool, background: QColor) -> tuple[QColor, QColor, bool]:
    """A status badge's (edge or fill, text, filled) on a row of that background colour."""
    edge, text, filled = status_colors(status, dark)
    if filled:
        return edge, readable(text, edge), True
    ink = readable(text, background)
    return ink, ink, False


def is_dark(palette: QPalette) -> bool:
    """Whether a palette draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def chip_text_color(background: QColor) -> QColor:
    """Black or white, whichever reads better on a tag chip of that colour (WCAG's ratio:
    the better of the two is at least 4.58 on any colour)."""
    fill = background.name()
    black, white = contrast_ratio("#000000", fill), contrast_ratio("#ffffff", fill)
    return QColor("#000000") if black >= white else QColor("#ffffff")


def apply_font(app: QApplication, family: str, point_size: float = 10.0) -> None:
    """Use the bundled font for the whole application."""
    font = QFont(family)
    font.setPointSizeF(point_size)
    app.setFont(font)


def system_scheme() -> Qt.ColorScheme:
    """The colour scheme the desktop asks for (Unknown where it says nothing)."""
    return QGuiApplication.styleHints().colorScheme()


def system_prefers_dark() -> bool:
    """Whether the desktop asks for a dark colour scheme."""
    return system_scheme() == Qt.ColorScheme.Dark


_PLATFORM_STYLE: list[str | None] = []  # the style Qt chose before we touched it


def native_style(app: QApplication) -> str | None:
    """The platform's own style (macos, windows11, breeze…), or None where it has none.

    Read once, before the first apply_theme sets any style: Qt's plain "fusion" and the old
    "windows" style are what it falls back on where the desktop gives no style of its own.
    """
    if not _PLATFORM_STYLE:
        name = app.style().name().lower()
        _PLATFORM_STYLE.append(None if name in ("fusion", "windows") else name)
    return _PLATFORM_STYLE[0]


SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def apply_theme(app: QApplication, theme: str) -> bool:
    """Apply a theme ("system" follows the desktop); return True if it is dark.

    Where the platform has a style of its own, it draws the window in its own colours (and a
    chosen light or dark, through Qt's colour-scheme hint); our palettes, on Fusion, only where
    it has none or cannot switch.
    """
    hints = QGuiApplication.styleHints()
    native = native_style(app)
    wanted = SCHEMES.get(theme, Qt.ColorScheme.Unknown)
    hints.setColorScheme(wanted)  # Unknown: the desktop's own scheme again
    honoured = theme == "system" or hints.colorScheme() == wanted
    if native and honoured:
        if app.style().name().lower() != native:
            app.setStyle(native)
        palette = QPalette()  # the platform's, in its current scheme
        dark = theme == "dark" or (theme == "system" and system_prefers_dark())
    else:
        app.setStyle("Fusion")
        dark = theme == "dark" or (theme == "system" and system_prefers_dark())
        palette = dark_palette() if dark else light_palette()
    from ui.common.icons import set_icon_colors

    # The icons' colours first: setPalette tells every widget at once, and one that takes a
    # picture of an icon on that news (IconLabel) must get it in the new colours.
    set_icon_colors(*(("#d6d6d6", "#6f6f6f") if dark else ("#3a3a3a", "#a0a0a0")))
    app.setPalette(palette)
    return dark


def light_palette() -> QPalette:
    """A calm light palette with a clear highlight."""
    p = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#f3f3f1",
        QPalette.ColorRole.WindowText: "#1f1f1f",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f7f7f5",
        QPalette.ColorRole.ToolTipBase: "#ffffdc",
        QPalette.ColorRole.ToolTipText: "#1f1f1f",
        QPalette.ColorRole.PlaceholderText: "#7a7a7a",
        QPalette.ColorRole.Text: "#1f1f1f",
        QPalette.ColorRole.Button: "#ecece9",
        QPalette.ColorRole.ButtonText: "#1f1f1f",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#2f6fb3",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#1f5fa8",
        QPalette.ColorRole.Mid: "#c8c8c4",
        QPalette.ColorRole.Midlight: "#e2e2de",
        QPalette.ColorRole.Dark: "#9a9a96",
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Shadow: "#6b6b68",
    }
    for role, value in colors.items():
        p.setColor(role, QColor(value))
    _disabled(p, "#9a9a9a")
    return p


def dark_palette() -> QPalette:
    """A dark palette with enough contrast for long reading."""
    p = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.ToolTipBase: "#3c3f41",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8c8c8c",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#35373b",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#3d6fa8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Mid: "#4a4d52",
        QPalette.ColorRole.Midlight: "#3f4246",
        QPalette.ColorRole.Dark: "#18191b",
        QPalette.ColorRole.Light: "#505357",
        QPalette.ColorRole.Shadow: "#0d0d0e",
    }
    for role, value in colors.items():
        p.setColor(role, QColor(value))
    _disabled(p, "#6f6f6f")
    return p


def _disabled(palette: QPalette, color: str) -> None:
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
