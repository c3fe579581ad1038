"""Bold labels and appendix highlights land on the right characters, emoji or not."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPdfWriter, QTextCharFormat

from models.exports import build_content
from models.library import import_data, snapshot
from tests.conftest import make_case

pytestmark = pytest.mark.usefixtures("qapp")

EMOJI = "\U0001f600"  # two UTF-16 units, one code point


def _runs(para) -> list[tuple[str, QTextCharFormat]]:
    """The text each format range of a paragraph covers, with (a copy of) the range's format."""
    units = para.layout.text().encode("utf-16-le")
    runs = []
    for r in para.layout.formats():
        text = units[2 * r.start : 2 * (r.start + r.length)].decode("utf-16-le")
        runs.append((text, QTextCharFormat(r.format)))
    return runs


@pytest.fixture
def emoji_case(store):
    data = make_case()
    source = data["sources"][0]
    lead = f"{EMOJI}{EMOJI} Breaking: "
    source["text"] = lead + source["text"]
    for claim in data["claims"]:
        claim["start"] += len(lead)
        claim["end"] += len(lead)
    data["claims"][0]["assessed_by"] = f"Ann {EMOJI} Lee"
    return snapshot(store, import_data(store, data))


@pytest.fixture
def canvas(tmp_path):
    from ui.pdf.comparison import Canvas, register_fonts

    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setResolution(600)
    return Canvas(writer, register_fonts())


def test_the_rationale_label_is_bold_to_its_colon(emoji_case, options, canvas):
    from models.attribution import when
    from ui.pdf.claim_cards import ClaimCard
    from ui.pdf.layout import Para

    content = build_content(emoji_case, options)
    allegation = content.pairs[0].allegation
    card = ClaimCard(canvas, allegation, canvas.pt(300))
    paras = [p for _, p in card.parts if isinstance(p, Para)]
    rationale = next(p for p in paras if p.layout.text().startswith("Rationale"))
    at = when(allegation.claim.assessed.at)
    assert [text for text, _ in _runs(rationale)] == [
        f"Rationale (Ann {EMOJI} Lee; last changed on {at}):"
    ]


def test_the_appendix_highlights_exactly_the_quoted_words(emoji_case, options, canvas):
    from dataclasses import replace

    from ui.pdf.layout import TextBlock
    from ui.pdf.sections import HIGHLIGHT, source_appendix

    content = build_content(emoji_case, replace(options, source_appendix=True))
    blocks = source_appendix(canvas, content, canvas.pt(700))
    para = next(
        b.para for b in blocks if isinstance(b, TextBlock) and EMOJI in b.para.layout.text()
    )
    runs = _runs(para)
    highlighted = [text for text, fmt in runs if fmt.background().color() in HIGHLIGHT.values()]
    assert highlighted == [c.quote for c in emoji_case.claims]
    markers = [text for text, fmt in runs if fmt.fontPointSize() == 7]
    assert markers == [f" [{c.key}]" for c in emoji_case.claims]
