"""The inspector: shows a claim as plain text and turns each field into one undoable edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models import library
from models.limits import max_length
from models.operations import get_assessment
from tests.conftest import make_case
from tests.ui.conftest import HOSTILE
from ui.common.session import CaseSession
from ui.docks.inspector import Inspector


@pytest.fixture
def inspector(session, qtbot):
    widget = Inspector(session)
    qtbot.addWidget(widget)
    widget.resize(380, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _claim(session, with_evidence=False):
    return next(c for c in session.snapshot.claims if bool(c.evidence) == with_evidence)


def test_shows_the_claim(inspector, session):
    claim = _claim(session, with_evidence=True)
    inspector.show_claim(claim.id)
    assert inspector.quote.toPlainText() == claim.quote
    assert inspector.quote.isReadOnly()
    assert inspector.rationale.toPlainText() == claim.rationale
    assert inspector.kind.currentData() == claim.kind
    checked = inspector.status_buttons.checkedButton().property("status")
    assert checked == claim.status
    assert inspector.evidence.topLevelItemCount() == len(claim.evidence)
    record = session.snapshot.evidence_record(claim.evidence[0].evidence_id)
    item = inspector.evidence.topLevelItem(0)
    assert item.text(0) == record.grade
    assert "Source reliability" in item.toolTip(0)


def test_rationale_is_one_undoable_edit_committed_on_ctrl_enter(inspector, session, qtbot):
    claim = _claim(session)
    inspector.show_claim(claim.id)
    depth = session.undo_stack.count()
    inspector.rationale.setFocus()
    qtbot.keyClick(inspector.rationale, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(inspector.rationale, " No source named.")
    assert session.undo_stack.count() == depth  # not one edit per keystroke
    qtbot.keyClick(inspector.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert session.undo_stack.count() == depth + 1
    assert session.snapshot.claim(claim.id).rationale == claim.rationale + " No source named."
    session.undo_stack.undo()
    assert session.snapshot.claim(claim.id).rationale == claim.rationale
    assert inspector.rationale.toPlainText() == claim.rationale


def test_leaving_a_field_commits_it(inspector, session, qtbot):
    claim = _claim(session)
    inspector.show_claim(claim.id)
    inspector.activateWindow()
    qtbot.waitActive(inspector)
    inspector.notes.setFocus()
    qtbot.waitUntil(inspector.notes.hasFocus)
    qtbot.keyClick(inspector.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(inspector.notes, "check the original")
    assert not session.snapshot.claim(claim.id).notes.endswith("check the original")
    qtbot.keyClick(inspector.notes, Qt.Key.Key_Tab)  # focus moves on: the notes are left
    qtbot.waitUntil(lambda: session.snapshot.claim(claim.id).notes.endswith("check the original"))


def test_switching_claims_saves_unsaved_typing(inspector, session, qtbot):
    first, second = session.snapshot.claims[:2]
    inspector.show_claim(first.id)
    inspector.paraphrase.setPlainText("Typed but not left")
    inspector.show_claim(second.id)
    assert session.snapshot.claim(first.id).paraphrase == "Typed but not left"
    assert inspector.paraphrase.toPlainText() == (second.paraphrase or "")


def test_typing_survives_an_edit_elsewhere(inspector, session, qtbot):
    claim = _claim(session)
    inspector.show_claim(claim.id)
    inspector.notes.setFocus()
    qtbot.keyClick(inspector.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(inspector.notes, "half-written")
    # another edit to the same claim arrives (say, the U key in the pane)
    button = next(
        b for b in inspector.status_buttons.buttons() if b.property("status") == "disputed"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert session.snapshot.claim(claim.id).status == "disputed"
    assert inspector.notes.toPlainText().endswith("half-written")


def test_status_speaker_and_kind_edits_undo(inspector, session, qtbot):
    claim = _claim(session)
    inspector.show_claim(claim.id)
    button = next(
        b for b in inspector.status_buttons.buttons() if b.property("status") == "unsupported"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert session.snapshot.claim(claim.id).status == "unsupported"
    inspector.speaker.selectAll()
    qtbot.keyClicks(inspector.speaker, "A spokesperson")
    qtbot.keyClick(inspector.speaker, Qt.Key.Key_Return)
    assert session.snapshot.claim(claim.id).speaker == "A spokesperson"
    inspector.kind.setCurrentIndex(inspector.kind.findData("opinion"))
    inspector.kind.activated.emit(inspector.kind.currentIndex())
    assert session.snapshot.claim(claim.id).kind == "opinion"
    for _ in range(3):
        session.undo_stack.undo()
    assert session.snapshot.claim(claim.id) == claim


def test_undoing_a_status_puts_back_when_it_was_assessed(inspector, session, qtbot):
    claim = next(c for c in session.snapshot.claims if c.status != "unassessed")
    before = get_assessment(session.store, claim.id)
    inspector.show_claim(claim.id)
    new = "disputed" if claim.status != "disputed" else "supported"
    button = next(b for b in inspector.status_buttons.buttons() if b.property("status") == new)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert get_assessment(session.store, claim.id).updated_at != before.updated_at
    session.undo_stack.undo()
    assert get_assessment(session.store, claim.id) == before


def test_a_new_selection_keeps_the_tag_list_and_only_ticks_boxes(inspector, session):
    first, second = session.snapshot.claims[0], session.snapshot.claims[1]
    inspector.show_claim(first.id)
    items = [inspector.tags.item(i) for i in range(inspector.tags.count())]
    inspector.show_claim(second.id)
    assert [inspector.tags.item(i) for i in range(inspector.tags.count())] == items
    ticked = {
        item.data(Qt.ItemDataRole.UserRole)
        for item in items
        if item.checkState() == Qt.CheckState.Checked
    }
    assert ticked == set(second.tag_ids)


def test_tag_toggle_stance_and_detach(inspector, session, qtbot):
    claim = _claim(session, with_evidence=True)
    inspector.show_claim(claim.id)
    item = next(
        inspector.tags.item(i)
        for i in range(inspector.tags.count())
        if inspector.tags.item(i).data(Qt.ItemDataRole.UserRole) not in claim.tag_ids
    )
    tag_id = item.data(Qt.ItemDataRole.UserRole)
    item.setCheckState(Qt.CheckState.Checked)  # as a click on its box does
    assert tag_id in session.snapshot.claim(claim.id).tag_ids
    combo = inspector.evidence.itemWidget(inspector.evidence.topLevelItem(0), 2)
    new = "contradicts" if claim.evidence[0].stance != "contradicts" else "supports"
    combo.setCurrentIndex(combo.findData(new))
    combo.activated.emit(combo.currentIndex())
    assert session.snapshot.claim(claim.id).evidence[0].stance == new
    inspector.evidence.setCurrentItem(inspector.evidence.topLevelItem(0))
    qtbot.mouseClick(inspector.detach, Qt.MouseButton.LeftButton)
    assert len(session.snapshot.claim(claim.id).evidence) == len(claim.evidence) - 1
    for _ in range(3):
        session.undo_stack.undo()
    assert session.snapshot.claim(claim.id) == claim


def test_linked_claim_click_and_show_in_source(inspector, session, qtbot):
    claim = next(c for c in session.snapshot.claims if session.snapshot.links_of(c.id))
    inspector.show_claim(claim.id)
    item = inspector.links.item(0)
    with qtbot.waitSignal(inspector.claimActivated) as activated:
        qtbot.mouseClick(
            inspector.links.viewport(),
            Qt.MouseButton.LeftButton,
            pos=inspector.links.visualItemRect(item).center(),
        )
    link = session.snapshot.links_of(claim.id)[0]
    other = link.response_id if claim.role == "allegation" else link.allegation_id
    assert other != claim.id
    assert activated.args == [other]  # the claim at the other end, not the one on show
    with qtbot.waitSignal(inspector.showInSourceRequested) as shown:
        qtbot.mouseClick(inspector._show_source, Qt.MouseButton.LeftButton)
    assert shown.args == [claim.id]


def test_none_shows_the_empty_page(inspector, session):
    inspector.show_claim(session.snapshot.claims[0].id)
    inspector.show_claim(None)
    assert inspector._stack.currentIndex() == 0


def test_markup_in_a_claim_is_shown_literally(db_path, qtbot):
    case = make_case()
    claim = case["claims"][0]
    claim["paraphrase"] = HOSTILE
    claim["speaker"] = HOSTILE
    claim["rationale"] = HOSTILE
    case["tags"][1]["name"] = HOSTILE
    case["evidence"][0]["title"] = HOSTILE
    case["evidence"][0]["citation"] = HOSTILE
    store = library.open_library(str(db_path))
    slug = library.import_data(store, case)
    session = CaseSession(store, author="Tester")
    session.open_case(slug)
    inspector = Inspector(session)
    qtbot.addWidget(inspector)
    inspector.show_claim(session.snapshot.claims_of("allegation")[0].id)
    assert inspector.paraphrase.toPlainText() == HOSTILE
    assert inspector.speaker.text() == HOSTILE
    assert inspector.rationale.toPlainText() == HOSTILE
    assert HOSTILE in inspector._title.text()
    assert inspector._title.textFormat() == Qt.TextFormat.PlainText
    names = [inspector.tags.item(i).text().strip() for i in range(inspector.tags.count())]
    assert HOSTILE in names
    evidence = inspector.evidence.topLevelItem(0)
    assert evidence.text(1).startswith(HOSTILE)
    assert "&lt;img" in evidence.toolTip(1) and "<img" not in evidence.toolTip(1)
    store.close()


# --- what the store refuses stays typed, marked, until saved again or discarded -------------


def _stored(session, claim_id, field):
    """The field's value as the store holds it (not as the window shows it)."""
    return getattr(library.snapshot(session.store, library.SEED_SLUG).claim(claim_id), field)


def _marked(edit) -> bool:
    return edit.is_not_saved() and edit.not_saved_bar.isVisible()


def test_a_refused_rationale_stays_typed_and_marked_until_saved_again(
    inspector, session, locked_store, qtbot
):
    claim = _claim(session)
    inspector.show_claim(claim.id)
    inspector.rationale.setFocus()
    qtbot.keyClick(inspector.rationale, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(inspector.rationale, " Checked twice.")
    typed = claim.rationale + " Checked twice."
    locked_store.hold()
    with qtbot.waitSignal(session.editFailed):
        qtbot.keyClick(inspector.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert inspector.rationale.toPlainText() == typed
    assert _marked(inspector.rationale)
    assert _stored(session, claim.id, "rationale") == claim.rationale
    inspector.rationale.clearFocus()  # leaving it tries again, and is refused again: still kept
    assert inspector.rationale.toPlainText() == typed and _marked(inspector.rationale)

    locked_store.release()
    bar = inspector.rationale.not_saved_bar
    qtbot.mouseClick(bar.save_button, Qt.MouseButton.LeftButton)
    assert _stored(session, claim.id, "rationale") == typed
    assert inspector.rationale.toPlainText() == typed
    assert not inspector.rationale.is_not_saved() and not bar.isVisible()


def test_discard_puts_back_the_stored_text(inspector, session, qtbot):
    claim = _claim(session)
    inspector.show_claim(claim.id)
    too_long = "x" * (max_length("claim", "rationale") + 1)
    inspector.rationale.setFocus()
    inspector.rationale.setPlainText(too_long)
    with qtbot.waitSignal(session.editFailed):
        qtbot.keyClick(inspector.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert inspector.rationale.toPlainText() == too_long and _marked(inspector.rationale)
    qtbot.mouseClick(inspector.rationale.not_saved_bar.discard_button, Qt.MouseButton.LeftButton)
    assert inspector.rationale.toPlainText() == claim.rationale
    assert not _marked(inspector.rationale)
    assert _stored(session, claim.id, "rationale") == claim.rationale


def test_refused_text_is_kept_for_its_claim_when_another_is_shown(
    inspector, session, locked_store, qtbot
):
    claim, other = session.snapshot.claims[0], session.snapshot.claims[1]
    inspector.show_claim(claim.id)
    inspector.speaker.setFocus()
    inspector.speaker.selectAll()
    qtbot.keyClicks(inspector.speaker, "A spokesperson")
    inspector.notes.setFocus()  # leaving the speaker saves it
    qtbot.keyClicks(inspector.notes, "Ask the ministry. ")
    typed = inspector.notes.toPlainText()
    locked_store.hold()
    with qtbot.waitSignal(session.editFailed):
        inspector.show_claim(other.id)  # saves the notes first: refused
    assert _marked(inspector.speaker) is False  # saved before the lock
    assert inspector.notes.toPlainText() == (other.notes or "")
    assert not _marked(inspector.notes)
    inspector.show_claim(claim.id)
    assert inspector.notes.toPlainText() == typed and _marked(inspector.notes)
    assert inspector.speaker.text() == "A spokesperson"
    assert _stored(session, claim.id, "notes") == claim.notes
    locked_store.release()
    qtbot.mouseClick(inspector.notes.not_saved_bar.save_button, Qt.MouseButton.LeftButton)
    assert _stored(session, claim.id, "notes") == typed


def test_a_refused_speaker_stays_typed_and_marked(inspector, session, locked_store, qtbot):
    claim = _claim(session)
    inspector.show_claim(claim.id)
    inspector.speaker.setFocus()
    inspector.speaker.selectAll()
    qtbot.keyClicks(inspector.speaker, "  A spokesperson ")
    locked_store.hold()
    with qtbot.waitSignal(session.editFailed):
        qtbot.keyClick(inspector.speaker, Qt.Key.Key_Return)
    assert inspector.speaker.text() == "A spokesperson" and _marked(inspector.speaker)
    assert _stored(session, claim.id, "speaker") == claim.speaker
    qtbot.keyClick(inspector.speaker, Qt.Key.Key_Escape)  # Escape discards, as the button does
    assert inspector.speaker.text() == (claim.speaker or "") and not _marked(inspector.speaker)


def test_the_evidence_rows_follow_the_selection_in_the_same_stance_boxes(inspector, session):
    first, second = [c for c in session.snapshot.claims if c.evidence][:2]
    inspector.show_claim(first.id)
    tree = inspector.evidence
    boxes = [tree.itemWidget(tree.topLevelItem(n), 2) for n in range(tree.topLevelItemCount())]
    inspector.show_claim(second.id)
    assert tree.topLevelItemCount() == len(second.evidence)
    for n, attachment in enumerate(second.evidence):
        item = tree.topLevelItem(n)
        record = session.snapshot.evidence_record(attachment.evidence_id)
        assert item.data(0, Qt.ItemDataRole.UserRole) == record.id
        assert (item.text(0), item.text(1).splitlines()[0]) == (record.grade, record.title)
        assert tree.itemWidget(item, 2).currentData() == attachment.stance
        if n < len(boxes):  # no new box per record on each selection: the row's own is kept
            assert tree.itemWidget(item, 2) is boxes[n]
    # A stance chosen in a kept box is the shown claim's, for the record its row shows now.
    box = tree.itemWidget(tree.topLevelItem(0), 2)
    new = "contradicts" if second.evidence[0].stance != "contradicts" else "supports"
    box.setCurrentIndex(box.findData(new))
    box.activated.emit(box.currentIndex())
    assert session.snapshot.claim(second.id).evidence[0].stance == new
    assert session.snapshot.claim(first.id).evidence == first.evidence


def test_the_linked_claims_follow_the_selection_in_the_same_rows(inspector, session):
    case = session.snapshot
    linked = sorted(
        (c for c in case.claims if case.links_of(c.id)), key=lambda c: -len(case.links_of(c.id))
    )
    inspector.show_claim(linked[0].id)
    first_row = inspector.links.item(0)
    for claim in (linked[-1], linked[1], linked[0]):
        inspector.show_claim(claim.id)
        others = [
            link.response_id if claim.role == "allegation" else link.allegation_id
            for link in case.links_of(claim.id)
        ]
        rows = [inspector.links.item(n) for n in range(inspector.links.count())]
        assert [r.data(Qt.ItemDataRole.UserRole) for r in rows] == others
        assert all(case.claim(o).key in r.text() for o, r in zip(others, rows, strict=True))
        assert rows[0] is first_row  # filled again, not made again
