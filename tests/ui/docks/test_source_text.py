"""The source view: span highlighting by one sorted sweep, exact spans past emoji, new claims."""

from __future__ import annotations

import random
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QLabel

from models import library
from tests.conftest import make_case
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from ui.common import commands
from ui.common.session import CaseSession
from ui.docks.source_text import OffsetMap, SourceTextDock, display_text, span_segments

TEXT = (
    "Intro 😀 the minister said 👩‍💻 the vendor hides a backdoor. "
    'The vendor said it never did <b>x</b> <img src="file:///etc/hostname">.\r\nEnd 🎉.'
)
A_QUOTE = "the vendor hides a backdoor"
R_QUOTE = "it never did"


def _case() -> dict:
    case = make_case()
    case["sources"][0]["text"] = TEXT
    case["sources"][0]["title"] = "<b>x</b> report"
    case["sources"][0]["publisher"] = '<img src="file:///etc/hostname">'
    for claim, quote in zip(case["claims"], (A_QUOTE, R_QUOTE), strict=True):
        claim["start"] = TEXT.index(quote)
        claim["end"] = claim["start"] + len(quote)
    return case


@pytest.fixture
def session(store, qtbot):
    slug = library.import_data(store, _case())
    session = CaseSession(store, author="Tester")
    session.open_case(slug)
    return session


@pytest.fixture
def view(session, qtbot):
    widget = SourceTextDock(session)
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.editor.document().isEmpty())
    return widget


def _brute_depths(spans, length):
    depth = [[0, 0] for _ in range(length)]
    for start, end, role in spans:
        for i in range(start, end):
            depth[i][0 if role == "allegation" else 1] += 1
    return depth


def test_segments_match_a_brute_force_count():
    rng = random.Random(7)
    spans = []
    for _ in range(300):
        start = rng.randrange(0, 480)
        spans.append((start, start + rng.randint(1, 40), rng.choice(["allegation", "response"])))
    expected = _brute_depths(spans, 520)
    got = [[0, 0] for _ in range(520)]
    segments = span_segments(spans)
    for (_s1, e1, *_), (s2, *_) in zip(segments, segments[1:], strict=False):
        assert e1 <= s2  # sorted and never overlapping
    for start, end, a, r in segments:
        for i in range(start, end):
            got[i] = [a, r]
    assert got == expected


def test_offset_map_round_trips_past_non_bmp_characters():
    mapping = OffsetMap(TEXT)
    for offset in range(len(TEXT) + 1):
        utf16 = mapping.to_utf16(offset)
        assert utf16 == len(TEXT[:offset].encode("utf-16-le")) // 2
        assert mapping.to_python(utf16) == offset


def test_display_text_keeps_every_offset():
    assert len(display_text(TEXT)) == len(TEXT)
    assert display_text("a\r\nb\rc") == "a \nb\nc"


def test_source_is_shown_as_plain_text(view):
    assert view.editor.toPlainText() == display_text(TEXT).replace("\n", "\u2029").replace(
        "\u2029", "\n"
    )
    assert "<b>x</b>" in view.editor.toPlainText()
    assert view._chooser.currentText() == "<b>x</b> report"
    assert view._about.textFormat() == Qt.TextFormat.PlainText
    assert view._about.text() == '<img src="file:///etc/hostname"> · 2020-02-14'


def test_claim_spans_are_highlighted_in_the_layout(view, session):
    doc = view.editor.document()
    block = doc.firstBlock()
    formats = block.layout().formats()
    mapping = OffsetMap(TEXT)
    a_start = mapping.to_utf16(TEXT.index(A_QUOTE))
    assert any(f.start == a_start and f.length == len(A_QUOTE) for f in formats)
    assert all(f.format.background().color().alpha() > 0 for f in formats)


def test_show_claim_scrolls_and_outlines_the_exact_span(view, session):
    claim = session.snapshot.claims_of("allegation")[0]
    view.show_claim(claim.id)
    selection = view.editor.extraSelections()[0]
    assert selection.cursor.selectedText() == A_QUOTE
    assert view.editor.textCursor().position() == OffsetMap(TEXT).to_utf16(claim.start)


def _select(view, qtbot, start: int, end: int) -> None:
    """Put the caret at a Python offset and extend the selection with Shift+Right, by keys."""
    mapping = OffsetMap(TEXT)
    cursor = view.editor.textCursor()
    cursor.setPosition(mapping.to_utf16(start))
    view.editor.setTextCursor(cursor)
    view.editor.setFocus()
    # Shift+Right steps over a whole grapheme (an emoji sequence is one), so step until there.
    target = mapping.to_utf16(end)
    while view.editor.textCursor().selectionEnd() < target:
        qtbot.keyClick(view.editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.editor.textCursor().selectionEnd() == target


def test_new_claim_from_a_selection_after_emoji_records_the_exact_span(view, session, qtbot):
    start = TEXT.index("the minister")
    end = TEXT.index(" the vendor hides")  # the selection holds a ZWJ emoji sequence
    assert not view._new_allegation.isEnabled()
    _select(view, qtbot, start, end)
    assert view.selected_span() == (start, end)
    assert view._new_allegation.isEnabled()
    with qtbot.waitSignal(view.claimActivated) as activated:
        qtbot.mouseClick(view._new_allegation, Qt.MouseButton.LeftButton)
    claim = session.snapshot.claim(activated.args[0])
    assert (claim.start, claim.end, claim.role) == (start, end, "allegation")
    assert claim.quote == TEXT[start:end] == "the minister said 👩‍💻"
    assert session.snapshot.claims_of("allegation")[0].id == claim.id  # reading order


def test_new_response_claim_after_a_line_break(view, session, qtbot):
    start = TEXT.index("End")
    _select(view, qtbot, start, len(TEXT))
    with qtbot.waitSignal(view.claimActivated) as activated:
        qtbot.mouseClick(view._new_response, Qt.MouseButton.LeftButton)
    claim = session.snapshot.claim(activated.args[0])
    assert claim.quote == "End 🎉." and claim.role == "response"


def test_new_claim_undo_and_redo_keep_its_id(view, session, qtbot):
    start = TEXT.index("Intro")
    _select(view, qtbot, start, start + 5)
    claim_id = view.new_claim("allegation")
    count = len(session.snapshot.claims)
    session.undo_stack.undo()
    assert claim_id not in {c.id for c in session.snapshot.claims}
    assert len(session.snapshot.claims) == count - 1
    session.undo_stack.redo()
    assert session.snapshot.claim(claim_id).quote == "Intro"


def test_clicking_inside_a_span_activates_its_claim(view, session, qtbot):
    claim = session.snapshot.claims_of("response")[0]
    middle = OffsetMap(TEXT).to_utf16(claim.start + 3)
    cursor = QTextCursor(view.editor.document())
    cursor.setPosition(middle)
    point = view.editor.cursorRect(cursor).center()
    with qtbot.waitSignal(view.claimActivated) as activated:
        qtbot.mouseClick(view.editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert activated.args == [claim.id]


def test_spans_follow_edits_and_undo(view, session, qtbot):
    from ui.common import commands

    claim = session.snapshot.claims_of("response")[0]
    assert commands.delete_claim(session, claim.id)
    assert claim.id not in {c.id for c in view._claims}
    session.undo_stack.undo()
    assert claim.id in {c.id for c in view._claims}


def test_a_huge_paragraph_is_shown_in_chunks_with_every_offset_kept():
    text = " ".join(f"w{i}" for i in range(6000))  # one line of ~33,000 characters
    shown = display_text(text)
    assert len(shown) == len(text)
    changed = [i for i, (a, b) in enumerate(zip(text, shown, strict=True)) if a != b]
    assert changed and all(text[i] == " " and shown[i] == "\n" for i in changed)
    assert max(len(line) for line in shown.split("\n")) <= 6_000


def test_the_text_is_laid_out_when_the_view_is_first_shown(session, qtbot):
    widget = SourceTextDock(session)
    qtbot.addWidget(widget)
    assert widget.editor.document().isEmpty()  # out of sight: nothing laid out at open
    assert widget.source_id == session.snapshot.sources[0].id
    assert widget._chooser.currentText() == "<b>x</b> report"
    widget.show()
    qtbot.waitUntil(lambda: A_QUOTE in widget.editor.toPlainText())
    assert any(
        f.length == len(A_QUOTE) for f in widget.editor.document().firstBlock().layout().formats()
    )


def test_show_claim_loads_a_source_not_yet_shown(session, qtbot):
    widget = SourceTextDock(session)
    qtbot.addWidget(widget)
    claim = session.snapshot.claims_of("allegation")[0]
    widget.show_claim(claim.id)
    assert widget.editor.extraSelections()[0].cursor.selectedText() == A_QUOTE


def test_the_source_dock_loads_its_text_when_its_tab_is_raised(qtbot, open_main_window):
    window = open_main_window()
    view = window.source_view
    assert window.docks["source"].visibleRegion().isEmpty()  # behind another tab
    assert view.editor.document().isEmpty()
    window.docks["source"].raise_()
    source = window.session.snapshot.source(view.source_id)
    qtbot.waitUntil(lambda: view.editor.toPlainText()[:40] == display_text(source.text)[:40])


def test_a_source_with_a_300000_character_run_without_a_space_shows_at_once(store, qtbot):
    from PySide6.QtGui import QTextOption

    case = make_case()
    case["sources"][0]["text"] += " " + "x" * 300_000  # a pasted blob: no place to break a word
    case["sources"].append({**case["sources"][0], "id": "prose", "text": TEXT, "title": "Prose"})
    session = CaseSession(store, author="Tester")
    session.open_case(library.import_data(store, case))
    widget = SourceTextDock(session)
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    started = time.perf_counter()
    widget.show()
    qtbot.waitUntil(lambda: widget.editor.document().characterCount() > 300_000)
    layout = widget.editor.document().firstBlock().layout()
    widget.editor.viewport().repaint()  # the block is laid out to be painted
    elapsed = time.perf_counter() - started
    # Wrapping at words took 21 s here (33 s on a laptop): Qt looks for a word break on every
    # line. Wrapping anywhere takes a fraction of a second.
    assert elapsed < 2.0, f"{elapsed:.1f} s to show the source"
    assert widget.editor.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert layout.lineCount() > 100
    # A source of ordinary lines still wraps at words.
    widget.show_source(next(s.id for s in session.snapshot.sources if s.title == "Prose"))
    assert widget.editor.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


# --- issue 13, point 3: the source view fits, snaps to words, tells adjacent claims apart -----


NO_MODIFIER = Qt.KeyboardModifier(0)


def _drag(qtbot, view, start: int, end: int, modifier=NO_MODIFIER) -> None:
    """Drag the mouse over the text from one Python offset to another, as a person selects."""
    from PySide6.QtTest import QTest

    mapping = OffsetMap(TEXT)
    points = []
    for offset in (start, end):
        cursor = QTextCursor(view.editor.document())
        cursor.setPosition(mapping.to_utf16(offset))
        rect = view.editor.cursorRect(cursor)
        points.append(rect.center())
    viewport = view.editor.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, points[0])
    QTest.mouseMove(viewport, points[1])
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, points[1])


def test_a_mouse_selection_snaps_to_whole_words(view, qtbot):
    inside_minister = TEXT.index("minister") + 3
    inside_vendor = TEXT.index("vendor hides") + 2
    _drag(qtbot, view, inside_minister, inside_vendor)
    want = (TEXT.index("minister"), TEXT.index("vendor hides") + len("vendor"))
    qtbot.waitUntil(lambda: view.selected_span() == want)
    assert TEXT[slice(*view.selected_span())] == "minister said 👩‍💻 the vendor"


def test_alt_keeps_the_selection_exactly_as_dragged(view, qtbot):
    start, end = TEXT.index("minister") + 3, TEXT.index("vendor hides") + 2
    _drag(qtbot, view, start, end, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.selected_span() is not None)
    qtbot.wait(50)  # a snap would come on the next turn of the event loop: none comes
    assert view.selected_span() == (start, end)


def test_snapping_drops_the_spaces_at_the_ends():
    from ui.docks.source_text import snap_end, snap_start

    line = "the vendor  hides a backdoor."
    assert snap_start(line, line.index("endor")) == line.index("vendor")
    assert snap_start(line, line.index("  hides")) == line.index("hides")
    assert snap_end(line, line.index("ides") + 1) == line.index("hides") + len("hides")
    assert snap_end(line, line.index(" a ")) == line.index(" a ")
    assert snap_end(line, len(line) - 1) == line.index(".")


def test_adjacent_claims_of_one_side_show_a_boundary(view, session):
    # "The vendor said" then (a space, then) "it never did": two response claims side by side.
    source = session.snapshot.sources[0]
    first = TEXT.index("The vendor said")
    made = commands.new_claim(session, "response", source.id, first, first + len("The vendor said"))
    assert made is not None
    mapping = OffsetMap(TEXT)
    highlighter = view.highlighter
    in_first = highlighter.format_at(mapping.to_utf16(first + 2))
    in_second = highlighter.format_at(mapping.to_utf16(TEXT.index(R_QUOTE) + 2))
    assert in_first is not None and in_second is not None
    assert in_first.background().color() != in_second.background().color()
    # Painted so, in the layout of the line.
    block = view.editor.document().findBlock(mapping.to_utf16(first))
    colours = {
        f.format.background().color().name(QColor.NameFormat.HexArgb)
        for f in block.layout().formats()
        if f.start <= mapping.to_utf16(first + 2) - block.position() < f.start + f.length
        or f.start
        <= mapping.to_utf16(TEXT.index(R_QUOTE) + 2) - block.position()
        < f.start + f.length
    }
    assert len(colours) == 2


def test_alternate_spans_alternate_along_a_run_of_one_side():
    from ui.docks.source_text import alternate_spans

    text = "aaa bbb ccc. ddd"
    spans = [
        (0, 3, "allegation"),
        (4, 7, "allegation"),
        (8, 11, "allegation"),
        (13, 16, "response"),
    ]
    assert alternate_spans(spans, text) == [(4, 7)]  # a, b (other shade), c (first shade again)
    # Not adjacent (a word between): no boundary needed, no other shade.
    assert alternate_spans([(0, 3, "allegation"), (8, 11, "allegation")], text) == []


def _fits(dock_widget, widget) -> bool:
    """Whether a widget is wholly inside the part of its dock that is on screen."""
    scroller = dock_widget.widget()
    area = scroller.viewport().rect()
    top_left = widget.mapTo(scroller.viewport(), widget.rect().topLeft())
    return area.contains(top_left) and area.contains(
        widget.mapTo(scroller.viewport(), widget.rect().bottomRight())
    )


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_the_source_dock_fits_without_clipping_or_a_sideways_scroll(qtbot, open_main_window, size):
    window = open_main_window()
    window.resize(*size)
    dock = window.docks["source"]
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: not window.source_view.visibleRegion().isEmpty())
    view = window.source_view
    qtbot.waitUntil(lambda: not view.editor.document().isEmpty())
    scroller = dock.widget()
    labels = view.controls.findChildren(QLabel)
    # (The publisher and date came with the source: wait until the rows are laid out anew.)
    qtbot.waitUntil(lambda: all(lab.width() >= lab.sizeHint().width() for lab in labels))
    assert not scroller.horizontalScrollBar().isVisible()
    assert not view.editor.horizontalScrollBar().isVisible()
    buttons = [view._new_allegation, view._new_response, view.suggestions.toggle]
    for widget in buttons:
        assert widget.isVisible()
        assert widget.width() >= widget.sizeHint().width(), widget.text()  # its words whole
        assert _fits(dock, widget), widget.text()
    for legend in labels:
        assert legend.width() >= legend.sizeHint().width()
        assert _fits(dock, legend)
    # The prose wraps at the dock's width: the longest line is no wider than the editor.
    assert view.editor.lineWrapMode() == view.editor.LineWrapMode.WidgetWidth


def test_an_edit_that_moves_no_span_lays_out_no_span(view, session, monkeypatch):
    claim = session.snapshot.claims_of("allegation")[0]
    view.show_claim(claim.id)
    laid_out = []
    load = view._load_spans
    monkeypatch.setattr(view, "_load_spans", lambda *a, **k: laid_out.append(1) or load(*a, **k))
    segments = list(view.highlighter._starts), list(view.highlighter._ends)
    # A status, a rationale: the view takes the claim's new fields without a pass over the
    # source's claims (100,000 in the synthetic case's one source).
    assert commands.mark_status(session, claim.id, "disputed")
    assert commands.write_rationale(session, claim.id, "Checked twice.")
    assert laid_out == []
    assert next(c for c in view._claims if c.id == claim.id).status == "disputed"
    assert (view.highlighter._starts, view.highlighter._ends) == segments
    assert view.claim_at(claim.start + 1) == claim.id
    # A new span is laid out, and its undo too.
    assert commands.set_claim_span(session, claim.id, claim.start + 4, claim.end)
    assert len(laid_out) == 1
    assert view.claim_at(claim.start + 1) is None
    session.undo_stack.undo()
    assert len(laid_out) == 2
    assert view.claim_at(claim.start + 1) == claim.id
