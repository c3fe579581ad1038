"""The PDF formats for the export registry, added by an explicit call (no Qt until one is written).

`register_pdf_formats()` is called by the command line before it parses `--format`, and by the
export dialog when it is built. The writers import the renderers only when a PDF is written, so
listing the formats costs no Qt import and `counterpoint list` stays Qt-free.
"""

from __future__ import annotations

import os

from models.exports import ExportFormat, ExportOptions, register
from models.jobs import NO_JOB, Job
from models.snapshot import CaseSnapshot


def _write_comparison(
    case: CaseSnapshot, options: ExportOptions, path: str | os.PathLike, job: Job = NO_JOB
) -> None:
    from ui.pdf.comparison import write_pdf

    write_pdf(case, options, path, lambda _page, _pages: job.should_cancel(), job.progress)


def _sheet_writer(answer_key: bool):
    def write(
        case: CaseSnapshot, options: ExportOptions, path: str | os.PathLike, job: Job = NO_JOB
    ) -> None:
        from ui.pdf.worksheet import write_sheet

        # The sheets are always portrait: two columns of cards and room to write need the height.
        write_sheet(case, path, answer_key=answer_key, page_size=options.page_size, job=job)

    return write


def register_pdf_formats(add=register) -> None:
    """Add "pdf", "worksheet" and "answer-key" to the export registry (by default models.exports').

    The labels are English, as every registered name is; ui.common.labels translates them.
    """
    add(
        ExportFormat(
            "pdf", "PDF document", ".pdf", _write_comparison, paged=True, name_suffix="-comparison"
        )
    )
    # A worksheet covers the whole case: the claim filter does not apply.
    add(
        ExportFormat(
            "worksheet",
            "Worksheet for students (PDF)",
            ".pdf",
            _sheet_writer(False),
            paged=True,
            filtered=False,
            portrait=True,
            name_suffix="-worksheet",
        )
    )
    add(
        ExportFormat(
            "answer-key",
            "Answer key (PDF)",
            ".pdf",
            _sheet_writer(True),
            paged=True,
            filtered=False,
            portrait=True,
            name_suffix="-answer-key",
        )
    )
