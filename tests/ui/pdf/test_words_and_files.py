"""The PDF's own words go through Qt's translation; the file is written by the shared writer."""

from __future__ import annotations

import os
import stat

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QTranslator

from models.exports import export_snapshot

pytestmark = pytest.mark.usefixtures("qapp")


class _Marking(QTranslator):
    """Puts "§" before every string of the PDF, so untranslated words stand out."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"\u00a7{source}" if context == "PdfExport" else None

    def isEmpty(self):
        return False


@pytest.fixture
def marking():
    translator = _Marking()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _words(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_the_pdfs_own_words_are_translated(huawei, options, tmp_path, marking):

    out = tmp_path / "marked.pdf"
    export_snapshot(huawei, "pdf", out, options)
    text = _words(out)
    for words in (
        "ANNOTATED COMPARISON",
        "Summary and legend",
        "Claims by status",
        "Status badges",
        "Reading the comparison",
        "Allegations and responses",
        "relation",
        "Unanswered allegations",
        "Evidence",
        "Page 1 of",
        "Exported by",
        "Counterpoint \u00b7 annotated comparison",
        "Rationale (",
        "Meaning:",
    ):
        assert f"\u00a7{words}" in text, words


def test_the_pdf_is_written_by_the_shared_atomic_writer(huawei, options, tmp_path, monkeypatch):
    import ui.pdf.comparison

    written = []
    real = ui.pdf.comparison.write_atomically

    def spy(path, data):
        written.append((path, data[:5]))
        real(path, data)

    monkeypatch.setattr(ui.pdf.comparison, "write_atomically", spy)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "shared.pdf"
    old = os.umask(0o022)
    try:
        export_snapshot(huawei, "pdf", out, options)
    finally:
        os.umask(old)
    assert written == [(out, b"%PDF-")]
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert [p.name for p in out.parent.iterdir()] == ["shared.pdf"]  # no temporary file left
