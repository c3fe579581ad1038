"""Exports from the command line, and atomic writing: a failed export leaves nothing behind."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from models.exports import export_snapshot

ROOT = Path(__file__).resolve().parents[2]
SLUG = "huawei-backdoor-2020"


@pytest.mark.parametrize("fmt", ["pdf", "html", "md", "csv", "json", "w3c"])
def test_every_format_from_the_command_line(cli_db, tmp_path, fmt, run_cli):
    out = tmp_path / f"case.{fmt}"
    result = run_cli("--db", cli_db, "export", "--case", SLUG, "--format", fmt, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_pdf_options_and_filters_from_the_command_line(cli_db, tmp_path, run_cli):
    from pypdf import PdfReader

    out = tmp_path / "letter.pdf"
    args = ["--page-size", "Letter", "--portrait", "--source-appendix", "--author", "Ana"]
    args += ["--status", "unsupported", "--side", "allegation", "--text", "backdoor"]
    result = run_cli(
        "--db", cli_db, "export", "--case", SLUG, "--format", "pdf", "--out", str(out), *args
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    text = "".join("".join(p.extract_text().split()) for p in reader.pages)
    assert "Appendix:sourcetext" in text and "ExportedbyAna" in text
    assert "Onlytheclaimsmatching" in text


def test_filter_flags_select_rows(cli_db, tmp_path, seed_data, run_cli):
    out = tmp_path / "claims.csv"
    args = ["--status", "unsupported", "--side", "response", "--tag", "Denial"]
    result = run_cli(
        "--db", cli_db, "export", "--case", SLUG, "--format", "csv", "--out", str(out), *args
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    responses = [r for r in rows if r["side"] == "Response"]
    assert responses and all(r["status"] == "Unsupported assertion" for r in responses)
    assert all("Denial" in r["tags"] for r in responses)
    # --side narrows that side only, as in the window: every allegation is exported.
    allegation = next(s["id"] for s in seed_data["sides"] if s["role"] == "allegation")
    assert sorted(r["id"] for r in rows if r["side"] == "Allegation") == sorted(
        c["id"] for c in seed_data["claims"] if c["side"] == allegation
    )


def test_unwritable_target_is_one_clear_line(cli_db, tmp_path, run_cli):
    target = tmp_path / "missing-folder" / "case.pdf"
    result = run_cli(
        "--db", cli_db, "export", "--case", SLUG, "--format", "pdf", "--out", str(target)
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("counterpoint: Cannot write in ")
    assert "Traceback" not in result.stderr


def test_unknown_tag_is_one_clear_line(cli_db, tmp_path, run_cli):
    out = tmp_path / "x.md"
    result = run_cli("--db", cli_db, "export", "--case", SLUG, "--format", "md", "--out", str(out),
                 "--tag", "no-such-tag")  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip() == f"counterpoint: The case '{SLUG}' has no tag 'no-such-tag'."
    assert not out.exists()


def test_failing_text_export_leaves_no_file_and_no_temp(huawei, options, tmp_path, monkeypatch):
    import os

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(os, "fsync", disk_full)  # fails after the temporary file is written
    for key in ("html", "md", "csv", "w3c"):
        with pytest.raises(OSError):
            export_snapshot(huawei, key, folder / f"case.{key}", options)
    assert list(folder.iterdir()) == []


def test_cancelled_pdf_leaves_the_old_file_and_no_temp(huawei, options, tmp_path, qapp):
    from ui.pdf.comparison import ExportCancelled, write_pdf

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "case.pdf"
    target.write_bytes(b"the previous export")
    with pytest.raises(ExportCancelled):
        write_pdf(huawei, options.resolved(), target, should_cancel=lambda page, total: page == 3)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in folder.iterdir()] == ["case.pdf"]


def test_exported_files_are_not_private(huawei, options, tmp_path, qapp):
    from ui.pdf.formats import register_pdf_formats

    register_pdf_formats()
    for key in ("pdf", "md"):
        out = tmp_path / f"case.{key}"
        export_snapshot(huawei, key, out, options)
        assert out.stat().st_mode & 0o044  # readable by group/others as the umask allows


def test_unanswered_flag_exports_only_unanswered_allegations(run_cli, cli_db, tmp_path):
    from tests.conftest import make_case

    case = make_case(links=[])
    source = tmp_path / "case.json"
    source.write_text(json.dumps(case), encoding="utf-8")
    assert run_cli("--db", cli_db, "import", str(source)).returncode == 0
    out = tmp_path / "unanswered.csv"
    result = run_cli(
        "--db", cli_db, "export", "--case", "small-case", "--format", "csv",
        "--unanswered", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = out.read_text(encoding="utf-8").splitlines()[1:]
    assert len(rows) == 1 and "the vendor hides a backdoor" in rows[0]
