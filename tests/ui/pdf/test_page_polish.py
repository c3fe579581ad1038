"""PDF polish: page 1 carries its weight, headers keep their words, headings keep their text."""

from __future__ import annotations

from dataclasses import replace

import pytest

from models.exports import build_content, export_snapshot
from tests.ui.pdf.test_long_claims import numbered, page_words, with_long_texts
from ui.pdf.layout import Block, Heading, Spacer, paginate

FOOTER_BAND = 60.0  # points at the bottom of a page that hold only the footer


def _pages_words(path):
    """Per page: (height, [(y1, word)]) from pdftotext, in page order."""
    return [
        (h, [(y1, word) for _x0, _y0, _x1, y1, word in words]) for _w, h, words in page_words(path)
    ]


def _reach(page) -> float:
    height, words = page
    body = [y for y, _ in words if y < height - FOOTER_BAND]
    return max(body) / height


@pytest.mark.parametrize("landscape", [True, False])
@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_page_one_is_not_mostly_empty(huawei, options, tmp_path, qapp, landscape, page_size):
    path = tmp_path / "comparison.pdf"
    export_snapshot(huawei, "pdf", path, replace(options, landscape=landscape, page_size=page_size))
    first = _pages_words(path)[0]
    assert _reach(first) > 0.7


@pytest.mark.parametrize("landscape", [True, False])
@pytest.mark.parametrize("words", [260, 400])
def test_a_long_description_leaves_page_one_full(huawei, options, tmp_path, qapp, landscape, words):
    # The summary no longer fits under the title block: what fits of it stays on page 1 (it
    # used to go over whole, and page 1 held the title block alone).
    case = replace(huawei, description=numbered("d", words))
    path = tmp_path / "long.pdf"
    export_snapshot(case, "pdf", path, replace(options, landscape=landscape))
    pages = _pages_words(path)
    assert _reach(pages[0]) > 0.7
    first = [w for _, w in pages[0][1]]
    assert "Summary" in first and "Claims" in first


@pytest.mark.parametrize("party", ["Bundesnetzagentur", "Telecommunications"])
def test_table_headers_never_break_a_word(huawei, options, tmp_path, qapp, party):
    sides = tuple(replace(s, party=party) if s.role == "response" else s for s in huawei.sides)
    path = tmp_path / "parties.pdf"
    export_snapshot(replace(huawei, sides=sides), "pdf", path, options)
    height, words = _pages_words(path)[0]
    texts = [w for _, w in words]
    # The party heads a column of the summary: one whole word, never cut over two lines.
    assert party in texts
    assert not any(w != party and len(w) > 2 and party.startswith(w) for w in texts)
    for header in ("Claims", "status", "government", "Total", "Links", "relation"):
        assert header in texts


class _Box(Block):
    def __init__(self, height, keep=False):
        self.height, self.keep_with_next = height, keep


def test_a_heading_goes_over_with_the_headings_and_space_that_follow_it():
    # A heading, then a second kept block (the column titles) and a space, then a tall block:
    # the heading and column titles fit at the foot of the page, the block does not.
    heading, titles, gap, body = _Box(20, True), _Box(15, True), Spacer(5), _Box(300)
    pages = paginate([_Box(650), heading, gap, titles, body], 0, 720)
    assert [b for b, _ in pages[0].placed][-1].height == 650
    assert [b for b, _ in pages[1].placed][:2] == [heading, gap]


def _last_kept(pages) -> list:
    """The pages whose last block (spaces aside) is a heading or another kept block."""
    bad = []
    for n, page in enumerate(pages, 1):
        blocks = [b for b, _ in page.placed if not isinstance(b, Spacer)]
        if blocks and blocks[-1].keep_with_next and n < len(pages):
            bad.append((n, type(blocks[-1]).__name__))
    return bad


@pytest.mark.parametrize("landscape", [True, False])
@pytest.mark.parametrize("appendix", [True, False])
def test_no_page_of_the_comparison_ends_with_a_heading(huawei, options, qapp, landscape, appendix):
    from ui.common.fonts import register_fonts
    from ui.pdf.comparison import layout_document
    from ui.pdf.layout import Canvas
    from ui.pdf.paper import PdfPaper

    opts = replace(options, landscape=landscape, source_appendix=appendix).resolved()
    # Long texts move every break: a heading would land at a page's foot somewhere.
    for words in (0, 120, 400):
        case = huawei
        if words:
            first = huawei.claims[0]
            case = with_long_texts(huawei, {(first.key, "rationale"): numbered("w", words)})
        paper = PdfPaper(opts.page_size, landscape, "t")
        canvas = Canvas(paper.writer, register_fonts())
        pages = layout_document(canvas, build_content(case, opts), paper.size)
        assert not _last_kept(pages), (words, _last_kept(pages))
        assert any(isinstance(b, Heading) for p in pages for b, _ in p.placed)
