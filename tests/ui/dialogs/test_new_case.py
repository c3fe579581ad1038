"""The case dialog: the slug follows the title until the user writes one; problems show inline."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.dialogs.new_case import CaseDialog, CaseFields, slug_preview


def test_slug_follows_the_title_until_typed(qtbot):
    dialog = CaseDialog(None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Pay dispute: Cafe Zurich 2026")
    assert dialog.slug.text() == "pay-dispute-cafe-zurich-2026"
    dialog.slug.selectAll()
    qtbot.keyClicks(dialog.slug, "pay-2026")
    qtbot.keyClicks(dialog.title, " again")
    assert dialog.slug.text() == "pay-2026"


def test_slug_preview_is_within_the_schema_limit():
    assert len(slug_preview("word " * 100)) <= 120
    assert slug_preview("Été — 2026!").startswith("ete-2026")


def test_problems_show_inline_and_the_dialog_stays(qtbot):
    dialog = CaseDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "title" in dialog.error.text()
    qtbot.keyClicks(dialog.title, "A dispute")
    dialog.accept()
    assert "allegation" in dialog.error.text()
    qtbot.keyClicks(dialog.allegation_party, "Workers")
    qtbot.keyClicks(dialog.response_party, "Company")
    dialog.slug.setText("Not A Slug")
    dialog.accept()
    assert "short name" in dialog.error.text() and dialog.isVisible()
    dialog.slug.setText("a-dispute")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.fields().allegation_party == "Workers"


def test_properties_are_filled_and_offer_delete(qtbot):
    fields = CaseFields("T", "t", "d", "A", "ad", "R", "rd")
    dialog = CaseDialog(None, fields, "/somewhere/deleted-cases")
    qtbot.addWidget(dialog)
    assert dialog.fields() == fields
    assert dialog.delete_button is not None
    qtbot.keyClicks(dialog.title, "x")
    assert dialog.slug.text() == "t"  # an existing case keeps its slug unless it is edited
