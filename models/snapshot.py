"""Read a whole case out of the store as frozen plain data, for views and exports."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.schema import (
    Assessment,
    Author,
    Case,
    Claim,
    ClaimEvidence,
    ClaimTag,
    Classroom,
    Evidence,
    EvidenceTag,
    Link,
    Side,
    Source,
    Tag,
)


class CaseNotFound(LookupError):
    """No case with that slug is in the store."""


@dataclass(frozen=True)
class SourceFile:
    """The file a source's text was read from: name, SHA-256, extractor, encoding, kind."""

    name: str
    sha256: str
    extractor: str | None = None
    encoding: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class SourceView:
    """A source, verbatim."""

    id: int
    key: str
    title: str
    publisher: str | None
    url: str | None
    date: str | None
    language: str | None
    quality_note: str | None
    text: str
    file: SourceFile | None = None  # None for a source that was typed, pasted or imported bare


@dataclass(frozen=True)
class SideView:
    """One side of the case."""

    id: int
    key: str
    role: str
    party: str
    description: str | None


@dataclass(frozen=True)
class Attachment:
    """Evidence attached to a claim, with its stance."""

    evidence_id: int
    stance: str
    note: str


@dataclass(frozen=True)
class ClaimView:
    """A claim with its assessment, tags and attached evidence."""

    id: int
    key: str
    role: str
    side_id: int
    source_id: int
    start: int
    end: int
    quote: str
    paraphrase: str | None
    speaker: str | None
    kind: str
    status: str
    rationale: str
    assessed_by: str | None
    notes: str
    tag_ids: tuple[int, ...] = ()
    evidence: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class LinkView:
    """A typed relation between an allegation claim and a response claim."""

    id: int
    key: str
    allegation_id: int
    response_id: int
    relation: str
    note: str


@dataclass(frozen=True)
class EvidenceView:
    """An evidence record with its Admiralty grades."""

    id: int
    key: str
    title: str
    kind: str
    citation: str
    date: str | None
    url: str | None
    reliability: str
    credibility: int
    summary: str
    tag_ids: tuple[int, ...] = ()

    @property
    def grade(self) -> str:
        """The Admiralty grade as analysts write it, e.g. "B2"."""
        return f"{self.reliability}{self.credibility}"


@dataclass(frozen=True)
class TagView:
    """A tag with its colour, icon and parent."""

    id: int
    key: str
    name: str
    color: str
    icon: str | None
    parent_id: int | None


def tag_descendants(tags: Iterable[TagView], roots: Iterable[int]) -> set[int]:
    """The given tags and every tag below them, at any depth."""
    children: dict[int, list[int]] = defaultdict(list)
    for tag in tags:
        if tag.parent_id is not None:
            children[tag.parent_id].append(tag.id)
    found = set(roots)
    frontier = list(found)
    while frontier:
        for child in children.get(frontier.pop(), ()):
            if child not in found:
                found.add(child)
                frontier.append(child)
    return found


@dataclass(frozen=True)
class ClassroomView:
    """Marks a case as a student copy: of which case (by slug), and whose (None: not yet named)."""

    student_copy_of: str
    student: str | None


@dataclass(frozen=True)
class CaseSnapshot:
    """Everything about one case, in file order, as immutable plain data."""

    id: int
    slug: str
    title: str
    description: str
    sources: tuple[SourceView, ...]
    sides: tuple[SideView, ...]
    claims: tuple[ClaimView, ...]
    links: tuple[LinkView, ...]
    evidence: tuple[EvidenceView, ...]
    tags: tuple[TagView, ...]
    classroom: ClassroomView | None = None  # set only on a student copy (see models/grading.py)
    _index: dict = field(default_factory=dict, compare=False, repr=False)

    def _lookup(self, name: str, items) -> dict:
        table = self._index.get(name)
        if table is None:
            table = {item.id: item for item in items}
            self._index[name] = table
        return table

    def claim(self, claim_id: int) -> ClaimView:
        """Return the claim with that id."""
        return self._lookup("claims", self.claims)[claim_id]

    def evidence_record(self, evidence_id: int) -> EvidenceView:
        """Return the evidence record with that id."""
        return self._lookup("evidence", self.evidence)[evidence_id]

    def tag(self, tag_id: int) -> TagView:
        """Return the tag with that id."""
        return self._lookup("tags", self.tags)[tag_id]

    def source(self, source_id: int) -> SourceView:
        """Return the source with that id."""
        return self._lookup("sources", self.sources)[source_id]

    def side(self, role: str) -> SideView:
        """Return the side playing that role."""
        return next(s for s in self.sides if s.role == role)

    def claims_of(self, role: str) -> tuple[ClaimView, ...]:
        """Return one side's claims in reading order."""
        return tuple(c for c in self.claims if c.role == role)

    def links_of(self, claim_id: int) -> tuple[LinkView, ...]:
        """Return the links that touch a claim."""
        table = self._index.get("links_by_claim")
        if table is None:
            table = defaultdict(list)
            for link in self.links:
                table[link.allegation_id].append(link)
                table[link.response_id].append(link)
            self._index["links_by_claim"] = table
        return tuple(table.get(claim_id, ()))


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list: slug, title and claim counts per side."""

    slug: str
    title: str
    allegations: int
    responses: int


def list_cases(session: Session) -> list[CaseSummary]:
    """Return every case in the store, by slug, with its claim counts per side."""
    counts = dict(
        ((case_id, role), n)
        for case_id, role, n in session.execute(
            select(Claim.case_id, Side.role, func.count(Claim.id))
            .join(Side, Claim.side_id == Side.id)
            .group_by(Claim.case_id, Side.role)
        )
    )
    return [
        CaseSummary(
            slug,
            title,
            counts.get((case_id, "allegation"), 0),
            counts.get((case_id, "response"), 0),
        )
        for case_id, slug, title in session.execute(
            select(Case.id, Case.slug, Case.title).order_by(Case.slug)
        )
    ]


def load_case(session: Session, slug: str) -> CaseSnapshot:
    """Read one whole case in a handful of queries."""
    case = session.execute(select(Case).where(Case.slug == slug)).scalar_one_or_none()
    if case is None:
        raise CaseNotFound(f"No case with the slug {slug!r} is in the store.")
    cid = case.id

    sources = tuple(
        SourceView(
            r.id,
            r.key,
            r.title,
            r.publisher,
            r.url,
            r.date,
            r.language,
            r.quality_note,
            r.text,
            None
            if r.file_name is None
            else SourceFile(r.file_name, r.file_sha256, r.extractor, r.encoding, r.kind),
        )
        for r in session.execute(
            select(Source).where(Source.case_id == cid).order_by(Source.position)
        ).scalars()
    )
    sides = tuple(
        SideView(r.id, r.key, r.role, r.party, r.description)
        for r in session.execute(
            select(Side).where(Side.case_id == cid).order_by(Side.position)
        ).scalars()
    )
    return CaseSnapshot(
        id=cid,
        slug=case.slug,
        title=case.title,
        description=case.description,
        sources=sources,
        sides=sides,
        claims=_load_claims(session, cid, {s.id: s.role for s in sides}),
        links=_load_links(session, cid),
        evidence=_load_evidence(session, cid),
        tags=_load_tags(session, cid),
        classroom=_load_classroom(session, cid),
    )


def refresh_case(
    session: Session,
    case: CaseSnapshot,
    *,
    claims: frozenset[int] = frozenset(),
    evidence: frozenset[int] = frozenset(),
    links: bool = False,
    tags: bool = False,
) -> CaseSnapshot | None:
    """Re-read only what an edit touched; None when the change needs a whole reload.

    Reading 20,000 claims takes most of a second, so an edit to one claim re-reads that claim.
    Claims that appeared or vanished change the reading order: the caller reloads everything.
    """
    role_of = {s.id: s.role for s in case.sides}
    claim_list = case.claims
    if claims:
        fresh = {c.id: c for c in _load_claims(session, case.id, role_of, claims)}
        known = case._lookup("claims", case.claims)
        if set(fresh) != set(claims) or not set(fresh) <= set(known):
            return None
        claim_list = tuple(fresh.get(c.id, c) for c in case.claims)
    evidence_list = case.evidence
    if evidence:
        fresh_ev = {e.id: e for e in _load_evidence(session, case.id, evidence)}
        known_ev = case._lookup("evidence", case.evidence)
        if set(fresh_ev) == set(evidence) and set(fresh_ev) <= set(known_ev):
            evidence_list = tuple(fresh_ev.get(e.id, e) for e in case.evidence)
        else:  # records were added or removed: 2,000 rows are cheap to re-read in order
            evidence_list = _load_evidence(session, case.id)
    return CaseSnapshot(
        id=case.id,
        slug=case.slug,
        title=case.title,
        description=case.description,
        sources=case.sources,
        sides=case.sides,
        claims=claim_list,
        links=_load_links(session, case.id) if links else case.links,
        evidence=evidence_list,
        tags=_load_tags(session, case.id) if tags else case.tags,
        classroom=case.classroom,
    )


def _load_claims(
    session: Session, cid: int, role_of: dict[int, str], ids: frozenset[int] | None = None
) -> tuple[ClaimView, ...]:
    # The big tables are read through the session's connection: plain column rows, without the
    # ORM's per-row processing (a quarter of the time on a 20,000-claim case).
    def only(query, column):
        return query.where(column.in_(ids)) if ids is not None else query

    claim_tags: dict[int, list[int]] = defaultdict(list)
    for claim_id, tag_id in session.connection().execute(
        only(
            select(ClaimTag.claim_id, ClaimTag.tag_id)
            .join(Claim, Claim.id == ClaimTag.claim_id)
            .where(Claim.case_id == cid),
            ClaimTag.claim_id,
        ).order_by(ClaimTag.claim_id, ClaimTag.position)
    ):
        claim_tags[claim_id].append(tag_id)
    attachments: dict[int, list[Attachment]] = defaultdict(list)
    for claim_id, evidence_id, stance, note in session.connection().execute(
        only(
            select(
                ClaimEvidence.claim_id,
                ClaimEvidence.evidence_id,
                ClaimEvidence.stance,
                ClaimEvidence.note,
            )
            .join(Claim, Claim.id == ClaimEvidence.claim_id)
            .where(Claim.case_id == cid),
            ClaimEvidence.claim_id,
        ).order_by(ClaimEvidence.claim_id, ClaimEvidence.position)
    ):
        attachments[claim_id].append(Attachment(evidence_id, stance, note))

    claim_rows = session.connection().execute(
        only(
            select(
                Claim.id,
                Claim.key,
                Claim.side_id,
                Claim.source_id,
                Claim.start,
                Claim.end,
                Claim.quote,
                Claim.paraphrase,
                Claim.speaker,
                Claim.kind,
                Assessment.status,
                Assessment.rationale,
                Author.name,
                Claim.notes,
            )
            .outerjoin(Assessment, Assessment.claim_id == Claim.id)
            .outerjoin(Author, Author.id == Assessment.author_id)
            .where(Claim.case_id == cid),
            Claim.id,
        ).order_by(Claim.position)
    )
    no_tags: tuple[int, ...] = ()
    no_evidence: tuple[Attachment, ...] = ()
    return tuple(
        ClaimView(
            r[0],
            r[1],
            role_of[r[2]],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            r[10] or "unassessed",
            r[11] or "",
            r[12],
            r[13],
            tuple(claim_tags[r[0]]) if r[0] in claim_tags else no_tags,
            tuple(attachments[r[0]]) if r[0] in attachments else no_evidence,
        )
        for r in claim_rows
    )


def _load_links(session: Session, cid: int) -> tuple[LinkView, ...]:
    return tuple(
        LinkView(*r)
        for r in session.connection().execute(
            select(
                Link.id, Link.key, Link.allegation_id, Link.response_id, Link.relation, Link.note
            )
            .where(Link.case_id == cid)
            .order_by(Link.position)
        )
    )


def _load_evidence(
    session: Session, cid: int, ids: frozenset[int] | None = None
) -> tuple[EvidenceView, ...]:
    tag_query = (
        select(EvidenceTag.evidence_id, EvidenceTag.tag_id)
        .join(Evidence, Evidence.id == EvidenceTag.evidence_id)
        .where(Evidence.case_id == cid)
    )
    query = select(
        Evidence.id,
        Evidence.key,
        Evidence.title,
        Evidence.kind,
        Evidence.citation,
        Evidence.date,
        Evidence.url,
        Evidence.reliability,
        Evidence.credibility,
        Evidence.summary,
    ).where(Evidence.case_id == cid)
    if ids is not None:
        tag_query = tag_query.where(EvidenceTag.evidence_id.in_(ids))
        query = query.where(Evidence.id.in_(ids))
    evidence_tags: dict[int, list[int]] = defaultdict(list)
    for evidence_id, tag_id in session.connection().execute(
        tag_query.order_by(EvidenceTag.evidence_id, EvidenceTag.position)
    ):
        evidence_tags[evidence_id].append(tag_id)
    return tuple(
        EvidenceView(*r, tuple(evidence_tags.get(r[0], ())))
        for r in session.connection().execute(query.order_by(Evidence.position))
    )


def _load_tags(session: Session, cid: int) -> tuple[TagView, ...]:
    return tuple(
        TagView(r.id, r.key, r.name, r.color, r.icon, r.parent_id)
        for r in session.execute(
            select(Tag).where(Tag.case_id == cid).order_by(Tag.position)
        ).scalars()
    )


def _load_classroom(session: Session, cid: int) -> ClassroomView | None:
    row = session.execute(
        select(Classroom.student_copy_of, Classroom.student).where(Classroom.case_id == cid)
    ).first()
    return ClassroomView(row[0], row[1]) if row is not None else None
