"""The bundled fonts, registered once for the window and the PDFs (QtGui only).

DejaVu Sans sets the Latin, Greek and Cyrillic text; Counterpoint JP (a subset of Noto Sans CJK
JP, SIL OFL 1.1, made by resources/fonts/make_cjk_subset.py) is its fallback for Japanese, so a
Japanese claim or interface renders, and is embedded in every PDF, on a machine with no CJK font.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

FAMILY = "DejaVu Sans"
_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
JAPANESE_FAMILY = "Counterpoint JP"
_FALLBACK_FILES = ("CounterpointJP-Regular.otf", "CounterpointJP-Bold.otf")

_family: str | None = None


def register_fonts() -> str:
    """Add the bundled fonts to Qt once and return their family name.

    The window and every PDF use this family, so a page looks the same on every machine and the
    PDF embeds the same font whatever is installed. Needs a QGuiApplication.
    """
    global _family
    if _family is None:
        family = ""
        folder = resources.files("resources").joinpath("fonts")
        for name in _FILES:
            font_id = _add_font(folder.joinpath(name))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else "")
        _family = family or FAMILY
        for name in _FALLBACK_FILES:
            _add_font(folder.joinpath(name))
        # A character DejaVu lacks (kana, kanji) is looked for next in the Japanese font.
        QFont.insertSubstitution(_family, JAPANESE_FAMILY)
    return _family


def _add_font(file) -> int:
    """Add one bundled font file to Qt; its id (-1 if Qt refused it).

    A file on disk is added by its path, so Qt reads its glyphs when they are drawn (the
    Japanese fonts are 7 MB: reading them whole cost start-up 10 ms); resources kept in a zip
    or a wheel are added from their bytes.
    """
    if isinstance(file, Path) and file.is_file():
        return QFontDatabase.addApplicationFont(str(file))
    return QFontDatabase.addApplicationFontFromData(file.read_bytes())
