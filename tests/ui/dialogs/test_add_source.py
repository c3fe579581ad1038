"""Adding a source: read off the GUI thread (progress, Cancel), prefilled, or one sentence."""

from __future__ import annotations

import time

from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from ui.dialogs.add_source import AddSourceDialog, read_path, read_text

PAGE = (
    "<html lang='en'><head><title>Statement on pay</title>"
    "<meta name='author' content='The Union'></head>"
    "<body><nav>Home | About</nav><p>We were never paid for May.</p>"
    "<p>The company said so &lt;in writing&gt;.</p></body></html>"
)


def _dialog(qtbot, session, read, name="file"):
    dialog = AddSourceDialog(session, read, name)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_html_is_read_and_its_metadata_prefilled(qtbot, session, tmp_path):
    path = tmp_path / "statement.html"
    path.write_text(PAGE, encoding="utf-8")
    dialog = _dialog(qtbot, session, read_path(str(path)))
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    assert dialog.fields["title"].text() == "Statement on pay"
    assert dialog.fields["language"].text() == "en"
    preview = dialog.preview.toPlainText()
    assert "We were never paid for May." in preview
    assert "<in writing>" in preview  # shown as the text it is
    assert "Home | About" not in preview


def test_plain_text_takes_its_file_name_as_title(qtbot, session, tmp_path):
    path = tmp_path / "reply-from-the-company.txt"
    path.write_text("\ufeffFirst line.\r\nSecond line.\r\n", encoding="utf-8")
    dialog = _dialog(qtbot, session, read_path(str(path)))
    qtbot.waitUntil(lambda: dialog.extracted is not None)
    assert dialog.fields["title"].text() == "reply-from-the-company"
    assert dialog.preview.toPlainText().startswith("First line.\nSecond line.")


def test_pasted_markup_stays_text(qtbot, session):
    dialog = _dialog(qtbot, session, read_text("<b>bold</b> claim", "clipboard.txt"))
    qtbot.waitUntil(lambda: dialog.extracted is not None)
    assert dialog.extracted.text == "<b>bold</b> claim"


def test_a_bad_file_gets_its_sentence_and_nothing_is_added(qtbot, session, tmp_path):
    path = tmp_path / "reply.pdf"
    path.write_bytes(b"%PDF-1.7 this is not a PDF at all")
    before = len(session.snapshot.sources)
    dialog = _dialog(qtbot, session, read_path(str(path)))
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2)
    assert "reply.pdf" in dialog.error.text()
    dialog.reject()
    session.reload()
    assert len(session.snapshot.sources) == before


def _big_page(paragraphs: int) -> str:
    body = "".join(
        f"<div><p>Paragraph {n} says <b>something</b> about the dispute, again.</p></div>"
        for n in range(paragraphs)
    )
    return f"<html><head><title>Big</title></head><body>{body}</body></html>"


def test_the_window_keeps_painting_while_a_big_page_is_read(qtbot, session, tmp_path):
    path = tmp_path / "big.html"
    path.write_text(_big_page(40_000), encoding="utf-8")
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    ticker = QTimer()
    ticker.setInterval(10)

    def tick():
        gaps.append(clock.restart())

    ticker.timeout.connect(tick)
    started = time.monotonic()
    dialog = _dialog(qtbot, session, read_path(str(path)))
    ticker.start()  # from here on the file is being read
    qtbot.waitUntil(lambda: dialog.extracted is not None, timeout=60_000)
    ticker.stop()
    took = time.monotonic() - started
    assert took > 0.3, "the page is too small to show anything"
    assert max(gaps[1:]) < 100, f"the GUI thread stalled {max(gaps)} ms in {took:.1f} s"


def test_cancel_stops_the_read(qtbot, session, tmp_path):
    path = tmp_path / "big.html"
    path.write_text(_big_page(60_000), encoding="utf-8")
    dialog = _dialog(qtbot, session, read_path(str(path)))
    qtbot.waitUntil(lambda: dialog.extraction.running())
    with qtbot.waitSignal(dialog.extraction.cancelled, timeout=10_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.extracted is None
    assert dialog.extraction.wait()
