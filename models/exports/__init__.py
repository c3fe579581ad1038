"""The export registry shared by the command line and the window.

Text formats register here. The PDF formats need Qt, which models/ never imports: the command line
and the export dialog add them by calling `ui.pdf.formats.register_pdf_formats()`. Every format
writes through a temporary file and a rename.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from dataclasses import dataclass

from models.claim_filter import ClaimFilter
from models.exports.content import PAGE_SIZES, ExportOptions, build_content
from models.snapshot import CaseSnapshot
from models.vocabulary import ROLES, STATUSES

__all__ = [
    "FORMATS",
    "PDF_FORMAT",
    "ExportError",
    "ExportFormat",
    "ExportOptions",
    "add_cli_options",
    "build_content",
    "checked_case_file",
    "export_snapshot",
    "format_names",
    "options_from_args",
    "register",
]


class ExportError(ValueError):
    """An export was asked for something that cannot be done (unknown format or tag)."""


PDF_FORMAT = "pdf"  # registered by ui.pdf.formats; offered first wherever formats are listed


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its key, its name for people, its file extension, and its writer."""

    key: str
    label: str
    extension: str
    write: Callable[[CaseSnapshot, ExportOptions, str | os.PathLike], None]
    paged: bool = False  # page size and orientation apply
    filtered: bool = True  # the claim filter and the appendix apply


FORMATS: dict[str, ExportFormat] = {}


def register(fmt: ExportFormat) -> None:
    """Add (or replace) a format in the registry."""
    FORMATS[fmt.key] = fmt


def format_names() -> list[str]:
    """Every registered format, PDF first."""
    return sorted(FORMATS, key=lambda key: key != PDF_FORMAT)


def export_snapshot(
    case: CaseSnapshot, key: str, path: str | os.PathLike, options: ExportOptions | None = None
) -> None:
    """Write one case in one format to path, atomically."""
    try:
        fmt = FORMATS[key]
    except KeyError:
        raise ExportError(f"Unknown export format {key!r}.") from None
    fmt.write(case, (options or ExportOptions()).resolved(), path)


def _text_writer(render: Callable) -> Callable:
    def write(case: CaseSnapshot, options: ExportOptions, path) -> None:
        from models.files import write_atomically

        write_atomically(path, render(build_content(case, options)))

    return write


def _json_writer(case: CaseSnapshot, options: ExportOptions, path) -> None:
    # The case file is the whole case, so the filter does not apply.
    from models.casefile import dumps_case
    from models.files import write_atomically

    write_atomically(path, dumps_case(checked_case_file(case)))


def checked_case_file(case: CaseSnapshot) -> dict:
    """The case as a case-file object, refused (ExportError) if the file could not be read back.

    A case file is a backup: one that import would refuse is worse than a clear message now.
    """
    from models.casefile import CaseFileError, case_to_dict, validate_case

    data = case_to_dict(case)
    try:
        validate_case(data, name="The case file")
    except CaseFileError as exc:
        raise ExportError(f"{exc} Fix that in the case first.") from None
    return data


def _register_text_formats() -> None:
    from models.exports import csv_export, html, markdown, w3c

    register(ExportFormat("html", "HTML page", ".html", _text_writer(html.render)))
    register(ExportFormat("md", "Markdown", ".md", _text_writer(markdown.render)))
    register(ExportFormat("csv", "CSV table", ".csv", _text_writer(csv_export.render)))
    register(ExportFormat("json", "Counterpoint case file", ".json", _json_writer, filtered=False))
    register(ExportFormat("w3c", "W3C Web Annotations", ".jsonld", _text_writer(w3c.render)))


_register_text_formats()


def add_cli_options(parser: argparse.ArgumentParser) -> None:
    """The export options as command-line flags."""
    parser.add_argument("--page-size", choices=PAGE_SIZES, default="A4", help="PDF page size")
    parser.add_argument(
        "--portrait", action="store_true", help="PDF in portrait (default: landscape)"
    )
    parser.add_argument(
        "--source-appendix",
        action="store_true",
        help="append the full source text with the claim spans highlighted",
    )
    parser.add_argument("--author", help="the name printed as exporter (default: login name)")
    parser.add_argument(
        "--status", action="append", choices=STATUSES, help="only claims with this status"
    )
    parser.add_argument(
        "--tag", action="append", metavar="TAG", help="only claims with this tag (name or id)"
    )
    parser.add_argument("--side", action="append", choices=ROLES, help="only this side's claims")
    parser.add_argument("--text", help="only claims containing this text")
    parser.add_argument(
        "--unanswered",
        action="store_true",
        help="only allegation claims that no response answers",
    )


def options_from_args(args: argparse.Namespace, case: CaseSnapshot) -> ExportOptions:
    """Turn the command-line flags into export options; unknown tags are an error."""
    tag_ids = set()
    for wanted in getattr(args, "tag", None) or ():
        found = [t.id for t in case.tags if wanted in (t.key, t.name)]
        if not found:
            raise ExportError(f"The case {case.slug!r} has no tag {wanted!r}.")
        tag_ids.update(found)
    flt = ClaimFilter(
        statuses=frozenset(getattr(args, "status", None) or ()),
        tag_ids=frozenset(tag_ids),
        sides=frozenset(getattr(args, "side", None) or ()),
        text=getattr(args, "text", None) or "",
        unanswered=getattr(args, "unanswered", False),
    )
    return ExportOptions(
        page_size=getattr(args, "page_size", "A4"),
        landscape=not getattr(args, "portrait", False),
        source_appendix=getattr(args, "source_appendix", False),
        claim_filter=None if flt.is_empty else flt,
        author=getattr(args, "author", None),
    )
