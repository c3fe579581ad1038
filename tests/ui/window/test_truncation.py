"""Nothing that matters is cut at 1280 wide: the filter's words, the evidence table's columns and
the grading tables' headers are whole; long user text is elided with a tooltip naming it whole;
two evidence titles that begin alike still differ on screen. Each test measures with the
widget's own font metrics on the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)

CELL_MARGIN = 8  # Qt's item padding, both sides together (a little more than it uses)


def _field_width(combo) -> int:
    """The width a combo box has for its current text (its icon aside)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = 0 if option.currentIcon.isNull() else option.iconSize.width() + 4
    return rect.width() - icon


def test_the_filter_combos_show_their_words_whole_at_1280(qtbot, open_main_window):
    window = open_main_window()
    bar = window.filter_bar
    qtbot.waitUntil(lambda: bar.width() > 0)
    for combo in (bar.status, bar.side):
        fm = combo.fontMetrics()
        for i in range(combo.count()):
            combo.setCurrentIndex(i)
            text = combo.itemText(i)
            assert fm.horizontalAdvance(text) <= _field_width(combo), text
    # The two presets give up their words (kept in their tooltips) before a combo does.
    for preset in (bar.unsupported, bar.unanswered):
        assert preset.width() >= preset.sizeHint().width()
        assert preset.toolTip()
    assert bar.search.width() >= bar.search.fontMetrics().horizontalAdvance(
        bar.search.placeholderText()
    )


def test_a_long_tag_name_is_elided_and_its_tooltip_names_it(qtbot, open_main_window):
    window = open_main_window()
    bar = window.filter_bar
    longest = max(range(bar.tag.count()), key=lambda i: len(bar.tag.itemText(i)))
    bar.tag.setCurrentIndex(longest)
    name = bar.tag.itemText(longest).strip()
    assert name in bar.tag.toolTip()
    fm = bar.tag.fontMetrics()
    shown = fm.elidedText(name, Qt.TextElideMode.ElideRight, _field_width(bar.tag))
    assert shown == name or shown.endswith("\u2026")
    # The list that drops down shows every name whole.
    widest = max(fm.horizontalAdvance(bar.tag.itemText(i)) for i in range(bar.tag.count()))
    assert bar.tag.view().minimumWidth() >= min(widest, 400)


def test_the_evidence_table_shows_whole_headers_and_words_at_1280(qtbot, open_main_window):
    window = open_main_window()
    table = window.evidence_library.table
    window.docks["evidence"].show()
    window.docks["evidence"].raise_()
    qtbot.waitUntil(lambda: table.viewport().width() > 0 and table.model().rowCount() > 0)
    header = table.horizontalHeader()
    fm = header.fontMetrics()
    model = table.model()
    bold = table.font()
    bold.setBold(True)
    cells = QFontMetrics(bold)
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    assert {0, 1, 3} <= set(shown)
    # The title keeps room for some 26 letters: at 1280 the Kind column gives way, and each
    # title's icon and tooltip say the record's kind.
    assert header.sectionSize(1) >= fm.horizontalAdvance("x" * 26)
    if 2 not in shown:
        for row in range(model.rowCount()):
            kind = model.index(row, 2).data()
            assert kind in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
        icons = {
            model.index(r, 1).data(Qt.ItemDataRole.DecorationRole).cacheKey()
            for r in range(model.rowCount())
        }
        kinds = {model.index(r, 2).data() for r in range(model.rowCount())}
        assert len(icons) == len(kinds) > 1  # one icon a kind
    for column in shown:
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert fm.horizontalAdvance(title) + CELL_MARGIN <= header.sectionSize(column), title
    for column in {0, 2, 3} & set(shown):  # grade, kind, date: the app's words, never elided
        for row in range(model.rowCount()):
            text = model.index(row, column).data()
            assert cells.horizontalAdvance(text) + CELL_MARGIN <= header.sectionSize(column), text
    # Every shown column is inside the table: no half column, no sideways scrolling.
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    # A wider library has the room for the Kind column again, its words whole.
    window.resizeDocks([window.docks["evidence"]], [760], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: not table.isColumnHidden(2))
    for row in range(model.rowCount()):
        text = model.index(row, 2).data()
        assert cells.horizontalAdvance(text) + CELL_MARGIN <= header.sectionSize(2), text
    assert header.sectionSize(1) >= fm.horizontalAdvance("x" * 26)


def test_two_evidence_titles_that_begin_alike_can_be_told_apart(qtbot, open_main_window):
    from ui.common import commands

    window = open_main_window()
    table = window.evidence_library.table
    window.docks["evidence"].show()
    window.docks["evidence"].raise_()
    stem = "Reuters: Huawei denies having any backdoor in its mobile network equipment, "
    for ending in ("first report", "second report"):
        fields = dict(title=stem + ending, kind="report", citation="Reuters", date="2020-02-12")
        assert commands.new_evidence(window.session, fields)
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() == len(window.session.snapshot.evidence))
    rows = [r for r in range(model.rowCount()) if model.index(r, 1).data().startswith(stem)]
    assert len(rows) == 2
    width = table.horizontalHeader().sectionSize(1) - table.iconSize().width() - 2 * CELL_MARGIN
    fm = table.fontMetrics()
    shown = [fm.elidedText(model.index(r, 1).data(), table.textElideMode(), width) for r in rows]
    assert shown[0] != shown[1]  # elided in the middle: their ends differ
    assert all("\u2026" in text for text in shown)  # (too long for the column, as at 1280)
    tips = [model.index(r, 1).data(Qt.ItemDataRole.ToolTipRole) for r in rows]
    assert all(stem.split(":")[0] in tip for tip in tips)
