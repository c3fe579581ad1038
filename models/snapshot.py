"""Read a whole case out of the store as frozen plain data, for views and exports."""

from __future__ import annotations

from collections import defaultdict
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
            r.id, r.key, r.title, r.publisher, r.url, r.date, r.language, r.quality_note, r.text
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
    role_of = {s.id: s.role for s in sides}

    claim_tags: dict[int, list[int]] = defaultdict(list)
    for claim_id, tag_id in session.execute(
        select(ClaimTag.claim_id, ClaimTag.tag_id)
        .join(Claim, Claim.id == ClaimTag.claim_id)
        .where(Claim.case_id == cid)
        .order_by(ClaimTag.claim_id, ClaimTag.position)
    ):
        claim_tags[claim_id].append(tag_id)
    attachments: dict[int, list[Attachment]] = defaultdict(list)
    for claim_id, evidence_id, stance, note in session.execute(
        select(
            ClaimEvidence.claim_id,
            ClaimEvidence.evidence_id,
            ClaimEvidence.stance,
            ClaimEvidence.note,
        )
        .join(Claim, Claim.id == ClaimEvidence.claim_id)
        .where(Claim.case_id == cid)
        .order_by(ClaimEvidence.claim_id, ClaimEvidence.position)
    ):
        attachments[claim_id].append(Attachment(evidence_id, stance, note))

    claim_rows = session.execute(
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
        .where(Claim.case_id == cid)
        .order_by(Claim.position)
    )
    claims = tuple(
        ClaimView(
            id=r[0],
            key=r[1],
            role=role_of[r[2]],
            side_id=r[2],
            source_id=r[3],
            start=r[4],
            end=r[5],
            quote=r[6],
            paraphrase=r[7],
            speaker=r[8],
            kind=r[9],
            status=r[10] or "unassessed",
            rationale=r[11] or "",
            assessed_by=r[12],
            notes=r[13],
            tag_ids=tuple(claim_tags.get(r[0], ())),
            evidence=tuple(attachments.get(r[0], ())),
        )
        for r in claim_rows
    )
    links = tuple(
        LinkView(*r)
        for r in session.execute(
            select(
                Link.id, Link.key, Link.allegation_id, Link.response_id, Link.relation, Link.note
            )
            .where(Link.case_id == cid)
            .order_by(Link.position)
        )
    )
    evidence_tags: dict[int, list[int]] = defaultdict(list)
    for evidence_id, tag_id in session.execute(
        select(EvidenceTag.evidence_id, EvidenceTag.tag_id)
        .join(Evidence, Evidence.id == EvidenceTag.evidence_id)
        .where(Evidence.case_id == cid)
        .order_by(EvidenceTag.evidence_id, EvidenceTag.position)
    ):
        evidence_tags[evidence_id].append(tag_id)
    evidence = tuple(
        EvidenceView(
            r.id,
            r.key,
            r.title,
            r.kind,
            r.citation,
            r.date,
            r.url,
            r.reliability,
            r.credibility,
            r.summary,
            tuple(evidence_tags.get(r.id, ())),
        )
        for r in session.execute(
            select(Evidence).where(Evidence.case_id == cid).order_by(Evidence.position)
        ).scalars()
    )
    tags = tuple(
        TagView(r.id, r.key, r.name, r.color, r.icon, r.parent_id)
        for r in session.execute(
            select(Tag).where(Tag.case_id == cid).order_by(Tag.position)
        ).scalars()
    )
    return CaseSnapshot(
        id=cid,
        slug=case.slug,
        title=case.title,
        description=case.description,
        sources=sources,
        sides=sides,
        claims=claims,
        links=links,
        evidence=evidence,
        tags=tags,
        classroom=_load_classroom(session, cid),
    )


def _load_classroom(session: Session, cid: int) -> ClassroomView | None:
    row = session.execute(
        select(Classroom.student_copy_of, Classroom.student).where(Classroom.case_id == cid)
    ).first()
    return ClassroomView(row[0], row[1]) if row is not None else None
