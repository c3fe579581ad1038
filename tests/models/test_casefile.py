"""The case file: exact round trip, and every bad file refused with one message, nothing written."""

from __future__ import annotations

import copy
import json

import pytest
from sqlalchemy import func, select

from models import library
from models.casefile import MAX_FILE_BYTES, CaseFileError, read_case_file
from models.schema import Case, Claim
from tests.conftest import make_case


def _write(tmp_path, data, name="case.json"):
    path = tmp_path / name
    if isinstance(data, (bytes, str)):
        path.write_bytes(data if isinstance(data, bytes) else data.encode())
    else:
        path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_export_of_an_import_is_the_same_object(store, tmp_path, small_case):
    slug = library.import_file(store, _write(tmp_path, small_case))
    assert library.export_data(store, slug) == small_case


def test_seed_case_round_trips_exactly(store, seed_data):
    assert library.export_data(store, library.SEED_SLUG) == seed_data


def test_import_under_a_taken_slug_gets_a_suffix(store, tmp_path, small_case):
    path = _write(tmp_path, small_case)
    assert library.import_file(store, path) == "small-case"
    assert library.import_file(store, path) == "small-case-2"
    assert library.import_file(store, path) == "small-case-3"
    exported = library.export_data(store, "small-case-3")
    assert exported == dict(small_case, slug="small-case-3")


def _mutate(path_and_value):
    def apply(case):
        target = case
        *parents, last = path_and_value[0]
        for part in parents:
            target = target[part]
        if path_and_value[1] is _DELETE:
            del target[last]
        else:
            target[last] = path_and_value[1]
        return case

    return apply


_DELETE = object()


def _dup_id(case):
    case["claims"][1]["id"] = "a1"
    return case


def _dangling_link(case):
    case["links"][0]["response"] = "nobody"
    return case


def _link_wrong_side(case):
    case["links"][0]["allegation"] = "r1"
    return case


def _dangling_tag(case):
    case["claims"][0]["tags"] = ["no-such-tag"]
    return case


def _dangling_evidence(case):
    case["claims"][0]["evidence"][0]["evidence"] = "e-missing"
    return case


def _tag_loop(case):
    case["tags"][0]["parent"] = "t1"
    return case


BAD_FILES = [
    # (description, file content or a change to a valid case, words the message must contain)
    ("not JSON", b"{ this is not json", ["not valid JSON", "line 1"]),
    ("not UTF-8", b"\xff\xfe\x00garbage", ["not UTF-8"]),
    ("empty", b"", ["not valid JSON"]),
    ("a list", b"[]", ["not a Counterpoint case file", "list"]),
    ("wrong format", _mutate((["format"], "something-else")), ["not a Counterpoint case file"]),
    ("newer version", _mutate((["version"], 3)), ["version 3", "reads version 1"]),
    ("version as text", _mutate((["version"], "1")), ["version", "whole number"]),
    ("missing claims", _mutate((["claims"], _DELETE)), ["claims"]),
    ("start as text", _mutate((["claims", 0, "start"], "5")), ["claims[0].start", "integer"]),
    ("unknown status", _mutate((["claims", 0, "status"], "true")), ["claims[0].status"]),
    ("bad grade", _mutate((["evidence", 0, "credibility"], 9)), ["evidence[0].credibility"]),
    (
        "quote mismatch",
        _mutate((["claims", 0, "quote"], "something else")),
        ["claims[0]", "'a1'", "quote does not match"],
    ),
    (
        "span outside source",
        _mutate((["claims", 1, "end"], 10_000)),
        ["claims[1]", "outside its source"],
    ),
    ("empty span", _mutate((["claims", 1, "end"], 0)), ["claims[1]", "outside its source"]),
    ("duplicate id", _dup_id, ["'a1'", "more than once"]),
    ("dangling link", _dangling_link, ["links[0]", "'nobody'", "not a claim"]),
    ("link to wrong side", _link_wrong_side, ["links[0]", "other side"]),
    ("dangling tag", _dangling_tag, ["claims[0]", "no-such-tag"]),
    ("dangling evidence", _dangling_evidence, ["claims[0]", "e-missing"]),
    ("tag loop", _tag_loop, ["tags[", "loop"]),
    ("duplicate key", b'{"format": "counterpoint-case", "format": "x"}', ["twice"]),
    ("NaN", b'{"format": NaN}', ["NaN"]),
]


@pytest.mark.parametrize(
    "content, words", [(c, w) for _, c, w in BAD_FILES], ids=[d for d, _, _ in BAD_FILES]
)
def test_a_bad_file_is_refused_with_one_clear_message_and_nothing_written(
    store, tmp_path, content, words
):
    if callable(content):
        content = content(copy.deepcopy(make_case()))
    path = _write(tmp_path, content)
    before = _counts(store)
    with pytest.raises(CaseFileError) as err:
        library.import_file(store, path)
    message = str(err.value)
    assert "\n" not in message
    for word in words:
        assert word in message, message
    assert _counts(store) == before


def test_a_huge_file_is_refused_before_it_is_read(store, tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    before = _counts(store)
    with pytest.raises(CaseFileError, match="larger than"):
        library.import_file(store, path)
    assert _counts(store) == before


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CaseFileError, match="Cannot read"):
        read_case_file(tmp_path / "absent.json")


def test_a_failure_half_way_through_the_write_leaves_nothing(store, small_case, monkeypatch):
    import models.casefile as casefile

    real = casefile._key_map

    def failing(session, model, case_id):
        if model is casefile.Claim:
            raise RuntimeError("disk gave up")
        return real(session, model, case_id)

    monkeypatch.setattr(casefile, "_key_map", failing)
    before = _counts(store)
    with pytest.raises(RuntimeError):
        library.import_data(store, small_case)
    assert _counts(store) == before


def _counts(store):
    with store.reading() as s:
        return (
            s.execute(select(func.count()).select_from(Case)).scalar(),
            s.execute(select(func.count()).select_from(Claim)).scalar(),
        )
