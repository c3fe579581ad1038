"""Property: for any valid case file, export after import gives back the same object."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from models import library
from models.casefile import dumps_case, parse_case
from models.store import Store
from tests.strategies import case_files, hostile_case_texts

CI = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def import_export_round_trip(store: Store, data: dict) -> None:
    """The file reads as itself, imports, exports as itself (but for a slug made unique)."""
    assert parse_case(dumps_case(data)) == data
    slug = library.import_data(store, data)
    exported = library.export_data(store, slug)
    assert exported == dict(data, slug=slug)
    assert parse_case(dumps_case(exported)) == exported  # the export imports again
    again = library.import_data(store, exported)
    assert library.export_data(store, again) == dict(data, slug=again)


@CI
@given(data=case_files())
def test_import_and_export_are_exact_inverses(store, data):
    import_export_round_trip(store, data)


def test_an_empty_assessor_name_is_refused_not_exported_as_null():
    # Found by the property above: "" was stored as no author, and came back as null.
    import json

    import pytest

    from models.casefile import CaseFileError
    from tests.conftest import make_case

    case = make_case()
    case["claims"][0]["assessed_by"] = ""
    with pytest.raises(CaseFileError, match="claims\\[0\\].assessed_by"):
        parse_case(json.dumps(case))


def hostile_file_is_refused_cleanly_or_round_trips(store: Store, raw: str) -> None:
    """A changed case file is refused with one CaseFileError and nothing written, or, if it is
    still valid, imports and exports as itself."""
    from sqlalchemy import func, select

    from models.casefile import CaseFileError
    from models.schema import Case

    def count():
        with store.reading() as s:
            return s.execute(select(func.count()).select_from(Case)).scalar_one()

    before = count()
    try:
        data = parse_case(raw.encode("utf-8", "surrogatepass"))
    except CaseFileError:
        assert count() == before
        return
    import_export_round_trip(store, data)


@CI
@given(raw=hostile_case_texts())
def test_a_changed_case_file_is_refused_cleanly_or_round_trips(store, raw):
    hostile_file_is_refused_cleanly_or_round_trips(store, raw)
