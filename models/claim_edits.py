"""Named edits to claims: change their fields, create one from a source span, delete and restore.

Each function is one transaction, writes an edit-log row and returns a `Change` with its inverse,
like `models.operations`. A delete takes the claim out with its assessment, tags, evidence and
links (`models.rows.take_rows`), and its inverse `restore_claim` puts them back with the same id,
key and position, so later undo commands that name the claim still find it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from models import attribution
from models.attribution import Stamp
from models.edit_log import (
    Change,
    EditRefused,
    checked_update,
    claim_case,
    inverse,
    log_edit,
    still,
)
from models.i18n import Context, fill
from models.limits import check_text, max_claims
from models.rows import (
    RowRecord,
    insert_keyed,
    next_position,
    put_back,
    put_rows,
    rows_of,
    take_rows,
)
from models.schema import (
    AnchorCandidate,
    Assessment,
    Claim,
    ClaimEvidence,
    ClaimTag,
    Link,
    LinkDismissal,
    Side,
    Source,
)
from models.store import Store
from models.vocabulary import CLAIM_KINDS, ROLES

ClaimEdits = Context("ClaimEdits")

_UNSET: Any = object()


def _not_a_kind(kind: Any) -> str:
    return fill(ClaimEdits.tr("%1 is not a kind of claim."), repr(kind))


def _gone(claim_id: int) -> str:
    return fill(ClaimEdits.tr("Claim %1 is no longer in the store."), claim_id)


def _back_already(claim_id: int) -> str:
    return fill(ClaimEdits.tr("Claim %1 is already in the store."), claim_id)


def update_claim(
    store: Store,
    claim_id: int,
    *,
    paraphrase: str | None = _UNSET,
    speaker: str | None = _UNSET,
    kind: str = _UNSET,
    notes: str = _UNSET,
    author: str | None = None,
    notes_stamp: Stamp | None = None,
    expected: int | None = None,
    known: dict[str, Any] | None = None,
) -> Change:
    """Change a claim's paraphrase, speaker, kind or notes; only the fields given change.

    Notes are attributed to the author now (`notes_stamp`: the one an undo puts back).
    `expected`: the claim's version the user saw (None: whatever the store holds); a colleague's
    change since raises `Conflict` and nothing is written. The inverse checks this edit's version.
    """
    values: dict[str, Any] = {}
    if paraphrase is not _UNSET:
        values["paraphrase"] = paraphrase or None
    if speaker is not _UNSET:
        values["speaker"] = speaker or None
    if kind is not _UNSET:
        if kind not in CLAIM_KINDS:
            raise EditRefused(_not_a_kind(kind))
        values["kind"] = kind
    if notes is not _UNSET:
        values["notes"] = notes or ""
    if not values:
        raise EditRefused(ClaimEdits.tr("Nothing to change."))
    for field, name in (
        ("paraphrase", ClaimEdits.tr("A paraphrase")),
        ("speaker", ClaimEdits.tr("A speaker")),
        ("notes", ClaimEdits.tr("Notes")),
    ):
        if field in values:
            check_text("claim", field, values[field], name)
    entity = f"claim:{claim_id}"
    with store.transaction() as s:
        case_id = claim_case(s, claim_id)
        summary = f"Changed the {', '.join(sorted(values))} of claim {claim_id}"
        fields = dict(values)  # what the analyst changes (the notes' stamp comes with them)
        stamped = "notes" in values
        if stamped:
            values.update(
                attribution.values(attribution.NOTES, notes_stamp or attribution.now(s, author))
            )
        columns = [getattr(Claim, name) for name in values]
        row = s.execute(select(Claim.version, *columns).where(Claim.id == claim_id)).one()
        found = dict(zip(values, row[1:], strict=True))
        old = {k: found[k] for k in fields}
        seen = row.version
        if expected is not None and old != fields and not still(old, known):
            seen = expected  # a colleague's change since is a conflict, unless it wrote the same
        version = checked_update(
            s,
            Claim,
            Claim.id == claim_id,
            values,
            seen,
            mine=fields,
            entity=entity,
            case_id=case_id,
            retry=inverse(update_claim, claim_id),
        )
        log_edit(
            s,
            case_id,
            author,
            summary,
            kind="claim." + "+".join(sorted(fields)),
            entity=entity,
            claims={claim_id},
            before=old,
            after=fields,
        )
    undo_values = dict(old)
    if stamped:
        undo_values["notes_stamp"] = attribution.from_row(found, attribution.NOTES)
    return Change(
        case_id,
        summary,
        claims=frozenset({claim_id}),
        inverse=inverse(update_claim, claim_id, **undo_values, expected=version, known=fields),
    )


def _reading_position(s: Session, side_id: int, source_id: int, start: int) -> int:
    """Where a claim starting at `start` goes so that its side stays in reading order."""
    source_pos = select(Source.position).where(Source.id == source_id).scalar_subquery()
    after = s.execute(
        select(func.min(Claim.position))
        .join(Source, Source.id == Claim.source_id)
        .where(Claim.side_id == side_id)
        .where(
            (Source.position > source_pos)
            | ((Source.position == source_pos) & (Claim.start > start))
        )
    ).scalar()
    if after is not None:
        return after
    case_id = s.execute(select(Side.case_id).where(Side.id == side_id)).scalar_one()
    return next_position(s, Claim.position, Claim.case_id == case_id)


def _make_room(s: Session, case_id: int, position: int) -> bool:
    """Move the claims from `position` on one place down, if it is taken; say if they moved."""
    taken = s.execute(
        select(Claim.id).where(Claim.case_id == case_id, Claim.position == position)
    ).first()
    if taken is not None:
        s.execute(
            update(Claim)
            .where(Claim.case_id == case_id, Claim.position >= position)
            .values(position=Claim.position + 1)
        )
    return taken is not None


def _close_gap(s: Session, case_id: int, position: int) -> None:
    """Move the claims after `position` one place up: the inverse of `_make_room`."""
    s.execute(
        update(Claim)
        .where(Claim.case_id == case_id, Claim.position > position)
        .values(position=Claim.position - 1)
    )


def _check_room(s: Session, case_id: int) -> None:
    # The import refuses a case of more claims, so a case grown past it could not come back.
    limit = max_claims()
    count = s.execute(select(func.count()).where(Claim.case_id == case_id)).scalar_one()
    if count >= limit:
        raise EditRefused(
            fill(
                ClaimEdits.tr("A case can hold at most %1 claims; this one is full."), f"{limit:,}"
            )
        )


DEFAULT_KIND = "factual_assertion"  # the kind of a side's first claim


def usual_kind(s: Session, side_id: int) -> str:
    """The kind most common among a side's claims (the earlier claim's on a tie), else the
    default kind."""
    row = s.execute(
        select(Claim.kind)
        .where(Claim.side_id == side_id)
        .group_by(Claim.kind)
        .order_by(func.count().desc(), func.min(Claim.position))
        .limit(1)
    ).first()
    return row.kind if row is not None else DEFAULT_KIND


def create_claim(
    store: Store,
    case_id: int,
    side_role: str,
    source_id: int,
    start: int,
    end: int,
    *,
    speaker: str | None = None,
    kind: str | None = None,
    author: str | None = None,
) -> tuple[int, Change]:
    """Create a claim on one side from the span start:end of a source; return its id.

    A claim starts as its side's claims mostly are: without a speaker it is the side's party's,
    without a kind it has the kind most common on that side (`usual_kind`).
    """
    if side_role not in ROLES:
        raise EditRefused(fill(ClaimEdits.tr("%1 is not a side."), repr(side_role)))
    if kind is not None and kind not in CLAIM_KINDS:
        raise EditRefused(_not_a_kind(kind))
    check_text("claim", "speaker", speaker, ClaimEdits.tr("A speaker"))
    with store.transaction() as s:
        # The source and the side are held (KEY SHARE) from the start, before the claims that
        # make room and the case's lock: a colleague deleting the source at the same moment is
        # waited for (then this is refused), never deadlocked with.
        text = s.execute(
            select(Source.text)
            .where(Source.id == source_id, Source.case_id == case_id)
            .with_for_update(key_share=True)
        ).scalar()
        if text is None:
            raise EditRefused(ClaimEdits.tr("That source is not in this case."))
        if not (0 <= start < end <= len(text)):
            raise EditRefused(
                fill(
                    ClaimEdits.tr(
                        "Select some text first: the span %1–%2 is empty or outside the source."
                    ),
                    start,
                    end,
                )
            )
        quote = text[start:end]
        if not quote.strip():
            raise EditRefused(
                ClaimEdits.tr("The selected text is only blank space; select words to quote.")
            )
        side = s.execute(
            select(Side.id, Side.party)
            .where(Side.case_id == case_id, Side.role == side_role)
            .with_for_update(key_share=True)
        ).first()
        if side is None:
            raise EditRefused(
                ClaimEdits.tr("This case has no allegation side.")
                if side_role == "allegation"
                else ClaimEdits.tr("This case has no response side.")
            )
        side_id = side.id
        speaker = speaker or (side.party or "").strip() or None
        kind = kind or usual_kind(s, side_id)
        _check_room(s, case_id)
        position = _reading_position(s, side_id, source_id, start)
        moved = _make_room(s, case_id, position)
        claim_id = insert_keyed(
            s,
            Claim,
            case_id,
            "claim",
            position,
            side_id=side_id,
            source_id=source_id,
            start=start,
            end=end,
            quote=quote,
            paraphrase=None,
            speaker=speaker or None,
            kind=kind,
            notes="",
        )
        summary = f"Created {side_role} claim {claim_id}"
        log_edit(s, case_id, author, summary, kind="claim.create", claims={claim_id})
    return claim_id, Change(
        case_id,
        summary,
        claims=frozenset({claim_id}),
        structure=True,
        inverse=inverse(delete_claim, claim_id, close_gap=moved),
        created=claim_id,
    )


def _dependants(claim_id: int) -> tuple:
    """What a claim takes with it when it goes: in the order they are put back."""
    return (
        (Assessment, Assessment.claim_id == claim_id),
        (ClaimTag, ClaimTag.claim_id == claim_id),
        (ClaimEvidence, ClaimEvidence.claim_id == claim_id),
        (Link, (Link.allegation_id == claim_id) | (Link.response_id == claim_id)),
        (AnchorCandidate, AnchorCandidate.claim_id == claim_id),
        (
            LinkDismissal,
            (LinkDismissal.allegation_id == claim_id) | (LinkDismissal.response_id == claim_id),
        ),
    )


def _claim_change(record: RowRecord, summary: str, undo) -> Change:
    links = record.rows(Link)
    others = {r["allegation_id"] for r in links} | {r["response_id"] for r in links}
    return Change(
        record.case_id,
        summary,
        claims=frozenset(others | {record.id}),
        links=frozenset(r["id"] for r in links),
        evidence=frozenset(r["evidence_id"] for r in record.rows(ClaimEvidence)),
        structure=True,
        inverse=undo,
        created=record.id,
    )


def delete_claim(
    store: Store, claim_id: int, author: str | None = None, *, close_gap: bool = False
) -> Change:
    """Delete a claim with its assessment, tags, evidence attachments and links.

    `close_gap` moves the claims after it up one place: the undo of a create that made room.
    """
    with store.transaction() as s:
        record = take_rows(
            s,
            Claim,
            claim_id,
            _dependants(claim_id),
            _gone(claim_id),
        )
        if close_gap:
            _close_gap(s, record.case_id, record.row["position"])
        summary = f"Deleted claim {claim_id}"
        log_edit(s, record.case_id, author, summary, kind="claim.delete", claims={claim_id})
    return _claim_change(record, summary, inverse(restore_claim, record))


def restore_claim(store: Store, record: RowRecord, author: str | None = None) -> Change:
    """Put a deleted claim back, with the same id, key and position, and all it had."""
    with store.transaction() as s:
        moved = False
        if s.execute(select(Claim.id).where(Claim.id == record.id)).first() is None:
            moved = _make_room(s, record.case_id, record.row["position"])
        put_back(s, record, _back_already(record.id))
        summary = f"Restored claim {record.id}"
        log_edit(s, record.case_id, author, summary, kind="claim.restore", claims={record.id})
    return _claim_change(record, summary, inverse(delete_claim, record.id, close_gap=moved))


# --- spans, splits, merges and sides -------------------------------------------------------


def _claim_row(s: Session, claim_id: int):
    row = s.execute(
        select(
            Claim.case_id,
            Claim.side_id,
            Claim.source_id,
            Claim.start,
            Claim.end,
            Claim.position,
            Source.text,
        )
        .join(Source, Source.id == Claim.source_id)
        .where(Claim.id == claim_id)
    ).first()
    if row is None:
        raise EditRefused(_gone(claim_id))
    return row


def _check_span(text: str, start: int, end: int) -> None:
    if not (0 <= start < end <= len(text)):
        raise EditRefused(
            fill(
                ClaimEdits.tr(
                    "The span %1–%2 is empty or outside the source, which has %3 characters; "
                    "the claim was not changed."
                ),
                start,
                end,
                f"{len(text):,}",
            )
        )
    if not text[start:end].strip():
        raise EditRefused(ClaimEdits.tr("That span is only blank space; a claim must quote words."))


def _set_span(s: Session, claim_id: int, text: str, start: int, end: int) -> None:
    """The one place a claim's span changes: its quote follows, so it always equals the span."""
    s.execute(
        update(Claim)
        .where(Claim.id == claim_id)
        .values(start=start, end=end, quote=text[start:end])
    )


def set_claim_span(
    store: Store, claim_id: int, start: int, end: int, author: str | None = None
) -> Change:
    """Give a claim another span of its source; its quote becomes the text of that span."""
    with store.transaction() as s:
        row = _claim_row(s, claim_id)
        _check_span(row.text, start, end)
        if (row.start, row.end) == (start, end):
            raise EditRefused(ClaimEdits.tr("The claim already quotes that span."))
        _set_span(s, claim_id, row.text, start, end)
        summary = f"Set the span of claim {claim_id} to {start}–{end}"
        log_edit(s, row.case_id, author, summary, kind="claim.span", claims={claim_id})
    return Change(
        row.case_id,
        summary,
        claims=frozenset({claim_id}),
        inverse=inverse(set_claim_span, claim_id, row.start, row.end),
    )


def split_claim(store: Store, claim_id: int, at: int, author: str | None = None) -> Change:
    """Split a claim in two at offset `at` of its source; the second part is a new claim.

    Each part is trimmed of the blank space at the cut. The first part keeps the claim's id,
    key, assessment, links, tags and evidence; the second gets a fresh key, the same side,
    speaker and kind, and nothing else (attach what it needs). The undo merges them again.
    """
    with store.transaction() as s:
        row = _claim_row(s, claim_id)
        text = row.text
        if not row.start < at < row.end:
            raise EditRefused(
                fill(
                    ClaimEdits.tr(
                        "Split a claim inside its quote (%1–%2); %3 is at its edge or outside it."
                    ),
                    row.start,
                    row.end,
                    at,
                )
            )
        first_end = at
        while first_end > row.start and text[first_end - 1].isspace():
            first_end -= 1
        second_start = at
        while second_start < row.end and text[second_start].isspace():
            second_start += 1
        if not (row.start < first_end and second_start < row.end):
            raise EditRefused(
                ClaimEdits.tr(
                    "Split a claim inside its quote, between words: at its start or end there is "
                    "nothing to split off."
                )
            )
        speaker, kind = s.execute(
            select(Claim.speaker, Claim.kind).where(Claim.id == claim_id)
        ).one()
        _set_span(s, claim_id, text, row.start, first_end)
        moved = _make_room(s, row.case_id, row.position + 1)
        second_id = insert_keyed(
            s,
            Claim,
            row.case_id,
            "claim",
            row.position + 1,
            side_id=row.side_id,
            source_id=row.source_id,
            start=second_start,
            end=row.end,
            quote=text[second_start : row.end],
            paraphrase=None,
            speaker=speaker,
            kind=kind,
            notes="",
        )
        summary = f"Split claim {claim_id} at {at} into it and claim {second_id}"
        log_edit(s, row.case_id, author, summary, kind="claim.split", claims={claim_id, second_id})
    return Change(
        row.case_id,
        summary,
        claims=frozenset({claim_id, second_id}),
        structure=True,
        inverse=inverse(merge_claims, claim_id, second_id, close_gap=moved),
        created=second_id,
    )


def _same_pair(model, a: int, b: int):
    return (model.allegation_id == a) & (model.response_id == b)


def merge_claims(
    store: Store,
    first_id: int,
    second_id: int,
    author: str | None = None,
    *,
    close_gap: bool = False,
) -> Change:
    """Merge two adjacent claims of one side and one source into the first.

    The first keeps its id, key, assessment and fields and comes to quote from its start to
    the second's end. The second's tags, evidence attachments and links move to the first
    (those it already has are not doubled); the second goes. `close_gap` moves the claims
    after it up one place: the undo of a split that made room.
    """
    if first_id == second_id:
        raise EditRefused(ClaimEdits.tr("A claim cannot be merged with itself."))
    with store.transaction() as s:
        first, second = _claim_row(s, first_id), _claim_row(s, second_id)
        if (first.side_id, first.source_id) != (second.side_id, second.source_id):
            raise EditRefused(
                ClaimEdits.tr("Only claims of the same side, from the same source, can be merged.")
            )
        if second.start < first.start:
            raise EditRefused(
                ClaimEdits.tr("Merge a claim with the one that follows it in the source.")
            )
        between = s.execute(
            select(func.count())
            .select_from(Claim)
            .where(
                Claim.side_id == first.side_id,
                Claim.source_id == first.source_id,
                Claim.id.not_in((first_id, second_id)),
                Claim.start >= first.start,
                Claim.start <= second.start,
            )
        ).scalar_one()
        if between:
            raise EditRefused(
                ClaimEdits.tr(
                    "Only adjacent claims can be merged: another claim of this side lies "
                    "between them."
                )
            )
        record = take_rows(
            s,
            Claim,
            second_id,
            _dependants(second_id),
            fill(ClaimEdits.tr("Claim %1 is gone."), second_id),
        )
        moved = _move_to(s, record, first_id)
        if close_gap:
            _close_gap(s, first.case_id, record.row["position"])
        _set_span(s, first_id, first.text, first.start, max(first.end, second.end))
        summary = f"Merged claim {second_id} into claim {first_id}"
        log_edit(
            s, first.case_id, author, summary, kind="claim.merge", claims={first_id, second_id}
        )
    change = _claim_change(record, summary, None)
    return Change(
        first.case_id,
        summary,
        claims=change.claims | {first_id},
        links=change.links,
        evidence=change.evidence,
        structure=True,
        inverse=inverse(_unmerge, first_id, record, moved, (first.start, first.end)),
    )


def _move_to(s: Session, record: RowRecord, first_id: int) -> tuple:
    """Give the first claim the tags, evidence and links the taken second one had.

    Returns what was added, by tag id, evidence id and link id, for the undo to take away.
    A moved link keeps its id and key.
    """
    second_id = record.id
    has_tags = set(
        s.execute(select(ClaimTag.tag_id).where(ClaimTag.claim_id == first_id)).scalars()
    )
    tags = [r for r in record.rows(ClaimTag) if r["tag_id"] not in has_tags]
    position = next_position(s, ClaimTag.position, ClaimTag.claim_id == first_id)
    for n, r in enumerate(tags):
        s.execute(
            insert(ClaimTag).values(claim_id=first_id, tag_id=r["tag_id"], position=position + n)
        )
    has_evidence = set(
        s.execute(
            select(ClaimEvidence.evidence_id).where(ClaimEvidence.claim_id == first_id)
        ).scalars()
    )
    attached = [r for r in record.rows(ClaimEvidence) if r["evidence_id"] not in has_evidence]
    position = next_position(s, ClaimEvidence.position, ClaimEvidence.claim_id == first_id)
    for n, r in enumerate(attached):
        s.execute(
            insert(ClaimEvidence).values({**r, "claim_id": first_id, "position": position + n})
        )
    links = []
    for r in record.rows(Link):
        moved = {
            k: (first_id if v == second_id else v) if k in ("allegation_id", "response_id") else v
            for k, v in r.items()
        }
        pair = _same_pair(Link, moved["allegation_id"], moved["response_id"])
        if s.execute(select(Link.id).where(pair)).first() is None:
            s.execute(insert(Link).values(moved))
            links.append(r["id"])
    return (
        tuple(r["tag_id"] for r in tags),
        tuple(r["evidence_id"] for r in attached),
        tuple(links),
    )


def _unmerge(
    store: Store,
    first_id: int,
    record: RowRecord,
    moved: tuple,
    span: tuple[int, int],
    author: str | None = None,
) -> Change:
    """Undo a merge: the second claim back with all it had, the first as it was."""
    tags, evidence, links = moved
    with store.transaction() as s:
        first = _claim_row(s, first_id)
        s.execute(delete(ClaimTag).where(ClaimTag.claim_id == first_id, ClaimTag.tag_id.in_(tags)))
        s.execute(
            delete(ClaimEvidence).where(
                ClaimEvidence.claim_id == first_id, ClaimEvidence.evidence_id.in_(evidence)
            )
        )
        s.execute(delete(Link).where(Link.id.in_(links)))
        reopened = False
        if s.execute(select(Claim.id).where(Claim.id == record.id)).first() is None:
            reopened = _make_room(s, record.case_id, record.row["position"])
        put_back(s, record, _back_already(record.id))
        _set_span(s, first_id, first.text, *span)
        summary = f"Took claim {record.id} out of claim {first_id} again"
        log_edit(
            s, record.case_id, author, summary, kind="claim.unmerge", claims={record.id, first_id}
        )
    change = _claim_change(record, summary, None)
    return Change(
        record.case_id,
        summary,
        claims=change.claims | {first_id},
        links=change.links,
        evidence=change.evidence,
        structure=True,
        inverse=inverse(merge_claims, first_id, record.id, close_gap=reopened),
        created=record.id,
    )


def move_claim_to_side(store: Store, claim_id: int, author: str | None = None) -> Change:
    """Move a claim to the other side; its links (and dismissed suggestions) are removed."""
    with store.transaction() as s:
        row = _claim_row(s, claim_id)
        other = s.execute(
            select(Side.id, Side.role).where(Side.case_id == row.case_id, Side.id != row.side_id)
        ).first()
        if other is None:
            raise EditRefused(ClaimEdits.tr("This case has no other side to move the claim to."))
        record = _take_links(s, claim_id)
        s.execute(update(Claim).where(Claim.id == claim_id).values(side_id=other.id))
        summary = f"Moved claim {claim_id} to the {other.role} side"
        log_edit(s, row.case_id, author, summary, kind="claim.side", claims={claim_id})
    return _side_change(row.case_id, claim_id, record, summary, (row.side_id, record))


def _take_links(s: Session, claim_id: int) -> tuple:
    """Delete a claim's links and dismissed link suggestions; return their rows."""
    taken = []
    for model in (Link, LinkDismissal):
        where = (model.allegation_id == claim_id) | (model.response_id == claim_id)
        rows = rows_of(s, model.__table__, where)
        s.execute(delete(model).where(where))
        taken.append((model.__table__, rows))
    return tuple(taken)


def _side_change(case_id: int, claim_id: int, taken: tuple, summary: str, back) -> Change:
    links = taken[0][1]
    others = {r["allegation_id"] for r in links} | {r["response_id"] for r in links}
    side_id, record = back
    return Change(
        case_id,
        summary,
        claims=frozenset(others | {claim_id}),
        links=frozenset(r["id"] for r in links),
        structure=True,
        inverse=inverse(_move_back, claim_id, side_id, record),
    )


def _move_back(
    store: Store, claim_id: int, side_id: int, taken: tuple, author: str | None = None
) -> Change:
    """Undo a move to the other side: the claim on its side again, with its links."""
    with store.transaction() as s:
        row = _claim_row(s, claim_id)
        s.execute(update(Claim).where(Claim.id == claim_id).values(side_id=side_id))
        for table, rows in taken:
            put_rows(s, table, rows)
        summary = f"Moved claim {claim_id} back to its side"
        log_edit(s, row.case_id, author, summary, kind="claim.side", claims={claim_id})
    change = _side_change(row.case_id, claim_id, taken, summary, (side_id, taken))
    return Change(
        change.case_id,
        summary,
        claims=change.claims,
        links=change.links,
        structure=True,
        inverse=inverse(move_claim_to_side, claim_id),
    )
