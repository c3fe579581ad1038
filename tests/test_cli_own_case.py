"""The command line builds a case from one's own files: new-case, add-source, suggest-claims,
add-claim, suggest-links; a bad file is one line and a non-zero status, and changes nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.models.sources.builders import docx_bytes, pdf_bytes, scanned_pdf_bytes

STATEMENT = [
    "The ministry said the factory poisoned the river.",
    "",
    "According to the ministry, the factory hid its waste records.",
]
REPLY = [
    "The factory denies that it poisoned the river.",
    "",
    "Its waste records were published in full, the factory said.",
]


@pytest.fixture
def own(cli_db, run_cli):
    """A store with a new case "river-dispute"; run(...) runs the command line on it."""

    def run(*args: str, ok: bool = True):
        out = run_cli("--db", cli_db, *args)
        if ok:
            assert out.returncode == 0, out.stderr
        return out

    made = run(
        "new-case", "--title", "River dispute", "--allegation", "Ministry", "--response", "Factory"
    )
    assert made.stdout == "river-dispute\n"
    return run


def _tables(db: str) -> dict[str, list]:
    with sqlite3.connect(db) as conn:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}


def _lines(out) -> list[dict]:
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_new_case_prints_a_slug_made_from_a_non_ascii_title(cli_db, run_cli):
    out = run_cli(
        "--db",
        cli_db,
        "new-case",
        "--title",
        "Straße über Zürich",
        "--allegation",
        "A",
        "--response",
        "B",
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout == "strasse-uber-zurich\n"
    again = run_cli(
        "--db", cli_db, "new-case", "--title", "X", "--allegation", "", "--response", "B"
    )
    assert again.returncode == 1 and again.stderr.count("\n") == 1
    assert "cannot be empty" in again.stderr


def test_sources_from_each_kind_of_file_get_ids_and_their_claims_suggested(own, tmp_path):
    files = {
        "statement.docx": docx_bytes([line for line in STATEMENT if line]),
        "reply.pdf": pdf_bytes([REPLY]),
        "notes.md": b"# Notes\n\nThe ministry said so.\n",
        "page.html": b"<html><head><title>Page</title></head><body><p>It said.</p></body></html>",
    }
    ids = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        ids.append(int(own("add-source", "--case", "river-dispute", str(tmp_path / name)).stdout))
    assert len(set(ids)) == 4
    suggested = _lines(own("suggest-claims", "--case", "river-dispute", "--source", str(ids[0])))
    assert [s["quote"] for s in suggested] == [line for line in STATEMENT if line]
    assert suggested[0]["speaker"] == "The ministry"
    assert set(suggested[0]) == {"start", "end", "quote", "speaker", "kind"}
    assert (
        _lines(own("suggest-claims", "--case", "river-dispute", "--source", str(ids[1])))[0]["kind"]
        == "denial"
    )


BAD = {
    "text": ("blank.txt", lambda: b" \n\t\n", "has no text in it"),
    "markdown": ("blank.md", lambda: b"\n\n   \n", "has no text in it"),
    "html": (
        "deep.html",
        lambda: (
            b"<html><body>" + b"<div>" * 100_000 + b"x" + b"</div>" * 100_000 + b"</body></html>"
        ),
        "nested more than",
    ),
    "pdf": ("scan.pdf", scanned_pdf_bytes, "no text layer; OCR is not supported"),
    "docx": ("broken.docx", lambda: docx_bytes(["Some text."])[:3000], "is damaged"),
}


def test_a_bad_file_of_each_kind_is_one_line_a_non_zero_status_and_no_change(own, cli_db, tmp_path):
    # One store for all kinds: each command line run starts a Python, so they are not cheap.
    before = _tables(cli_db)
    for kind, (name, build, problem) in BAD.items():
        (tmp_path / name).write_bytes(build())
        out = own("add-source", "--case", "river-dispute", str(tmp_path / name), ok=False)
        assert out.returncode == 1 and out.stdout == "", kind
        assert out.stderr.count("\n") == 1 and name in out.stderr, kind
        assert problem in out.stderr, kind
        assert _tables(cli_db) == before, kind


def test_claims_made_by_hand_are_linked_by_suggestion_and_export_exactly(own, tmp_path):
    (tmp_path / "statement.docx").write_bytes(docx_bytes([line for line in STATEMENT if line]))
    (tmp_path / "reply.docx").write_bytes(docx_bytes([line for line in REPLY if line]))
    ids = [
        own("add-source", "--case", "river-dispute", str(tmp_path / n), "--title", n).stdout.strip()
        for n in ("statement.docx", "reply.docx")
    ]
    keys = {}
    for side, source in (("allegation", ids[0]), ("response", ids[1])):
        for s in _lines(own("suggest-claims", "--case", "river-dispute", "--source", source)):
            made = own(
                "add-claim",
                "--case",
                "river-dispute",
                "--source",
                source,
                "--side",
                side,
                "--start",
                str(s["start"]),
                "--end",
                str(s["end"]),
            )
            keys[s["quote"]] = made.stdout.strip()
    assert len(set(keys.values())) == 4
    suggested = _lines(own("suggest-links", "--case", "river-dispute", "--top", "1"))
    assert {(s["allegation"], s["response"]) for s in suggested} == {
        (keys[STATEMENT[0]], keys[REPLY[0]]),
        (keys[STATEMENT[2]], keys[REPLY[2]]),
    }
    assert set(suggested[0]) == {"allegation", "response", "score", "relation"}
    first = tmp_path / "first.json"
    own("export", "--case", "river-dispute", "--format", "json", "--out", str(first))
    data = json.loads(first.read_text("utf-8"))
    assert [s["file"]["name"] for s in data["sources"]] == ["statement.docx", "reply.docx"]
    assert own("import", str(first)).stdout.strip() == "river-dispute-2"
    second = tmp_path / "second.json"
    own("export", "--case", "river-dispute-2", "--format", "json", "--out", str(second))
    assert json.loads(second.read_text("utf-8")) == {**data, "slug": "river-dispute-2"}


def test_add_claim_outside_the_source_is_refused_in_one_line(own, tmp_path):
    (tmp_path / "s.txt").write_text("Short text.", encoding="utf-8")
    source = own("add-source", "--case", "river-dispute", str(tmp_path / "s.txt")).stdout.strip()
    out = own(
        "add-claim",
        "--case",
        "river-dispute",
        "--source",
        source,
        "--side",
        "allegation",
        "--start",
        "0",
        "--end",
        "500",
        ok=False,
    )
    assert out.returncode == 1 and "outside the source" in out.stderr
    assert out.stderr.count("\n") == 1
