"""Suggestions the analyst turned down, kept so they are not suggested again.

A dismissed link suggestion is a pair of claims (allegation, response); a rejected claim
suggestion is a span of a source. Both are edits like any other (one transaction, a log row,
a `Change` with its inverse), and both go with the claims or source they name. They live in
the store only: a case file does not carry them.
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import aliased

from models.edit_log import Change, EditRefused, inverse, log_edit
from models.i18n import Context, fill
from models.schema import Claim, ClaimRejection, LinkDismissal, Side, Source
from models.store import Store

SuggestionEdits = Context("SuggestionEdits")


def _role(s, claim_id: int):
    row = s.execute(
        select(Claim.case_id, Side.role)
        .join(Side, Side.id == Claim.side_id)
        .where(Claim.id == claim_id)
    ).first()
    if row is None:
        raise EditRefused(fill(SuggestionEdits.tr("Claim %1 is no longer in the store."), claim_id))
    return row


def dismiss_link_suggestion(
    store: Store,
    allegation_id: int,
    response_id: int,
    author: str | None = None,
    *,
    dismissal_id: int | None = None,
) -> Change:
    """Dismiss the suggestion to link a response claim to an allegation claim, for good.

    `dismissal_id` is for the redo, which puts the row back with the id it had.
    """
    with store.transaction() as s:
        allegation, response = _role(s, allegation_id), _role(s, response_id)
        if allegation.role != "allegation" or response.role != "response":
            raise EditRefused(
                SuggestionEdits.tr(
                    "A link suggestion pairs an allegation claim with a response claim."
                )
            )
        if allegation.case_id != response.case_id:
            raise EditRefused(SuggestionEdits.tr("Those two claims are in different cases."))
        pair = (LinkDismissal.allegation_id == allegation_id) & (
            LinkDismissal.response_id == response_id
        )
        if s.execute(select(LinkDismissal.id).where(pair)).first() is not None:
            raise EditRefused(SuggestionEdits.tr("That suggestion is already dismissed."))
        values = dict(
            case_id=allegation.case_id, allegation_id=allegation_id, response_id=response_id
        )
        if dismissal_id is not None:
            values["id"] = dismissal_id
        row_id = s.execute(
            insert(LinkDismissal).values(**values).returning(LinkDismissal.id)
        ).scalar_one()
        summary = f"Dismissed the suggested link of claim {response_id} to claim {allegation_id}"
        log_edit(
            s,
            allegation.case_id,
            author,
            summary,
            kind="suggestion.dismiss",
            claims={allegation_id, response_id},
        )
    return Change(
        allegation.case_id,
        summary,
        suggestions=True,
        inverse=inverse(_undismiss, row_id),
    )


def _undismiss(store: Store, dismissal_id: int, author: str | None = None) -> Change:
    """Undo a dismissal: the link is suggested again."""
    with store.transaction() as s:
        row = s.execute(select(LinkDismissal).where(LinkDismissal.id == dismissal_id)).scalar()
        if row is None:
            raise EditRefused(
                SuggestionEdits.tr("That dismissed suggestion is no longer in the store.")
            )
        case_id, allegation_id, response_id = row.case_id, row.allegation_id, row.response_id
        s.execute(delete(LinkDismissal).where(LinkDismissal.id == dismissal_id))
        summary = f"Suggested the link of claim {response_id} to claim {allegation_id} again"
        log_edit(
            s,
            case_id,
            author,
            summary,
            kind="suggestion.undismiss",
            claims={allegation_id, response_id},
        )
    return Change(
        case_id,
        summary,
        suggestions=True,
        inverse=inverse(
            dismiss_link_suggestion, allegation_id, response_id, dismissal_id=dismissal_id
        ),
    )


def rejected_link_pairs(store: Store, case_id: int) -> frozenset[tuple[str, str]]:
    """The dismissed link suggestions of a case, as (allegation key, response key) pairs."""
    allegation, response = aliased(Claim), aliased(Claim)
    with store.reading() as s:
        return frozenset(
            (a, r)
            for a, r in s.execute(
                select(allegation.key, response.key)
                .select_from(LinkDismissal)
                .join(allegation, allegation.id == LinkDismissal.allegation_id)
                .join(response, response.id == LinkDismissal.response_id)
                .where(LinkDismissal.case_id == case_id)
            )
        )


def reject_claim_suggestion(
    store: Store,
    source_id: int,
    start: int,
    end: int,
    author: str | None = None,
    *,
    rejection_id: int | None = None,
) -> Change:
    """Reject the suggestion to make a claim of a source's span start:end, for good."""
    with store.transaction() as s:
        row = s.execute(select(Source.case_id, Source.text).where(Source.id == source_id)).first()
        if row is None:
            raise EditRefused(
                fill(SuggestionEdits.tr("Source %1 is no longer in the store."), source_id)
            )
        if not (0 <= start < end <= len(row.text)):
            raise EditRefused(
                fill(
                    SuggestionEdits.tr("The span %1–%2 is empty or outside the source."), start, end
                )
            )
        span = (
            (ClaimRejection.source_id == source_id)
            & (ClaimRejection.start == start)
            & (ClaimRejection.end == end)
        )
        if s.execute(select(ClaimRejection.id).where(span)).first() is not None:
            raise EditRefused(SuggestionEdits.tr("That suggestion is already rejected."))
        values = dict(source_id=source_id, start=start, end=end)
        if rejection_id is not None:
            values["id"] = rejection_id
        row_id = s.execute(
            insert(ClaimRejection).values(**values).returning(ClaimRejection.id)
        ).scalar_one()
        summary = f"Rejected the suggested claim {start}–{end} of source {source_id}"
        log_edit(s, row.case_id, author, summary, kind="suggestion.reject")
    return Change(row.case_id, summary, suggestions=True, inverse=inverse(_unreject, row_id))


def _unreject(store: Store, rejection_id: int, author: str | None = None) -> Change:
    """Undo a rejection: the span is suggested again."""
    with store.transaction() as s:
        row = s.execute(
            select(ClaimRejection, Source.case_id)
            .join(Source, Source.id == ClaimRejection.source_id)
            .where(ClaimRejection.id == rejection_id)
        ).first()
        if row is None:
            raise EditRefused(
                SuggestionEdits.tr("That rejected suggestion is no longer in the store.")
            )
        rejection, case_id = row
        source_id, start, end = rejection.source_id, rejection.start, rejection.end
        s.execute(delete(ClaimRejection).where(ClaimRejection.id == rejection_id))
        summary = f"Suggested the claim {start}–{end} of source {source_id} again"
        log_edit(s, case_id, author, summary, kind="suggestion.unreject")
    return Change(
        case_id,
        summary,
        suggestions=True,
        inverse=inverse(reject_claim_suggestion, source_id, start, end, rejection_id=rejection_id),
    )


def rejected_claim_spans(store: Store, source_id: int) -> frozenset[tuple[int, int]]:
    """The rejected claim suggestions of a source, as (start, end) spans."""
    with store.reading() as s:
        return frozenset(
            (start, end)
            for start, end in s.execute(
                select(ClaimRejection.start, ClaimRejection.end).where(
                    ClaimRejection.source_id == source_id
                )
            )
        )


def spans_not_to_suggest(store: Store, case, source_id: int) -> frozenset[tuple[int, int]]:
    """The spans of a source no claim suggestion should offer: rejected, or already claims.

    `case` is the open case's snapshot (models.snapshot.CaseSnapshot).
    """
    claimed = {(c.start, c.end) for c in case.claims if c.source_id == source_id}
    return rejected_claim_spans(store, source_id) | claimed


def pairs_not_to_suggest(store: Store, case) -> frozenset[tuple[str, str]]:
    """The (allegation key, response key) pairs no link suggestion should offer: dismissed, or
    already linked. `case` is the open case's snapshot."""
    key = {c.id: c.key for c in case.claims}
    linked = {(key[link.allegation_id], key[link.response_id]) for link in case.links}
    return rejected_link_pairs(store, case.id) | linked
