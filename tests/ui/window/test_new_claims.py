"""New claims start well: their side's party speaks, the side's usual kind, shown at once."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.ui.own_case_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.own_case_fixtures import needs_domain
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)


def _source_view(qtbot, window, role="allegation"):
    window.docks["source"].show()
    window.docks["source"].raise_()
    first = window.session.snapshot.claims_of(role)[0]
    window.comparison.select_claim(first.id)
    view = window.source_view
    qtbot.waitUntil(lambda: view.source_id is not None and not view.is_pending())
    return view


def _uncovered_span(window, source_id):
    """A stretch of the source's words that no claim quotes (the first one)."""
    snapshot = window.session.snapshot
    text = next(s.text for s in snapshot.sources if s.id == source_id)
    covered = [(c.start, c.end) for c in snapshot.claims if c.source_id == source_id]
    start = 0
    while start < len(text):
        end = min(len(text), start + 30)
        if text[start:end].strip() and not any(a < end and start < b for a, b in covered):
            return start, end
        start += 10
    raise AssertionError("no free text in the source")


def _usual_kind(snapshot, role):
    counts = Counter(c.kind for c in snapshot.claims_of(role))
    return counts.most_common(1)[0][0]


def _select(view, start, end):
    cursor = QTextCursor(view.editor.document())
    cursor.setPosition(view.offsets.to_utf16(start))
    cursor.setPosition(view.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
    view.editor.setTextCursor(cursor)
    view.editor.setFocus()


def test_a_claim_made_from_the_source_view_starts_as_its_side_and_shows_at_once(
    qtbot, open_main_window
):
    window = open_main_window()
    view = _source_view(qtbot, window)
    before = window.session.snapshot
    party = next(s.party for s in before.sides if s.role == "allegation")
    kind = _usual_kind(before, "allegation")
    pane = window.comparison.view("allegation")
    rows = pane.model().rowCount()
    start, end = _uncovered_span(window, view.source_id)
    _select(view, start, end)
    claim_id = view.new_claim("allegation")
    assert claim_id is not None
    claim = window.session.snapshot.claim(claim_id)
    assert (claim.speaker, claim.kind) == (party, kind)
    # The pane shows it now, without re-opening the case, and it is the current claim.
    assert pane.model().rowCount() == rows + 1
    assert pane.model().row_of(claim_id) >= 0
    qtbot.waitUntil(lambda: window.session.selection.claim_id == claim_id)
    qtbot.waitUntil(lambda: window.inspector.claim_id == claim_id)
    assert window.inspector.speaker.text() == party


@needs_domain
def test_an_accepted_suggestion_shows_at_once_with_its_sides_party(qtbot, open_main_window):
    window = open_main_window()
    view = _source_view(qtbot, window)
    qtbot.mouseClick(view.suggestions.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(view.suggestions.shown))
    target = view.suggestions.shown[0]
    party = next(s.party for s in window.session.snapshot.sides if s.role == "allegation")
    pane = window.comparison.view("allegation")
    rows = pane.model().rowCount()
    cursor = QTextCursor(view.editor.document())
    cursor.setPosition(view.offsets.to_utf16(target.start + 1))
    view.editor.setTextCursor(cursor)
    view.editor.setFocus()
    qtbot.keyClick(view.editor, Qt.Key.Key_A)
    made = [
        c for c in window.session.snapshot.claims if (c.start, c.end) == (target.start, target.end)
    ]
    assert made and made[0].speaker == (target.speaker or party)
    assert pane.model().rowCount() == rows + 1 and pane.model().row_of(made[0].id) >= 0


def test_create_claim_defaults_to_the_sides_party_and_usual_kind(store):
    from models import library
    from models.claim_edits import create_claim, usual_kind
    from models.schema import Side

    case = library.snapshot(store, library.SEED_SLUG)
    source = case.sources[0]
    with store.reading() as s:
        sides = {side.role: side for side in s.query(Side).filter_by(case_id=case.id)}
        assert usual_kind(s, sides["response"].id) == _usual_kind(case, "response")
    claim_id, _ = create_claim(store, case.id, "response", source.id, 0, 10)
    claim = library.snapshot(store, library.SEED_SLUG).claim(claim_id)
    assert claim.speaker == sides["response"].party
    assert claim.kind == _usual_kind(case, "response")
    # A speaker and kind given are kept.
    claim_id, _ = create_claim(
        store, case.id, "response", source.id, 0, 10, speaker="Ana", kind="opinion"
    )
    claim = library.snapshot(store, library.SEED_SLUG).claim(claim_id)
    assert (claim.speaker, claim.kind) == ("Ana", "opinion")
