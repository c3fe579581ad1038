"""Every export format reports to its job and, cancelled, writes nothing at all."""

from __future__ import annotations

import pytest

import models.grading  # noqa: F401 - registers "student-copy"
from models import library
from models.exports import FORMATS, ExportCancelled, export_snapshot
from models.jobs import Job
from ui.pdf.formats import register_pdf_formats

register_pdf_formats()


@pytest.fixture
def case(store):
    return library.snapshot(store, library.SEED_SLUG)


@pytest.mark.parametrize("key", sorted(FORMATS))
def test_a_cancelled_export_writes_no_file(case, tmp_path, key, qapp):
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"case{FORMATS[key].extension}"
    with pytest.raises(ExportCancelled):
        export_snapshot(case, key, target, job=Job(should_cancel=lambda: True))
    assert list(out.iterdir()) == []  # no file, no .part


@pytest.mark.parametrize("key", ["pdf", "worksheet", "answer-key"])
def test_a_pdf_export_reports_its_pages(case, tmp_path, key, qapp):
    seen: list[tuple[int, int]] = []
    export_snapshot(case, key, tmp_path / "case.pdf", job=Job(progress=lambda *p: seen.append(p)))
    pages = seen[-1][1]
    assert pages > 1 and seen[0] == (0, pages) and seen[-1][0] >= pages - 1
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_pdf_export_cancelled_while_it_is_measured_stops_before_painting(case, tmp_path, qapp):
    asked, painted = [], []

    def should_cancel() -> bool:
        asked.append(1)
        return len(asked) > 3  # a few pairs measured, then Cancel

    job = Job(should_cancel=should_cancel, progress=lambda *p: painted.append(p))
    with pytest.raises(ExportCancelled):
        export_snapshot(case, "pdf", tmp_path / "case.pdf", job=job)
    assert len(asked) == 4 and painted == []
    assert not (tmp_path / "case.pdf").exists()
