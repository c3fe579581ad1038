"""Revising a source: a new version of its text, every claim re-anchored, as one undoable edit.

A source keeps every version of its text (`source_version`); the last is the current text, which
`Source.text` holds, so the window and the exports show it. A revision adds a version and maps
each claim onto it with `models.reanchor`: an exact claim's span moves to where its words now
are; a proposed or orphan claim keeps the span and quote it had in the version it names
(`Claim.anchor_version`), with its candidates in the current text (`anchor_candidate`). Nothing
is deleted. The inverse puts back the text, the claims' spans and states and the candidates, and
removes the version (`restore_anchoring`, which is also its own inverse's shape).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from models.edit_log import Change, EditRefused, inverse, log_edit
from models.i18n import Context, fill
from models.reanchor import EXACT, ORPHAN, PROPOSED, Anchor, Candidate, Placement, canonicalise
from models.reanchor import reanchor as place_claims
from models.rows import rows_of
from models.schema import AnchorCandidate, Claim, Source, SourceVersion, utcnow
from models.store import Store

__all__ = [
    "Revised",
    "SourceAnchoring",
    "candidate_rows",
    "current_version",
    "restore_anchoring",
    "revise_source",
    "source_id_of",
    "text_sha256",
    "version_text",
]

Revisions = Context("Revisions")

ANCHOR_COLUMNS = ("id", "start", "end", "quote", "anchor_state", "anchor_version", "anchor_reason")
MAX_NOTE = 20000


@dataclass(frozen=True)
class Revised:
    """What a revision did: the new version's number and how many claims landed how."""

    source_id: int
    version: int
    exact: int
    proposed: int
    orphans: int

    @property
    def counts(self) -> str:
        """The one-line tally in English, e.g. "5 exact, 1 proposed, 2 orphans": the edit log's
        summary and the command line's answer on stdout, the same whatever the language."""
        orphans = "orphan" if self.orphans == 1 else "orphans"
        return f"{self.exact} exact, {self.proposed} proposed, {self.orphans} {orphans}"

    def words(self) -> str:
        """The tally in the reader's language, for the window: "5 exact, 1 proposed, 2 orphans"."""
        return fill(
            Revisions.tr("%1, %2, %3"),
            Revisions.tr("%n exact", None, self.exact),
            Revisions.tr("%n proposed", None, self.proposed),
            Revisions.tr("%n orphans", None, self.orphans),
        )


@dataclass(frozen=True)
class SourceAnchoring:
    """A source's revision state: its text, its versions above a base, and its claims' anchors.

    Read and written in one transaction each; the undo of a revision is this state from before.
    """

    text: str
    versions: tuple[dict, ...]  # source_version rows numbered above the base
    claims: tuple[dict, ...]  # ANCHOR_COLUMNS of every claim on the source
    candidates: tuple[dict, ...]  # anchor_candidate rows of those claims


def text_sha256(text: str) -> str:
    """The SHA-256 of a version's text, as UTF-8: what a case file can be checked against."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def current_version(session: Session, source_id: int) -> int:
    """The number of a source's current version, recording version 1 if it has none yet.

    Sources written by code that knows nothing of versions still get theirs, from their text.
    """
    number = session.execute(
        select(func.max(SourceVersion.number)).where(SourceVersion.source_id == source_id)
    ).scalar()
    if number is not None:
        return number
    text = session.execute(select(Source.text).where(Source.id == source_id)).scalar_one()
    session.execute(
        insert(SourceVersion).values(
            source_id=source_id, number=1, text=text, sha256=text_sha256(text), note=""
        )
    )
    return 1


def version_text(session: Session, source_id: int, number: int) -> str | None:
    """The text of one version of a source (None if it has no such version)."""
    return session.execute(
        select(SourceVersion.text).where(
            SourceVersion.source_id == source_id, SourceVersion.number == number
        )
    ).scalar()


def candidate_rows(claim_id: int, placement: Placement) -> list[dict]:
    """The anchor_candidate rows of a placement, best first; a proposal's own span is rank 0."""
    found: list[Candidate] = list(placement.candidates)
    if placement.state == PROPOSED and placement.start is not None and placement.end is not None:
        spans = [(c.start, c.end) for c in found]
        if (placement.start, placement.end) in spans:
            found.insert(0, found.pop(spans.index((placement.start, placement.end))))
        else:
            score = placement.score or 0.0
            found.insert(0, Candidate(placement.start, placement.end, score, score, score, 0))
    return [
        {
            "claim_id": claim_id,
            "rank": rank,
            "start": c.start,
            "end": c.end,
            "score": float(c.score),
            "quote_similarity": float(c.quote_similarity),
            "context_similarity": float(c.context_similarity),
        }
        for rank, c in enumerate(found)
    ]


def _read_anchoring(session: Session, source_id: int, base: int) -> SourceAnchoring:
    text = session.execute(select(Source.text).where(Source.id == source_id)).scalar_one()
    versions = rows_of(
        session,
        SourceVersion.__table__,
        SourceVersion.source_id == source_id,
        SourceVersion.number > base,
    )
    columns = [getattr(Claim, name) for name in ANCHOR_COLUMNS]
    claims = tuple(
        dict(r._mapping)
        for r in session.execute(
            select(*columns).where(Claim.source_id == source_id).order_by(Claim.id)
        )
    )
    on_source = select(Claim.id).where(Claim.source_id == source_id)
    candidates = rows_of(
        session, AnchorCandidate.__table__, AnchorCandidate.claim_id.in_(on_source)
    )
    return SourceAnchoring(text, versions, claims, candidates)


def _write_anchoring(
    session: Session, source_id: int, base: int, state: SourceAnchoring
) -> frozenset[int]:
    """Make the source's versions above `base`, its text and its claims' anchors `state`."""
    ids = [c["id"] for c in state.claims]
    present = set(session.execute(select(Claim.id).where(Claim.id.in_(ids))).scalars())
    if missing := sorted(set(ids) - present):
        raise EditRefused(
            fill(
                Revisions.tr("Claim %1 is no longer in the store; nothing was changed."), missing[0]
            )
        )
    session.execute(
        delete(SourceVersion).where(
            SourceVersion.source_id == source_id, SourceVersion.number > base
        )
    )
    if state.versions:
        session.execute(insert(SourceVersion.__table__), [dict(v) for v in state.versions])
    session.execute(update(Source).where(Source.id == source_id).values(text=state.text))
    if state.claims:
        session.execute(update(Claim), [dict(c) for c in state.claims])
    on_source = select(Claim.id).where(Claim.source_id == source_id)
    session.execute(delete(AnchorCandidate).where(AnchorCandidate.claim_id.in_(on_source)))
    if state.candidates:
        session.execute(insert(AnchorCandidate.__table__), [dict(c) for c in state.candidates])
    return frozenset(ids)


def _source_row(session: Session, source_id: int):
    row = session.execute(
        select(Source.case_id, Source.key, Source.text).where(Source.id == source_id)
    ).first()
    if row is None:
        raise EditRefused(fill(Revisions.tr("Source %1 is no longer in the store."), source_id))
    return row


def _placements(
    session: Session,
    source_id: int,
    current_number: int,
    current: str,
    claims: tuple[dict, ...],
    new: str,
) -> dict[int, tuple[int, Placement]]:
    """Each claim's placement in the new text, and the version its old span counted in.

    Exact claims count in the current text; proposed and orphan ones in the version they name,
    so a claim orphaned two revisions ago can still find its words again. A span that does not
    fit its version (a store edited by hand) cannot be mapped: the claim is kept, as an orphan.
    """
    groups: dict[int, list[dict]] = defaultdict(list)
    for claim in claims:
        exact = claim["anchor_state"] == EXACT or claim["anchor_version"] is None
        groups[current_number if exact else claim["anchor_version"]].append(claim)
    placed: dict[int, tuple[int, Placement]] = {}
    for number, group in groups.items():
        old = current if number == current_number else version_text(session, source_id, number)
        old = old or ""
        usable = [c for c in group if old[c["start"] : c["end"]] == c["quote"]]
        for c in group:
            placed[c["id"]] = (number, Placement(ORPHAN, reason="not_found"))
        anchors = [Anchor(c["start"], c["end"], c["quote"]) for c in usable]
        for c, placement in zip(usable, place_claims(old or "", new, anchors), strict=True):
            placed[c["id"]] = (number, placement)
    return placed


def source_id_of(store: Store, slug: str, key: str) -> int:
    """The store id of the source with file id `key` in the case `slug`; refused if none."""
    from models.schema import Case
    from models.snapshot import CaseNotFound

    with store.reading() as s:
        case_id = s.execute(select(Case.id).where(Case.slug == slug)).scalar()
        if case_id is None:
            raise CaseNotFound(slug)
        rows = s.execute(
            select(Source.id, Source.key).where(Source.case_id == case_id).order_by(Source.position)
        ).all()
    found = next((source_id for source_id, k in rows if k == key), None)
    if found is None:
        keys = ", ".join(k for _id, k in rows)
        raise EditRefused(
            fill(
                Revisions.tr("The case %1 has no source %2; its sources are: %3."),
                repr(slug),
                repr(key),
                keys,
            )
        )
    return found


def revise_source(
    store: Store,
    source_id: int,
    text: str,
    *,
    extractor: str | None = None,
    note: str = "",
    author: str | None = None,
) -> tuple[Revised, Change]:
    """Add a new version of a source's text and re-anchor every claim on it; one undoable step.

    The text is made canonical first (no byte-order mark, `\\n` line ends), as the source import
    stores it. Exact claims move to their words; the others become proposals or orphans, with
    their quote, assessment, links, evidence and tags untouched.
    """
    new = canonicalise(text)
    if not new.strip():
        raise EditRefused(Revisions.tr("The new version has no text in it; nothing was changed."))
    if len(note or "") > MAX_NOTE:
        raise EditRefused(
            fill(
                Revisions.tr("A note on a version can be at most %1 characters long."),
                f"{MAX_NOTE:,}",
            )
        )
    with store.transaction() as s:
        row = _source_row(s, source_id)
        number = current_version(s, source_id)
        before = _read_anchoring(s, source_id, number)
        placed = _placements(s, source_id, number, row.text, before.claims, new)
        s.execute(
            insert(SourceVersion).values(
                source_id=source_id,
                number=number + 1,
                text=new,
                sha256=text_sha256(new),
                extractor=extractor or None,
                note=note or "",
                added_at=utcnow(),
            )
        )
        claims, candidates = [], []
        counts = {EXACT: 0, PROPOSED: 0, ORPHAN: 0}
        for claim in before.claims:
            counted_in, p = placed[claim["id"]]
            counts[p.state] += 1
            if p.state == EXACT:
                claims.append(
                    dict(claim, start=p.start, end=p.end, anchor_state=EXACT)
                    | {"anchor_version": None, "anchor_reason": None}
                )
            else:
                claims.append(
                    dict(claim, anchor_state=p.state, anchor_version=counted_in)
                    | {"anchor_reason": p.reason or None}
                )
                candidates += candidate_rows(claim["id"], p)
        after = SourceAnchoring(new, (), tuple(claims), tuple(candidates))
        touched = _write_anchoring(s, source_id, number + 1, after)
        revised = Revised(source_id, number + 1, counts[EXACT], counts[PROPOSED], counts[ORPHAN])
        summary = f"Revised source {row.key} to version {number + 1}: {revised.counts}"
        log_edit(s, row.case_id, author, summary, kind="source.revise")
    return revised, Change(
        row.case_id,
        summary,
        claims=touched,
        sources=frozenset({source_id}),
        inverse=inverse(restore_anchoring, source_id, number, before),
    )


def restore_anchoring(
    store: Store, source_id: int, base: int, state: SourceAnchoring, author: str | None = None
) -> Change:
    """Put a source's versions above `base`, its text and its claims' anchors back to `state`.

    The undo of a revision (the version goes, every claim's span, quote and state come back)
    and, with the state it replaced, the redo.
    """
    with store.transaction() as s:
        row = _source_row(s, source_id)
        current_version(s, source_id)
        replaced = _read_anchoring(s, source_id, base)
        touched = _write_anchoring(s, source_id, base, state)
        number = base + len(state.versions)
        summary = f"Put source {row.key} back to version {number}"
        log_edit(s, row.case_id, author, summary, kind="source.unrevise")
    return Change(
        row.case_id,
        summary,
        claims=touched | frozenset(c["id"] for c in replaced.claims),
        sources=frozenset({source_id}),
        inverse=inverse(restore_anchoring, source_id, base, replaced),
    )
