"""The system's colours: the theme follows the desktop's scheme unless chosen; badges read."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from models.palette import contrast_ratio
from models.vocabulary import STATUSES
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.common import theme
from ui.common.messages import BANNER_COLORS
from ui.common.theme import (
    WARN_COLORS,
    apply_theme,
    badge_colors,
    chip_text_color,
    dark_palette,
    is_dark,
    light_palette,
    readable,
)
from ui.panes.claim_delegate import _Colors
from ui.window import settings as keys


@pytest.fixture
def desktop(qapp, monkeypatch):
    """The desktop's colour scheme, switched as a desktop does: Qt's hint, or its signal."""
    hints = QGuiApplication.styleHints()
    state = {"scheme": Qt.ColorScheme.Light}

    def switch(scheme: Qt.ColorScheme) -> None:
        state["scheme"] = scheme
        hints.setColorScheme(scheme)  # Qt 6.8+; a platform without schemes ignores it
        if hints.colorScheme() != scheme:  # (offscreen): say it the way the desktop would
            hints.colorSchemeChanged.emit(scheme)

    # What the desktop asks for, where the platform plugin (offscreen) cannot say.
    monkeypatch.setattr(theme, "system_scheme", lambda: state["scheme"])
    yield switch
    hints.setColorScheme(Qt.ColorScheme.Unknown)
    apply_theme(qapp, "light")


def test_the_theme_follows_the_desktop_while_running(qtbot, open_main_window, desktop):
    window = open_main_window()
    assert window.settings.get(keys.THEME) == "system"
    assert not is_dark(QApplication.palette())
    desktop(Qt.ColorScheme.Dark)
    assert is_dark(QApplication.palette())
    assert window.banner.palette() is not None
    desktop(Qt.ColorScheme.Light)
    assert not is_dark(QApplication.palette())


def test_a_theme_the_user_chose_stays_whatever_the_desktop_does(qtbot, open_main_window, desktop):
    window = open_main_window()
    window.actions.theme_light.trigger()
    assert window.settings.get(keys.THEME) == "light"
    desktop(Qt.ColorScheme.Dark)
    assert not is_dark(QApplication.palette())
    window.actions.theme_system.trigger()  # following the desktop again: dark at once
    assert is_dark(QApplication.palette())
    desktop(Qt.ColorScheme.Light)
    assert not is_dark(QApplication.palette())


def test_the_platform_s_own_style_draws_where_there_is_one(qapp, monkeypatch, desktop):
    # As if the platform's style were "windows" (the styles a test can load: Fusion, Windows).
    monkeypatch.setattr(theme, "_PLATFORM_STYLE", ["windows"])
    apply_theme(qapp, "dark")  # ours first (offscreen cannot draw a chosen scheme)...
    apply_theme(qapp, "system")  # ...then the platform's own style and colours
    assert qapp.style().name().lower() == "windows"
    window = qapp.palette().color(QPalette.ColorRole.Window)
    ours = [p.color(QPalette.ColorRole.Window) for p in (light_palette(), dark_palette())]
    assert window not in ours
    # A chosen theme the platform cannot draw (offscreen ignores the scheme hint): ours.
    assert apply_theme(qapp, "dark")
    assert qapp.style().name().lower() == "fusion" and is_dark(qapp.palette())
    # With no style of its own (Fusion was Qt's choice), always ours.
    monkeypatch.setattr(theme, "_PLATFORM_STYLE", [None])
    apply_theme(qapp, "system")
    assert qapp.style().name().lower() == "fusion"
    assert qapp.palette().color(QPalette.ColorRole.Window) == light_palette().color(
        QPalette.ColorRole.Window
    )


def _row_backgrounds(palette: QPalette) -> dict[str, QColor]:
    c = _Colors(palette)
    return {n: getattr(c, n) for n in ("base", "hover", "selected", "focused", "emphasised")}


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_badge_reads_on_every_row_in_both_themes(qapp, dark):
    palette = dark_palette() if dark else light_palette()
    c = _Colors(palette)
    for (row, background), status in itertools.product(_row_backgrounds(palette).items(), STATUSES):
        edge, text, filled = badge_colors(status, dark, background)
        behind = edge if filled else background
        ratio = contrast_ratio(text.name(), behind.name())
        assert ratio >= 4.5, (status, row, round(ratio, 2))
        for marker in (QColor(WARN_COLORS[dark]), c.muted):  # "Unanswered", the counts
            ink = readable(marker, background)
            assert contrast_ratio(ink.name(), background.name()) >= 4.5, (row, marker.name())
    background, _edge, text = BANNER_COLORS[dark]  # the error banner
    assert contrast_ratio(text, background) >= 4.5


def test_tag_chips_read_whatever_their_colour(qapp):
    steps = range(0, 256, 17)
    for r, g, b in itertools.product(steps, steps, steps):
        fill = QColor(r, g, b)
        ink = chip_text_color(fill)
        assert contrast_ratio(ink.name(), fill.name()) >= 4.5, fill.name()


def test_the_ratio_is_wcag_s():
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast_ratio("#767676", "#ffffff"), 2) == 4.54
    assert contrast_ratio("#123456", "#123456") == 1.0


def test_the_presentation_s_badges_read_in_both_of_its_palettes():
    from ui.classroom.presentation import PALETTES, STATUS_INK

    plain, high = PALETTES[False], PALETTES[True]
    for status, ink in STATUS_INK.items():  # the plain palette inks each status
        assert contrast_ratio(ink, plain["background"]) >= 4.5, status
    assert contrast_ratio(high["text"], high["background"]) >= 4.5  # high contrast: the text's


def test_a_pane_painted_again_seeks_no_ink_again(qtbot, open_main_window, monkeypatch):
    # The search for a readable ink runs when a badge or marker is first drawn, not on every
    # paint of every row (it ran before the cache was looked in: 1.4 ms of each step down).
    import ui.panes.claim_delegate as delegate

    window = open_main_window()
    pane = window.comparison.view("response")
    pane.viewport().repaint()
    sought = []
    readable = delegate.readable
    monkeypatch.setattr(delegate, "readable", lambda *a: sought.append(a) or readable(*a))
    pane.viewport().repaint()
    assert sought == []
