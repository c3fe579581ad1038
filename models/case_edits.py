"""Named edits to whole cases and their sources: create, change, delete (to a trash), restore.

Like every edit (models/edit_log.py), each is one transaction that writes an edit-log row and
returns a `Change` whose inverse was read in that transaction. Two are not undo-stack edits of
an open case: `create_case` (nothing is open to undo it in; its change has no inverse) and
`delete_case`, which keeps the case as a case file in a trash folder that `restore_case` imports
from again. Adding a source checks its provenance (file name, SHA-256, extractor) and refuses
a file the case already holds; deleting one takes its claims, and all they had, with it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update

from models.casefile import case_to_dict, dumps_case
from models.edit_log import Change, EditRefused, inverse, log_edit
from models.files import write_atomically
from models.i18n import Context, fill
from models.limits import check_text
from models.rows import RowRecord, insert_keyed, put_back, take_rows
from models.schema import (
    AnchorCandidate,
    Assessment,
    Case,
    Claim,
    ClaimEvidence,
    ClaimRejection,
    ClaimTag,
    Link,
    LinkDismissal,
    Side,
    Source,
    SourceVersion,
    utcnow,
)
from models.slugs import is_slug, slug_from_title, unique_slug
from models.snapshot import load_case
from models.store import Store

CaseEdits = Context("CaseEdits")

_UNSET: Any = object()
TRASH_SUFFIX = ".trash"  # the trash of data.db is the folder data.db.trash beside it
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _line(kind: str, field: str, value: str, name: str) -> str:
    """A required one-line text: stripped, not blank, within the case file's limit."""
    value = (value or "").strip()
    if not value:
        raise EditRefused(fill(CaseEdits.tr("%1 cannot be empty."), name))
    check_text(kind, field, value, name)
    return value


def _checked_slug(slug: str) -> str:
    if not is_slug(slug):
        raise EditRefused(
            fill(
                CaseEdits.tr(
                    "The slug %1 is not one a case can have: lower-case letters and digits, "
                    "words joined by single hyphens, at most 120 characters."
                ),
                repr(slug),
            )
        )
    return slug


def _taken(slug: str) -> str:
    return fill(CaseEdits.tr("A case with the slug %1 is already in the store."), repr(slug))


def _gone() -> str:
    return CaseEdits.tr("That case is no longer in the store.")


def _party_name(role: str) -> str:
    """How a refusal names a side's party."""
    if role == "allegation":
        return CaseEdits.tr("The party making the allegation")
    return CaseEdits.tr("The party responding")


def _slug_taken(session, slug: str, case_id: int | None = None) -> bool:
    found = session.execute(select(Case.id).where(Case.slug == slug)).scalar()
    return found is not None and found != case_id


def create_case(
    store: Store,
    *,
    title: str,
    slug: str | None = None,
    description: str = "",
    allegation_party: str,
    allegation_description: str = "",
    response_party: str,
    response_description: str = "",
    author: str | None = None,
) -> tuple[str, Change]:
    """Make a new, empty case with its two sides; return its slug (derived from the title)."""
    title = _line("case", "title", title, CaseEdits.tr("A case's title"))
    check_text("case", "description", description, CaseEdits.tr("A case's description"))
    parties = {
        "allegation": (
            _line("side", "party", allegation_party, _party_name("allegation")),
            allegation_description or None,
        ),
        "response": (
            _line("side", "party", response_party, _party_name("response")),
            response_description or None,
        ),
    }
    for _party, side_description in parties.values():
        check_text("side", "description", side_description, CaseEdits.tr("A side's description"))
    if slug is not None:
        slug = _checked_slug(slug.strip())
    with store.transaction() as s:
        if slug is None:
            slug = unique_slug(s, slug_from_title(title))
        elif _slug_taken(s, slug):
            raise EditRefused(_taken(slug))
        case_id = s.execute(
            insert(Case)
            .values(slug=slug, title=title, description=description or "")
            .returning(Case.id)
        ).scalar_one()
        for role, (party, side_description) in parties.items():
            insert_keyed(
                s, Side, case_id, "side", role=role, party=party, description=side_description
            )
        summary = f"Created case {slug}"
        log_edit(s, case_id, author, summary, kind="case.create")
    return slug, Change(case_id, summary, structure=True, whole_case=True, created=case_id)


def update_case(
    store: Store,
    case_id: int,
    *,
    title: str = _UNSET,
    slug: str = _UNSET,
    description: str = _UNSET,
    allegation_party: str = _UNSET,
    allegation_description: str | None = _UNSET,
    response_party: str = _UNSET,
    response_description: str | None = _UNSET,
    author: str | None = None,
    updated_at: datetime | None = None,
) -> Change:
    """Change a case's title, slug, description or its sides' parties; only what is given.

    The case's `updated_at` becomes now (`updated_at` is for the undo, which puts it back).
    """
    case_values: dict[str, Any] = {}
    if title is not _UNSET:
        case_values["title"] = _line("case", "title", title, CaseEdits.tr("A case's title"))
    if slug is not _UNSET:
        case_values["slug"] = _checked_slug((slug or "").strip())
    if description is not _UNSET:
        check_text("case", "description", description, CaseEdits.tr("A case's description"))
        case_values["description"] = description or ""
    side_values: dict[str, dict[str, Any]] = {"allegation": {}, "response": {}}
    for role, party, side_description in (
        ("allegation", allegation_party, allegation_description),
        ("response", response_party, response_description),
    ):
        if party is not _UNSET:
            side_values[role]["party"] = _line("side", "party", party, _party_name(role))
        if side_description is not _UNSET:
            check_text(
                "side", "description", side_description, CaseEdits.tr("A side's description")
            )
            side_values[role]["description"] = side_description or None
    if not case_values and not any(side_values.values()):
        raise EditRefused(CaseEdits.tr("Nothing to change."))
    old: dict[str, Any] = {}
    with store.transaction() as s:
        row = s.execute(
            select(Case.title, Case.slug, Case.description, Case.updated_at).where(
                Case.id == case_id
            )
        ).first()
        if row is None:
            raise EditRefused(_gone())
        if "slug" in case_values and _slug_taken(s, case_values["slug"], case_id):
            raise EditRefused(_taken(case_values["slug"]))
        old.update({field: getattr(row, field) for field in case_values})
        old["updated_at"] = row.updated_at
        s.execute(
            update(Case)
            .where(Case.id == case_id)
            .values(**case_values, updated_at=updated_at or utcnow())
        )
        for role, values in side_values.items():
            if not values:
                continue
            side = s.execute(
                select(Side.party, Side.description).where(
                    Side.case_id == case_id, Side.role == role
                )
            ).one()
            old.update({f"{role}_{field}": getattr(side, field) for field in values})
            s.execute(
                update(Side).where(Side.case_id == case_id, Side.role == role).values(**values)
            )
        changed = sorted(case_values) + [f"{r} {f}" for r, v in side_values.items() for f in v]
        summary = f"Changed the {', '.join(changed)} of the case"
        log_edit(s, case_id, author, summary, kind="case.fields")
    return Change(case_id, summary, whole_case=True, inverse=inverse(update_case, case_id, **old))


def case_slug(store: Store, case_id: int) -> str:
    """The slug a case has now (an edit of its properties may have changed it)."""
    with store.reading() as s:
        slug = s.execute(select(Case.slug).where(Case.id == case_id)).scalar()
    if slug is None:
        raise EditRefused(_gone())
    return slug


def trash_folder(store: Store) -> Path | None:
    """The trash beside a file store (data.db.trash); None for a server database."""
    database = store.engine.url.database if store.engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        return None
    path = Path(database)
    return path.with_name(path.name + TRASH_SUFFIX)


def delete_case(store: Store, slug: str, trash_dir: str | Path) -> Path:
    """Delete a case after writing it, whole, as a case file into `trash_dir`; return that file.

    The file is written (atomically) before the delete commits, and removed again if the delete
    fails, so a case is never gone without its copy in the trash.
    """
    trash = Path(trash_dir)
    trash.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = trash / f"{slug}.{stamp}.json"
    try:
        with store.transaction() as s:
            case = load_case(s, slug)
            write_atomically(path, dumps_case(case_to_dict(case)))
            s.execute(delete(Case).where(Case.id == case.id))
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def trashed_cases(trash_dir: str | Path) -> list[Path]:
    """The case files in a trash folder, newest first."""
    trash = Path(trash_dir)
    if not trash.is_dir():
        return []
    return sorted(trash.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)


def restore_case(store: Store, path: str | Path) -> str:
    """Import a case from the trash again (a slug now taken gets -2, …); return its slug.

    The trash file goes once the case is back; if the import is refused it stays.
    """
    from models.library import import_file

    slug = import_file(store, path)
    Path(path).unlink(missing_ok=True)
    return slug


# --- sources -------------------------------------------------------------------------------


def add_source(
    store: Store,
    case_id: int,
    text: str,
    *,
    title: str,
    publisher: str | None = None,
    url: str | None = None,
    date: str | None = None,
    language: str | None = None,
    quality_note: str | None = None,
    file_name: str | None = None,
    file_sha256: str | None = None,
    extractor: str | None = None,
    encoding: str | None = None,
    kind: str | None = None,
    author: str | None = None,
) -> tuple[int, Change]:
    """Add a source to a case, last; its text is kept as given (line ends made `\\n`)."""
    from models.sources.base import canonical  # the readers' package waits until a source is added

    text = canonical(text or "")
    if not text.strip():
        raise EditRefused(
            CaseEdits.tr("A source needs some text; this one is empty. Nothing was added.")
        )
    values: dict[str, Any] = {
        "title": _line("source", "title", title, CaseEdits.tr("A source's title")),
        "text": text,
    }
    for field, value, name in (
        ("publisher", publisher, CaseEdits.tr("A publisher")),
        ("url", url, CaseEdits.tr("A URL")),
        ("date", date, CaseEdits.tr("A date")),
        ("language", language, CaseEdits.tr("A language")),
        ("quality_note", quality_note, CaseEdits.tr("A quality note")),
    ):
        value = (value or "").strip() or None
        check_text("source", field, value, name)
        values[field] = value
    if (file_name is None) != (file_sha256 is None):
        raise EditRefused(
            CaseEdits.tr("A source read from a file needs both the file's name and its SHA-256.")
        )
    if file_sha256 is not None and not _SHA256.match(file_sha256):
        raise EditRefused(
            fill(CaseEdits.tr("%1 is not a SHA-256 in lower-case hex."), repr(file_sha256))
        )
    for field, value, name in (
        ("name", file_name, CaseEdits.tr("A file name")),
        ("extractor", extractor, CaseEdits.tr("An extractor's name")),
        ("encoding", encoding, CaseEdits.tr("An encoding")),
        ("kind", kind, CaseEdits.tr("A kind of file")),
    ):
        check_text("sourceFile", field, value, name)
    values.update(
        file_name=file_name,
        file_sha256=file_sha256,
        extractor=extractor,
        encoding=encoding,
        kind=kind,
    )
    with store.transaction() as s:
        if s.execute(select(Case.id).where(Case.id == case_id)).first() is None:
            raise EditRefused(_gone())
        if file_sha256 is not None:
            same = s.execute(
                select(Source.title).where(
                    Source.case_id == case_id, Source.file_sha256 == file_sha256
                )
            ).scalar()
            if same is not None:
                raise EditRefused(
                    fill(
                        CaseEdits.tr(
                            "%1 is already a source of this case (“%2”); it was not added again."
                        ),
                        file_name,
                        same,
                    )
                )
        source_id = insert_keyed(s, Source, case_id, "source", **values)
        summary = f"Added source {source_id}"
        log_edit(s, case_id, author, summary, kind="source.add")
    return source_id, Change(
        case_id,
        summary,
        structure=True,
        whole_case=True,
        inverse=inverse(delete_source, source_id),
        created=source_id,
    )


def _source_dependants(source_id: int) -> tuple:
    """What a source takes with it: its claims and all they have, in the order put back."""
    claims = select(Claim.id).where(Claim.source_id == source_id).scalar_subquery()
    either = lambda model: model.allegation_id.in_(claims) | model.response_id.in_(claims)  # noqa: E731
    return (
        (SourceVersion, SourceVersion.source_id == source_id),
        (Claim, Claim.source_id == source_id),
        (AnchorCandidate, AnchorCandidate.claim_id.in_(claims)),
        (Assessment, Assessment.claim_id.in_(claims)),
        (ClaimTag, ClaimTag.claim_id.in_(claims)),
        (ClaimEvidence, ClaimEvidence.claim_id.in_(claims)),
        (Link, either(Link)),
        (LinkDismissal, either(LinkDismissal)),
        (ClaimRejection, ClaimRejection.source_id == source_id),
    )


def _source_change(record: RowRecord, summary: str, undo) -> Change:
    links = record.rows(Link)
    claims = {r["id"] for r in record.rows(Claim)}
    claims |= {r["allegation_id"] for r in links} | {r["response_id"] for r in links}
    return Change(
        record.case_id,
        summary,
        claims=frozenset(claims),
        links=frozenset(r["id"] for r in links),
        evidence=frozenset(r["evidence_id"] for r in record.rows(ClaimEvidence)),
        structure=True,
        whole_case=True,
        inverse=undo,
        created=record.id,
    )


def delete_source(store: Store, source_id: int, author: str | None = None) -> Change:
    """Delete a source with its claims, their links, tags, evidence attachments, assessments."""
    with store.transaction() as s:
        record = take_rows(
            s,
            Source,
            source_id,
            _source_dependants(source_id),
            fill(CaseEdits.tr("Source %1 is no longer in the store."), source_id),
        )
        count = len(record.rows(Claim))
        summary = f"Deleted source {source_id} with its {count} claim{'s' if count != 1 else ''}"
        log_edit(s, record.case_id, author, summary, kind="source.delete")
    return _source_change(record, summary, inverse(restore_source, record))


def restore_source(store: Store, record: RowRecord, author: str | None = None) -> Change:
    """Put a deleted source back, with its claims and all they had, under the same ids."""
    with store.transaction() as s:
        put_back(s, record, fill(CaseEdits.tr("Source %1 is already in the store."), record.id))
        summary = f"Restored source {record.id}"
        log_edit(s, record.case_id, author, summary, kind="source.restore")
    return _source_change(record, summary, inverse(delete_source, record.id))


def source_claim_count(store: Store, source_id: int) -> int:
    """How many claims a source has: what deleting it would take with it (for the warning)."""
    from sqlalchemy import func

    with store.reading() as s:
        return s.execute(
            select(func.count()).select_from(Claim).where(Claim.source_id == source_id)
        ).scalar_one()
