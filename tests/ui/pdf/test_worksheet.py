"""Worksheet and answer-key PDFs, read back: no assessment on the worksheet, every quote on it."""

from __future__ import annotations

import re
import unicodedata

import pypdf
import pytest

from models import library
from tests.conftest import make_case
from ui.pdf.worksheet import worksheet_groups, write_answer_key, write_worksheet


def norm(text: str) -> str:
    """Whitespace (and any compatibility form) normalised, for comparing extracted text."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pages_text(path) -> list[str]:
    return [norm(page.extract_text()) for page in pypdf.PdfReader(path).pages]


@pytest.fixture
def case(store):
    return library.snapshot(store, library.SEED_SLUG)


@pytest.fixture
def worksheet(case, tmp_path, qapp):
    path = tmp_path / "worksheet.pdf"
    write_worksheet(case, path)
    return path


def test_the_worksheet_has_every_quote_and_no_assessment(case, worksheet):
    text = " ".join(pages_text(worksheet))
    for claim in case.claims:
        assert norm(claim.quote) in text, claim.key
        assert claim.key in text
    for claim in case.claims:
        assert claim.rationale
        # No rationale, not even its first words, and no status given as an answer.
        assert norm(claim.rationale)[:30] not in text, claim.key
    assert "Unsupported assertion" not in text
    assert "Answer key" not in text


def test_the_worksheet_has_the_blanks_a_student_fills_in(case, worksheet):
    pages = pages_text(worksheet)
    assert "Name:" in pages[0] and "Class:" in pages[0] and "Date:" in pages[0]
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page
        assert case.title in page  # the header on every page
    text = " ".join(pages)
    for word in ("Supported", "Unsupported", "Disputed", "Unverifiable", "Reason:"):
        assert text.count(word) >= len(case.claims)
    assert text.count("Status:") == len(case.claims)


def test_links_and_source_references_are_named(case, worksheet):
    text = " ".join(pages_text(worksheet))
    assert "Answered by: hw-1 (counter-accuses), hw-2 (denies)" in text
    assert "Answers: denies us-1; denies us-2" in text
    assert case.sources[0].title in text
    # A card shows the quote's words, never character offsets a student cannot use.
    assert "characters" not in text


def test_a_case_of_several_sources_says_which_source_a_card_quotes(case, tmp_path, qapp):
    from dataclasses import replace

    second = replace(case.sources[0], id=case.sources[0].id + 1000, title="A second report")
    last = case.claims[-1]
    moved = replace(last, source_id=second.id)
    two = replace(
        case,
        sources=(*case.sources, second),
        claims=tuple(moved if c.id == last.id else c for c in case.claims),
    )
    path = tmp_path / "two.pdf"
    write_worksheet(two, path)
    text = " ".join(pages_text(path))
    assert "Source 2: A second report" in text
    assert text.count("From source 2") == 1 and text.count("From source 1") == len(case.claims) - 1


def test_a_claim_block_is_never_split_across_pages(case, worksheet):
    keys = [c.key for c in case.claims]
    seen = []
    for page in pages_text(worksheet):
        headed = [k for k in keys if re.search(rf"\b{re.escape(k)} · ", page)]
        seen += headed
        # Each card begins with its heading and ends with its tick boxes and reason lines,
        # so a page holds exactly as many "Status:" as claim headings.
        assert page.count("Status:") == len(headed)
        assert page.count("Reason:") == len(headed)
    assert sorted(seen) == sorted(keys)


def test_each_claim_appears_once_under_its_allegation(case):
    groups = worksheet_groups(case)
    claims = [c.id for g in groups for c in g.claims]
    assert sorted(claims) == sorted(c.id for c in case.claims)
    for group in groups:
        head, *rest = group.claims
        if head.role == "allegation":
            assert all(r.role == "response" for r in rest)
            assert all(
                any(link.allegation_id == head.id for link in case.links_of(r.id)) for r in rest
            )


def test_the_cards_are_packed_and_the_key_paginates_like_the_worksheet(case, worksheet, tmp_path):
    # 9 pages before the cards were packed in two columns: now about half.
    pages = pages_text(worksheet)
    assert len(pages) <= 5
    key = tmp_path / "key.pdf"
    write_answer_key(case, key)
    key_pages = pages_text(key)
    assert len(key_pages) == len(pages)
    keys = [c.key for c in case.claims]

    def on(page):
        return {k for k in keys if re.search(rf"\b{re.escape(k)} · ", page)}

    # Page n of the key holds the cards of page n of the worksheet.
    assert [on(p) for p in key_pages] == [on(p) for p in pages]
    # Most columns hold more than two cards' worth: every page but the last has at least four.
    assert all(len(on(p)) >= 4 for p in pages[:-1])


def test_the_fonts_are_embedded(worksheet):
    reader = pypdf.PdfReader(worksheet)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            fonts[font["/BaseFont"]] = "/FontFile2" in descriptor
    assert fonts and all(fonts.values())
    assert any("DejaVuSans" in name for name in fonts)


def test_the_answer_key_has_the_teachers_rationales(case, tmp_path, qapp):
    path = tmp_path / "key.pdf"
    write_answer_key(case, path)
    text = " ".join(pages_text(path))
    assert "Answer key" in text and "Name:" not in text
    joined = re.sub(r"-\s+", "-", text)  # a line broken after a hyphen reads as "- "
    for claim in case.claims:
        assert norm(claim.rationale) in joined, claim.key
        assert norm(claim.quote) in text, claim.key


def test_case_text_is_printed_as_plain_text_never_markup(store, tmp_path, qapp):
    data = make_case()
    quote = "<b>bold</b> & <img src='x.png'> a < b"
    source = data["sources"][0]
    source["text"] = source["text"] + " " + quote
    start = source["text"].index(quote)
    data["claims"][1].update(start=start, end=start + len(quote), quote=quote)
    data["claims"][0]["rationale"] = "<i>not italic</i>"
    slug = library.import_data(store, data)
    case = library.snapshot(store, slug)
    write_worksheet(case, tmp_path / "w.pdf")
    write_answer_key(case, tmp_path / "k.pdf")
    assert norm(quote) in " ".join(pages_text(tmp_path / "w.pdf"))
    assert "<i>not italic</i>" in " ".join(pages_text(tmp_path / "k.pdf"))


def test_writing_is_atomic_and_a_bad_folder_is_a_clear_error(case, tmp_path, qapp):
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "w.pdf"
    path.write_text("old")
    write_worksheet(case, path)
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in path.parent.iterdir()] == ["w.pdf"]
    with pytest.raises(OSError):
        write_worksheet(case, tmp_path / "missing" / "w.pdf")


def test_the_command_line_writes_worksheet_and_answer_key(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    db = str(tmp_path / "cli.db")
    for fmt, marker in (("worksheet", "Name:"), ("answer-key", "Answer key")):
        out = tmp_path / f"{fmt}.pdf"
        result = subprocess.run(
            [sys.executable, str(root / "main.py"), "--db", db, "export", "--case"]
            + [library.SEED_SLUG, "--format", fmt, "--out", str(out), "--page-size", "Letter"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        reader = pypdf.PdfReader(out)
        assert marker in norm(reader.pages[0].extract_text())
        width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
        assert (round(width), round(height)) == (612, 792)  # Letter, portrait


def test_the_classroom_formats_are_in_the_export_registry():
    import models.grading  # noqa: F401 - registers "student-copy"
    from models.exports import FORMATS

    assert {"worksheet", "answer-key", "student-copy"} <= set(FORMATS)
    assert FORMATS["worksheet"].extension == ".pdf"
    assert FORMATS["student-copy"].extension == ".json"


def test_a_card_taller_than_a_page_is_cut_across_pages(case, tmp_path, qapp):
    from dataclasses import replace

    from tests.ui.pdf.test_long_claims import found, numbered, with_long_texts, word_boxes
    from ui.pdf.worksheet import MARGIN_PT

    first, response = case.claims[0], case.claims_of("response")[0]
    long_case = with_long_texts(
        case,
        {
            (first.key, "rationale"): numbered("alpha"),
            (first.key, "paraphrase"): numbered("kappa", 1_500),
            (response.key, "rationale"): numbered("omega", 2_500),
        },
    )
    long_case = replace(long_case, title=long_case.title)
    for kind, write in (("worksheet", write_worksheet), ("key", write_answer_key)):
        path = tmp_path / f"{kind}.pdf"
        write(long_case, path)
        pages = pages_text(path)
        text = " ".join(pages)
        # Every word once, in order; the rest of a cut card is headed "(continued)".
        assert found("kappa", text) == list(range(1, 1_501))
        assert f"{first.key} (continued)" in text
        if kind == "key":
            assert found("alpha", text) == list(range(1, 4_001))
            assert found("omega", text) == list(range(1, 2_501))
            assert f"{response.key} (continued)" in text
        else:
            assert not found("alpha", text)
        for n, page in enumerate(pages, 1):
            assert f"Page {n} of {len(pages)}" in page
        for width, height, x0, y0, x1, y1, word in word_boxes(path):
            # Inside the margins: nothing runs into the footer or off the paper.
            assert MARGIN_PT - 1 <= x0 <= x1 <= width - MARGIN_PT + 1, word
            assert MARGIN_PT - 1 <= y0 <= y1 <= height - MARGIN_PT + 1, word


def _fill_colours(path) -> set[str]:
    """The fill colours (as #rrggbb) a PDF paints with, read from its content streams."""
    colours = set()
    for page in pypdf.PdfReader(path).pages:
        data = page.get_contents().get_data().decode("latin-1")
        for r, g, b in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) (?:rg|scn)\n", data):
            colours.add("#" + "".join(f"{round(float(v) * 255):02x}" for v in (r, g, b)))
    return colours


def test_the_sheets_are_drawn_by_the_comparison_pdfs_cards(case, worksheet, tmp_path, options):
    # One layout engine: the sheet's cards carry the comparison's side colours, and a sheet
    # draws nothing in a colour the comparison PDF's cards and headings do not use.
    from ui.pdf.claim_cards import SIDE_COLOR

    sides = {color.name() for color in SIDE_COLOR.values()}
    sheet = _fill_colours(worksheet)
    assert sides <= sheet
    key = tmp_path / "key.pdf"
    write_answer_key(case, key)
    assert sides <= _fill_colours(key)
    from models.exports import export_snapshot

    export_snapshot(case, "pdf", tmp_path / "comparison.pdf", options)
    assert sheet - _fill_colours(tmp_path / "comparison.pdf") <= {"#000000"}


def test_a_cut_card_keeps_the_reason_label_with_the_rationale(case, tmp_path, qapp):
    from tests.ui.pdf.test_long_claims import numbered, with_long_texts

    first = case.claims[0]
    long_case = with_long_texts(case, {(first.key, "rationale"): numbered("alpha", 3_000)})
    path = tmp_path / "key.pdf"
    write_answer_key(long_case, path)
    for page in pages_text(path):
        # "Reason:" never ends a page's part of the card: the rationale starts under it.
        if "alpha1 " in page or page.endswith("alpha1"):
            at = page.index("Reason:")
            assert "alpha1" in page[at : at + 40]


def test_an_exported_sheet_gets_the_umasks_mode(case, tmp_path, qapp):
    import os
    import stat

    from models.exports import ExportOptions, export_snapshot

    old = os.umask(0o022)
    try:
        export_snapshot(case, "worksheet", tmp_path / "w.pdf", ExportOptions())
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "w.pdf").stat().st_mode) == 0o644


@pytest.mark.parametrize("words", [0, 60, 150, 400, 1200])
def test_no_column_of_a_sheet_ends_with_a_heading(case, qapp, words):
    from tests.ui.pdf.test_long_claims import numbered, with_long_texts
    from ui.pdf.layout import Canvas, Heading, Row
    from ui.pdf.paper import PdfPaper
    from ui.pdf.worksheet import SheetChrome, sheet_pages

    sheet = case
    if words:  # longer cards move every break
        first, second = case.claims_of("allegation")[:2]
        texts = {(first.key, "paraphrase"): numbered("p", words)}
        texts[(second.key, "rationale")] = numbered("r", words // 2)
        sheet = with_long_texts(case, texts)
    for answer_key in (False, True):
        paper = PdfPaper("A4", landscape=False, title="t")
        canvas = Canvas(paper.writer)
        chrome = SheetChrome(canvas, sheet, answer_key, paper.size)
        pages = sheet_pages(canvas, sheet, answer_key, chrome.width, chrome.top, chrome.bottom)
        for n, page in enumerate(pages[:-1], 1):
            columns: dict[float, list] = {}
            for block, y in page.placed:
                dx = block.cells[0][0] if isinstance(block, Row) else 0.0
                inner = block.cells[0][1] if isinstance(block, Row) else block
                columns.setdefault(dx, []).append((y, inner))
            for dx, placed in columns.items():
                last = max(placed, key=lambda item: item[0])[1]
                assert not isinstance(last, Heading), (n, dx, words, answer_key)
                assert all(y + b.height <= chrome.bottom + 1 for y, b in placed), (n, words)
