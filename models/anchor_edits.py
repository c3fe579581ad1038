"""Reviewing a revision, one claim at a time: accept, pick a candidate, draw a span, keep orphan.

Each is a named edit (one transaction, an edit-log row, a `Change` whose inverse puts back the
claim's span, quote, state and candidates as they were read in that transaction). Placing a claim
makes it exact in the source's current text: its quote becomes the words there, its candidates
go. Keeping it as an orphan changes only its state; its quote, assessment, links, evidence and
tags stay, as they do through every edit here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from models.edit_log import Change, EditRefused, claim_case, inverse, log_edit
from models.i18n import Context, fill
from models.limits import check_text
from models.reanchor import EXACT, ORPHAN, PROPOSED
from models.revisions import ANCHOR_COLUMNS
from models.rows import rows_of
from models.schema import AnchorCandidate, Claim, Source
from models.store import Store

__all__ = [
    "ClaimAnchoring",
    "accept_proposal",
    "keep_orphan",
    "pick_candidate",
    "restore_claim_anchoring",
    "set_anchor_span",
]

AnchorEdits = Context("AnchorEdits")

KEPT = "kept"  # the reason of an orphan the analyst chose to keep


@dataclass(frozen=True)
class ClaimAnchoring:
    """One claim's span, quote, anchoring state and candidates, to put back exactly."""

    claim: dict  # ANCHOR_COLUMNS
    candidates: tuple[dict, ...]


def _read(session: Session, claim_id: int) -> ClaimAnchoring:
    columns = [getattr(Claim, name) for name in ANCHOR_COLUMNS]
    row = session.execute(select(*columns).where(Claim.id == claim_id)).one()
    candidates = rows_of(
        session,
        AnchorCandidate.__table__,
        AnchorCandidate.claim_id == claim_id,
    )
    return ClaimAnchoring(dict(row._mapping), tuple(sorted(candidates, key=lambda c: c["rank"])))


def _write(session: Session, state: ClaimAnchoring) -> None:
    claim_id = state.claim["id"]
    values = {k: v for k, v in state.claim.items() if k != "id"}
    session.execute(update(Claim).where(Claim.id == claim_id).values(**values))
    session.execute(delete(AnchorCandidate).where(AnchorCandidate.claim_id == claim_id))
    if state.candidates:
        session.execute(insert(AnchorCandidate.__table__), [dict(c) for c in state.candidates])


def _edit(store: Store, claim_id: int, author: str | None, decide) -> Change:
    """Run one review edit: `decide(session, before)` gives the new state and the summary."""
    with store.transaction() as s:
        case_id = claim_case(s, claim_id)
        before = _read(s, claim_id)
        after, summary = decide(s, before)
        _write(s, after)
        log_edit(s, case_id, author, summary, kind="claim.anchor", claims={claim_id})
    return Change(
        case_id,
        summary,
        claims=frozenset({claim_id}),
        inverse=inverse(restore_claim_anchoring, claim_id, before),
    )


def _placed(session: Session, before: ClaimAnchoring, start: int, end: int) -> ClaimAnchoring:
    """The claim exact at start:end of its source's current text, its quote the words there."""
    text = session.execute(
        select(Source.text)
        .join(Claim, Claim.source_id == Source.id)
        .where(Claim.id == before.claim["id"])
    ).scalar_one()
    if not (0 <= start < end <= len(text)):
        raise EditRefused(
            fill(
                AnchorEdits.tr(
                    "The span %1–%2 is empty or outside the current version of the source; "
                    "nothing was changed."
                ),
                start,
                end,
            )
        )
    quote = text[start:end]
    if not quote.strip():
        raise EditRefused(AnchorEdits.tr("The span is only blank space; select words to quote."))
    check_text("claim", "quote", quote, AnchorEdits.tr("A quote"))
    claim = dict(before.claim, start=start, end=end, quote=quote, anchor_state=EXACT)
    return ClaimAnchoring(claim | {"anchor_version": None, "anchor_reason": None}, ())


def _candidate(before: ClaimAnchoring, rank: int) -> dict:
    found = next((c for c in before.candidates if c["rank"] == rank), None)
    if found is None:
        raise EditRefused(
            fill(
                AnchorEdits.tr("Claim %1 has no candidate %2 in the current version."),
                before.claim["id"],
                rank + 1,
            )
        )
    return found


def accept_proposal(store: Store, claim_id: int, author: str | None = None) -> Change:
    """Place a proposed claim where the revision proposed it (its first candidate)."""

    def decide(s: Session, before: ClaimAnchoring):
        if before.claim["anchor_state"] != PROPOSED:
            raise EditRefused(fill(AnchorEdits.tr("Claim %1 has no proposal to accept."), claim_id))
        best = _candidate(before, 0)
        summary = f"Accepted the proposal for claim {claim_id}"
        return _placed(s, before, best["start"], best["end"]), summary

    return _edit(store, claim_id, author, decide)


def pick_candidate(store: Store, claim_id: int, rank: int, author: str | None = None) -> Change:
    """Place a proposed or orphan claim on another of its candidates (`rank` 0 is the best)."""

    def decide(s: Session, before: ClaimAnchoring):
        chosen = _candidate(before, rank)
        return (
            _placed(s, before, chosen["start"], chosen["end"]),
            f"Placed claim {claim_id} on candidate {rank + 1}",
        )

    return _edit(store, claim_id, author, decide)


def set_anchor_span(
    store: Store, claim_id: int, start: int, end: int, author: str | None = None
) -> Change:
    """Place a claim on a span the analyst drew in the current version of its source."""

    def decide(s: Session, before: ClaimAnchoring):
        return _placed(s, before, start, end), f"Set the span of claim {claim_id} to {start}–{end}"

    return _edit(store, claim_id, author, decide)


def keep_orphan(store: Store, claim_id: int, author: str | None = None) -> Change:
    """Keep a proposed or orphan claim as an orphan: not in the current version, by decision."""

    def decide(_s: Session, before: ClaimAnchoring):
        state, reason = before.claim["anchor_state"], before.claim["anchor_reason"]
        if state == EXACT:
            raise EditRefused(
                fill(AnchorEdits.tr("Claim %1 is in the current version of its source."), claim_id)
            )
        if state == ORPHAN and reason == KEPT:
            raise EditRefused(
                fill(AnchorEdits.tr("Claim %1 is already kept as an orphan."), claim_id)
            )
        claim = dict(before.claim, anchor_state=ORPHAN, anchor_reason=KEPT)
        return ClaimAnchoring(claim, before.candidates), f"Kept claim {claim_id} as an orphan"

    return _edit(store, claim_id, author, decide)


def restore_claim_anchoring(
    store: Store, claim_id: int, state: ClaimAnchoring, author: str | None = None
) -> Change:
    """Put a claim's span, quote, state and candidates back as `state` has them."""

    def decide(_s: Session, _before: ClaimAnchoring):
        return state, f"Put back the anchoring of claim {claim_id}"

    return _edit(store, claim_id, author, decide)
