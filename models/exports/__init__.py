"""The export registry shared by the command line and the window.

Text formats register here. The PDF formats need Qt, which models/ never imports: the command line
and the export dialog add them by calling `ui.pdf.formats.register_pdf_formats()`. Every format
writes through a temporary file and a rename.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from models.exports.content import ExportOptions, build_content
from models.i18n import Context, fill
from models.jobs import NO_JOB, Cancelled, Job
from models.snapshot import CaseSnapshot

__all__ = [
    "FORMATS",
    "PDF_FORMAT",
    "ExportCancelled",
    "ExportError",
    "ExportFormat",
    "ExportOptions",
    "build_content",
    "check_cancelled",
    "checked_case_file",
    "export_snapshot",
    "format_names",
    "register",
]


Export = Context("Export")


class ExportError(ValueError):
    """An export was asked for something that cannot be done (unknown format or tag)."""


class ExportCancelled(Cancelled):
    """The person cancelled the export; nothing was written."""


PDF_FORMAT = "pdf"  # registered by ui.pdf.formats; offered first wherever formats are listed


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its key, its name for people, its file extension, and its writer.

    The writer is given a Job: it reports progress to it and stops (ExportCancelled) when asked,
    before anything is written.
    """

    key: str
    label: str
    extension: str
    write: Callable[[CaseSnapshot, ExportOptions, str | os.PathLike, Job], None]
    paged: bool = False  # page size and orientation apply
    filtered: bool = True  # the claim filter and the appendix apply
    portrait: bool = False  # always portrait: the orientation does not apply
    name_suffix: str = ""  # the default file name is <slug><name_suffix><extension>

    def default_name(self, slug: str) -> str:
        """The file name offered for a case, e.g. "huawei-backdoor-2020-worksheet.pdf"."""
        return f"{slug}{self.name_suffix}{self.extension}"


FORMATS: dict[str, ExportFormat] = {}


def register(fmt: ExportFormat) -> None:
    """Add (or replace) a format in the registry."""
    FORMATS[fmt.key] = fmt


def format_names() -> list[str]:
    """Every registered format, PDF first."""
    return sorted(FORMATS, key=lambda key: key != PDF_FORMAT)


def export_snapshot(
    case: CaseSnapshot,
    key: str,
    path: str | os.PathLike,
    options: ExportOptions | None = None,
    job: Job = NO_JOB,
) -> None:
    """Write one case in one format to path, atomically; a cancelled export writes nothing."""
    try:
        fmt = FORMATS[key]
    except KeyError:
        raise ExportError(fill(Export.tr("Unknown export format %1."), repr(key))) from None
    fmt.write(case, (options or ExportOptions()).resolved(), path, job)


def check_cancelled(job: Job) -> None:
    """Raise ExportCancelled if the person has cancelled (writers call it before writing)."""
    if job.should_cancel():
        raise ExportCancelled()


def _text_writer(render: Callable) -> Callable:
    def write(case: CaseSnapshot, options: ExportOptions, path, job: Job = NO_JOB) -> None:
        from models.files import write_atomically

        text = render(build_content(case, options))
        check_cancelled(job)
        write_atomically(path, text)

    return write


def _json_writer(case: CaseSnapshot, options: ExportOptions, path, job: Job = NO_JOB) -> None:
    # The case file is the whole case, so the filter does not apply.
    from models.casefile import dumps_case
    from models.files import write_atomically

    text = dumps_case(checked_case_file(case))
    check_cancelled(job)
    write_atomically(path, text)


def checked_case_file(case: CaseSnapshot) -> dict:
    """The case as a case-file object, refused (ExportError) if the file could not be read back.

    A case file is a backup: one that import would refuse is worse than a clear message now.
    """
    from models.casefile import CaseFileError, case_to_dict, validate_case

    data = case_to_dict(case)
    try:
        validate_case(data, name=Export.tr("The case file"))
    except CaseFileError as exc:
        raise ExportError(fill(Export.tr("%1 Fix that in the case first."), exc)) from None
    return data


def _register_text_formats() -> None:
    from models.exports import csv_export, html, markdown, w3c

    text = _text_writer
    for key, label, extension, write, suffix, filtered in (
        ("html", "HTML page", ".html", text(html.render), "-comparison", True),
        ("md", "Markdown", ".md", text(markdown.render), "-comparison", True),
        ("csv", "CSV table", ".csv", text(csv_export.render), "-claims", True),
        ("json", "Counterpoint case file", ".json", _json_writer, "-case", False),
        ("w3c", "W3C Web Annotations", ".jsonld", text(w3c.render), "-annotations", True),
    ):
        register(ExportFormat(key, label, extension, write, filtered=filtered, name_suffix=suffix))


_register_text_formats()
