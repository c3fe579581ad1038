"""Counterpoint: compare an allegation with the response to it, claim by claim.

`python main.py` opens the window; `python main.py list|import|export|grade|revise-source` works
headless.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

CHECKOUT = Path(__file__).resolve().parent
OWN_PACKAGES = ("models", "ui", "resources")


def shadowing_packages() -> list[str]:
    """Our top-level packages that Python would import from elsewhere (another installed package).

    The design keeps models, ui and resources at the top level, so a package of the same name
    earlier on sys.path wins; find_spec looks without importing, before anything fails oddly.
    """
    found = []
    for name in OWN_PACKAGES:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        if origin is None or Path(origin).resolve().parent != (CHECKOUT / name).resolve():
            found.append(f"{name!r} from {Path(origin).parent if origin else 'nowhere'}")
    return found


if _shadowing := shadowing_packages():
    sys.exit(
        f"counterpoint: another installed package shadows Counterpoint's {', '.join(_shadowing)}; "
        "install Counterpoint with pipx or in a virtual environment of its own (see the README)"
    )

from models import __version__  # noqa: E402 - after the check: a shadowing `models` breaks it

if TYPE_CHECKING:
    from models.exports import ExportOptions
    from models.snapshot import CaseSnapshot


def user_data_home() -> Path:
    """The per-user data folder, following the XDG convention (Qt's AppDataLocation on Linux)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "Counterpoint"


def default_db() -> str:
    """The store used when --db is not given."""
    from models.library import default_store_path

    return str(default_store_path(CHECKOUT, user_data_home()))


class _Parser(argparse.ArgumentParser):
    """A parser that says what is wrong in one line, and may add some arguments late.

    `complete`, if given, adds the arguments whose definition needs imports (the export
    registry and every exporter it imports) when the parser first parses or shows its help,
    not when it is built: opening the window never needs them.
    """

    def __init__(self, *args, complete=None, **kwargs):
        super().__init__(*args, **kwargs)
        self._complete = complete

    def _completed(self) -> None:
        if self._complete is not None:
            complete, self._complete = self._complete, None
            complete(self)

    def parse_known_args(self, args=None, namespace=None):
        """Parse, with the late arguments added first."""
        self._completed()
        return super().parse_known_args(args, namespace)

    def format_help(self) -> str:
        """The help, with the late arguments."""
        self._completed()
        return super().format_help()

    def error(self, message):  # one clear line, status 2, like argparse, without the usage dump
        self.exit(2, f"counterpoint: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The command line: the window by default, headless commands for batch work."""
    parser = _Parser(
        prog="counterpoint",
        description="Compare an allegation with the response to it, claim by claim. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Counterpoint {__version__}")
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Counterpoint to your desktop's application menu (desktop entry, icon, metainfo "
        "under $XDG_DATA_HOME) and exit",
    )
    parser.add_argument(
        "--debug", action="store_true", help="on an error, show the full traceback as well"
    )
    parser.add_argument(
        "--db",
        metavar="DB",
        help="the store: a file path or an SQLAlchemy URL "
        "(default: data.db in the checkout, or the per-user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("list", help="list the cases: slug, title, claims per side")
    imp = commands.add_parser("import", help="import a case file; prints the new case's slug")
    imp.add_argument("file", metavar="FILE")
    exp = commands.add_parser(
        "export", help="export a case to a file", complete=_add_export_arguments
    )
    exp.add_argument("--case", required=True, metavar="SLUG")
    grade = commands.add_parser(
        "grade", help="grade a folder of returned student copies against the key case"
    )
    grade.add_argument("--key", required=True, metavar="SLUG", help="the key case in the store")
    grade.add_argument("--students", required=True, metavar="DIR", help="the returned files")
    grade.add_argument("--csv", metavar="FILE", help="also write the per-student figures as CSV")
    revise = commands.add_parser(
        "revise-source",
        help="bring in a new version of a source and re-anchor its claims; "
        "prints how many are exact, proposed and orphans",
    )
    revise.add_argument("--case", required=True, metavar="SLUG")
    revise.add_argument("--source", required=True, metavar="ID", help="the source's id in the case")
    revise.add_argument("--note", default="", help="what changed in this version")
    revise.add_argument("file", metavar="FILE", help="the new version, in any format sources read")
    return parser


def export_formats() -> list[str]:
    """The formats `export` accepts: the registry in models.exports, with the PDF wing's."""
    import models.grading  # noqa: F401 - registers "student-copy"
    from models.exports import format_names
    from ui.pdf.formats import register_pdf_formats  # no Qt until a PDF is written

    register_pdf_formats()
    return format_names()


def add_export_options(parser: argparse.ArgumentParser) -> None:
    """The export options as flags: page size, orientation, appendix, author, filters."""
    from models.exports.content import PAGE_SIZES
    from models.vocabulary import ROLES, STATUSES

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
    parser.add_argument(
        "--side",
        action="append",
        choices=ROLES,
        help="apply the other filters to this side only; the other side's claims are all "
        "exported (as the window's filter bar does)",
    )
    parser.add_argument("--text", help="only claims containing this text")
    parser.add_argument(
        "--unanswered",
        action="store_true",
        help="only allegations that no response answers (with --side allegation, the "
        "responses are all kept)",
    )


def export_options(args: argparse.Namespace, case: CaseSnapshot) -> ExportOptions:
    """Turn the export flags into export options; a tag the case does not have is an error."""
    from models.claim_filter import ClaimFilter
    from models.exports import ExportError, ExportOptions

    tag_ids = set()
    for wanted in args.tag or ():
        found = [t.id for t in case.tags if wanted in (t.key, t.name)]
        if not found:
            raise ExportError(f"The case {case.slug!r} has no tag {wanted!r}.")
        tag_ids.update(found)
    flt = ClaimFilter(
        statuses=frozenset(args.status or ()),
        tag_ids=frozenset(tag_ids),
        sides=frozenset(args.side or ()),
        text=args.text or "",
        unanswered=args.unanswered,
    )
    return ExportOptions(
        page_size=args.page_size,
        landscape=not args.portrait,
        source_appendix=args.source_appendix,
        claim_filter=None if flt.is_empty else flt,
        author=args.author,
    )


def _add_export_arguments(exp: argparse.ArgumentParser) -> None:
    exp.add_argument("--format", required=True, choices=export_formats())
    exp.add_argument("--out", required=True, metavar="FILE")
    add_export_options(exp)


def run_headless(args: argparse.Namespace) -> int:
    """Run one headless command; return the exit status."""
    from models import library

    # Before an upgrade: what it does and where the backup is (stderr: stdout stays the answer).
    store = library.open_library(
        args.db or default_db(), notice=lambda s: print(f"counterpoint: {s}", file=sys.stderr)
    )
    try:
        if args.command == "list":
            summaries = library.cases(store)
            width = max([len(c.slug) for c in summaries] + [4])
            print(f"{'SLUG':<{width}}  ALLEGATIONS  RESPONSES  TITLE")
            for c in summaries:
                print(f"{c.slug:<{width}}  {c.allegations:>11}  {c.responses:>9}  {c.title}")
        elif args.command == "import":
            print(library.import_file(store, args.file))
        elif args.command == "export":
            export(store, args)
        elif args.command == "grade":
            grade(store, args)
        elif args.command == "revise-source":
            revise_source(store, args)
    finally:
        store.close()
    return 0


def export(store, args: argparse.Namespace) -> None:
    """Write one case in the chosen format."""
    from models import library
    from models.exports import export_snapshot

    # The PDF formats (registered by export_formats) start Qt, offscreen, only when they write.
    case = library.snapshot(store, args.case)
    export_snapshot(case, args.format, args.out, export_options(args, case))


def grade(store, args: argparse.Namespace) -> None:
    """Grade returned student copies: print the table, and write the CSV if asked."""
    from models.files import write_atomically
    from models.grading import grade_folder, report_csv, report_text

    report = grade_folder(store, args.key, args.students)
    print(report_text(report), end="")
    if args.csv:
        write_atomically(args.csv, report_csv(report))


def revise_source(store, args: argparse.Namespace) -> None:
    """Read the new version from a file, revise the source, print how its claims landed."""
    from models.revisions import revise_source as revise
    from models.revisions import source_id_of
    from models.sources import extract_file

    source_id = source_id_of(store, args.case, args.source)
    extracted = extract_file(args.file)
    revised, _change = revise(
        store, source_id, extracted.text, extractor=extracted.extractor, note=args.note
    )
    print(f"{args.source}: version {revised.version}: {revised.counts}")


def run_gui(argv: list[str] | None = None, db: str | None = None) -> int:
    """Open the window."""
    from ui.window.app import run

    return run(db or default_db(), argv if argv is not None else sys.argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python main.py` and of the `counterpoint` command."""
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv)
    if args.install_desktop_entry:
        from resources.desktop import install_desktop_entry

        written = install_desktop_entry()
        print(f"counterpoint: installed the desktop entry {written[0]} and its icons")
        return 0
    if args.command is None:
        return run_gui([sys.argv[0]], args.db)
    # Whatever is printed, a name with undecodable bytes or a lone surrogate must not crash it.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        return run_headless(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # every error is one line and a non-zero status; --debug adds more
        if args.debug:
            import traceback

            traceback.print_exc()
        print(f"counterpoint: {error_line(exc)}", file=sys.stderr)
        return 1


def error_line(exc: BaseException) -> str:
    """One line for the user: the message of an error we expect, the kind of one we did not."""
    from models.casefile import CaseFileError
    from models.edit_log import EditRefused
    from models.exports import ExportError
    from models.snapshot import CaseNotFound
    from models.sources import SourceFileError
    from models.store import StoreError

    expected = (CaseFileError, StoreError, OSError, ExportError, EditRefused, SourceFileError)
    if isinstance(exc, CaseNotFound):
        message = str(exc.args[0])
    elif isinstance(exc, expected):
        message = str(exc).strip() or type(exc).__name__
    else:
        message = f"unexpected error ({type(exc).__name__}: {exc}); run with --debug for details"
    return " ".join(message.split())


def gui_entry() -> int:
    """The `counterpoint` GUI entry point: the same as `python main.py`."""
    return main()


if __name__ == "__main__":
    sys.exit(main())
