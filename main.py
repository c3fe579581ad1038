"""Counterpoint: compare an allegation with the response to it, claim by claim.

`python main.py [FILE.json]` opens the window (on that case file); `python main.py
list|import|export|grade|new-case|add-source|suggest-claims|add-claim|suggest-links|revise-source`
works headless.
"""

from __future__ import annotations

import argparse
import importlib.util
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

# Every headless command (a test keeps this in step with build_parser): a first argument that is
# none of them, and names a case file, opens the window on it.
COMMANDS = (
    "list",
    "import",
    "export",
    "grade",
    "revise-source",
    "new-case",
    "add-source",
    "suggest-claims",
    "add-claim",
    "suggest-links",
)


def missing_packages(window: bool) -> list[str]:
    """The packages Counterpoint needs that this Python cannot import (found without importing)."""
    needed = ("sqlalchemy", "alembic", "jsonschema") + (("PySide6", "qtawesome") if window else ())
    return [name for name in needed if importlib.util.find_spec(name) is None]


def split_case_file(argv: list[str]) -> tuple[list[str], str | None]:
    """`main.py [--db DB] FILE.json`: the arguments without the case file, and the case file.

    Only a first argument that is no command and ends in .json or names a file is taken, so a
    mistyped command is still answered by argparse.
    """
    skip = False
    for n, arg in enumerate(argv):
        if skip or arg.startswith("-"):
            skip = arg == "--db"
            continue
        if arg in COMMANDS or not (arg.lower().endswith(".json") or Path(arg).is_file()):
            return argv, None
        return argv[:n] + argv[n + 1 :], arg
    return argv, None


if TYPE_CHECKING:
    from models.exports import ExportOptions
    from models.snapshot import CaseSnapshot


def user_data_home() -> Path:
    """The per-user data folder (platformdirs; the window's QStandardPaths names the same)."""
    from models.data_folder import user_data_folder

    return user_data_folder()


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
    add_own_case_commands(commands)
    return parser


def add_own_case_commands(commands) -> None:
    """The commands that build a case from one's own sources: new-case, add-source, …"""
    new = commands.add_parser("new-case", help="make a new, empty case; prints its slug")
    new.add_argument("--title", required=True)
    new.add_argument("--allegation", required=True, metavar="PARTY", help="who alleges")
    new.add_argument("--response", required=True, metavar="PARTY", help="who responds")
    new.add_argument("--description", default="")
    new.add_argument("--allegation-description", default="", metavar="TEXT")
    new.add_argument("--response-description", default="", metavar="TEXT")
    new.add_argument("--slug", help="the case's slug (default: made from the title)")
    source = commands.add_parser(
        "add-source",
        help="read a file (text, Markdown, HTML, PDF, DOCX) into a case as a "
        "source; prints the source's id",
    )
    source.add_argument("--case", required=True, metavar="SLUG")
    source.add_argument("file", metavar="FILE")
    source.add_argument("--title", help="the source's title (default: the file's own, or its name)")
    source.add_argument(
        "--main-text", action="store_true", help="of a web page, only the main text"
    )
    claims = commands.add_parser(
        "suggest-claims", help="print the suggested claims of a source, one JSON object a line"
    )
    claims.add_argument("--case", required=True, metavar="SLUG")
    claims.add_argument("--source", required=True, type=int, metavar="ID")
    claims.add_argument("--clauses", action="store_true", help="split sentences into clauses")
    claim = commands.add_parser("add-claim", help="make a claim from a span; prints its key")
    claim.add_argument("--case", required=True, metavar="SLUG")
    claim.add_argument("--source", required=True, type=int, metavar="ID")
    claim.add_argument("--side", required=True, choices=("allegation", "response"))
    claim.add_argument("--start", required=True, type=int, metavar="N")
    claim.add_argument("--end", required=True, type=int, metavar="M")
    claim.add_argument("--speaker", help="who says it (default: the side's party)")
    claim.add_argument(
        "--kind", help="the kind of claim (default: the kind most common on that side)"
    )
    links = commands.add_parser(
        "suggest-links", help="print the suggested links of a case, one JSON object a line"
    )
    links.add_argument("--case", required=True, metavar="SLUG")
    links.add_argument("--top", type=int, default=3, metavar="K", help="per allegation")


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
    from models import i18n, library

    # In the user's language, from the environment (LANGUAGE, LANG…): the exports' words and every
    # sentence models/ says, such as why a case file was refused (a PDF's Qt translator follows
    # the same choice: ui.pdf.application).
    i18n.set_language(i18n.choose(None, i18n.system_languages()))
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
        else:
            OWN_CASE_COMMANDS[args.command](store, args)
    finally:
        store.close()
    return 0


def export(store, args: argparse.Namespace) -> None:
    """Write one case in the chosen format."""
    from models import library
    from models.exports import export_snapshot
    from models.jobs import TerminalProgress

    # The PDF formats (registered by export_formats) start Qt, offscreen, only when they write.
    case = library.snapshot(store, args.case)
    # On a terminal, an export over a second shows how far it is (a PDF: page by page).
    with TerminalProgress(sys.stderr, f"counterpoint: exporting {args.out}") as shown:
        export_snapshot(case, args.format, args.out, export_options(args, case), shown.job)


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


def new_case(store, args: argparse.Namespace) -> None:
    """Make a new, empty case with its two parties; print its slug."""
    from models.case_edits import create_case

    slug, _change = create_case(
        store,
        title=args.title,
        slug=args.slug,
        description=args.description,
        allegation_party=args.allegation,
        allegation_description=args.allegation_description,
        response_party=args.response,
        response_description=args.response_description,
    )
    print(slug)


def add_source(store, args: argparse.Namespace) -> None:
    """Read a file into a case as a source, with its provenance; print the source's id."""
    from models import library
    from models.case_edits import add_source as add
    from models.sources import extract_file

    case = library.snapshot(store, args.case)  # an unknown case is refused before reading
    found = extract_file(args.file, main_text_only=args.main_text)
    source_id, _change = add(
        store,
        case.id,
        found.text,
        title=args.title or found.title or Path(args.file).stem or found.file_name,
        publisher=found.publisher,
        url=found.url,
        date=found.date,
        language=found.language,
        file_name=found.file_name,
        file_sha256=found.sha256,
        extractor=found.extractor,
        encoding=found.encoding,
        kind=found.kind,
    )
    print(source_id)


def _source_of(case, source_id: int):
    from models.edit_log import EditRefused

    for source in case.sources:
        if source.id == source_id:
            return source
    raise EditRefused(f"The case {case.slug!r} has no source {source_id}.")


def suggest_claims(store, args: argparse.Namespace) -> None:
    """Print a source's suggested claims, one JSON object a line (rejected ones left out)."""
    import json

    from models import library
    from models.suggest_claims import suggest_claims as suggest
    from models.suggestion_edits import spans_not_to_suggest

    case = library.snapshot(store, args.case)
    source = _source_of(case, args.source)
    skip = spans_not_to_suggest(store, case, source.id)
    for s in suggest(source.text, clauses=args.clauses, language=source.language or "en"):
        if (s.start, s.end) not in skip:
            fields = dict(start=s.start, end=s.end, quote=s.quote, speaker=s.speaker, kind=s.kind)
            print(json.dumps(fields, ensure_ascii=False))


def add_claim(store, args: argparse.Namespace) -> None:
    """Make a claim on one side from a span of a source; print its key."""
    from models import library
    from models.claim_edits import create_claim

    case = library.snapshot(store, args.case)
    source = _source_of(case, args.source)
    kind = {"kind": args.kind} if args.kind else {}
    claim_id, _change = create_claim(
        store,
        case.id,
        args.side,
        source.id,
        args.start,
        args.end,
        speaker=args.speaker,
        **kind,
    )
    print(library.snapshot(store, args.case).claim(claim_id).key)


def suggest_links(store, args: argparse.Namespace) -> None:
    """Print a case's suggested links, best first per allegation, one JSON object a line.

    Claims already linked and dismissed suggestions are left out.
    """
    import json

    from models import library
    from models.suggest_links import suggest_links as suggest
    from models.suggestion_edits import pairs_not_to_suggest

    case = library.snapshot(store, args.case)
    exclude = pairs_not_to_suggest(store, case)
    for s in suggest(case.claims, top=max(args.top, 0), exclude=exclude):
        fields = dict(
            allegation=s.allegation_key, response=s.response_key, score=s.score, relation=s.relation
        )
        print(json.dumps(fields, ensure_ascii=False))


OWN_CASE_COMMANDS = {
    "new-case": new_case,
    "add-source": add_source,
    "suggest-claims": suggest_claims,
    "add-claim": add_claim,
    "suggest-links": suggest_links,
}


def run_gui(
    argv: list[str] | None = None, db: str | None = None, case_file: str | None = None
) -> int:
    """Open the window (on a case file, if one is given)."""
    from ui.window.app import run

    return run(db or default_db(), argv if argv is not None else sys.argv, case_file)


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python main.py` and of the `counterpoint` command."""
    argv = sys.argv[1:] if argv is None else argv
    argv, case_file = split_case_file(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if case_file and args.command:
        parser.error(f"{case_file} opens the window; to import it here, use: import {case_file}")
    if args.install_desktop_entry:
        from resources.desktop import install_desktop_entry

        written = install_desktop_entry()
        print(f"counterpoint: installed the desktop entry {written[0]} and its icons")
        return 0
    if missing := missing_packages(window=args.command is None):
        # Most often `python main.py` outside the virtual environment that install.sh made.
        print(
            f"counterpoint: {', '.join(missing)} not installed for {sys.executable}; run "
            "`.venv/bin/python main.py` in the checkout (./install.sh makes .venv) or install "
            "Counterpoint with pipx (see the README)",
            file=sys.stderr,
        )
        return 1
    if args.command is None:
        return run_gui([sys.argv[0]], args.db, case_file)
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
