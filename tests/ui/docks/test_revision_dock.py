"""The Revision dock on the real main window: a revised Huawei article, its claims reviewed.

The made-up revision corrects a typo inside a quote (hw-6: "Snowden 's" → "Snowden's"), deletes a
sentence (hw-11), and edits hw-9's words while an edited copy of them appears elsewhere, so that
hw-9 is proposed with a runner-up candidate.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor

from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)

HW9 = "Huawei only provides a lawful intercept interface"
GONE = " Huawei himself claims that he cannot intercept the communication."


def revised_text(text: str) -> str:
    """The made-up revision of the Huawei article."""
    new = text.replace("Edward Snowden 's leak", "Edward Snowden's leak")
    new = new.replace(GONE, "")
    new = new.replace(HW9, "Huawei only provides a lawful interception interface")
    return new.replace(
        "Regarding allegations",
        "Huawei only provides a lawful interception interfaces. Regarding allegations",
    )


def claim_of(window, key):
    return next(c for c in window.session.snapshot.claims if c.key == key)


@pytest.fixture
def revised(open_main_window, qtbot):
    """The window on the Huawei case, its article revised through the window's one path."""
    window = open_main_window()
    source = window.session.snapshot.sources[0]
    revised = window.case_work.revise_with_text(source.id, revised_text(source.text), "test")
    assert revised is not None and (revised.proposed, revised.orphans) == (2, 1)
    qtbot.waitUntil(lambda: window.docks["revision"].isVisible())
    return window


def click_entry(qtbot, panel, claim_id):
    """Click a claim's row in the dock's list, as the analyst does."""
    tree = panel.tree
    for n in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(n)
        for m in range(group.childCount()):
            item = group.child(m)
            if item.data(0, Qt.ItemDataRole.UserRole + 1) == claim_id:
                tree.scrollToItem(item)
                rect = tree.visualItemRect(item)
                qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                return
    raise AssertionError(f"claim {claim_id} is not listed")


def marked(view, prop: str) -> str:
    """The text of a passage view's fragments whose format has `prop` (strikeout, underline)."""
    out, block = [], view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if getattr(fmt, prop)():
                out.append(fragment.text())
            it += 1
        block = block.next()
    return "".join(out)


def test_the_panel_is_built_only_when_asked_for(open_main_window, qtbot):
    window = open_main_window()
    assert window.revisions is None and "revision" not in window.docks
    window.actions.show_revisions.trigger()
    panel = window.revisions
    assert panel is not None and window.docks["revision"].isVisible()
    assert panel.counts.text() == "Moved 0 · For review 0 · Not placed 0"
    assert window.actions.show_revisions in window.menus["view"].actions()


def test_a_typo_corrected_in_a_quote_is_for_review_accept_places_it_undo_puts_it_back(
    revised, qtbot
):
    window, panel = revised, revised.revisions
    assert panel.counts.text().endswith("For review 2 · Not placed 1")
    hw6 = claim_of(window, "hw-6")
    assert panel.group_of(hw6.id) == "review"
    moved = len(panel.listed("moved"))  # claims after the deleted sentence moved up
    assert moved > 0 and panel.counts.text().startswith(f"Moved {moved} · ")
    click_entry(qtbot, panel, hw6.id)
    assert window.session.selection.claim_id == hw6.id  # selecting an entry selects the claim
    assert window.comparison.current_claim() == hw6.id
    assert "Snowden 's" in panel.old_view.toPlainText()
    assert "Snowden's" in panel.new_view.toPlainText()
    # The changed words are marked: struck out on the old side, underlined on the new.
    assert "Snowden 's" in marked(panel.old_view, "fontStrikeOut")
    assert "Snowden's" in marked(panel.new_view, "fontUnderline")
    assert panel.candidates.count() == 1 and "score 1.00" in panel.candidates.item(0).text()

    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    placed = claim_of(window, "hw-6")
    assert placed.anchor_state == "exact" and "Snowden's leak" in placed.quote
    qtbot.waitUntil(lambda: panel.group_of(hw6.id) == "moved")
    assert panel.counts.text() == f"Moved {moved + 1} · For review 1 · Not placed 1"
    assert window.session.undo_stack.undoText() == "Accept proposed place"

    window.session.undo_stack.undo()
    back = claim_of(window, "hw-6")
    assert back.anchor_state == "proposed" and "Snowden 's" in back.quote
    assert panel.group_of(hw6.id) == "review"
    assert panel.counts.text().endswith("For review 2 · Not placed 1")


def pane_row_pixels(window, claim, qtbot, colour: QColor) -> int:
    """How many pixels of a colour the claim's row in its pane shows."""
    view = window.comparison.view(claim.role)
    window.comparison.select_claim(claim.id, focus=False)
    row = view.claims.row_of(claim.id)
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    image = view.viewport().grab(rect).toImage()
    wanted = colour.rgb() & 0xFFFFFF
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) & 0xFFFFFF == wanted
    )


def test_a_deleted_sentence_is_an_orphan_marked_in_its_pane_and_kept(revised, qtbot):
    from ui.panes.claim_delegate import ANCHOR_COLORS

    window, panel = revised, revised.revisions
    hw11 = claim_of(window, "hw-11")
    assert hw11.anchor_state == "orphan" and panel.listed("orphan") == [hw11.id]
    # In its pane: the words, for the tooltip and the screen reader, and the marker drawn.
    view = window.comparison.view("response")
    index = view.model().index(view.claims.row_of(hw11.id), 0)
    assert "Not in the current version" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).endswith("not in the current version")
    hw9 = view.model().index(view.claims.row_of(claim_of(window, "hw-9").id), 0)
    assert "To review" in hw9.data(Qt.ItemDataRole.ToolTipRole)
    hw2 = view.model().index(view.claims.row_of(claim_of(window, "hw-2").id), 0)
    assert "current version" not in hw2.data(Qt.ItemDataRole.ToolTipRole)
    orphan_red = pane_row_pixels(window, hw11, qtbot, ANCHOR_COLORS["orphan"])
    placed_red = pane_row_pixels(window, claim_of(window, "hw-2"), qtbot, ANCHOR_COLORS["orphan"])
    assert orphan_red > 30 and placed_red == 0

    click_entry(qtbot, panel, hw11.id)
    assert panel.new_view.toPlainText() == ""
    assert "No passage of the current version" in panel.reason.text()
    assert not panel.accept_button.isEnabled() and not panel.pick_button.isEnabled()
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    kept = claim_of(window, "hw-11")
    assert (kept.anchor_state, kept.anchor_reason) == ("orphan", "kept")
    assert kept.quote == hw11.quote and kept.status == hw11.status  # nothing lost
    assert panel.group_of(hw11.id) == "orphan" and "Kept" in panel.reason.text()
    assert not panel.keep_button.isEnabled()
    window.session.undo_stack.undo()
    assert claim_of(window, "hw-11").anchor_reason == "not_found"


def test_pick_another_candidate(revised, qtbot):
    window, panel = revised, revised.revisions
    hw9 = claim_of(window, "hw-9")
    click_entry(qtbot, panel, hw9.id)
    assert panel.candidates.count() == 2
    assert "score 0.96" in panel.candidates.item(0).text()
    assert "score 0.69" in panel.candidates.item(1).text()
    second = hw9.candidates[1]
    panel.candidates.setCurrentRow(1)  # the new side shows the runner-up
    assert "interception interfaces" in panel.new_view.toPlainText()
    qtbot.mouseClick(panel.pick_button, Qt.MouseButton.LeftButton)
    placed = claim_of(window, "hw-9")
    text = window.session.snapshot.sources[0].text
    assert placed.anchor_state == "exact"
    assert (placed.start, placed.end) == (second.start, second.end)
    assert placed.quote == text[second.start : second.end]
    window.session.undo_stack.undo()
    assert claim_of(window, "hw-9").anchor_state == "proposed"


def test_draw_a_new_span_in_the_source_view_of_the_current_version(revised, qtbot):
    window, panel = revised, revised.revisions
    hw11 = claim_of(window, "hw-11")
    click_entry(qtbot, panel, hw11.id)
    qtbot.mouseClick(panel.source_button, Qt.MouseButton.LeftButton)
    source_view = window.source_view
    qtbot.waitUntil(lambda: window.docks["source"].isVisible())
    text = window.session.snapshot.sources[0].text
    words = "lawful intercepts themselves"
    start = text.index(words)
    # The analyst selects the claim's new words in the Source panel (the current version) …
    editor = source_view.editor
    cursor = editor.textCursor()
    cursor.setPosition(source_view.offsets.to_utf16(start))
    end16 = source_view.offsets.to_utf16(start + len(words))
    cursor.setPosition(end16, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    # … and uses the selection.
    window.docks["revision"].raise_()
    qtbot.mouseClick(panel.selection_button, Qt.MouseButton.LeftButton)
    placed = claim_of(window, "hw-11")
    assert placed.anchor_state == "exact" and placed.quote == words
    assert window.session.undo_stack.undoText() == "Set claim span"
    assert panel.group_of(hw11.id) == "moved"
    window.session.undo_stack.undo()
    assert claim_of(window, "hw-11").anchor_state == "orphan"


def test_use_selection_without_a_selection_says_so_and_changes_nothing(revised, qtbot):
    window, panel = revised, revised.revisions
    hw11 = claim_of(window, "hw-11")
    click_entry(qtbot, panel, hw11.id)
    cursor = window.source_view.editor.textCursor()
    cursor.clearSelection()
    window.source_view.editor.setTextCursor(cursor)
    steps = window.session.undo_stack.count()
    qtbot.mouseClick(panel.selection_button, Qt.MouseButton.LeftButton)
    assert window.session.undo_stack.count() == steps
    assert "Select the claim's words" in window.status_bar.message_label.message()
    assert claim_of(window, "hw-11").anchor_state == "orphan"


def test_undoing_the_revision_empties_the_lists_and_redo_brings_them_back(revised, qtbot):
    window, panel = revised, revised.revisions
    stack = window.session.undo_stack
    assert stack.undoText().startswith("Revise source")
    stack.undo()
    assert panel.counts.text() == "Moved 0 · For review 0 · Not placed 0"
    stack.redo()
    assert panel.counts.text().endswith("For review 2 · Not placed 1")


def test_case_revise_source_reads_a_file(open_main_window, qtbot, tmp_path, monkeypatch):
    window = open_main_window()
    source = window.session.snapshot.sources[0]
    path = tmp_path / "revised.txt"
    path.write_text(revised_text(source.text), encoding="utf-8")
    import ui.common.file_dialogs

    monkeypatch.setattr(ui.common.file_dialogs, "ask_open_file", lambda *a, **k: str(path))
    window.actions.revise_source.trigger()
    qtbot.waitUntil(lambda: window.session.snapshot.sources[0].version == 2, timeout=20000)
    assert window.session.snapshot.sources[0].versions[-1].note == "From revised.txt"
    qtbot.waitUntil(lambda: window.docks["revision"].isVisible())
    assert "Version 2: 18 exact, 2 proposed, 1 orphan." in window.status_bar.message_label.message()


def test_markup_in_a_passage_is_shown_as_text(open_main_window, qtbot):
    window = open_main_window()
    source = window.session.snapshot.sources[0]
    hostile = '<b>x</b> <img src="file:///etc/hostname">'
    text = source.text.replace("Edward Snowden 's leak", f"Edward Snowden's {hostile} leak")
    window.case_work.revise_with_text(source.id, text)
    panel = window.revisions
    click_entry(qtbot, panel, claim_of(window, "hw-6").id)
    assert hostile in panel.new_view.toPlainText()
    assert "<img" not in panel.new_view.toHtml().replace("&lt;img", "")


def test_the_panel_follows_the_selection_and_keeps_the_keys(revised, qtbot):
    window, panel = revised, revised.revisions
    hw11, hw3 = claim_of(window, "hw-11"), claim_of(window, "hw-2")
    window.comparison.select_claim(hw11.id)  # in the pane: the panel shows it
    qtbot.waitUntil(lambda: panel.current_claim == hw11.id)
    assert "he cannot intercept the communication." in panel.old_view.toPlainText()
    window.comparison.select_claim(hw3.id)  # not listed: the panel keeps its place
    qtbot.waitUntil(lambda: window.session.selection.claim_id == hw3.id)
    window._update_docks()
    assert panel.current_claim == hw11.id
    click_entry(qtbot, panel, hw11.id)
    assert panel.tree.hasFocus() or window.focusWidget() is panel.tree.viewport()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Up)  # the previous entry: hw-9, for review
    assert panel.current_claim == claim_of(window, "hw-9").id
    assert window.session.selection.claim_id == panel.current_claim


def test_a_revision_that_places_everything_leaves_the_panel_closed(open_main_window, qtbot):
    window = open_main_window()
    source = window.session.snapshot.sources[0]
    revised = window.case_work.revise_with_text(source.id, "A new first line.\n\n" + source.text)
    assert (revised.proposed, revised.orphans) == (0, 0)
    assert window.revisions is not None and not window.docks["revision"].isVisible()
    said = window.status_bar.message_label.message()
    assert "Version 2: 21 exact, 0 proposed, 0 orphans." in said
    panel = window.show_revisions()
    assert panel.counts.text() == "Moved 21 · For review 0 · Not placed 0"


def test_the_source_panel_outlines_a_proposal_where_proposed_and_no_orphan(revised, qtbot):
    window = revised
    window.docks["source"].show()
    window.docks["source"].raise_()
    view = window.source_view
    hw6, hw11 = claim_of(window, "hw-6"), claim_of(window, "hw-11")
    view.show_claim(hw6.id)
    (outline,) = view.editor.extraSelections()
    best = hw6.candidates[0]
    shown = outline.cursor.selectedText()
    assert shown == window.session.snapshot.sources[0].text[best.start : best.end]
    assert "Snowden's" in shown
    view.show_claim(hw11.id)  # its offsets count in version 1: nothing outlined in version 2
    assert view.editor.extraSelections() == []


def test_out_of_sight_the_panel_catches_up_when_shown(revised, qtbot):
    window, panel = revised, revised.revisions
    hw6 = claim_of(window, "hw-6")
    window.docks["revision"].hide()
    from ui.common import commands

    assert commands.accept_proposal(window.session, hw6.id)
    assert panel.group_of(hw6.id) == "review"  # not listed again while nobody looks
    window.actions.show_revisions.trigger()
    qtbot.waitUntil(lambda: panel.group_of(hw6.id) == "moved")
    assert "For review 1" in panel.counts.text()


def test_deleting_the_last_case_empties_the_panel(revised, qtbot):
    window, panel = revised, revised.revisions
    waiting = panel.listed("review")
    assert waiting
    window.case_work.delete_case(confirmed=True)  # the seed was the store's only case
    assert window.session.snapshot is None
    # Nothing of the deleted case is listed, and no answer can be given to it.
    assert all(panel.listed(group) == [] for group in ("moved", "review", "orphan"))
    assert panel.counts.text() == "Moved 0 · For review 0 · Not placed 0"
    assert panel.current_claim is None
    assert not panel.accept_button.isEnabled() and not panel.source_button.isEnabled()
    assert not panel.choose(waiting[0])


def test_how_the_claims_landed_is_said_in_the_status_bar_s_own_place(revised, qtbot):
    # Not QStatusBar's temporary message: that hides the message label and is cut off under
    # the selection and the tallies ("Version 2: 17 exact, 2 pr|hw-2 · Unsupported …").
    bar = revised.status_bar
    assert bar.currentMessage() == ""
    assert bar.message_label.isVisible()
    assert bar.message_label.message().startswith("Version 2: ")


def test_revise_source_on_a_case_without_a_source_says_so(open_main_window, qtbot):
    from ui.common import commands

    window = open_main_window()
    source = window.session.snapshot.sources[0]
    assert commands.delete_source(window.session, source.id)
    assert not window.session.snapshot.sources
    window.actions.revise_source.trigger()  # no file dialog: nothing to revise
    assert "no source to revise" in window.status_bar.message_label.message()


def test_the_candidates_list_is_as_tall_as_its_rows_and_the_passages_get_the_rest(revised, qtbot):
    window, panel = revised, revised.revisions
    hw6 = claim_of(window, "hw-6")
    click_entry(qtbot, panel, hw6.id)
    assert panel.candidates.count() == 1
    row = panel.candidates.sizeHintForRow(0)
    # One candidate, one row (it was 78 px whatever the count, taken from the passages).
    qtbot.waitUntil(lambda: panel.candidates.height() < 2 * row)
    assert panel.old_view.height() > panel.candidates.height()


def test_a_status_edit_of_a_listed_claim_lists_nothing_again(revised, qtbot, monkeypatch):
    from ui.common import commands

    window, panel = revised, revised.revisions
    listed = {group: panel.listed(group) for group in ("moved", "review", "orphan")}
    counts = panel.counts.text()
    refilled = []
    refresh = panel.refresh
    monkeypatch.setattr(panel, "refresh", lambda: refilled.append(1) or refresh())
    hw6 = claim_of(window, "hw-6")
    # A status, a rationale: nothing the panel shows, so no pass over every claim of the case.
    assert commands.mark_status(window.session, hw6.id, "disputed")
    assert commands.write_rationale(window.session, hw6.id, "Checked against the new text.")
    assert refilled == []
    assert {group: panel.listed(group) for group in listed} == listed
    assert panel.counts.text() == counts
    # Placing it changes the list: read again.
    assert commands.accept_proposal(window.session, hw6.id)
    assert refilled == [1]
    qtbot.waitUntil(lambda: panel.group_of(hw6.id) == "moved")
