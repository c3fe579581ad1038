"""`python main.py revise-source`: a new version from a file, and a one-line summary."""

from __future__ import annotations

import json

from tests.models.test_revisions import PARAGRAPHS, TYPO, TYPO_QUOTE, case_data

GONE = "The vendor replied that it had never been asked to spy."
OLD = "\n\n".join([TYPO, *PARAGRAPHS])


def _import(run_cli, cli_db, tmp_path) -> None:
    path = tmp_path / "case.json"
    quotes = [TYPO_QUOTE, GONE, "found no hidden access in the code"]
    path.write_text(json.dumps(case_data(OLD, quotes)), encoding="utf-8")
    out = run_cli("--db", cli_db, "import", str(path))
    assert out.returncode == 0, out.stderr


def test_revise_source_prints_exact_proposed_and_orphans_and_keeps_the_version(
    cli_db, tmp_path, run_cli
):
    _import(run_cli, cli_db, tmp_path)
    new = tmp_path / "new.txt"
    new.write_text(OLD.replace("backdor", "backdoor").replace(GONE, "No reply."), "utf-8")
    out = run_cli(
        "--db", cli_db, "revise-source", "--case", "rev", "--source", "src", str(new),
        "--note", "typo fixed, reply cut",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout == "src: version 2: 1 exact, 1 proposed, 1 orphan\n"
    exported = tmp_path / "out.json"
    out = run_cli(
        "--db", cli_db, "export", "--case", "rev", "--format", "json", "--out", str(exported)
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(exported.read_text("utf-8"))
    version = data["sources"][0]["versions"][-1]
    assert (version["number"], version["note"]) == (2, "typo fixed, reply cut")
    assert version["extractor"] == "Counterpoint text reader"
    assert [c["anchor"]["state"] for c in data["claims"]] == ["proposed", "orphan", "exact"]


def test_line_ends_and_a_byte_order_mark_alone_leave_every_claim_exact(cli_db, tmp_path, run_cli):
    _import(run_cli, cli_db, tmp_path)
    new = tmp_path / "crlf.txt"
    new.write_bytes(b"\xef\xbb\xbf" + OLD.replace("\n", "\r\n").encode("utf-8"))
    out = run_cli("--db", cli_db, "revise-source", "--case", "rev", "--source", "src", str(new))
    assert out.returncode == 0, out.stderr
    assert out.stdout == "src: version 2: 3 exact, 0 proposed, 0 orphans\n"


def test_revise_source_failures_give_one_line_and_change_nothing(cli_db, tmp_path, run_cli):
    _import(run_cli, cli_db, tmp_path)
    new = tmp_path / "new.txt"
    new.write_text("Some text.", "utf-8")
    for args, words in (
        (["--source", "nope", str(new)], "has no source 'nope'; its sources are: src"),
        (["--source", "src", str(tmp_path / "missing.txt")], "missing.txt"),
        (["--source", "src", str(tmp_path / "empty.txt")], "empty.txt"),
    ):
        (tmp_path / "empty.txt").write_text("  \n", "utf-8")
        out = run_cli("--db", cli_db, "revise-source", "--case", "rev", *args)
        assert out.returncode == 1 and out.stdout == ""
        assert len(out.stderr.splitlines()) == 1 and words in out.stderr, out.stderr
    exported = tmp_path / "out.json"
    run_cli("--db", cli_db, "export", "--case", "rev", "--format", "json", "--out", str(exported))
    assert json.loads(exported.read_text("utf-8"))["version"] == 1
