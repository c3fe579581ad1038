"""Case-file version 2's additions: each source's versions and each claim's anchoring.

`models.casefile` calls these to write them into the store on import and to put them into the
case-file object on export; a case that needs none of them is written as version 1.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from models.schema import AnchorCandidate, SourceVersion
from models.snapshot import CaseSnapshot, ClaimView, SourceView


def write_versions(session: Session, sources: list[dict], source_ids: dict[str, int]) -> None:
    """Every version of each source; a version 1 file's source is its own version 1."""
    now = datetime.now(UTC).replace(microsecond=0)
    rows = []
    for source in sources:
        versions = source.get("versions") or [
            {"number": 1, "added_at": None, "extractor": None, "note": "", "text": source["text"]}
        ]
        for v in versions:
            rows.append(
                {
                    "source_id": source_ids[source["id"]],
                    "number": v["number"],
                    "text": v["text"],
                    "sha256": hashlib.sha256(v["text"].encode("utf-8")).hexdigest(),
                    "extractor": v["extractor"],
                    "note": v["note"],
                    "added_at": parse_time(v["added_at"]) if v["added_at"] else now,
                }
            )
    if rows:  # a case without sources: an empty executemany inserts a row of NULLs
        session.execute(insert(SourceVersion.__table__), rows)


def parse_time(value: str) -> datetime:
    """A case file's UTC time (2026-12-01T23:00:00Z) as an aware datetime."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def format_time(value: datetime) -> str:
    """A stored time as the case file writes it: UTC, to the second, e.g. 2026-12-01T23:00:00Z."""
    if value.tzinfo is None:  # SQLite hands back the UTC it was given, without the zone
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def anchor_values(claim: dict) -> dict:
    """A file claim's anchoring as claim columns (none for a version 1 claim)."""
    anchor = claim.get("anchor")
    if anchor is None:
        return {}
    return {
        "anchor_state": anchor["state"],
        "anchor_version": anchor["version"],
        "anchor_reason": anchor["reason"],
    }


def write_candidates(session: Session, claims: list[dict], claim_ids: dict[str, int]) -> None:
    """The candidates of proposed and orphan claims, best first."""
    rows = [
        {"claim_id": claim_ids[c["id"]], "rank": rank, **candidate}
        for c in claims
        if c.get("anchor")
        for rank, candidate in enumerate(c["anchor"]["candidates"])
    ]
    if rows:
        session.execute(insert(AnchorCandidate.__table__), rows)


def is_revised(case: CaseSnapshot) -> bool:
    """Whether the case needs version 2: a source revised (or its version described), or a
    claim not exact in the current text."""
    return any(
        len(s.versions) > 1 or any(v.extractor or v.note for v in s.versions) for s in case.sources
    ) or any(c.anchor_state != "exact" for c in case.claims)


def versions_of(source: SourceView) -> list[dict]:
    """A source's versions as the case file lists them, oldest first."""
    versions = source.versions
    if not versions:  # never revised, and written by code that records no version
        return [
            {
                "number": 1,
                "added_at": None,
                "sha256": hashlib.sha256(source.text.encode("utf-8")).hexdigest(),
                "extractor": None,
                "note": "",
                "text": source.text,
            }
        ]
    return [
        {
            "number": v.number,
            "added_at": format_time(v.added_at),
            "sha256": v.sha256,
            "extractor": v.extractor,
            "note": v.note,
            "text": v.text,
        }
        for v in versions
    ]


def anchor_of(claim: ClaimView) -> dict:
    """A claim's anchoring as the case file writes it."""
    return {
        "state": claim.anchor_state,
        "version": claim.anchor_version,
        "reason": claim.anchor_reason,
        "candidates": [
            {
                "start": c.start,
                "end": c.end,
                "score": c.score,
                "quote_similarity": c.quote_similarity,
                "context_similarity": c.context_similarity,
            }
            for c in claim.candidates
        ],
    }
