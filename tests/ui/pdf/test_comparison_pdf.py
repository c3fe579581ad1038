"""The PDF read back: every quote, citation and status; metadata; embedded fonts; pagination."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from models.exports import export_snapshot
from models.exports.content import badge_text
from models.vocabulary import label

pytestmark = pytest.mark.usefixtures("qapp")


def _squash(text: str) -> str:
    # Lines wrap anywhere inside a quote, so whitespace is not compared at all.
    return "".join(text.split())


@pytest.fixture
def huawei_pdf(huawei, options, tmp_path):

    out = tmp_path / "huawei.pdf"
    export_snapshot(huawei, "pdf", out, replace(options, source_appendix=True))
    return PdfReader(out)


def _text(reader: PdfReader) -> str:
    return "".join(_squash(page.extract_text()) for page in reader.pages)


def test_every_quote_citation_and_status_is_in_the_text(huawei, huawei_pdf):
    text = _text(huawei_pdf)
    for claim in huawei.claims:
        assert _squash(claim.quote) in text, claim.key
        assert _squash(badge_text(claim.status)) in text
    for evidence in huawei.evidence:
        assert _squash(evidence.citation) in text, evidence.key
        assert _squash(f"Grade {evidence.grade}") in text
    for status in ("unsupported", "supported", "unverifiable", "disputed", "unassessed"):
        assert _squash(label(status).upper()) in text  # the legend names every status


def test_metadata_title_author_and_xmp_subject(huawei, huawei_pdf):
    meta = huawei_pdf.metadata
    assert meta.title == huawei.title
    assert meta.author == "A. Analyst"
    xmp = huawei_pdf.xmp_metadata
    assert xmp is not None
    assert xmp.dc_title["x-default"] == huawei.title
    assert xmp.dc_creator == ["A. Analyst"]
    assert "U.S. government" in xmp.dc_description["x-default"]
    assert "annotated comparison" in xmp.dc_subject


def test_fonts_are_embedded_and_nothing_foreign_is_in_it(huawei_pdf):
    embedded = set()
    for page in huawei_pdf.pages:
        annotations = [a.get_object() for a in page.get("/Annots") or []]
        assert not [a for a in annotations if a.get("/Subtype") == "/Link"]
        resources = page["/Resources"]
        xobjects = resources.get("/XObject") or {}
        assert not [k for k in xobjects if xobjects[k].get_object().get("/Subtype") == "/Image"]
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            for descendant in font.get("/DescendantFonts") or [font]:
                descriptor = descendant.get_object().get("/FontDescriptor")
                assert descriptor is not None and "/FontFile2" in descriptor.get_object()
                embedded.add(str(descendant.get_object()["/BaseFont"]))
    assert any("DejaVuSans" in name for name in embedded)
    assert any("Bold" in name for name in embedded)


def test_pages_have_numbers_and_a_running_header(huawei, huawei_pdf):
    total = len(huawei_pdf.pages)
    assert total > 3
    for number, page in enumerate(huawei_pdf.pages, start=1):
        text = _squash(page.extract_text())
        assert _squash(f"Page {number} of {total}") in text
        if number > 1:
            assert _squash(huawei.title) in text


def test_a_claim_card_is_never_split_across_pages(huawei, huawei_pdf):
    # Each card draws its badge and its quote together: on whichever page the quote is, the
    # badge of that claim, its key and its status are on the same page.
    pages = [_squash(p.extract_text()) for p in huawei_pdf.pages]
    for claim in huawei.claims:
        quote = _squash(f"\u201c{claim.quote}\u201d")
        hits = [p for p in pages if quote in p]
        assert hits, claim.key
        for page in hits:
            for found in re.finditer(re.escape(quote), page):
                before = page[: found.start()]
                if before.endswith("(continued):"):
                    continue  # the reminder of an allegation at the top of a continued pair
                assert _squash(badge_text(claim.status)) in before[-400:], claim.key


def test_layout_keeps_every_block_inside_the_page(huawei, options, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from models.exports import build_content
    from ui.pdf.claim_cards import ClaimCard, PairBlock
    from ui.pdf.comparison import MARGIN_BOTTOM, Canvas, layout_document, register_fonts

    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setResolution(600)
    canvas = Canvas(writer, register_fonts())
    size = (canvas.pt(842), canvas.pt(595))
    pages = layout_document(canvas, build_content(huawei, options), size)
    bottom = size[1] - canvas.pt(MARGIN_BOTTOM)
    cards = 0
    for page in pages:
        for block, y in page.placed:
            assert y + block.height <= bottom + 1e-6
            if isinstance(block, PairBlock):
                cards += sum(isinstance(c, ClaimCard) for _, c in block.rights)
    assert cards >= len(huawei.links)


@pytest.mark.parametrize(("size", "landscape"), [("A4", True), ("Letter", False)])
def test_page_size_and_orientation(huawei, options, tmp_path, size, landscape):

    out = tmp_path / "sized.pdf"
    export_snapshot(huawei, "pdf", out, replace(options, page_size=size, landscape=landscape))
    box = PdfReader(out).pages[0].mediabox
    width, height = float(box.width), float(box.height)
    expected = {"A4": (595, 842), "Letter": (612, 792)}[size]
    assert (round(min(width, height)), round(max(width, height))) == expected
    assert (width > height) == landscape


def test_xmp_create_date_is_the_export_time_in_utc(huawei, options, tmp_path):
    from datetime import datetime, timedelta, timezone

    # 14:00 at UTC+2 is 12:00 UTC: the "Z" stamp must say 12:00, as the footer does.
    local = datetime(2024, 5, 1, 14, 0, tzinfo=timezone(timedelta(hours=2)))
    out = tmp_path / "local.pdf"
    export_snapshot(huawei, "pdf", out, replace(options, exported_at=local))
    reader = PdfReader(out)
    raw = reader.xmp_metadata.stream.get_data().decode("utf-8")
    assert "<xmp:CreateDate>2024-05-01T12:00:00Z</xmp:CreateDate>" in raw
    assert _squash("2024-05-01 12:00 UTC") in _squash(reader.pages[0].extract_text())
