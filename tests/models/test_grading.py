"""Classroom grading: kappa and agreement by hand, student copies, grading a folder, the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from models import library
from models.casefile import CaseFileError, parse_case, read_case_file
from models.grading import (
    CSV_COLUMNS,
    cohen_kappa,
    grade_folder,
    make_student_copy,
    percent_agreement,
    report_csv,
    report_text,
    set_student_name,
    student_copy_json,
)
from models.operations import EditRefused
from tests.conftest import make_case

ROOT = Path(__file__).resolve().parents[2]
KEY = library.SEED_SLUG
S, U, D, V = "supported", "unsupported", "disputed", "unverifiable"


# --- kappa and agreement, worked by hand ------------------------------------------------------


def test_kappa_of_the_textbook_two_by_two_table():
    # 50 items: both "yes" 20, A yes/B no 5, A no/B yes 10, both "no" 15.
    # p_o = 35/50 = 0.7; p_e = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = (0.7-0.5)/(1-0.5) = 0.4.
    a = [S] * 20 + [S] * 5 + [U] * 10 + [U] * 15
    b = [S] * 20 + [U] * 5 + [S] * 10 + [U] * 15
    assert percent_agreement(a, b) == pytest.approx(0.7)
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_kappa_over_three_labels():
    # Agreement 4/6. Counts a: S2 U2 D2; b: S2 U3 D1. p_e = (4+6+2)/36 = 1/3.
    # kappa = (2/3 - 1/3) / (1 - 1/3) = 0.5.
    a = [S, S, U, U, D, D]
    b = [S, U, U, U, D, S]
    assert percent_agreement(a, b) == pytest.approx(4 / 6)
    assert cohen_kappa(a, b) == pytest.approx(0.5)


def test_kappa_is_zero_at_chance_and_minus_one_at_total_disagreement():
    # p_o = 0.5 = p_e: agreement no better than chance is 0, a number, not "undefined".
    assert cohen_kappa([S, S, U, U], [S, U, S, U]) == 0.0
    assert cohen_kappa([S, U], [U, S]) == pytest.approx(-1.0)
    assert percent_agreement([S, U], [U, S]) == 0.0


def test_kappa_is_undefined_not_a_number_when_expected_agreement_is_one():
    # Both raters used one label for every item: p_e = 1 and kappa is 0/0.
    assert cohen_kappa([U, U, U], [U, U, U]) is None
    assert percent_agreement([U, U, U], [U, U, U]) == 1.0


def test_kappa_and_agreement_are_undefined_with_no_items():
    assert cohen_kappa([], []) is None
    assert percent_agreement([], []) is None


def test_raters_must_label_the_same_items():
    with pytest.raises(ValueError):
        cohen_kappa([S], [S, U])


# --- student copies ---------------------------------------------------------------------------


def test_student_copy_clears_every_assessment_and_names_the_key(seed_data):
    copy = make_student_copy(seed_data)
    assert copy["classroom"] == {"student_copy_of": KEY, "student": None}
    assert copy["slug"] == f"{KEY}-student"
    for claim in copy["claims"]:
        assert (claim["status"], claim["rationale"], claim["assessed_by"]) == (
            "unassessed",
            "",
            None,
        )
    # Everything else (quotes, links, evidence, notes) is the case as it was.
    assert [c["quote"] for c in copy["claims"]] == [c["quote"] for c in seed_data["claims"]]
    assert copy["links"] == seed_data["links"] and copy["evidence"] == seed_data["evidence"]
    assert seed_data["claims"][0]["status"] != "unassessed"  # the original is untouched


def test_student_copy_round_trips_exactly_through_the_store(store):
    text = student_copy_json(store, KEY)
    data = parse_case(text)
    slug = library.import_data(store, data)
    assert library.export_data(store, slug) == data
    snap = library.snapshot(store, slug)
    assert snap.classroom.student_copy_of == KEY and snap.classroom.student is None
    assert {c.status for c in snap.claims} == {"unassessed"}
    assert library.snapshot(store, KEY).classroom is None


def test_the_students_name_is_recorded_on_first_open_and_exported(store):
    slug = library.import_data(store, parse_case(student_copy_json(store, KEY)))
    case_id = library.snapshot(store, slug).id
    change = set_student_name(store, case_id, "  Ana   Lima ")
    assert change.case_id == case_id
    assert library.export_data(store, slug)["classroom"]["student"] == "Ana Lima"
    with pytest.raises(EditRefused):
        set_student_name(store, case_id, "   ")
    with pytest.raises(EditRefused, match="not a student copy"):
        set_student_name(store, library.snapshot(store, KEY).id, "Ben")


def test_a_bad_classroom_marker_is_refused():
    with pytest.raises(CaseFileError, match="classroom"):
        parse_case(json.dumps(make_case(classroom={"student_copy_of": "x"})))
    with pytest.raises(CaseFileError, match="classroom"):
        parse_case(json.dumps(make_case(classroom={"student_copy_of": "x", "student": 3})))


# --- grading a folder -------------------------------------------------------------------------


def _answer(copy: dict, student: str | None, answers: dict[str, str]) -> dict:
    data = json.loads(json.dumps(copy))
    data["classroom"]["student"] = student
    for claim in data["claims"]:
        if claim["id"] in answers:
            claim["status"] = answers[claim["id"]]
            claim["rationale"] = "Because."
            claim["assessed_by"] = student
    return data


def _write(folder: Path, name: str, data) -> None:
    text = data if isinstance(data, str) else json.dumps(data)
    (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture
def returned(tmp_path, seed_data):
    """A folder of returned files: four students and five files that must be skipped."""
    folder = tmp_path / "returned"
    folder.mkdir()
    key = {c["id"]: c["status"] for c in seed_data["claims"]}
    copy = make_student_copy(seed_data)
    supported = [cid for cid, s in key.items() if s == S][:2]
    unsupported = [cid for cid, s in key.items() if s == U][:2]
    # Ana agrees with the key on every claim.
    _write(folder, "ana.json", _answer(copy, "Ana", key))
    # Ben: 4 claims; key S S U U, Ben S U U U: agreement 3/4, p_e = (1*2+3*2)/16 = 1/2, kappa 1/2.
    ben = {supported[0]: S, supported[1]: U, unsupported[0]: U, unsupported[1]: U}
    _write(folder, "ben.json", _answer(copy, "Ben", ben))
    # Cat assessed nothing: no figures at all.
    _write(folder, "cat.json", _answer(copy, None, {}))
    # Dana: two claims, both "unsupported" in the key and for her: kappa is undefined.
    _write(folder, "dana.json", _answer(copy, "Dana", dict.fromkeys(unsupported, U)))
    _write(folder, "broken.json", '{"format": "counterpoint-case", ')
    _write(folder, "invalid.json", _answer(copy, "Eve", {}) | {"claims": "none"})
    other = make_student_copy(make_case())
    _write(folder, "other.json", other)
    _write(folder, "teacher.json", seed_data)
    _write(folder, "notes.txt", "not a case")
    return folder


def test_grading_a_folder_grades_students_and_lists_the_rest_with_reasons(store, returned):
    report = grade_folder(store, KEY, returned)
    by_file = {s.file: s for s in report.students}
    assert sorted(by_file) == ["ana.json", "ben.json", "cat.json", "dana.json"]

    ana = by_file["ana.json"]
    assert (ana.student, ana.assessed, ana.agreement, ana.kappa) == ("Ana", 21, 1.0, 1.0)
    ben = by_file["ben.json"]
    assert (ben.student, ben.assessed) == ("Ben", 4)
    assert ben.agreement == pytest.approx(0.75) and ben.kappa == pytest.approx(0.5)
    cat = by_file["cat.json"]
    assert (cat.student, cat.assessed, cat.agreement, cat.kappa) == ("cat", 0, None, None)
    dana = by_file["dana.json"]
    assert (dana.assessed, dana.agreement, dana.kappa) == (2, 1.0, None)

    reasons = {s.file: s.reason for s in report.skipped}
    assert set(reasons) == {
        "broken.json",
        "invalid.json",
        "other.json",
        "teacher.json",
        "notes.txt",
    }
    assert "not valid JSON" in reasons["broken.json"]
    assert "claims" in reasons["invalid.json"]
    assert "small-case" in reasons["other.json"] and KEY in reasons["other.json"]
    assert "not a student copy" in reasons["teacher.json"]


def test_the_class_split_per_claim_and_where_it_most_disagreed(store, returned, seed_data):
    report = grade_folder(store, KEY, returned)
    key = {c["id"]: c["status"] for c in seed_data["claims"]}
    wrong = [cid for cid, s in key.items() if s == S][1]  # Ana: supported, Ben: unsupported
    split = next(c for c in report.claims if c.claim == wrong)
    assert (split.count(S), split.count(U), split.count("unassessed")) == (1, 1, 2)
    assert (split.assessed, split.agreeing, split.disagreement) == (2, 1, 0.5)
    assert split.commonest_other == U
    assert [c.claim for c in report.most_disagreed()] == [wrong]
    assert len(report.claims) == len(seed_data["claims"])


def test_the_csv_has_one_row_per_student_and_empty_kappa_where_undefined(store, returned):
    rows = list(csv.DictReader(io.StringIO(report_csv(grade_folder(store, KEY, returned)))))
    assert tuple(rows[0]) == CSV_COLUMNS
    by_file = {r["file"]: r for r in rows}
    assert len(rows) == 4
    assert by_file["ben.json"] == {
        "student": "Ben",
        "file": "ben.json",
        "assessed": "4",
        "agreement": "0.7500",
        "kappa": "0.5000",
    }
    assert by_file["dana.json"]["kappa"] == "" and by_file["dana.json"]["agreement"] == "1.0000"
    assert by_file["cat.json"]["kappa"] == "" and by_file["cat.json"]["agreement"] == ""


def test_a_name_that_looks_like_a_formula_is_kept_as_text_in_the_csv(store, tmp_path, seed_data):
    folder = tmp_path / "f"
    folder.mkdir()
    _write(folder, "x.json", _answer(make_student_copy(seed_data), "=HYPERLINK(1)", {}))
    rows = list(csv.DictReader(io.StringIO(report_csv(grade_folder(store, KEY, folder)))))
    assert rows[0]["student"] == "'=HYPERLINK(1)"


def test_the_text_report_says_undefined_and_lists_skipped_files(store, returned):
    text = report_text(grade_folder(store, KEY, returned))
    assert "undefined" in text and "broken.json" in text and "Where the class" in text


def test_grading_a_missing_folder_is_a_clear_error(store, tmp_path):
    with pytest.raises(CaseFileError, match="not a folder"):
        grade_folder(store, KEY, tmp_path / "nowhere")


# --- the command line -------------------------------------------------------------------------


def test_cli_grade_prints_the_table_and_writes_the_csv(tmp_path, returned, run_cli):
    db = str(tmp_path / "cli.db")
    out_csv = tmp_path / "grades.csv"
    result = run_cli(
        "--db", db, "grade", "--key", KEY, "--students", str(returned), "--csv", str(out_csv)
    )
    assert result.returncode == 0, result.stderr
    for word in ("Ana", "Ben", "75.0%", "undefined", "broken.json", "other.json"):
        assert word in result.stdout
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert [r["file"] for r in rows] == ["ana.json", "ben.json", "cat.json", "dana.json"]
    assert not list(tmp_path.glob(".grades.csv.*"))  # written through a temporary file


def test_cli_grade_fails_cleanly_on_an_unknown_key_or_folder(tmp_path, returned, run_cli):
    db = str(tmp_path / "cli.db")
    result = run_cli("--db", db, "grade", "--key", "nope", "--students", str(returned))
    assert result.returncode == 1 and "nope" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("--db", db, "grade", "--key", KEY, "--students", str(tmp_path / "none"))
    assert result.returncode == 1 and "not a folder" in result.stderr


def test_cli_exports_a_student_copy(tmp_path, run_cli):
    db = str(tmp_path / "cli.db")
    out = tmp_path / "copy.json"
    result = run_cli(
        "--db", db, "export", "--case", KEY, "--format", "student-copy", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    data = read_case_file(out)
    assert data["classroom"] == {"student_copy_of": KEY, "student": None}
    assert {c["status"] for c in data["claims"]} == {"unassessed"}
