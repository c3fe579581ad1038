"""Named edits to evidence records and their attachment to claims.

Each function is one transaction, writes an edit-log row and returns a `Change` with its
inverse, read in the same transaction. Grades are
checked here, with messages the window can show as they are: reliability A–F, credibility 1–6.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update

from models import attribution
from models.attribution import Stamp
from models.edit_log import (
    Change,
    EditRefused,
    checked_update,
    claim_case,
    evidence_case,
    inverse,
    log_edit,
    still,
)
from models.i18n import Context, fill
from models.limits import check_text, pattern
from models.rows import RowRecord, insert_keyed, next_position, put_back, take_rows
from models.schema import ClaimEvidence, Evidence, EvidenceTag
from models.store import Store
from models.vocabulary import (
    CREDIBILITY_GRADES,
    EVIDENCE_KINDS,
    RELIABILITY_GRADES,
    STANCES,
)

EvidenceEdits = Context("EvidenceEdits")

FIELDS = ("title", "kind", "citation", "date", "url", "reliability", "credibility", "summary")


def check_evidence_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Check and tidy evidence fields; raise EditRefused with a clear message if one is wrong."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise EditRefused(
            fill(EvidenceEdits.tr("Evidence has no field %1."), repr(sorted(unknown)[0]))
        )
    values = dict(fields)
    if "title" in values:
        values["title"] = (values["title"] or "").strip()
        if not values["title"]:
            raise EditRefused(EvidenceEdits.tr("An evidence record needs a title."))
    if "citation" in values:
        values["citation"] = (values["citation"] or "").strip()
        if not values["citation"]:
            raise EditRefused(
                EvidenceEdits.tr("An evidence record needs a citation: say where it can be found.")
            )
    if "kind" in values and values["kind"] not in EVIDENCE_KINDS:
        raise EditRefused(
            fill(
                EvidenceEdits.tr("%1 is not a kind of evidence; use one of %2."),
                repr(values["kind"]),
                ", ".join(EVIDENCE_KINDS),
            )
        )
    if "reliability" in values:
        grade = str(values["reliability"] or "").strip().upper()
        if grade not in RELIABILITY_GRADES:
            raise EditRefused(
                fill(
                    EvidenceEdits.tr("Source reliability must be a letter from A to F, not %1."),
                    repr(values["reliability"]),
                )
            )
        values["reliability"] = grade
    if "credibility" in values:
        try:
            grade = int(values["credibility"])
        except (TypeError, ValueError):
            grade = 0
        if grade not in CREDIBILITY_GRADES:
            raise EditRefused(
                fill(
                    EvidenceEdits.tr(
                        "Information credibility must be a number from 1 to 6, not %1."
                    ),
                    repr(values["credibility"]),
                )
            )
        values["credibility"] = grade
    for optional in ("date", "url"):
        if optional in values:
            values[optional] = (values[optional] or "").strip() or None
    if values.get("date") and not pattern("evidence", "date").search(values["date"]):
        raise EditRefused(
            fill(
                EvidenceEdits.tr("Write the date as YYYY, YYYY-MM or YYYY-MM-DD, not %1."),
                repr(values["date"]),
            )
        )
    if "summary" in values:
        values["summary"] = values["summary"] or ""
    for field, name in (
        ("title", EvidenceEdits.tr("A title")),
        ("citation", EvidenceEdits.tr("A citation")),
        ("url", EvidenceEdits.tr("A web address")),
        ("summary", EvidenceEdits.tr("A summary")),
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
        stamp = attribution.values(attribution.EVIDENCE, attribution.now(s, author))
        evidence_id = insert_keyed(s, Evidence, case_id, "evidence", **values, **stamp)
        summary_text = f"Created evidence record {evidence_id}"
        log_edit(s, case_id, author, summary_text)
    return evidence_id, Change(
        case_id,
        summary_text,
        evidence=frozenset({evidence_id}),
        structure=True,
        inverse=inverse(delete_evidence, evidence_id),
        created=evidence_id,
    )


def update_evidence(
    store: Store,
    evidence_id: int,
    *,
    author: str | None = None,
    stamp: Stamp | None = None,
    expected: int | None = None,
    known: dict[str, Any] | None = None,
    **fields: Any,
) -> Change:
    """Change some fields of an evidence record; only the fields given change.

    The record is attributed to the author now (`stamp`: the one an undo puts back).
    Over version `expected` if given (a colleague's change since raises `Conflict`).
    """
    values = check_evidence_fields(fields)
    if not values:
        raise EditRefused(EvidenceEdits.tr("Nothing to change."))
    entity = f"evidence:{evidence_id}"
    with store.transaction() as s:
        case_id = evidence_case(s, evidence_id)
        columns = [getattr(Evidence, name) for name in (*values, *attribution.EVIDENCE)]
        row = s.execute(select(Evidence.version, *columns).where(Evidence.id == evidence_id)).one()
        found = dict(zip((*values, *attribution.EVIDENCE), row[1:], strict=True))
        old_stamp = attribution.from_row(found, attribution.EVIDENCE)
        old = found
        written = attribution.values(attribution.EVIDENCE, stamp or attribution.now(s, author))
        fresh = expected is None or old == values or still(old, known)
        seen = row.version if fresh else expected
        version = checked_update(
            s,
            Evidence,
            Evidence.id == evidence_id,
            {**values, **written},
            seen,
            mine=values,
            entity=entity,
            case_id=case_id,
            retry=inverse(update_evidence, evidence_id),
        )
        summary = f"Changed the {', '.join(sorted(values))} of evidence record {evidence_id}"
        log_edit(
            s,
            case_id,
            author,
            summary,
            kind="evidence.fields",
            entity=entity,
            before=old,
            after=values,
        )
    return Change(
        case_id,
        summary,
        evidence=frozenset({evidence_id}),
        inverse=inverse(
            update_evidence, evidence_id, stamp=old_stamp, **old, expected=version, known=values
        ),
    )


def _evidence_change(record: RowRecord, summary: str, undo) -> Change:
    return Change(
        record.case_id,
        summary,
        claims=frozenset(r["claim_id"] for r in record.rows(ClaimEvidence)),
        evidence=frozenset({record.id}),
        structure=True,
        inverse=undo,
        created=record.id,
    )


def delete_evidence(store: Store, evidence_id: int, author: str | None = None) -> Change:
    """Delete an evidence record, detaching it from every claim and taking its tags off."""
    with store.transaction() as s:
        record = take_rows(
            s,
            Evidence,
            evidence_id,
            (
                (ClaimEvidence, ClaimEvidence.evidence_id == evidence_id),
                (EvidenceTag, EvidenceTag.evidence_id == evidence_id),
            ),
            fill(EvidenceEdits.tr("Evidence record %1 is no longer in the store."), evidence_id),
        )
        summary = f"Deleted evidence record {evidence_id}"
        log_edit(s, record.case_id, author, summary, kind="evidence.delete")
    return _evidence_change(record, summary, inverse(restore_evidence, record))


def restore_evidence(store: Store, record: RowRecord, author: str | None = None) -> Change:
    """Put a deleted evidence record back with the same id, its attachments and its tags."""
    with store.transaction() as s:
        put_back(
            s,
            record,
            fill(EvidenceEdits.tr("Evidence record %1 is already in the store."), record.id),
        )
        summary = f"Restored evidence record {record.id}"
        log_edit(s, record.case_id, author, summary, kind="evidence.restore")
    return _evidence_change(record, summary, inverse(delete_evidence, record.id))


def _check_stance(stance: str) -> None:
    if stance not in STANCES:
        raise EditRefused(
            fill(
                EvidenceEdits.tr("%1 is not a stance; use one of %2."),
                repr(stance),
                ", ".join(STANCES),
            )
        )


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
    check_text("attachment", "note", note, EvidenceEdits.tr("A note on attached evidence"))
    with store.transaction() as s:
        case_id = claim_case(s, claim_id)
        if evidence_case(s, evidence_id) != case_id:
            raise EditRefused(EvidenceEdits.tr("That evidence record belongs to another case."))
        if s.execute(
            select(ClaimEvidence.claim_id).where(
                ClaimEvidence.claim_id == claim_id, ClaimEvidence.evidence_id == evidence_id
            )
        ).first():
            raise EditRefused(EvidenceEdits.tr("That evidence is already attached to this claim."))
        if position is None:
            position = next_position(s, ClaimEvidence.position, ClaimEvidence.claim_id == claim_id)
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
        log_edit(
            s,
            case_id,
            author,
            summary,
            kind="evidence.attach",
            entity=f"claim_evidence:{claim_id}:{evidence_id}",
            claims={claim_id},
            after={"evidence_id": evidence_id, "stance": stance},
        )
    return _attachment_change(
        case_id, summary, claim_id, evidence_id, inverse(detach_evidence, claim_id, evidence_id)
    )


def _attachment_change(case_id, summary, claim_id, evidence_id, undo) -> Change:
    return Change(
        case_id,
        summary,
        claims=frozenset({claim_id}),
        evidence=frozenset({evidence_id}),
        inverse=undo,
    )


def _attachment(s, claim_id: int, evidence_id: int) -> dict[str, Any]:
    row = s.execute(
        select(ClaimEvidence.stance, ClaimEvidence.note, ClaimEvidence.position).where(
            ClaimEvidence.claim_id == claim_id, ClaimEvidence.evidence_id == evidence_id
        )
    ).first()
    if row is None:
        raise EditRefused(EvidenceEdits.tr("That evidence is not attached to this claim."))
    return dict(row._mapping)


def detach_evidence(
    store: Store, claim_id: int, evidence_id: int, author: str | None = None
) -> Change:
    """Detach an evidence record from a claim."""
    with store.transaction() as s:
        case_id = claim_case(s, claim_id)
        saved = _attachment(s, claim_id, evidence_id)
        s.execute(
            delete(ClaimEvidence).where(
                ClaimEvidence.claim_id == claim_id, ClaimEvidence.evidence_id == evidence_id
            )
        )
        summary = f"Detached evidence record {evidence_id} from claim {claim_id}"
        log_edit(
            s,
            case_id,
            author,
            summary,
            kind="evidence.detach",
            entity=f"claim_evidence:{claim_id}:{evidence_id}",
            claims={claim_id},
            before={"evidence_id": evidence_id, "stance": saved["stance"]},
        )
    # The inverse puts it back with its stance and note, where it stood among the claim's.
    undo = inverse(attach_evidence, claim_id, evidence_id, **saved)
    return _attachment_change(case_id, summary, claim_id, evidence_id, undo)


def set_stance(
    store: Store, claim_id: int, evidence_id: int, stance: str, author: str | None = None
) -> Change:
    """Change the stance of an attached evidence record."""
    _check_stance(stance)
    with store.transaction() as s:
        case_id = claim_case(s, claim_id)
        old = _attachment(s, claim_id, evidence_id)["stance"]
        s.execute(
            update(ClaimEvidence)
            .where(ClaimEvidence.claim_id == claim_id, ClaimEvidence.evidence_id == evidence_id)
            .values(stance=stance)
        )
        summary = f"Set the stance of evidence record {evidence_id} on claim {claim_id} to {stance}"
        log_edit(
            s,
            case_id,
            author,
            summary,
            kind="evidence.stance",
            entity=f"claim_evidence:{claim_id}:{evidence_id}",
            claims={claim_id},
            before={"evidence_id": evidence_id, "stance": old},
            after={"evidence_id": evidence_id, "stance": stance},
        )
    undo = inverse(set_stance, claim_id, evidence_id, old)
    return _attachment_change(case_id, summary, claim_id, evidence_id, undo)
