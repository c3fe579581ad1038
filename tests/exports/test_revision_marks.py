"""After a revision: every export marks a claim not in the current version, the same way, and the
W3C targets name the stored version their offsets and quote selectors count in."""

from __future__ import annotations

import csv
import io
import json

import pytest

from models import library
from models.exports import build_content, csv_export, html, markdown, w3c
from models.revisions import revise_source
from tests.exports.w3c_runner import failures
from tests.models.test_revisions import PARAGRAPHS, _case

GONE = "The vendor replied that it had never been asked to spy."
KEPT = "found no hidden access in the code"
MARK = "Not in the current version"


@pytest.fixture
def revised(store):
    """A case whose source lost one claim's sentence (an orphan) and kept another's (exact)."""
    old = "\n\n".join(PARAGRAPHS)
    source_id = _case(store, old, [GONE, KEPT])
    revise_source(store, source_id, "An opening line.\n\n" + old.replace(GONE, "No reply."))
    return library.snapshot(store, "rev")


def test_html_and_markdown_mark_the_orphan_only(revised, options):
    content = build_content(revised, options)
    page = html.render(content)
    orphan_card = page[page.index('id="claim-c0"') :].split("</article>")[0]
    exact_card = page[page.index('id="claim-c1"') :].split("</article>")[0]
    assert MARK in orphan_card and MARK not in exact_card
    text = markdown.render(content)
    orphan_block = text[text.index("### c0 ") :].split("###")[1]
    exact_block = text[text.index("### c1 ") :].split("###")[1]
    assert MARK in orphan_block and MARK not in exact_block


def test_csv_has_a_current_version_column(revised, options):
    rows = list(csv.DictReader(io.StringIO(csv_export.render(build_content(revised, options))[1:])))
    marks = {row["id"]: row["current_version"] for row in rows}
    assert marks == {"c0": MARK, "c1": ""}


def test_the_source_appendix_highlights_only_claims_in_the_current_text(revised, options):
    from dataclasses import replace

    from models.exports.content import source_spans

    content = build_content(revised, replace(options, source_appendix=True))
    assert [c.key for c in source_spans(content, revised.sources[0].id)] == ["c1"]


def test_w3c_targets_name_the_version_their_offsets_and_context_count_in(revised, options):
    content = build_content(revised, options)
    items = {
        a["id"].rsplit(":", 1)[1]: a for a in w3c.annotations(content) if "annotation" in a["id"]
    }
    source = revised.sources[0]
    for key, number in (("c0", 1), ("c1", 2)):
        claim = next(c for c in revised.claims if c.key == key)
        target = items[key]["target"]
        text = source.version_text(number)
        quote, position = target["selector"]
        assert quote == {
            "type": "TextQuoteSelector",
            "exact": claim.quote,
            "prefix": text[max(0, claim.start - 32) : claim.start],
            "suffix": text[claim.end : claim.end + 32],
        }
        assert text[position["start"] : position["end"]] == claim.quote
        assert target["state"]["cached"] == f"urn:counterpoint:rev:source:src:version:{number}"
        assert target["state"]["type"] == "TimeState" and target["state"]["sourceDate"]
    assert MARK in json.dumps(items["c0"]["body"]) and MARK not in json.dumps(items["c1"]["body"])
    for item in w3c.annotations(content):
        assert failures(item) == [], item["id"]


def test_the_pdf_marks_the_orphan_card(revised, options, tmp_path, qapp):
    from pypdf import PdfReader

    from models.exports import export_snapshot
    from ui.pdf.formats import register_pdf_formats

    register_pdf_formats()
    path = tmp_path / "rev.pdf"
    export_snapshot(revised, "pdf", path, options)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert " ".join(text.split()).count(MARK) >= 1


PROPOSAL = "Moved in the current version; not yet reviewed"
TYPO_OLD = "Independent auditors found no hiden access in the code."


@pytest.fixture
def three_ways(store):
    """A revised case with one claim of each state: c0 orphan, c1 exact, c2 proposed."""
    old = "\n\n".join(PARAGRAPHS).replace("no hidden access", "no hiden access")
    source_id = _case(store, old, [GONE, "The minister accused the vendor", TYPO_OLD])
    new = old.replace(GONE, "No reply.").replace("hiden", "hidden")
    revise_source(store, source_id, new)
    case = library.snapshot(store, "rev")
    assert [c.anchor_state for c in case.claims] == ["orphan", "exact", "proposed"]
    return case


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.mark.parametrize("key", ["html", "md", "csv", "w3c", "pdf", "worksheet", "answer-key"])
def test_every_export_marks_the_orphan_and_the_proposal_with_the_same_words(
    three_ways, options, tmp_path, qapp, key
):
    """Each export format says "Not in the current version" once per orphan and "Moved in the
    current version; not yet reviewed" once per proposal; a placed claim is never marked."""
    from models.exports import export_snapshot
    from models.exports.content import ANCHOR_MARKS
    from ui.pdf.formats import register_pdf_formats

    assert ANCHOR_MARKS == {"orphan": MARK, "proposed": PROPOSAL}
    register_pdf_formats()
    path = tmp_path / f"out.{key}"
    export_snapshot(three_ways, key, path, options)
    if key in ("pdf", "worksheet", "answer-key"):
        text = _pdf_text(path)
    else:
        text = path.read_text(encoding="utf-8")
    assert text.count(MARK) == 1, key
    assert text.count(PROPOSAL) == 1, key


def test_the_case_file_keeps_each_claims_anchoring(three_ways, options, tmp_path):
    from models.exports import export_snapshot

    path = tmp_path / "case.json"
    export_snapshot(three_ways, "json", path, options)
    claims = json.loads(path.read_text(encoding="utf-8"))["claims"]
    states = [c["anchor"]["state"] for c in claims]
    assert states == ["orphan", "exact", "proposed"]
