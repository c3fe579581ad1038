"""The PDF wing needs QtGui only, and its formats are added by a call, never by an import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

# Imports every module of ui.pdf, then exports each PDF through the command line's own entry
# point, in one fresh interpreter; prints what was imported and registered along the way.
_WING = r"""
import importlib, json, pkgutil, sys
import ui.pdf

for found in pkgutil.iter_modules(ui.pdf.__path__):
    importlib.import_module("ui.pdf." + found.name)
from models.exports import FORMATS

report = {
    "widgets_after_import": "PySide6.QtWidgets" in sys.modules,
    "registered_by_import": sorted(k for k in ("pdf", "worksheet", "answer-key") if k in FORMATS),
}
import main

db, folder = sys.argv[1], sys.argv[2]
report["status"] = [
    main.main(["--db", db, "export", "--case", "huawei-backdoor-2020", "--format", fmt,
               "--out", f"{folder}/{fmt}.pdf"])
    for fmt in ("pdf", "worksheet", "answer-key")
]
report["widgets_after_export"] = "PySide6.QtWidgets" in sys.modules
print(json.dumps(report))
"""

# The command line's parser lists the PDF formats without importing Qt at all.
_LISTING = r"""
import json, sys
import main

main.build_parser()
print(json.dumps({"choices": main.export_formats(),
                  "qt": sorted(m for m in sys.modules if m.startswith("PySide6"))}))
"""


def _run(script: str, *args: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def wing(tmp_path_factory) -> tuple[dict, Path]:
    """The report of one fresh interpreter that imported the wing and exported the PDFs."""
    folder = tmp_path_factory.mktemp("wing")
    return _run(_WING, str(folder / "cli.db"), str(folder)), folder


def test_the_wing_and_the_command_line_pdfs_never_import_qtwidgets(wing):
    report, folder = wing
    assert report["widgets_after_import"] is False
    assert report["status"] == [0, 0, 0]
    assert report["widgets_after_export"] is False
    for fmt in ("pdf", "worksheet", "answer-key"):
        assert (folder / f"{fmt}.pdf").read_bytes().startswith(b"%PDF"), fmt


def test_importing_the_wing_registers_no_format(wing):
    report, _folder = wing
    assert report["registered_by_import"] == []


def test_the_command_line_offers_the_pdfs_without_importing_qt():
    report = _run(_LISTING)
    assert {"pdf", "worksheet", "answer-key", "html", "student-copy"} <= set(report["choices"])
    assert report["choices"][0] == "pdf"
    assert report["qt"] == []


def test_register_pdf_formats_adds_the_three_pdfs_to_a_registry():
    from ui.pdf.formats import register_pdf_formats

    added = {}
    register_pdf_formats(lambda fmt: added.setdefault(fmt.key, fmt))
    assert sorted(added) == ["answer-key", "pdf", "worksheet"]
    assert all(fmt.extension == ".pdf" and fmt.paged for fmt in added.values())
    assert not added["worksheet"].filtered and added["pdf"].filtered
