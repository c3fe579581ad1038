"""Icons: a themed glyph is drawn once per size and state, and again in the new theme's colours."""

from __future__ import annotations

import qtawesome
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon

from ui.common.icons import icon, set_icon_colors


def _ink(pixmap) -> set[str]:
    image = pixmap.toImage()
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(image.width())
        for y in range(image.height())
        if QColor.fromRgba(image.pixel(x, y)).alpha() == 255
    }


def test_a_themed_icon_is_drawn_once_per_size_and_again_after_a_theme_switch(qapp, monkeypatch):
    drawn = []
    paint = qtawesome.iconic_font.CharIconPainter.paint
    monkeypatch.setattr(
        qtawesome.iconic_font.CharIconPainter,
        "paint",
        lambda self, *a, **k: drawn.append(1) or paint(self, *a, **k),
    )
    set_icon_colors("#102030", "#a0a0a0")
    try:
        shown = icon("supported"), icon("supported")  # each button makes its own
        first = shown[0].pixmap(QSize(16, 16))
        for each in shown:  # a style asks again on every paint of a button
            for _ in range(3):
                each.pixmap(QSize(16, 16))
        assert len(drawn) == 1
        assert shown[1].pixmap(QSize(16, 16), QIcon.Mode.Disabled) is not None
        assert len(drawn) == 2  # another state: drawn once too
        set_icon_colors("#e0d0c0", "#6f6f6f")  # dark
        after = shown[0].pixmap(QSize(16, 16))
        assert len(drawn) == 3
        assert "#102030" in _ink(first) and "#e0d0c0" in _ink(after)
    finally:
        set_icon_colors("#3a3a3a", "#a0a0a0")
