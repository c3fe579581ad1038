"""One table of status colours: the window's badges, the PDF's and the HTML export's agree."""

from __future__ import annotations

import re

import pytest

from models.palette import STATUS_COLORS
from models.vocabulary import STATUSES


def _contrast(color: str, background: str) -> float:
    def luminance(hex_color: str) -> float:
        channels = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(color), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(scope="module")
def html_badges(tmp_path_factory) -> dict[str, str]:
    """The style of each status's badge in the Huawei HTML export's legend."""
    from models import library
    from models.exports import ExportOptions, build_content
    from models.exports.html import render

    store = library.open_library(str(tmp_path_factory.mktemp("html") / "store.db"))
    try:
        page = render(build_content(library.snapshot(store, library.SEED_SLUG), ExportOptions()))
    finally:
        store.close()
    return dict(re.findall(r'class="badge ([a-z]+)" style="([^"]*)"', page))


@pytest.mark.parametrize("status", STATUSES)
def test_the_window_the_pdf_and_the_html_use_one_colour_per_status(
    status, html_badges, qapp, tmp_path
):
    from PySide6.QtGui import QPdfWriter

    from ui.common.theme import status_colors
    from ui.pdf.claim_cards import Badge
    from ui.pdf.layout import Canvas

    light = STATUS_COLORS[status].light
    edge, _text, filled = status_colors(status, dark=False)
    assert edge.name() == light  # the panes' badge
    canvas = Canvas(QPdfWriter(str(tmp_path / "badge.pdf")))
    assert Badge(canvas, status, "x").color.name() == light  # the PDF's badge
    assert html_badges[status].endswith(light)  # the HTML export's badge
    dark_edge, _text, _filled = status_colors(status, dark=True)
    assert dark_edge.name() == (light if filled else STATUS_COLORS[status].dark)


@pytest.mark.parametrize("status", STATUSES)
def test_every_status_colour_reads_as_text(status):
    assert _contrast(STATUS_COLORS[status].light, "#ffffff") >= 4.5
    assert _contrast(STATUS_COLORS[status].dark, "#1e1f22") >= 4.5  # the dark theme's base
