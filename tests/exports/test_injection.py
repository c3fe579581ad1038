"""Markup in claims, rationales, tags and citations shows literally in every format."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from pypdf import PdfReader

from models.exports import export_snapshot
from tests.conftest import make_case

IMG = '<img src="file:///etc/hostname">'
LINK = '<a href="https://example.org">x</a>'
COMPARE = "a < b and c > d"
INJECTIONS = (IMG, LINK, COMPARE)


@pytest.fixture
def hostile(store):
    """A case whose source, rationale, tag name and citation all carry the injection strings."""
    from models.library import import_data, snapshot

    quote = f"the vendor hides {IMG} and {LINK} and {COMPARE}"
    text = f"The minister said {quote}. The vendor said it never did."
    data = make_case(slug="hostile")
    data["sources"][0]["text"] = text
    start = text.index(quote)
    data["claims"][0].update(start=start, end=start + len(quote), quote=quote)
    r_start = text.index("it never did")
    data["claims"][1].update(start=r_start, end=r_start + len("it never did"))
    data["claims"][0]["rationale"] = " ".join(INJECTIONS)
    data["tags"][1]["name"] = IMG
    data["tags"][0]["name"] = LINK
    data["claims"][0]["tags"] = ["t1", "t0"]
    data["evidence"][0]["citation"] = f"{COMPARE} {LINK}"
    return snapshot(store, import_data(store, data))


def _export(case, key, tmp_path, options):
    from dataclasses import replace

    out = tmp_path / f"hostile.{key}"
    export_snapshot(case, key, out, replace(options, source_appendix=True))
    return out


def test_html_escapes_everything(hostile, tmp_path, options):
    from html import escape

    page = _export(hostile, "html", tmp_path, options).read_text(encoding="utf-8")
    for text in INJECTIONS:
        assert text not in page
        assert escape(text) in page
    assert "<img" not in page and 'href="https://example.org"' not in page


def test_markdown_escapes_everything(hostile, tmp_path, options):
    text = _export(hostile, "md", tmp_path, options).read_text(encoding="utf-8")
    outside_code = re.sub(r"`[^`]*`", "", text)  # inside a code span nothing is markup
    assert re.search(r"[^\\]<", outside_code) is None, "every < is escaped"
    assert '\\<img src="file:///etc/hostname"\\>' in text
    assert "a \\< b and c \\> d" in text


def test_csv_keeps_the_strings_as_plain_cells(hostile, tmp_path, options):
    out = _export(hostile, "csv", tmp_path, options)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert all(s in rows[0]["quote"] for s in INJECTIONS)
    assert all(s in rows[0]["rationale"] for s in INJECTIONS)
    assert IMG in rows[0]["tags"]


def test_w3c_keeps_the_strings_as_json_text(hostile, tmp_path, options):
    data = json.loads(_export(hostile, "w3c", tmp_path, options).read_text(encoding="utf-8"))
    first = data["first"]["items"][0]
    assert all(s in first["target"]["selector"][0]["exact"] for s in INJECTIONS)
    assert IMG in [b["value"] for b in first["body"] if b["purpose"] == "tagging"]


def test_pdf_shows_the_strings_and_holds_no_image_or_link(hostile, tmp_path, options, qapp):
    from ui.pdf.formats import register_pdf_formats

    register_pdf_formats()

    reader = PdfReader(_export(hostile, "pdf", tmp_path, options))
    # Lines may wrap anywhere in a string, so compare without any whitespace.
    text = "".join("".join(page.extract_text().split()) for page in reader.pages)
    for s in INJECTIONS:
        assert "".join(s.split()) in text
    for page in reader.pages:
        annotations = [a.get_object() for a in page.get("/Annots") or []]
        assert not [a for a in annotations if a.get("/Subtype") == "/Link"]
        resources = page["/Resources"]
        xobjects = resources.get("/XObject", {})
        assert not any(xobjects[k].get_object().get("/Subtype") == "/Image" for k in xobjects)
