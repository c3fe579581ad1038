"""The Markdown appendix read by a CommonMark parser: lines stay text, spans bold per line."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from markdown_it import MarkdownIt

from models.exports import build_content
from models.exports import markdown as md_export
from models.library import import_data, snapshot
from tests.conftest import make_case

LINES = [
    "- a dash that is not a list",
    "1. a number that is not a list",
    "+ a plus, and = signs",
    "# not a heading",
    "The minister said the vendor",
    "hides a backdoor. The vendor said it never did.",
]


@pytest.fixture
def appendix_html(store, options):
    data = make_case()
    text = "\n".join(LINES)
    data["sources"][0]["text"] = text
    allegation, response = data["claims"]
    # The allegation runs over a line break; the response starts a line with "1.".
    a_quote = "the vendor\nhides a backdoor"
    allegation.update(quote=a_quote, start=text.index(a_quote))
    allegation["end"] = allegation["start"] + len(a_quote)
    r_quote = "1. a number"
    response.update(quote=r_quote, start=text.index(r_quote))
    response["end"] = response["start"] + len(r_quote)
    content = build_content(
        snapshot(store, import_data(store, data)), replace(options, source_appendix=True)
    )
    page = md_export.render(content)
    appendix = page[page.index("## Appendix: source text") :]
    return MarkdownIt("commonmark").render(appendix)


def test_source_lines_that_look_like_markdown_stay_text(appendix_html):
    assert "<ul>" not in appendix_html and "<ol>" not in appendix_html
    assert "<h1>" not in appendix_html
    paragraphs = re.findall(r"<p>(.*?)</p>", appendix_html, re.S)
    texts = [re.sub(r"<[^>]+>", "", p) for p in paragraphs]
    assert "- a dash that is not a list" in texts
    assert "+ a plus, and = signs" in texts
    assert "# not a heading" in texts


def test_a_span_over_a_line_break_is_bold_on_each_line(appendix_html):
    strong = re.findall(r"<strong>(.*?)</strong>", appendix_html)
    assert "the vendor" in strong and "hides a backdoor" in strong and "1. a number" in strong
    assert "**" not in appendix_html  # every bold was closed where it was opened
    assert "hides a backdoor</strong> [a1]" in appendix_html
    assert "1. a number</strong> [r1]" in appendix_html
