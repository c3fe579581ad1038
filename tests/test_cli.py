"""The headless command line: list, import, export, --help, --version, and clean failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models import __version__
from tests.conftest import make_case

ROOT = Path(__file__).resolve().parents[1]


def test_list_shows_the_seeded_case_with_claim_counts(cli_db, seed_data, run_cli):
    out = run_cli("--db", cli_db, "list")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split()[:3] == ["SLUG", "ALLEGATIONS", "RESPONSES"]
    allegations = sum(1 for c in seed_data["claims"] if c["side"] == _side(seed_data, "allegation"))
    responses = len(seed_data["claims"]) - allegations
    slug, a, r, *title = lines[1].split()
    assert (slug, int(a), int(r)) == ("huawei-backdoor-2020", allegations, responses)
    assert " ".join(title) == seed_data["title"]


def _side(data, role):
    return next(s["id"] for s in data["sides"] if s["role"] == role)


def test_import_prints_the_new_slug_and_dedupes(cli_db, tmp_path, run_cli):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(make_case()))
    assert run_cli("--db", cli_db, "import", str(path)).stdout.strip() == "small-case"
    assert run_cli("--db", cli_db, "import", str(path)).stdout.strip() == "small-case-2"
    listing = run_cli("--db", cli_db, "list").stdout
    assert "small-case-2" in listing


def test_export_json_writes_the_case_file(cli_db, tmp_path, seed_data, run_cli):
    out_file = tmp_path / "out.json"
    result = run_cli(
        "--db",
        cli_db,
        "export",
        "--case",
        "huawei-backdoor-2020",
        "--format",
        "json",
        "--out",
        str(out_file),
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(out_file.read_text(encoding="utf-8")) == seed_data


def test_help_and_version(run_cli):
    help_out = run_cli("--help")
    assert help_out.returncode == 0
    for word in ("list", "import", "export", "--db"):
        assert word in help_out.stdout
    version = run_cli("--version")
    assert version.returncode == 0 and __version__ in version.stdout


@pytest.mark.parametrize(
    "args, words",
    [
        (
            ["export", "--case", "no-such-case", "--format", "json", "--out", "{tmp}/x.json"],
            ["no-such-case"],
        ),
        (["import", "{tmp}/absent.json"], ["Cannot read"]),
        (["import", "{tmp}/bad.json"], ["not valid JSON"]),
        (
            [
                "export",
                "--case",
                "huawei-backdoor-2020",
                "--format",
                "json",
                "--out",
                "{tmp}/no/such/folder/x.json",
            ],
            ["Cannot write"],
        ),
        (["frobnicate"], ["invalid choice"]),
    ],
    ids=["unknown case", "missing file", "bad file", "unwritable target", "unknown command"],
)
def test_failures_give_one_line_and_a_nonzero_status(cli_db, tmp_path, args, words, run_cli):
    (tmp_path / "bad.json").write_text("{nope")
    result = run_cli("--db", cli_db, *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]


def test_a_newer_store_is_refused_on_the_command_line(cli_db, run_cli):
    import sqlite3

    assert run_cli("--db", cli_db, "list").returncode == 0
    with sqlite3.connect(cli_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    result = run_cli("--db", cli_db, "list")
    assert result.returncode == 1
    assert "newer version" in result.stderr and "Traceback" not in result.stderr


def test_default_store_is_data_db_at_the_top_of_a_checkout(tmp_path):
    from models.library import default_store_path

    checkout = tmp_path / "checkout"
    (checkout / "models").mkdir(parents=True)
    (checkout / "pyproject.toml").write_text("")
    assert default_store_path(checkout, tmp_path / "home") == checkout / "data.db"
    installed = tmp_path / "site-packages"
    installed.mkdir()
    assert default_store_path(installed, tmp_path / "home") == tmp_path / "home" / "data.db"


def test_json_export_and_grade_csv_are_not_private_files(cli_db, tmp_path, run_cli):
    import os
    import stat

    out = tmp_path / "case.json"
    old = os.umask(0o022)  # the child process inherits it
    try:
        result = run_cli(
            "--db", cli_db, "export", "--case", "huawei-backdoor-2020", "--format", "json",
            "--out", str(out),
        )  # fmt: skip
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_the_export_formats_are_the_registry_s_and_need_no_qt_to_be_offered():
    import subprocess
    import sys

    # In a fresh interpreter: the choices are known before any Qt module is imported.
    probe = (
        "import sys, main; names = main.export_formats(); "
        "print(','.join(names)); print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    names, qt_loaded = out[0].split(","), out[1]
    assert qt_loaded == "False"
    import models.grading  # noqa: F401 - registers "student-copy"
    from models.exports import FORMATS, format_names
    from ui.pdf.formats import register_pdf_formats

    register_pdf_formats()
    assert names == format_names()
    assert sorted(names) == sorted(FORMATS) and len(names) == len(set(names))
    assert names[0] == "pdf"


def _hostile_files(folder: Path) -> dict[str, Path]:
    """Case files the parser used to crash on: a 5001-digit number, a lone surrogate."""
    digits = '"credibility": ' + "9" * 5001
    long_number = json.dumps(make_case()).replace('"credibility": 2', digits)
    surrogate = json.dumps(make_case(title="A \ud800 case"))  # json.dumps writes it as \\ud800
    files = {"digits": folder / "digits.json", "surrogate": folder / "surrogate.json"}
    files["digits"].write_text(long_number, encoding="utf-8")
    files["surrogate"].write_text(surrogate, encoding="utf-8")
    return files


@pytest.mark.parametrize(
    "case, words",
    [
        ("digits", ["evidence[0].credibility", "5,001 digits"]),
        ("surrogate", ["title", "lone surrogate"]),
    ],
)
def test_a_hostile_case_file_is_one_line_and_a_nonzero_status(
    cli_db, tmp_path, run_cli, case, words
):
    path = _hostile_files(tmp_path)[case]
    result = run_cli("--db", cli_db, "import", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert all(word in line for word in words), line
    assert "99999" not in line  # the digits are counted, not echoed


def test_a_db_url_with_a_port_that_is_not_a_number_is_one_line(run_cli):
    result = run_cli("--db", "postgresql://someone@localhost:notaport/cases", "list")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("counterpoint: ") and "URL" in line


def test_debug_adds_the_traceback_to_the_one_line(run_cli):
    result = run_cli("--debug", "--db", "postgresql://someone@localhost:notaport/cases", "list")
    assert result.returncode == 1
    assert "Traceback" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("counterpoint: ")


def test_grading_a_folder_with_hostile_files_skips_them_and_says_why(cli_db, tmp_path, run_cli):
    folder = tmp_path / "returned"
    folder.mkdir()
    _hostile_files(folder)
    result = run_cli(
        "--db", cli_db, "grade", "--key", "huawei-backdoor-2020", "--students", str(folder)
    )
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    skipped = result.stdout.split("Skipped:", 1)[1]
    assert "digits.json" in skipped and "5,001 digits" in skipped
    assert "surrogate.json" in skipped and "lone surrogate" in skipped


def test_an_unexpected_error_is_one_line_naming_its_kind(cli_db, monkeypatch, capsys):
    import main

    def broken(args):
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(main, "run_headless", broken)
    assert main.main(["--db", cli_db, "list"]) == 1
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "RuntimeError" in line and "something nobody foresaw" in line and "--debug" in line


def test_a_refused_case_file_is_said_in_the_user_s_language(cli_db, tmp_path, run_cli, monkeypatch):
    # LANGUAGE=ja, as a Japanese desktop sets it: the refusal is Japanese, the file's own names
    # and ids are as they are. (The default, English, is what every other test here reads.)
    monkeypatch.setenv("LANGUAGE", "ja")
    broken = tmp_path / "証言.json"
    broken.write_text("{nope", encoding="utf-8")
    wrong_tag = make_case()
    wrong_tag["claims"][0]["tags"] = ["<no-such-tag>"]
    (tmp_path / "case.json").write_text(json.dumps(wrong_tag), encoding="utf-8")
    said = {
        broken: "証言.json は正しい JSON ではありません: 1 行 2 列目で",
        tmp_path / "case.json": "case.json の claims[0]（ID 'a1'）: "
        "タグ '<no-such-tag>' はこのケースのタグではありません。",
        tmp_path / "absent.json": "absent.json を読み込めません:",
    }
    for path, words in said.items():
        result = run_cli("--db", cli_db, "import", str(path))
        assert result.returncode == 1
        [line] = result.stderr.strip().splitlines()
        assert line.startswith("counterpoint: ") and words in line, line
    listed = run_cli("--db", cli_db, "list")
    assert "small-case" not in listed.stdout  # nothing was imported
