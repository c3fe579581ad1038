"""Read a whole case out of the store as frozen plain data, for views and exports."""

from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, make_dataclass, replace
from datetime import UTC, datetime
from functools import cache

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from models.anchoring_views import CandidateView, SourceVersionView, load_candidates, load_versions
from models.attribution import Stamp
from models.i18n import Context, fill
from models.patched import Layered, PatchedTuple
from models.tables import (  # Core tables, not the mapped classes: see models/tables.py
    ASSESSMENT_TABLE,
    AUTHOR_TABLE,
    CLAIM_TABLE,
    EVIDENCE_TABLE,
    SIDE_TABLE,
    SOURCE_TABLE,
    TAG_TABLE,
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

Cases = Context("Cases")


class CaseNotFound(LookupError):
    """No case with that slug is in the store; the message says so in the reader's language."""

    def __init__(self, slug: str):
        super().__init__(fill(Cases.tr("No case with the slug %1 is in the store."), repr(slug)))
        self.slug = slug


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
    versions: tuple[SourceVersionView, ...] = ()  # oldest first; the last is `text`

    @property
    def version(self) -> int:
        """The number of the current version (1 for a source never revised)."""
        return self.versions[-1].number if self.versions else 1

    def version_text(self, number: int | None) -> str:
        """The text of a version (None or the current number: the current text)."""
        if number is None or number == self.version:
            return self.text
        return next(v.text for v in self.versions if v.number == number)


@dataclass(frozen=True)
class SideView:
    """One side of the case."""

    id: int
    key: str
    role: str
    party: str
    description: str | None


@dataclass(frozen=True, slots=True)
class Attachment:
    """Evidence attached to a claim, with its stance."""

    evidence_id: int
    stance: str
    note: str


@dataclass(frozen=True, slots=True)  # slots: 100,000 claims, less memory
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
    # After a revision (models/revisions.py): "exact" claims count in the current text; a
    # "proposed" or "orphan" one keeps the span and quote it had in version `anchor_version`.
    anchor_state: str = "exact"
    anchor_version: int | None = None
    anchor_reason: str | None = None
    candidates: tuple[CandidateView, ...] = ()
    # Who wrote the assessment and the notes, when, as which database role (models.attribution).
    assessed: Stamp | None = None
    notes_stamp: Stamp | None = None
    # The versions the user sees, which an edit passes so that a colleague's change since is a
    # conflict (models.edit_log.checked_update): the claim row's and its assessment's (0: none).
    version: int = field(default=1, compare=False)
    assessment_version: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class LinkView:
    """A typed relation between an allegation claim and a response claim."""

    id: int
    key: str
    allegation_id: int
    response_id: int
    relation: str
    note: str
    stamp: Stamp | None = None  # who made (or last changed) it, when, as which role
    version: int = field(default=1, compare=False)


@dataclass(frozen=True, slots=True)
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
    stamp: Stamp | None = None  # who added (or last changed) it, when, as which role
    version: int = field(default=1, compare=False)

    @property
    def grade(self) -> str:
        """The Admiralty grade as analysts write it, e.g. "B2"."""
        return f"{self.reliability}{self.credibility}"


@dataclass(frozen=True, slots=True)
class TagView:
    """A tag with its colour, icon and parent."""

    id: int
    key: str
    name: str
    color: str
    icon: str | None
    parent_id: int | None
    version: int = field(default=1, compare=False)


def _builder(cls):
    """Make instances of a frozen, slotted view class the fast way, for reads of a whole case.

    A frozen dataclass's `__init__` sets each field through `object.__setattr__`: a fifth of a
    second for 100,000 claims. The builder makes the object with a twin class (the same slots,
    a plain `__init__`), then gives it its real class; the object is the same in every way
    (frozen, equal, hashed and replaced alike). Every field is given, in order. The twin is
    made on first use (a few milliseconds that start-up need not pay).
    """
    twins = []

    def build(*values):
        if not twins:
            fields_ = [(f.name, f.type) for f in fields(cls)]
            twins.append(make_dataclass(f"_{cls.__name__}Twin", fields_, slots=True))
            assert twins[0].__slots__ == cls.__slots__, cls
        obj = twins[0](*values)
        obj.__class__ = cls
        return obj

    return build


_attachment = _builder(Attachment)
_claim = _builder(ClaimView)
_link = _builder(LinkView)


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
    claims: tuple[ClaimView, ...]  # or a PatchedTuple after an edit: a sequence all the same
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

    def _position(self, name: str, items) -> dict[int, int]:
        # id -> place in the tuple: a refresh that keeps the order keeps this table as it is.
        table = self._index.get(name)
        if table is None:
            table = {item.id: n for n, item in enumerate(items)}
            self._index[name] = table
        return table

    def claim(self, claim_id: int) -> ClaimView:
        """Return the claim with that id."""
        return self.claims[self._position("claim_at", self.claims)[claim_id]]

    def evidence_record(self, evidence_id: int) -> EvidenceView:
        """Return the evidence record with that id."""
        return self.evidence[self._position("evidence_at", self.evidence)[evidence_id]]

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
        return self._links_by_claim().get(claim_id, ())

    def _links_by_claim(self) -> Layered:
        table = self._index.get("links_by_claim")
        if table is None:
            grouped: dict[int, list[LinkView]] = defaultdict(list)
            for link in self.links:
                grouped[link.allegation_id].append(link)
                grouped[link.response_id].append(link)
            table = Layered({k: tuple(v) for k, v in grouped.items()})
            self._index["links_by_claim"] = table
        return table


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
            .join(SIDE_TABLE, Claim.side_id == Side.id)
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


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold off the cycle collector while a case's plain data is built (nested calls are fine).

    Reading 100,000 claims makes some 400,000 objects, none in a cycle; each time the young
    objects pile up the collector runs, and the growing heap sets off full collections that
    walk everything the process holds: a third of the time of reading a big case. Reference
    counting still frees whatever is dropped meanwhile; the collector runs again afterwards.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def load_case(session: Session, slug: str) -> CaseSnapshot:
    """Read one whole case in a handful of queries."""
    with paused_gc():
        return _load_case(session, slug)


def _load_case(session: Session, slug: str) -> CaseSnapshot:
    case = session.execute(
        select(Case.id, Case.slug, Case.title, Case.description).where(Case.slug == slug)
    ).first()
    if case is None:
        raise CaseNotFound(slug)
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
            select(SOURCE_TABLE).where(Source.case_id == cid).order_by(Source.position)
        )
    )
    versions = load_versions(session, cid, {s.id: s.text for s in sources})
    sources = tuple(replace(s, versions=versions[s.id]) if s.id in versions else s for s in sources)
    sides = tuple(
        SideView(r.id, r.key, r.role, r.party, r.description)
        for r in session.execute(
            select(SIDE_TABLE).where(Side.case_id == cid).order_by(Side.position)
        )
    )
    links, positions = _load_links(session, cid)
    snapshot = CaseSnapshot(
        id=cid,
        slug=case.slug,
        title=case.title,
        description=case.description,
        sources=sources,
        sides=sides,
        claims=_load_claims(session, cid, {s.id: s.role for s in sides}),
        links=links,
        evidence=_load_evidence(session, cid),
        tags=_load_tags(session, cid),
        classroom=_load_classroom(session, cid),
    )
    snapshot._index["link_positions"] = positions
    snapshot._links_by_claim()  # the first selection asks; built here, while the collector waits
    return snapshot


def refresh_case(
    session: Session,
    case: CaseSnapshot,
    *,
    claims: frozenset[int] = frozenset(),
    evidence: frozenset[int] = frozenset(),
    links: frozenset[int] | bool = frozenset(),
    tags: bool = False,
) -> CaseSnapshot | None:
    """Patch a snapshot with what an edit touched; None when the change needs a whole reload.

    Only the touched claims, evidence records and links are read; the new snapshot shares the
    old one's lookup tables and patches their touched entries, so an edit costs the same on
    2,000 claims as on 100,000 (`links=True` re-reads every link). Claims that appeared or
    vanished change the reading order: the caller reloads everything.
    """
    carried = {
        name: case._index[name]
        for name in ("claim_at", "evidence_at", "tags", "sources", "links_by_claim")
        if name in case._index
    }
    claim_list = case.claims
    if claims:
        role_of = {s.id: s.role for s in case.sides}
        at = case._position("claim_at", case.claims)
        fresh = _load_claims(session, case.id, role_of, claims)
        if len(fresh) != len(claims) or any(c.id not in at for c in fresh):
            return None
        claim_list = PatchedTuple.of(case.claims).patched({at[c.id]: c for c in fresh})
        carried["claim_at"] = at
    evidence_list = case.evidence
    if evidence:
        at_ev = case._position("evidence_at", case.evidence)
        fresh_ev = _load_evidence(session, case.id, evidence)
        if len(fresh_ev) == len(evidence) and all(e.id in at_ev for e in fresh_ev):
            patched_ev = list(case.evidence)
            for record in fresh_ev:
                patched_ev[at_ev[record.id]] = record
            evidence_list = tuple(patched_ev)
        else:  # records were added or removed: 2,000 rows are cheap to re-read in order
            evidence_list = _load_evidence(session, case.id)
            carried.pop("evidence_at", None)
    link_list = case.links
    if links:
        link_list, link_tables = _patch_links(session, case, links)
        carried.pop("links_by_claim", None)
        carried.update(link_tables)
    elif "link_positions" in case._index:
        carried["link_positions"] = case._index["link_positions"]
        if "link_place" in case._index:
            carried["link_place"] = case._index["link_place"]
    if tags:
        carried.pop("tags", None)
    return CaseSnapshot(
        id=case.id,
        slug=case.slug,
        title=case.title,
        description=case.description,
        sources=case.sources,
        sides=case.sides,
        claims=claim_list,
        links=link_list,
        evidence=evidence_list,
        tags=_load_tags(session, case.id) if tags else case.tags,
        classroom=case.classroom,
        _index=carried,
    )


def _patch_links(
    session: Session, case: CaseSnapshot, ids: frozenset[int] | bool
) -> tuple[tuple[LinkView, ...], dict]:
    """The case's links with these re-read (changed, added or removed), and patched tables."""
    positions = case._index.get("link_positions")
    if ids is True or positions is None:  # no positions to patch by: read them all, in order
        links, positions = _load_links(session, case.id)
        return links, {"link_positions": positions}
    place = case._index.get("link_place")
    if place is None:
        place = Layered(dict(zip((link.id for link in case.links), positions, strict=True)))
    fresh = {
        link.id: (link, position)
        for link, position in zip(*_load_links(session, case.id, ids), strict=True)
    }
    link_list, position_list = list(case.links), list(positions)
    ends: set[int] = set()
    for link_id in ids:
        old_position = place.get(link_id)
        if old_position is not None:
            n = bisect_left(position_list, old_position)
            while n < len(link_list) and position_list[n] == old_position:
                if link_list[n].id == link_id:
                    ends.update((link_list[n].allegation_id, link_list[n].response_id))
                    del link_list[n], position_list[n]
                    break
                n += 1
        if link_id in fresh:
            link, position = fresh[link_id]
            n = bisect_right(position_list, position)
            link_list.insert(n, link)
            position_list.insert(n, position)
            ends.update((link.allegation_id, link.response_id))
    place = place.patched({link_id: position for link_id, (_link, position) in fresh.items()})
    by_claim = case._links_by_claim()
    touched = {}
    for claim_id in ends:
        kept = [link for link in by_claim.get(claim_id, ()) if link.id not in ids]
        kept += [
            link
            for link, _position in fresh.values()
            if claim_id in (link.allegation_id, link.response_id)
        ]
        kept.sort(key=lambda link: place[link.id])
        touched[claim_id] = tuple(kept)
    tables = {
        "link_positions": tuple(position_list),
        "link_place": place,
        "links_by_claim": by_claim.patched(touched),
    }
    return tuple(link_list), tables


def _plain_rows(session: Session, query, values: dict | None = None) -> Iterator[tuple]:
    """The rows of a big read, straight from the driver's cursor, in the session's transaction.

    The same rows as `session.execute`, without SQLAlchemy's per-row result objects: that
    processing was half the time of opening a 100,000-claim case. Rows come in batches, so the
    raw rows of a big case are never all held at once beside the views made of them. Only for
    columns whose values the driver already gives as they are (integers and text). `values`:
    the query's bound parameters, by name.
    """
    connection = session.connection()
    compiled = query.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    params = compiled.construct_params(values)
    if compiled.positional:
        params = tuple(params[name] for name in compiled.positiontup)
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        cursor.execute(compiled.string, params)
        while batch := cursor.fetchmany(4096):
            yield from batch
    finally:
        cursor.close()


@cache
def _claim_reads(some: bool) -> tuple[Select, Select, Select]:
    """The reads of a case's claims (tags, attachments, the claims with their assessments).

    Built once: `cid` is bound, and with `some` the claims' ids too (`ids`, expanding), so the
    re-read after an edit runs statements SQLAlchemy has compiled already (compiling the three
    afresh was a third of an edit's re-read).
    """

    def only(query, column):
        return query.where(column.in_(bindparam("ids", expanding=True))) if some else query

    case = bindparam("cid")
    tags = only(
        select(ClaimTag.claim_id, ClaimTag.tag_id)
        .join(CLAIM_TABLE, Claim.id == ClaimTag.claim_id)
        .where(Claim.case_id == case),
        ClaimTag.claim_id,
    ).order_by(ClaimTag.claim_id, ClaimTag.position)
    attachments = only(
        select(
            ClaimEvidence.claim_id,
            ClaimEvidence.evidence_id,
            ClaimEvidence.stance,
            ClaimEvidence.note,
        )
        .join(CLAIM_TABLE, Claim.id == ClaimEvidence.claim_id)
        .where(Claim.case_id == case),
        ClaimEvidence.claim_id,
    ).order_by(ClaimEvidence.claim_id, ClaimEvidence.position)
    claims = only(
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
            Claim.anchor_state,
            Claim.anchor_version,
            Claim.anchor_reason,
            Assessment.updated_at,
            Assessment.author_role,
            Claim.notes_by,
            Claim.notes_at,
            Claim.notes_role,
            Claim.version,
            Assessment.version,
        )
        .outerjoin(ASSESSMENT_TABLE, Assessment.claim_id == Claim.id)
        .outerjoin(AUTHOR_TABLE, Author.id == Assessment.author_id)
        .where(Claim.case_id == case),
        Claim.id,
    ).order_by(Claim.position)
    return tags, attachments, claims


def _load_claims(
    session: Session, cid: int, role_of: dict[int, str], ids: frozenset[int] | None = None
) -> tuple[ClaimView, ...]:
    """The case's claims in reading order (only those of `ids`, if given).

    A whole case is read as plain rows straight from the driver (see _plain_rows); a few
    claims through SQLAlchemy's cache of compiled statements. Values that recur from claim to
    claim (a speaker, a kind, a status, a stamp, a claim's tags or attachments) are made once
    and shared by every claim that has them: the driver makes a new object for each row's
    value, some 30 MB for 100,000 claims.
    """
    tags_read, attachments_read, claims_read = _claim_reads(ids is not None)
    if ids is None:

        def rows(query):
            return _plain_rows(session, query, {"cid": cid})
    else:
        connection = session.connection()
        values = {"cid": cid, "ids": list(ids)}

        def rows(query):
            return connection.execute(query, values)

    share = {}.setdefault  # one object for each value that recurs (strings, tuples of ids)
    grouped: dict[int, list[int]] = defaultdict(list)
    for claim_id, tag_id in rows(tags_read):
        grouped[claim_id].append(tag_id)
    claim_tags = {claim_id: share(t, t) for claim_id, t in _tuples(grouped)}
    grouped = defaultdict(list)
    for claim_id, *attachment in rows(attachments_read):
        grouped[claim_id].append(tuple(attachment))
    made: dict[tuple, tuple[Attachment, ...]] = {}
    evidence = {}
    for claim_id, key in _tuples(grouped):
        found = made.get(key)
        if found is None:
            found = made[key] = tuple(_attachment(*a) for a in key)
        evidence[claim_id] = found
    del grouped, made
    candidates = load_candidates(session, cid, ids)

    stamps: dict[tuple, Stamp | None] = {}
    no_tags: tuple[int, ...] = ()
    no_evidence: tuple[Attachment, ...] = ()
    claims: list[ClaimView] = []
    add, claim = claims.append, _claim
    for r in rows(claims_read):
        by, status = r[12], r[10]
        if by is not None:
            by = share(by, by)
        assessed = None
        if status is not None:
            key = (by, r[17], r[18])
            assessed = stamps.get(key)
            if assessed is None:
                assessed = stamps[key] = _stamp(*key)
        notes_stamp = None
        if r[19] is not None or r[20] is not None or r[21] is not None:
            key = (r[19], r[20], r[21])
            notes_stamp = stamps.get(key)
            if notes_stamp is None:
                notes_stamp = stamps[key] = _stamp(share(r[19], r[19]), r[20], r[21])
        add(
            claim(
                r[0],
                r[1],
                role_of[r[2]],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                share(r[8], r[8]),
                share(r[9], r[9]),
                share(status, status) if status else "unassessed",
                r[11] or "",
                by,
                r[13],
                claim_tags.get(r[0], no_tags),
                evidence.get(r[0], no_evidence),
                share(r[14], r[14]),
                r[15],
                r[16],
                candidates.get(r[0], ()),
                assessed,
                notes_stamp,
                r[22],
                r[23] or 0,
            )
        )
    return tuple(claims)


def _tuples(grouped: dict[int, list]) -> Iterator[tuple[int, tuple]]:
    return ((claim_id, tuple(values)) for claim_id, values in grouped.items())


def _load_links(
    session: Session, cid: int, ids: frozenset[int] | None = None
) -> tuple[tuple[LinkView, ...], tuple[int, ...]]:
    # With their positions: an edit to a link later puts it back in its place by them.
    query = select(
        Link.id,
        Link.key,
        Link.allegation_id,
        Link.response_id,
        Link.relation,
        Link.note,
        Link.version,
        Link.position,
        Link.author_name,
        Link.updated_at,
        Link.author_role,
    ).where(Link.case_id == cid)
    if ids is not None:
        query = query.where(Link.id.in_(ids))
    rows = list(_plain_rows(session, query.order_by(Link.position)))
    link = _link
    links = tuple(link(*r[:6], _stamp(r[8], r[9], r[10]), r[6]) for r in rows)
    return links, tuple(r[7] for r in rows)


def _load_evidence(
    session: Session, cid: int, ids: frozenset[int] | None = None
) -> tuple[EvidenceView, ...]:
    tag_query = (
        select(EvidenceTag.evidence_id, EvidenceTag.tag_id)
        .join(EVIDENCE_TABLE, Evidence.id == EvidenceTag.evidence_id)
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
        Evidence.author_name,
        Evidence.updated_at,
        Evidence.author_role,
        Evidence.version,
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
        EvidenceView(
            *r[:10], tuple(evidence_tags.get(r[0], ())), _stamp(r[10], r[11], r[12]), r[13]
        )
        for r in session.connection().execute(query.order_by(Evidence.position))
    )


def _stamp(by: str | None, at, role: str | None) -> Stamp | None:
    """A row's attribution, or None where nothing was recorded (rows from before 0006)."""
    if by is None and at is None and role is None:
        return None
    if isinstance(at, str):  # read straight from SQLite's driver (_plain_rows)
        at = datetime.fromisoformat(at)
    if at is not None and at.tzinfo is None:  # SQLite gives back naive times; they are UTC
        at = at.replace(tzinfo=UTC)
    return Stamp(by, at, role)


def _load_tags(session: Session, cid: int) -> tuple[TagView, ...]:
    return tuple(
        TagView(r.id, r.key, r.name, r.color, r.icon, r.parent_id, r.version)
        for r in session.execute(select(TAG_TABLE).where(Tag.case_id == cid).order_by(Tag.position))
    )


def _load_classroom(session: Session, cid: int) -> ClassroomView | None:
    row = session.execute(
        select(Classroom.student_copy_of, Classroom.student).where(Classroom.case_id == cid)
    ).first()
    return ClassroomView(row[0], row[1]) if row is not None else None
