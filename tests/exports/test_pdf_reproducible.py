"""Two exports of the same case at the same time are the same PDF, byte for byte."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

# Each export runs in a process of its own, as two exports on two days would: anything taken
# from the clock, a random id or the process's hash seed would show up as a difference.
_EXPORT = """
import sys
from datetime import UTC, datetime
from models import library
from models.exports import ExportOptions, export_snapshot
from ui.pdf.formats import register_pdf_formats
register_pdf_formats()
store = library.open_library(sys.argv[1])
case = library.snapshot(store, library.SEED_SLUG)
when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
export_snapshot(case, "pdf", sys.argv[2], ExportOptions(exported_at=when, author="Ana"))
store.close()
"""


def test_two_exports_of_a_case_at_one_time_are_byte_identical(store, db_path, tmp_path):
    store.close()
    outs = [tmp_path / "first.pdf", tmp_path / "second.pdf"]
    for out in outs:
        subprocess.run(
            [sys.executable, "-c", _EXPORT, str(db_path), str(out)],
            cwd=ROOT,
            check=True,
            timeout=120,
        )
    first, second = (out.read_bytes() for out in outs)
    assert first.startswith(b"%PDF")
    assert first == second
    assert b"/CreationDate (D:20260102030405Z)" in first  # the export's time, not the clock's
