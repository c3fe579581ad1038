"""What the snapshot shows of revisions: each source's versions, each claim's candidates.

Read by `models.snapshot` with the case; kept apart so that the snapshot stays about the case.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from models.tables import (  # Core tables, not the mapped classes: see models/tables.py
    CLAIM_TABLE,
    SOURCE_TABLE,
    AnchorCandidate,
    Claim,
    Source,
    SourceVersion,
)


@dataclass(frozen=True)
class SourceVersionView:
    """One version of a source's text: when it came, its SHA-256, what made it, and a note."""

    number: int
    added_at: datetime
    sha256: str
    extractor: str | None
    note: str
    text: str


@dataclass(frozen=True)
class CandidateView:
    """A passage of the current text that may hold a proposed or orphan claim's words."""

    rank: int  # 0 is the best, and a proposal's own span
    start: int
    end: int
    score: float
    quote_similarity: float
    context_similarity: float


def load_versions(
    session: Session, cid: int, current: dict[int, str]
) -> dict[int, tuple[SourceVersionView, ...]]:
    """Each source's versions; only the old ones' texts are read (the current is Source.text)."""
    rows = (
        session.connection()
        .execute(
            select(
                SourceVersion.source_id,
                SourceVersion.number,
                SourceVersion.added_at,
                SourceVersion.sha256,
                SourceVersion.extractor,
                SourceVersion.note,
            )
            .join(SOURCE_TABLE, Source.id == SourceVersion.source_id)
            .where(Source.case_id == cid)
            .order_by(SourceVersion.source_id, SourceVersion.number)
        )
        .all()
    )
    last = {source_id: number for source_id, number, *_ in rows}
    revised = sorted(source_id for source_id, number in last.items() if number > 1)
    texts: dict[tuple[int, int], str] = {}
    if revised:
        for source_id, number, text in session.connection().execute(
            select(SourceVersion.source_id, SourceVersion.number, SourceVersion.text).where(
                SourceVersion.source_id.in_(revised)
            )
        ):
            texts[(source_id, number)] = text
    found: dict[int, list[SourceVersionView]] = defaultdict(list)
    for source_id, number, added_at, sha256, extractor, note in rows:
        text = current[source_id] if number == last[source_id] else texts[(source_id, number)]
        found[source_id].append(SourceVersionView(number, added_at, sha256, extractor, note, text))
    return {source_id: tuple(views) for source_id, views in found.items()}


def load_candidates(
    session: Session, cid: int, ids: frozenset[int] | None = None
) -> dict[int, tuple[CandidateView, ...]]:
    """The candidates of the case's proposed and orphan claims (of `ids` only, if given)."""
    values: dict = {"cid": cid} if ids is None else {"cid": cid, "ids": list(ids)}
    found: dict[int, list[CandidateView]] = defaultdict(list)
    for claim_id, *row in session.connection().execute(_candidates_read(ids is not None), values):
        found[claim_id].append(CandidateView(*row))
    return {claim_id: tuple(views) for claim_id, views in found.items()}


@cache
def _candidates_read(some: bool) -> Select:
    # Built once, `cid` (and with `some` the claims' `ids`) bound: the re-read after an edit
    # runs a statement SQLAlchemy has compiled already.
    query = (
        select(
            AnchorCandidate.claim_id,
            AnchorCandidate.rank,
            AnchorCandidate.start,
            AnchorCandidate.end,
            AnchorCandidate.score,
            AnchorCandidate.quote_similarity,
            AnchorCandidate.context_similarity,
        )
        .join(CLAIM_TABLE, Claim.id == AnchorCandidate.claim_id)
        .where(Claim.case_id == bindparam("cid"))
    )
    if some:
        query = query.where(AnchorCandidate.claim_id.in_(bindparam("ids", expanding=True)))
    return query.order_by(AnchorCandidate.claim_id, AnchorCandidate.rank)
