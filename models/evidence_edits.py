"""Named edits to evidence records and their attachment to claims.

Each function is one transaction, writes an edit-log row and returns a `Change`. Grades are
checked here, with messages the window can show as they are: reliability A–F, credibility 1–6.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from models.claim_edits import put_rows, rows_of
from models.limits import pattern
from models.operations import (
    Change,
    EditRefused,
    _claim_case,
    _evidence_case,
    _fresh_key,
    _log,
    check_text,
)
from models.schema import ClaimEvidence, Evidence, EvidenceTag
from models.store import Store
from models.vocabulary import (
    CREDIBILITY_GRADES,
    EVIDENCE_KINDS,
    RELIABILITY_GRADES,
    STANCES,
)

FIELDS = ("title", "kind", "citation", "date", "url", "reliability", "credibility", "summary")


def check_evidence_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Check and tidy evidence fields; raise EditRefused with a clear message if one is wrong."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise EditRefused(f"Evidence has no field {sorted(unknown)[0]!r}.")
    values = dict(fields)
    if "title" in values:
        values["title"] = (values["title"] or "").strip()
        if not values["title"]:
            raise EditRefused("An evidence record needs a title.")
    if "citation" in values:
        values["citation"] = (values["citation"] or "").strip()
        if not values["citation"]:
            raise EditRefused("An evidence record needs a citation: say where it can be found.")
    if "kind" in values and values["kind"] not in EVIDENCE_KINDS:
        raise EditRefused(
            f"{values['kind']!r} is not a kind of evidence; use one of {', '.join(EVIDENCE_KINDS)}."
        )
    if "reliability" in values:
        grade = str(values["reliability"] or "").strip().upper()
        if grade not in RELIABILITY_GRADES:
            raise EditRefused(
                f"Source reliability must be a letter from A to F, not {values['reliability']!r}."
            )
        values["reliability"] = grade
    if "credibility" in values:
        try:
            grade = int(values["credibility"])
        except (TypeError, ValueError):
            grade = 0
        if grade not in CREDIBILITY_GRADES:
            raise EditRefused(
                "Information credibility must be a number from 1 to 6, "
                f"not {values['credibility']!r}."
            )
        values["credibility"] = grade
    for optional in ("date", "url"):
        if optional in values:
            values[optional] = (values[optional] or "").strip() or None
    if values.get("date") and not pattern("evidence", "date").search(values["date"]):
        raise EditRefused(f"Write the date as YYYY, YYYY-MM or YYYY-MM-DD, not {values['date']!r}.")
    if "summary" in values:
        values["summary"] = values["summary"] or ""
    for field, name in (
        ("title", "A title"),
        ("citation", "A citation"),
        ("url", "A web address"),
        ("summary", "A summary"),
    ):
        if field in values:
            check_text("evidence", field, values[field], name)
    return values


def create_evidence(
    store: Store,
    case_id: int,
    *,
    title: str,
    kind: str,
    citation: str,
    date: str | None = None,
    url: str | None = None,
    reliability: str = "F",
    credibility: int = 6,
    summary: str = "",
    author: str | None = None,
) -> tuple[int, Change]:
    """Create an evidence record; return its id."""
    values = check_evidence_fields(
        {
            "title": title,
            "kind": kind,
            "citation": citation,
            "date": date,
            "url": url,
            "reliability": reliability,
            "credibility": credibility,
            "summary": summary,
        }
    )
    with store.transaction() as s:
        position = s.execute(
            select(func.coalesce(func.max(Evidence.position), -1) + 1).where(
                Evidence.case_id == case_id
            )
        ).scalar_one()
        evidence_id = s.execute(
            insert(Evidence)
            .values(
                case_id=case_id,
                key=_fresh_key(s, Evidence, case_id, "evidence"),
                position=position,
                **values,
            )
            .returning(Evidence.id)
        ).scalar_one()
        summary_text = f"Created evidence record {evidence_id}"
        _log(s, case_id, author, summary_text)
    return evidence_id, Change(
        case_id, summary_text, evidence=frozenset({evidence_id}), structure=True
    )


def evidence_fields(store: Store, evidence_id: int) -> dict[str, Any]:
    """Read an evidence record's editable fields, so an undo can put them back."""
    with store.reading() as s:
        rows = rows_of(s, Evidence.__table__, Evidence.id == evidence_id)
    if not rows:
        raise EditRefused(f"Evidence record {evidence_id} is no longer in the store.")
    return {name: rows[0][name] for name in FIELDS}


def update_evidence(
    store: Store, evidence_id: int, *, author: str | None = None, **fields: Any
) -> Change:
    """Change some fields of an evidence record; only the fields given change."""
    values = check_evidence_fields(fields)
    if not values:
        raise EditRefused("Nothing to change.")
    with store.transaction() as s:
        case_id = _evidence_case(s, evidence_id)
        s.execute(update(Evidence).where(Evidence.id == evidence_id).values(**values))
        summary = f"Changed the {', '.join(sorted(values))} of evidence record {evidence_id}"
        _log(s, case_id, author, summary)
    return Change(case_id, summary, evidence=frozenset({evidence_id}))


@dataclass(frozen=True)
class EvidenceRecord:
    """A deleted evidence record with its attachments and tags, to put it back exactly."""

    id: int
    case_id: int
    evidence: dict
    attachments: tuple[dict, ...]
    tags: tuple[dict, ...]


def capture_evidence(store: Store, evidence_id: int) -> EvidenceRecord:
    """Read an evidence record and what refers to it, before deleting it."""
    with store.reading() as s:
        row = rows_of(s, Evidence.__table__, Evidence.id == evidence_id)
        if not row:
            raise EditRefused(f"Evidence record {evidence_id} is no longer in the store.")
        return EvidenceRecord(
            id=evidence_id,
            case_id=row[0]["case_id"],
            evidence=row[0],
            attachments=rows_of(
                s, ClaimEvidence.__table__, ClaimEvidence.evidence_id == evidence_id
            ),
            tags=rows_of(s, EvidenceTag.__table__, EvidenceTag.evidence_id == evidence_id),
        )


def delete_evidence(store: Store, evidence_id: int, author: str | None = None) -> Change:
    """Delete an evidence record, detaching it from every claim."""
    with store.transaction() as s:
        case_id = _evidence_case(s, evidence_id)
        claims = s.execute(
            select(ClaimEvidence.claim_id).where(ClaimEvidence.evidence_id == evidence_id)
        ).scalars()
        claims = frozenset(claims)
        s.execute(delete(ClaimEvidence).where(ClaimEvidence.evidence_id == evidence_id))
        s.execute(delete(EvidenceTag).where(EvidenceTag.evidence_id == evidence_id))
        s.execute(delete(Evidence).where(Evidence.id == evidence_id))
        summary = f"Deleted evidence record {evidence_id}"
        _log(s, case_id, author, summary)
    return Change(
        case_id, summary, claims=claims, evidence=frozenset({evidence_id}), structure=True
    )


def restore_evidence(store: Store, record: EvidenceRecord, author: str | None = None) -> Change:
    """Put a deleted evidence record back with the same id, its attachments and its tags."""
    with store.transaction() as s:
        if s.execute(select(Evidence.id).where(Evidence.id == record.id)).first() is not None:
            raise EditRefused(f"Evidence record {record.id} is already in the store.")
        put_rows(s, Evidence.__table__, (record.evidence,))
        put_rows(s, ClaimEvidence.__table__, record.attachments)
        put_rows(s, EvidenceTag.__table__, record.tags)
        summary = f"Restored evidence record {record.id}"
        _log(s, record.case_id, author, summary)
    return Change(
        record.case_id,
        summary,
        claims=frozenset(r["claim_id"] for r in record.attachments),
        evidence=frozenset({record.id}),
        structure=True,
    )


def _check_stance(stance: str) -> None:
    if stance not in STANCES:
        raise EditRefused(f"{stance!r} is not a stance; use one of {', '.join(STANCES)}.")


def attach_evidence(
    store: Store,
    claim_id: int,
    evidence_id: int,
    stance: str,
    note: str = "",
    author: str | None = None,
    *,
    position: int | None = None,
) -> Change:
    """Attach an evidence record to a claim with a stance (supports, contradicts, context).

    `position` puts it back where it was, when an undo re-attaches it; by default it goes last.
    """
    _check_stance(stance)
    check_text("attachment", "note", note, "A note on attached evidence")
    with store.transaction() as s:
        case_id = _claim_case(s, claim_id)
        if _evidence_case(s, evidence_id) != case_id:
            raise EditRefused("That evidence record belongs to another case.")
        if s.execute(
            select(ClaimEvidence.claim_id).where(
                ClaimEvidence.claim_id == claim_id, ClaimEvidence.evidence_id == evidence_id
            )
        ).first():
            raise EditRefused("That evidence is already attached to this claim.")
        if position is None:
            position = s.execute(
                select(func.coalesce(func.max(ClaimEvidence.position), -1) + 1).where(
                    ClaimEvidence.claim_id == claim_id
                )
            ).scalar_one()
        s.execute(
            insert(ClaimEvidence).values(
                claim_id=claim_id,
                evidence_id=evidence_id,
                position=position,
                stance=stance,
                note=note or "",
            )
        )
        summary = f"Attached evidence record {evidence_id} to claim {claim_id} ({stance})"
        _log(s, case_id, author, summary)
    return Change(case_id, summary, claims=frozenset({claim_id}), evidence=frozenset({evidence_id}))


def attachment_of(store: Store, claim_id: int, evidence_id: int) -> dict[str, Any] | None:
    """Return the stance, note and position of an attachment, or None if there is none."""
    with store.reading() as s:
        row = s.execute(
            select(ClaimEvidence.stance, ClaimEvidence.note, ClaimEvidence.position).where(
                ClaimEvidence.claim_id == claim_id, ClaimEvidence.evidence_id == evidence_id
            )
        ).first()
    return dict(row._mapping) if row else None


def detach_evidence(
    store: Store, claim_id: int, evidence_id: int, author: str | None = None
) -> Change:
    """Detach an evidence record from a claim."""
    with store.transaction() as s:
        case_id = _claim_case(s, claim_id)
        gone = s.execute(
            delete(ClaimEvidence).where(
                ClaimEvidence.claim_id == claim_id, ClaimEvidence.evidence_id == evidence_id
            )
        ).rowcount
        if not gone:
            raise EditRefused("That evidence is not attached to this claim.")
        summary = f"Detached evidence record {evidence_id} from claim {claim_id}"
        _log(s, case_id, author, summary)
    return Change(case_id, summary, claims=frozenset({claim_id}), evidence=frozenset({evidence_id}))


def set_stance(
    store: Store, claim_id: int, evidence_id: int, stance: str, author: str | None = None
) -> Change:
    """Change the stance of an attached evidence record."""
    _check_stance(stance)
    with store.transaction() as s:
        case_id = _claim_case(s, claim_id)
        changed = s.execute(
            update(ClaimEvidence)
            .where(ClaimEvidence.claim_id == claim_id, ClaimEvidence.evidence_id == evidence_id)
            .values(stance=stance)
        ).rowcount
        if not changed:
            raise EditRefused("That evidence is not attached to this claim.")
        summary = f"Set the stance of evidence record {evidence_id} on claim {claim_id} to {stance}"
        _log(s, case_id, author, summary)
    return Change(case_id, summary, claims=frozenset({claim_id}), evidence=frozenset({evidence_id}))
