"""The command line as the README writes it: a case file opens the window on it, a Python
without Counterpoint's packages says how to run it, a file that is no store is called so."""

from __future__ import annotations

import argparse
import subprocess
import sys

from main import COMMANDS, build_parser, split_case_file
from tests.conftest import ROOT


def test_outside_its_environment_main_says_in_one_line_how_to_run_it():
    # -S: no site-packages, as a system Python without the venv's packages.
    for args in (["list"], []):
        out = subprocess.run(
            [sys.executable, "-S", str(ROOT / "main.py"), *args],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert out.returncode == 1
        assert "Traceback" not in out.stderr
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and "sqlalchemy" in lines[0]
        assert ".venv/bin/python main.py" in lines[0]


def test_a_case_file_as_the_only_argument_is_the_window_s_case_file(tmp_path):
    assert split_case_file(["case.json"]) == ([], "case.json")
    assert split_case_file(["--db", "team.db", "case.json"]) == (["--db", "team.db"], "case.json")
    assert split_case_file(["--db=team.db", "Case.JSON"]) == (["--db=team.db"], "Case.JSON")
    for argv in (["import", "case.json"], ["--db", "x.json", "list"], ["lsit"], []):
        assert split_case_file(argv) == (argv, None)


def test_every_command_of_the_parser_is_known_as_a_command_not_a_case_file():
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(COMMANDS)


def test_a_case_file_with_a_command_is_a_clear_error(run_cli, cli_db):
    out = run_cli("--db", cli_db, "case.json", "list")
    assert out.returncode == 2
    assert "use: import case.json" in out.stderr


def test_a_db_that_is_no_store_is_called_not_a_counterpoint_store(run_cli, tmp_path):
    # (The sentence itself is models.store.describe_failure's.)
    notes = tmp_path / "notes.txt"
    notes.write_text("These are my notes, not a database.\n" * 50)
    out = run_cli("--db", str(notes), "list")
    assert out.returncode == 1
    assert "not a Counterpoint store" in out.stderr
    assert "refused the change" not in out.stderr
    assert notes.read_text().startswith("These are my notes")
