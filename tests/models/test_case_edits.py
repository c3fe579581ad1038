"""New cases, their properties, deleting to the trash and restoring, adding and deleting sources."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from models import case_edits, claim_edits, library
from models import operations as ops
from models.edit_log import EditRefused
from models.schema import Case, Claim, Link

SHA = "ab" * 32


def _new(store, **overrides):
    fields = dict(title="River dispute", allegation_party="Ann", response_party="Bob Ltd")
    fields.update(overrides)
    return case_edits.create_case(store, **fields)


def test_a_new_case_has_its_title_and_two_named_sides(store):
    slug, change = _new(store, description="About a river.", response_description="A factory.")
    case = library.snapshot(store, slug)
    assert (slug, case.title, case.description) == (
        "river-dispute",
        "River dispute",
        "About a river.",
    )
    assert [(s.role, s.party, s.description) for s in case.sides] == [
        ("allegation", "Ann", None),
        ("response", "Bob Ltd", "A factory."),
    ]
    assert change.case_id == case.id and not case.sources and not case.claims


def test_a_second_case_of_the_same_title_gets_a_numbered_slug(store):
    assert _new(store)[0] == "river-dispute"
    assert _new(store)[0] == "river-dispute-2"


@pytest.mark.parametrize(
    ("overrides", "words"),
    [
        ({"title": "  "}, "title cannot be empty"),
        ({"allegation_party": ""}, "party making the allegation cannot be empty"),
        ({"slug": "Not A Slug"}, "is not one a case can have"),
        ({"slug": "huawei-backdoor-2020"}, "already in the store"),
        ({"title": "x" * 1001}, "at most 1,000 characters"),
    ],
)
def test_a_new_case_that_makes_no_sense_is_refused_and_nothing_is_added(store, overrides, words):
    before = library.cases(store)
    with pytest.raises(EditRefused, match=words):
        _new(store, **overrides)
    assert library.cases(store) == before


def test_case_properties_change_and_the_inverse_puts_them_back(store):
    slug, change = _new(store)
    edit = case_edits.update_case(
        store, change.case_id, title="Renamed", slug="renamed", response_party="Bob plc"
    )
    case = library.snapshot(store, "renamed")
    assert (case.title, case.sides[1].party) == ("Renamed", "Bob plc")
    assert edit.whole_case
    edit.inverse(store)
    case = library.snapshot(store, slug)
    assert (case.title, case.sides[1].party) == ("River dispute", "Bob Ltd")


def _source(store, case_id, text="Ann says the river is poisoned. Bob denies it.", **fields):
    fields.setdefault("title", "Statement")
    return case_edits.add_source(store, case_id, text, **fields)


def test_a_source_keeps_its_file_and_the_case_file_carries_it(store):
    slug, change = _new(store)
    _source(
        store,
        change.case_id,
        "Line one\r\nline two",
        file_name="a.txt",
        file_sha256=SHA,
        extractor="Counterpoint text reader",
        encoding="cp1252",
        kind="text",
    )
    data = library.export_data(store, slug)
    assert data["sources"][0]["text"] == "Line one\nline two"
    assert data["sources"][0]["file"] == {
        "name": "a.txt",
        "sha256": SHA,
        "extractor": "Counterpoint text reader",
        "encoding": "cp1252",
        "kind": "text",
    }
    again = library.import_data(store, json.loads(json.dumps(data)))
    assert library.export_data(store, again) == {**data, "slug": again}


def test_the_same_file_twice_in_one_case_is_refused(store):
    _slug, change = _new(store)
    _source(store, change.case_id, file_name="a.txt", file_sha256=SHA)
    with pytest.raises(EditRefused, match="already a source of this case"):
        _source(store, change.case_id, file_name="copy.txt", file_sha256=SHA)


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"text": " \n "}, "empty"),
        ({"title": ""}, "title cannot be empty"),
        ({"date": "14 Feb 2020"}, "not in the form"),
        ({"file_name": "a.txt"}, "needs both"),
        ({"file_name": "a.txt", "file_sha256": "XYZ"}, "not a SHA-256"),
    ],
)
def test_a_source_that_makes_no_sense_is_refused(store, fields, words):
    _slug, change = _new(store)
    with pytest.raises(EditRefused, match=words):
        _source(store, change.case_id, **fields)


def _count(store, model):
    with store.reading() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_deleting_a_source_takes_its_claims_and_links_and_undo_brings_them_back(store):
    slug = "huawei-backdoor-2020"
    case = library.snapshot(store, slug)
    source = case.sources[0]
    claims, links = _count(store, Claim), _count(store, Link)
    assert case_edits.source_claim_count(store, source.id) == len(case.claims)
    change = case_edits.delete_source(store, source.id)
    assert _count(store, Claim) == claims - len(case.claims) and _count(store, Link) == links - len(
        case.links
    )
    change.inverse(store)
    assert library.snapshot(store, slug) == case


def test_a_deleted_case_goes_to_the_trash_and_comes_back_whole(store, tmp_path):
    slug = "huawei-backdoor-2020"
    data = library.export_data(store, slug)
    trash = case_edits.trash_folder(store)
    assert trash.name == "store.db.trash"
    path = case_edits.delete_case(store, slug, trash)
    assert path.parent == trash and case_edits.trashed_cases(trash) == [path]
    assert slug not in [c.slug for c in library.cases(store)]
    assert json.loads(path.read_text("utf-8")) == data
    assert case_edits.restore_case(store, path) == slug
    assert library.export_data(store, slug) == data
    assert not path.exists()


def test_a_case_whose_trash_cannot_be_written_is_not_deleted(store, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(OSError):
        case_edits.delete_case(store, "huawei-backdoor-2020", blocked)
    with store.reading() as s:
        assert s.execute(select(Case.slug)).scalars().all() == ["huawei-backdoor-2020"]


def test_a_case_made_by_hand_exports_as_a_case_file_that_imports_back_exactly(store):
    slug, change = _new(store)
    source_id, _ = _source(store, change.case_id, file_name="s.txt", file_sha256=SHA, kind="text")
    text = library.snapshot(store, slug).sources[0].text
    a, _ = claim_edits.create_claim(store, change.case_id, "allegation", source_id, 0, 30)
    start = text.index("Bob denies it")
    r, _ = claim_edits.create_claim(
        store, change.case_id, "response", source_id, start, start + 13, kind="denial"
    )
    ops.add_link(store, a, r, "denies")
    data = library.export_data(store, slug)
    again = library.import_data(store, data)
    assert library.export_data(store, again) == {**data, "slug": again}


def test_a_store_at_schema_0003_upgrades_with_its_cases_intact(db_path, small_case):
    from alembic import command
    from sqlalchemy import create_engine

    from models.store import HEAD_REVISION, _alembic_config, head_revision, open_store

    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0003")
    engine.dispose()
    store = open_store(str(db_path))
    try:
        assert store.opened.upgraded_from == "0003" and head_revision() == HEAD_REVISION
        slug = library.import_data(store, small_case)
        assert library.snapshot(store, slug).sources[0].file is None
        assert library.export_data(store, slug) == small_case  # an old file, exactly as before
    finally:
        store.close()


def test_own_case_edits_and_their_undo_on_postgres(postgres_db):
    from models import suggestion_edits

    store = library.open_library(postgres_db)
    try:
        slug, change = _new(store)
        source_id, _ = _source(store, change.case_id, file_name="a.txt", file_sha256=SHA)
        text = library.snapshot(store, slug).sources[0].text
        a, _ = claim_edits.create_claim(store, change.case_id, "allegation", source_id, 0, 31)
        start = text.index("Bob")
        r, _ = claim_edits.create_claim(
            store, change.case_id, "response", source_id, start, len(text)
        )
        split = claim_edits.split_claim(store, a, text.index("the river"))
        dismissed = suggestion_edits.dismiss_link_suggestion(store, split.created, r)
        before = library.export_data(store, slug)
        redo = dismissed.inverse(store)
        redo.inverse(store)  # the dismissal back, with its id
        gone = case_edits.delete_source(store, source_id)
        gone.inverse(store)
        assert library.export_data(store, slug) == before
        assert len(suggestion_edits.rejected_link_pairs(store, change.case_id)) == 1
        split.inverse(store)
        assert library.snapshot(store, slug).claim(a).quote == text[:31]
    finally:
        store.close()
