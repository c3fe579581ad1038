"""Bad data never gets in: what one validator refuses is refused, characters no store can hold are
named, long numbers are counted not echoed, reads are bounded, slugs stay within their limit."""

from __future__ import annotations

import json
import os
import threading

import pytest
from sqlalchemy import func, select

from models import casefile, library
from models.casefile import CaseFileError, parse_case, read_case_file
from models.claim_edits import update_claim
from models.evidence_edits import update_evidence
from models.operations import EditRefused, set_assessment
from models.schema import Case
from models.slugs import max_slug_length, numbered_slug, slug_from_title
from models.tag_edits import recolour_tag, rename_tag
from tests.conftest import make_case

SLUG = library.SEED_SLUG


def _case_count(store) -> int:
    with store.reading() as s:
        return s.execute(select(func.count()).select_from(Case)).scalar_one()


def _refused(store, data, *words):
    before = _case_count(store)
    with pytest.raises(CaseFileError) as refused:
        library.import_data(store, data)
    assert _case_count(store) == before  # nothing written
    message = str(refused.value)
    for word in words:
        assert word in message, message
    return message


def _set(case, path, value):
    target = case
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return case


@pytest.mark.parametrize(
    "path, value, place",
    [
        (["slug"], "small-case\n", "at slug"),
        (["tags", 0, "color"], "#445566\n", "at tags[0].color"),
        (["evidence", 0, "date"], "2020\n", "at evidence[0].date"),
    ],
    ids=["slug", "tag colour", "evidence date"],
)
def test_a_value_ending_in_a_newline_is_refused_where_the_pattern_ends(store, path, value, place):
    # The full validator lets "$" match before a final newline; the fast one does not, and wins.
    _refused(store, _set(make_case(), path, value), place)


@pytest.mark.parametrize(
    "path, value, place, what",
    [
        (["title"], "A \x00 case", "at title", "NUL"),
        (["claims", 0, "rationale"], "No\x00 evidence", "at claims[0].rationale", "NUL"),
        (["tags", 1, "name"], "Den\ud800ial", "at tags[1].name", "lone surrogate (U+D800)"),
        (["sides", 0, "party"], "\udfffMinister", "at sides[0].party", "lone surrogate (U+DFFF)"),
    ],
)
def test_nul_and_lone_surrogates_are_refused_with_the_field_named(store, path, value, place, what):
    _refused(store, _set(make_case(), path, value), place, what)


def test_a_nul_in_the_source_text_is_refused_even_when_the_quotes_match(store):
    case = make_case()
    case["sources"][0]["text"] += "\x00"
    _refused(store, case, "at sources[0].text", "NUL")


def test_edits_refuse_what_the_import_would_refuse(store):
    snap = library.snapshot(store, SLUG)
    claim, record, tag = snap.claims[0], snap.evidence[0], snap.tags[0]
    before = library.export_data(store, SLUG)
    refusals = [
        lambda: set_assessment(store, claim.id, rationale="null\x00byte"),
        lambda: update_claim(store, claim.id, notes="half \ud83d a pair"),
        lambda: update_evidence(store, record.id, summary="a\x00b"),
        lambda: recolour_tag(store, tag.id, "#aabbcc\n"),
        lambda: rename_tag(store, tag.id, "tag\x00"),
    ]
    for edit in refusals:
        with pytest.raises(EditRefused):
            edit()
    assert library.export_data(store, SLUG) == before


def test_the_edits_patterns_end_where_the_text_ends():
    from models.limits import pattern

    assert pattern("evidence", "date").search("2020-05-01")
    assert not pattern("evidence", "date").search("2020-05-01\n")


def test_a_number_past_the_schema_s_bounds_is_counted_not_echoed():
    text = json.dumps(make_case()).replace('"credibility": 2', '"credibility": ' + "7" * 4000)
    with pytest.raises(CaseFileError) as refused:
        parse_case(text)
    message = str(refused.value)
    assert "evidence[0].credibility" in message and "4,000 digits" in message
    assert "7777" not in message and len(message) < 200


def test_a_number_longer_than_python_converts_is_a_clear_refusal():
    text = json.dumps(make_case()).replace('"start": 18', '"start": ' + "1" * 5001)
    with pytest.raises(CaseFileError, match="claims\\[0\\]"):
        parse_case(text)


def test_a_whole_number_written_as_a_fraction_is_refused_not_a_crash():
    text = json.dumps(make_case()).replace('"start": 18', '"start": 18.0')
    with pytest.raises(CaseFileError, match="claims\\[0\\].start: a whole number"):
        parse_case(text)


def test_a_list_past_its_limit_is_counted_not_echoed(monkeypatch):
    case = make_case()
    case["links"] = [dict(case["links"][0], id=f"l{i}") for i in range(3)]
    monkeypatch.setitem(casefile.schema()["properties"]["links"], "maxItems", 2)
    monkeypatch.setattr(casefile, "_fast_validator", casefile._fast_validator.__wrapped__)
    with pytest.raises(CaseFileError) as refused:
        parse_case(json.dumps(case))
    assert "at links: it has 3 items; at most 2 are allowed." in str(refused.value)


def test_a_fifo_with_no_writer_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def read():
        try:
            read_case_file(fifo)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # the old code blocks in open(): let it go, then fail
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=10)
        pytest.fail("reading a FIFO with no writer hung")
    assert isinstance(outcome[0], CaseFileError)


def test_an_endless_device_is_read_only_up_to_the_limit(monkeypatch):
    # /dev/zero says it has 0 bytes and never ends; the bound is on the bytes read.
    monkeypatch.setattr(casefile, "MAX_FILE_BYTES", 1 << 20)
    with pytest.raises(CaseFileError, match="larger than 1 MiB"):
        read_case_file("/dev/zero")


def test_a_slug_at_the_length_limit_stays_within_it_when_made_unique(store):
    longest = "a" * max_slug_length()
    case = make_case(slug=longest)
    first, second = library.import_data(store, case), library.import_data(store, case)
    assert first == longest
    assert second == "a" * (max_slug_length() - 2) + "-2"
    assert len(second) == max_slug_length()
    exported = library.export_data(store, second)  # and that case can be exported and come back
    assert library.import_data(store, exported) == "a" * (max_slug_length() - 2) + "-3"
    # A "-" the cut would leave at the end goes, so the slug stays valid.
    hyphen = "a" * (max_slug_length() - 3) + "-bc"
    library.import_data(store, make_case(slug=hyphen))
    assert library.import_data(store, make_case(slug=hyphen)) == hyphen[:-3] + "-2"


def test_numbered_slugs_keep_the_number_whole_and_the_limit():
    limit = max_slug_length()
    taken = {"case", "case-2"}
    assert numbered_slug("case", taken.__contains__) == "case-3"
    assert numbered_slug("fresh", taken.__contains__) == "fresh"
    long = "x" * limit
    taken = {long} | {long[: limit - len(f"-{n}")] + f"-{n}" for n in range(2, 12)}
    found = numbered_slug(long, taken.__contains__)
    assert found == "x" * (limit - 3) + "-12" and len(found) == limit


def test_a_slug_from_a_title_is_a_valid_slug_within_the_limit():
    assert (
        slug_from_title("Huawei and the U.S. backdoor (2020)") == "huawei-and-the-u-s-backdoor-2020"
    )
    assert slug_from_title("Ça s'est passé — à Zürich") == "ca-s-est-passe-a-zurich"
    assert slug_from_title("!!!") == "case"
    long = slug_from_title("word " * 100)
    assert len(long) <= max_slug_length() and not long.endswith("-")
    parse_case(json.dumps(make_case(slug=long)))  # the schema takes it
