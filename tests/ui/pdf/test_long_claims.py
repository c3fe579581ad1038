"""Content taller than a page is cut across pages, never drawn off the paper or lost."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import replace
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader

from models.exports import export_snapshot
from models.library import import_data, snapshot
from tests.conftest import make_case

pytestmark = pytest.mark.usefixtures("qapp")

WORDS = 4_000


def numbered(tag: str, n: int = WORDS) -> str:
    """n distinct words: tag1 tag2 … so each can be found once, in order."""
    return " ".join(f"{tag}{i}" for i in range(1, n + 1))


def found(tag: str, text: str) -> list[int]:
    """The numbers of the tagged words in the text, in reading order."""
    return [int(m) for m in re.findall(rf"{tag}(\d+)", "".join(text.split()))]


def page_words(path) -> list[tuple[float, float, list[tuple[float, float, float, float, str]]]]:
    """Per page: (width, height, [(xmin, ymin, xmax, ymax, word)]), by pdftotext."""
    if shutil.which("pdftotext") is None:
        reason = "pdftotext (poppler-utils) is not installed (.ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", out))
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        words = [
            (*(float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")), word.text or "")
            for word in page.iter("{http://www.w3.org/1999/xhtml}word")
        ]
        pages.append((float(page.get("width")), float(page.get("height")), words))
    return pages


def word_boxes(path) -> list[tuple[float, float, float, float, float, float, str]]:
    """(page width, page height, xmin, ymin, xmax, ymax, word) for every word, by pdftotext."""
    return [(w, h, *box) for w, h, words in page_words(path) for box in words]


def with_long_texts(case, texts: dict):
    """The case with texts replaced: {(claim or evidence key, field): text}.

    Built on the snapshot, past the case file's length limits, as a database could hold them.
    """
    claims = tuple(
        replace(c, **{field: v for (key, field), v in texts.items() if key == c.key})
        for c in case.claims
    )
    evidence = tuple(
        replace(e, **{field: v for (key, field), v in texts.items() if key == e.key})
        for e in case.evidence
    )
    return replace(case, claims=claims, evidence=evidence, _index={})


@pytest.fixture
def long_case(store):
    case = snapshot(store, import_data(store, make_case()))
    texts = {
        ("a1", "rationale"): numbered("alpha"),
        ("r1", "rationale"): numbered("omega", 2_500),
        ("e1", "summary"): numbered("sigma", 3_000),
    }
    return with_long_texts(case, texts)


@pytest.mark.parametrize(("size", "landscape"), [("A4", True), ("Letter", False)])
def test_a_rationale_of_4000_words_is_cut_across_pages(
    long_case, options, tmp_path, size, landscape
):

    out = tmp_path / "long.pdf"
    export_snapshot(long_case, "pdf", out, replace(options, page_size=size, landscape=landscape))
    reader = PdfReader(out)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    # Every word, once, in order: nothing lost and nothing drawn twice.
    assert found("alpha", text) == list(range(1, WORDS + 1))
    assert found("omega", text) == list(range(1, 2_501))
    assert found("sigma", text) == list(range(1, 3_001))
    assert "a1 (continued)" in text and "r1 (continued)" in text and "[E1] (continued)" in text
    total = len(reader.pages)
    assert f"Page {total} of {total}" in " ".join(reader.pages[-1].extract_text().split())

    from ui.pdf.comparison import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X

    boxes = word_boxes(out)
    assert len(boxes) > WORDS
    for width, height, x0, y0, x1, y1, word in boxes:
        assert 0 <= x0 <= x1 <= width and 0 <= y0 <= y1 <= height, word  # on the paper
        if re.fullmatch(r"(alpha|omega|sigma)\d+", word):
            # Body text stays between the running header and the footer rule.
            assert MARGIN_X - 1 <= x0 <= x1 <= width - MARGIN_X + 1, word
            assert MARGIN_TOP - 12 <= y0 <= y1 <= height - MARGIN_BOTTOM + 2, word
