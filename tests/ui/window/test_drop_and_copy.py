"""A case file dropped on the window is imported; Ctrl+C on a claim copies it, cited."""

from __future__ import annotations

import json
from dataclasses import replace
from types import SimpleNamespace

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from models import library
from tests.conftest import make_case
from tests.ui.conftest import HOSTILE
from tests.ui.window_fixtures import *  # noqa: F403 (fixtures)
from tests.ui.window_fixtures import when_modal


def _drop(window, *paths) -> bool:
    """Drag files over the window and drop them, as a file manager does; whether it took them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = QPointF(window.rect().center())
    buttons, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(centre.toPoint(), Qt.DropAction.CopyAction, mime, buttons, plain)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(
        window, QDropEvent(centre, Qt.DropAction.CopyAction, mime, buttons, plain)
    )
    return True


def _write(path, case) -> str:
    path.write_text(json.dumps(case), encoding="utf-8")
    return str(path)


def test_a_case_file_dropped_on_the_window_is_imported_and_opened(
    qtbot, open_main_window, tmp_path, small_case
):
    window = open_main_window()
    seed_sources = len(window.session.snapshot.sources)
    path = _write(tmp_path / "dropped.JSON", small_case)
    assert _drop(window, path)
    qtbot.waitUntil(lambda: window.session.slug == small_case["slug"], timeout=20000)
    qtbot.waitUntil(lambda: "Imported" in window.status_bar.message_label.message())
    assert window.session.snapshot.title == small_case["title"]
    assert "Imported the case" in window.status_bar.message_label.message()
    # Imported, not read in as a source of the case that was open.
    seed = window.session.read("", lambda store: library.cases(store))
    assert {c.slug for c in seed} == {library.SEED_SLUG, small_case["slug"]}
    window.open_case(library.SEED_SLUG)
    assert len(window.session.snapshot.sources) == seed_sources


def test_a_bad_case_file_dropped_is_refused_with_a_message_and_nothing_added(
    qtbot, open_main_window, tmp_path
):
    window = open_main_window()
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "counterpoint-case"', encoding="utf-8")
    seen = []

    def read(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + box.informativeText())
        box.accept()

    when_modal(qtbot, read)
    assert _drop(window, bad)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert "not imported" in seen[0] or "broken.json" in seen[0]
    cases = window.session.read("", lambda store: library.cases(store))
    assert [c.slug for c in cases] == [library.SEED_SLUG]
    assert window.session.slug == library.SEED_SLUG


def test_ctrl_c_on_a_claim_copies_quote_speaker_and_source_as_text_and_html(
    qtbot, open_main_window
):
    window = open_main_window()
    left = window.comparison.view("allegation")
    case = window.session.snapshot
    claim = case.claim(left.current_claim())
    source = case.source(claim.source_id)
    QApplication.clipboard().clear()
    qtbot.keyClick(left, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QApplication.clipboard().mimeData()
    assert mime.hasText() and mime.hasHtml()
    text = mime.text()
    assert text.startswith(f"“{claim.quote}”")
    assert claim.speaker in text and source.title in text
    if source.url:
        assert source.url in text
    assert "<blockquote>" in mime.html() and "<cite>" in mime.html()
    assert claim.key in window.status_bar.message_label.message()


def test_the_html_copy_is_escaped_and_links_only_web_addresses(qtbot, open_main_window, tmp_path):
    case = make_case(slug="hostile-case")
    case["claims"][0]["speaker"] = HOSTILE
    case["sources"][0]["title"] = "A & B <i>report</i>"
    case["sources"][0]["url"] = "https://example.org/a?b=1&c=<2>"
    window = open_main_window()
    slug = library.import_data(window.store, case)
    window.open_case(slug)
    window.comparison.select_first("allegation")
    left = window.comparison.view("allegation")
    left.setFocus()
    qtbot.keyClick(left, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QApplication.clipboard().mimeData()
    html = mime.html()
    assert "<b>x</b>" not in html and "<img" not in html and "<i>report" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "A &amp; B &lt;i&gt;report&lt;/i&gt;" in html
    assert 'href="https://example.org/a?b=1&amp;c=&lt;2&gt;"' in html
    assert HOSTILE in mime.text()  # the plain text is as typed

    from ui.common.clipboard import claim_html

    snapshot = window.session.snapshot
    claim = snapshot.claims_of("allegation")[0]
    source = snapshot.source(claim.source_id)
    unsafe_source = replace(source, url="javascript:alert(1)")
    unsafe = SimpleNamespace(sides=snapshot.sides, source=lambda _id: unsafe_source)
    assert "href" not in claim_html(unsafe, claim)
    assert "javascript:alert(1)" in claim_html(unsafe, claim)  # shown, as text


def test_ctrl_c_in_a_text_field_copies_the_field_s_text_not_a_claim(qtbot, open_main_window):
    window = open_main_window()
    search = window.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "backdoor")
    search.selectAll()
    qtbot.keyClick(search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "backdoor"


def test_a_claim_not_in_the_current_version_is_copied_with_its_mark(qtbot, open_main_window):
    window = open_main_window()
    case = window.session.snapshot
    source = case.sources[0]
    gone = next(c for c in case.claims if c.key == "hw-11")
    revised = window.case_work.revise_with_text(source.id, source.text.replace(gone.quote, ""))
    assert revised is not None
    orphan = window.session.snapshot.claim(gone.id)
    assert orphan.anchor_state == "orphan"
    window.comparison.select_claim(orphan.id)
    view = window.comparison.view(orphan.role)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QApplication.clipboard().mimeData()
    # Cited from a source whose current version no longer holds its words: said, as exports do.
    assert mime.text().endswith("[Not in the current version]")
    assert "<em>[Not in the current version]</em>" in mime.html()
