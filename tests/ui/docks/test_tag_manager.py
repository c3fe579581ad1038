"""The tag manager: tree model, create/rename/recolour/icon/nest/merge/delete, apply, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from models import library
from tests.conftest import make_case
from tests.ui.conftest import HOSTILE
from tests.ui.window_fixtures import when_modal
from ui.common.drag import TAG_MIME
from ui.common.session import CaseSession
from ui.docks.tag_manager import TagManager


@pytest.fixture
def tags(session, qtbot):
    widget = TagManager(session)
    qtbot.addWidget(widget)
    widget.resize(340, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _export(session):
    return library.export_data(session.store, library.SEED_SLUG)


def test_tree_model_passes_the_model_tester(tags, qtmodeltester):
    qtmodeltester.check(tags.model)


def test_tree_nests_sub_tags(tags, session):
    child = next(t for t in session.snapshot.tags if t.parent_id is not None)
    index = tags.model.index_of(child.id)
    assert tags.model.tag_id(index.parent()) == child.parent_id
    assert index.data() == child.name


def test_create_rename_by_typing_recolour_icon_and_undo_all(tags, session, qtbot):
    before = _export(session)
    tag_id = tags.new_tag("Framing")
    assert session.snapshot.tag(tag_id).name == "Framing"
    assert tags.selected_tag() == tag_id
    tags.tree.setFocus()
    qtbot.keyClick(tags.tree, Qt.Key.Key_F2)  # rename in place, by keys
    editor = tags.tree.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Frames")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.snapshot.tag(tag_id).name == "Frames")
    tags.recolour(tag_id, "#123456")
    tags.set_icon(tag_id, "mdi6.flag-outline")
    tag = session.snapshot.tag(tag_id)
    assert (tag.color, tag.icon) == ("#123456", "mdi6.flag-outline")
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert _export(session) == before
    while session.undo_stack.canRedo():
        session.undo_stack.redo()
    assert session.snapshot.tag(tag_id).name == "Frames"


def test_nesting_by_drop_and_refusing_a_loop(tags, session, qtbot):
    parent = next(t for t in session.snapshot.tags if t.parent_id is None)
    loose = next(t for t in session.snapshot.tags if t.parent_id is None and t.id != parent.id)
    mime = tags.model.mimeData([tags.model.index_of(loose.id)])
    assert bytes(mime.data(TAG_MIME)) == str(loose.id).encode("ascii")
    tags.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, tags.model.index_of(parent.id))
    qtbot.waitUntil(lambda: session.snapshot.tag(loose.id).parent_id == parent.id)
    failures = []
    session.editFailed.connect(failures.append)
    assert not tags.move_tag(parent.id, loose.id)  # under its own sub-tag
    assert failures and "under itself" in failures[0]
    tags.move_tag(loose.id, None)
    assert session.snapshot.tag(loose.id).parent_id is None


def test_merge_and_delete_with_undo(tags, session):
    before = _export(session)
    used = {t for c in session.snapshot.claims for t in c.tag_ids}
    source = next(t for t in session.snapshot.tags if t.id in used)
    target = next(t for t in session.snapshot.tags if t.id != source.id)
    uses = [c.id for c in session.snapshot.claims if source.id in c.tag_ids]
    assert uses  # else the check below proves nothing
    assert tags.merge(source.id, target.id)
    assert source.id not in {t.id for t in session.snapshot.tags}
    assert all(target.id in session.snapshot.claim(c).tag_ids for c in uses)
    assert tags.delete(target.id)
    assert target.id not in {t.id for t in session.snapshot.tags}
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert _export(session) == before


def test_apply_to_the_current_claim_and_evidence(tags, session, qtbot):
    tag = session.snapshot.tags[-1]
    claim = next(c for c in session.snapshot.claims if tag.id not in c.tag_ids)
    record = next(e for e in session.snapshot.evidence if tag.id not in e.tag_ids)
    tags.set_current_claim(claim.id)
    tags.set_current_evidence(record.id)
    tags.select_tag(tag.id)
    assert tags.claim_action.isEnabled() and not tags.claim_action.isChecked()
    tags.claim_action.trigger()
    assert tag.id in session.snapshot.claim(claim.id).tag_ids
    assert tags.claim_action.isChecked()
    tags.evidence_action.trigger()
    assert tag.id in session.snapshot.evidence_record(record.id).tag_ids
    tags.claim_action.trigger()
    assert tag.id not in session.snapshot.claim(claim.id).tag_ids


def test_filter_request(tags, session, qtbot):
    tag = session.snapshot.tags[0]
    tags.select_tag(tag.id)
    with qtbot.waitSignal(tags.tagFilterRequested) as requested:
        tags.filter_action.trigger()
    assert requested.args == [tag.id]


def test_tag_names_are_plain_text(db_path, qtbot):
    case = make_case()
    case["tags"][0]["name"] = HOSTILE
    store = library.open_library(str(db_path))
    session = CaseSession(store)
    session.open_case(library.import_data(store, case))
    widget = TagManager(session)
    qtbot.addWidget(widget)
    index = widget.model.index(0, 0, QModelIndex())
    assert index.data() == HOSTILE
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img" in tooltip and "<img" not in tooltip
    store.close()


def test_thin_commands_on_a_bare_stack(store):
    """A CaseSession with no widgets: every kind of edit undoes and redoes exactly."""
    from ui.common import commands

    session = CaseSession(store, author="Tester")
    snap = session.open_case(library.SEED_SLUG)
    assert isinstance(session.undo_stack, QUndoStack)
    before = _export(session)
    claim = next(c for c in snap.claims if c.evidence and snap.links_of(c.id))
    free = next(e for e in snap.evidence if e.id not in {a.evidence_id for a in claim.evidence})
    steps = [
        lambda: commands.attach_evidence(session, claim.id, free.id, "context"),
        lambda: commands.delete_claim(session, snap.claims[-1].id),
        lambda: commands.merge_tags(session, snap.tags[1].id, snap.tags[2].id),
    ]
    for step in steps:
        assert step()
    after = _export(session)
    for _ in steps:
        session.undo_stack.undo()
    assert _export(session) == before
    for _ in steps:
        session.undo_stack.redo()
    assert _export(session) == after


def _pick(qtbot, dialog, tag_id):
    """Choose a tag in the choice dialog with the keyboard, then press Enter."""
    combo = dialog.combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != tag_id:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)


def test_moving_under_a_tag_named_like_the_top_level_entry_picks_that_tag(tags, session, qtbot):
    odd = tags.new_tag("(top level)")
    mover = tags.new_tag("Mover")
    tags.select_tag(mover)
    when_modal(qtbot, lambda dialog: _pick(qtbot, dialog, odd))
    tags.move_action.trigger()
    assert session.snapshot.tag(mover).parent_id == odd


def test_merging_into_a_grandchild_through_the_dialog_and_undo(tags, session, qtbot):
    before = _export(session)
    top = tags.new_tag("Top")
    middle = tags.new_tag("Middle", parent_id=top)
    bottom = tags.new_tag("Bottom", parent_id=middle)
    tags.select_tag(top)

    def choose(dialog):
        when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        _pick(qtbot, dialog, bottom)

    when_modal(qtbot, choose)
    tags.merge_action.trigger()
    snap = session.snapshot
    assert top not in {t.id for t in snap.tags}
    assert snap.tag(bottom).parent_id is None and snap.tag(middle).parent_id == bottom
    for _ in range(4):
        session.undo_stack.undo()
    assert _export(session) == before


def test_a_refused_rename_opens_the_editor_again_with_the_name_typed(
    tags, session, locked_store, qtbot
):
    tag = session.snapshot.tags[0]
    tags.select_tag(tag.id)
    tags.tree.setFocus()
    qtbot.keyClick(tags.tree, Qt.Key.Key_F2)
    editor = tags.tree.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Moves and counter-moves")
    locked_store.hold()
    with qtbot.waitSignal(session.editFailed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(tags.tree.focusWidget(), QLineEdit))
    again = tags.tree.focusWidget()
    assert again.text() == "Moves and counter-moves"
    assert "Not saved" in again.toolTip() and "border" in again.styleSheet()
    assert session.snapshot.tag(tag.id).name == tag.name
    locked_store.release()
    qtbot.keyClick(again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.snapshot.tag(tag.id).name == "Moves and counter-moves")


def test_a_refused_new_tag_name_is_asked_again_as_typed(tags, session, monkeypatch):
    taken = session.snapshot.tags[0].name
    answers = [(taken, True), ("Framing", True)]
    asked = []

    def get_text(_parent, _title, label, **kwargs):
        asked.append((label, kwargs.get("text", "")))
        return answers.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    tags.new_action.trigger()
    assert asked[1][1] == taken and "Not saved" in asked[1][0]
    assert "Framing" in {t.name for t in session.snapshot.tags}
