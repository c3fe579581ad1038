"""The gutter can be read: a legend of relation colours, a hover tooltip naming the link, a width
the user drags and finds again next time (issue 13, point 13). On the real window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from models.vocabulary import RELATIONS
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.common.labels import word
from ui.window import settings as keys
from ui.window.settings import Settings


def _tooltip_at(qtbot, gutter, point: QPoint) -> str:
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    event = QHelpEvent(QEvent.Type.ToolTip, point, gutter.mapToGlobal(point))
    QApplication.sendEvent(gutter, event)
    qtbot.waitUntil(QToolTip.isVisible)
    return QToolTip.text()


def test_pointing_at_a_link_names_its_claims_and_relation(qtbot, open_main_window):
    window = open_main_window()
    gutter, case = window.comparison.gutter, window.session.snapshot
    band = next(b for b in gutter.bands() if b.left_y is not None and b.right_y is not None)
    link = next(lk for lk in case.links if lk.id == band.link_id)
    point = QPoint(gutter.width() // 2, round((band.left_y + band.right_y) / 2))
    text = _tooltip_at(qtbot, gutter, point)
    allegation, response = case.claim(link.allegation_id), case.claim(link.response_id)
    named = f"{allegation.key} \u2192 {response.key}: {word(link.relation)}"
    assert named in text
    assert gutter.describe(link.id) == named


def test_the_legend_names_every_relation_in_its_colour(qtbot, open_main_window):
    window = open_main_window()
    gutter = window.comparison.gutter
    # Above the lists (beside the panes' headers) no link is drawn: the key is there.
    text = _tooltip_at(qtbot, gutter, QPoint(gutter.width() // 2, 4))
    from ui.common.theme import relation_color

    for relation in RELATIONS:
        assert word(relation) in text
        assert relation_color(relation).name() in text
    assert "coloured by relation" in text


def test_the_gutter_width_is_dragged_and_kept_in_the_settings(
    qtbot, open_main_window, settings_path
):
    window = open_main_window()
    comparison = window.comparison
    before = comparison.gutter_width()
    handle = comparison.handle(2)  # between the gutter and the response pane
    middle = QPoint(handle.width() // 2, handle.height() // 2)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), middle)
    QTest.mouseMove(handle, middle + QPoint(60, 0))
    QTest.mouseRelease(
        handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), middle + QPoint(60, 0)
    )
    qtbot.waitUntil(lambda: comparison.gutter_width() >= before + 50)
    dragged = comparison.gutter_width()
    settings = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    assert settings.get(keys.GUTTER_WIDTH) == dragged
    window.close()

    again = open_main_window(settings=settings)
    qtbot.waitUntil(lambda: again.comparison.gutter_width() == dragged)
    assert again.comparison.gutter.width() == dragged
