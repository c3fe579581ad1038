"""The store's tables as typed SQLAlchemy models, with named constraints."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Return the current time in UTC, the only time zone the store writes."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base whose metadata names every constraint."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Author(Base):
    """A person who made an edit or an assessment."""

    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Case(Base):
    """One dispute: its sources, sides, claims, links, evidence and tags."""

    __tablename__ = "case"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    title: Mapped[str] = mapped_column(String(1000))
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Source(Base):
    """A published text kept verbatim, with its metadata."""

    __tablename__ = "source"
    __table_args__ = (
        UniqueConstraint("case_id", "key"),
        Index("ix_source_case_file", "case_id", "file_sha256"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(1000))
    publisher: Mapped[str | None] = mapped_column(String(1000))
    url: Mapped[str | None] = mapped_column(String(4000))
    date: Mapped[str | None] = mapped_column(String(10))
    language: Mapped[str | None] = mapped_column(String(35))
    quality_note: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    # Where the text came from, when it was read from a file (models.sources): the file's name
    # and SHA-256, the extractor with its version, the encoding decoded, and the kind of content.
    file_name: Mapped[str | None] = mapped_column(String(1000))
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    extractor: Mapped[str | None] = mapped_column(String(200))
    encoding: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str | None] = mapped_column(String(20))


class Side(Base):
    """One party's position: the allegation or the response."""

    __tablename__ = "side"
    __table_args__ = (
        UniqueConstraint("case_id", "key"),
        UniqueConstraint("case_id", "role"),
        CheckConstraint("role IN ('allegation', 'response')", name="role"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20))
    party: Mapped[str] = mapped_column(String(1000))
    description: Mapped[str | None] = mapped_column(Text)


class Claim(Base):
    """One assertion by one side: a span of a source."""

    __tablename__ = "claim"
    __table_args__ = (
        UniqueConstraint("case_id", "key"),
        CheckConstraint('start >= 0 AND "end" > start', name="span"),
        Index("ix_claim_case_position", "case_id", "position"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    side_id: Mapped[int] = mapped_column(ForeignKey("side.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    paraphrase: Mapped[str | None] = mapped_column(Text)
    speaker: Mapped[str | None] = mapped_column(String(1000))
    kind: Mapped[str] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")
    # Where the span counts (docs/revisions.md): exact claims count in the source's current
    # text (anchor_version NULL); proposed and orphan ones keep the span and quote they had in
    # the version named, until the analyst places them.
    anchor_state: Mapped[str] = mapped_column(String(20), default="exact", server_default="exact")
    anchor_version: Mapped[int | None] = mapped_column(Integer)
    anchor_reason: Mapped[str | None] = mapped_column(String(20))
    # Who wrote the notes last, when, as which database role (PostgreSQL; None on SQLite).
    notes_by: Mapped[str | None] = mapped_column(String(200))
    notes_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    notes_role: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1"
    )  # lost-update check


class SourceVersion(Base):
    """One version of a source's text, kept for good: the last one is the current text."""

    __tablename__ = "source_version"
    __table_args__ = (UniqueConstraint("source_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))  # of the text, UTF-8
    extractor: Mapped[str | None] = mapped_column(String(1000))
    note: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AnchorCandidate(Base):
    """A passage of the current text that may hold a proposed or orphan claim's words."""

    __tablename__ = "anchor_candidate"
    __table_args__ = (CheckConstraint('start >= 0 AND "end" > start', name="span"),)
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True
    )
    rank: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0 is the best
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    quote_similarity: Mapped[float] = mapped_column(Float)
    context_similarity: Mapped[float] = mapped_column(Float)


class Assessment(Base):
    """A claim's status, with the rationale and who gave it."""

    __tablename__ = "assessment"
    __table_args__ = (
        CheckConstraint(
            "status IN ('unassessed', 'supported', 'unsupported', 'disputed', 'unverifiable')",
            name="status",
        ),
    )
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(20), default="unassessed")
    rationale: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("author.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    author_role: Mapped[str | None] = mapped_column(String(200))  # the database role, if any
    version: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1"
    )  # lost-update check


class Link(Base):
    """A relation from a response claim to the allegation claim it answers."""

    __tablename__ = "link"
    __table_args__ = (
        UniqueConstraint("case_id", "key"),
        UniqueConstraint("allegation_id", "response_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    allegation_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    response_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    relation: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    # Who made (or last changed) the link, when, as which database role; None before 0006.
    author_name: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    author_role: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1"
    )  # lost-update check


class Evidence(Base):
    """A record outside the claims, graded on the Admiralty scale."""

    __tablename__ = "evidence"
    __table_args__ = (
        UniqueConstraint("case_id", "key"),
        CheckConstraint("reliability IN ('A', 'B', 'C', 'D', 'E', 'F')", name="reliability"),
        CheckConstraint("credibility BETWEEN 1 AND 6", name="credibility"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(1000))
    kind: Mapped[str] = mapped_column(String(40))
    citation: Mapped[str] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10))
    url: Mapped[str | None] = mapped_column(String(4000))
    reliability: Mapped[str] = mapped_column(String(1))
    credibility: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    # Who added (or last changed) the record, when, as which database role; None before 0006.
    author_name: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    author_role: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1"
    )  # lost-update check


class ClaimEvidence(Base):
    """Evidence attached to a claim, with a stance."""

    __tablename__ = "claim_evidence"
    __table_args__ = (
        CheckConstraint("stance IN ('supports', 'contradicts', 'context')", name="stance"),
    )
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True
    )
    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    stance: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class Tag(Base):
    """A label with a colour and an icon, optionally nested under another tag."""

    __tablename__ = "tag"
    __table_args__ = (UniqueConstraint("case_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(1000))
    color: Mapped[str] = mapped_column(String(7))
    icon: Mapped[str | None] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("tag.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1"
    )  # lost-update check


class ClaimTag(Base):
    """A tag applied to a claim."""

    __tablename__ = "claim_tag"
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)


class EvidenceTag(Base):
    """A tag applied to an evidence record."""

    __tablename__ = "evidence_tag"
    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)


class LinkDismissal(Base):
    """A suggested link the analyst dismissed: it is not suggested again."""

    __tablename__ = "link_dismissal"
    __table_args__ = (UniqueConstraint("allegation_id", "response_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    allegation_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    response_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)


class ClaimRejection(Base):
    """A suggested claim (a span of a source) the analyst rejected: it is not suggested again."""

    __tablename__ = "claim_rejection"
    __table_args__ = (
        UniqueConstraint("source_id", "start", "end"),
        CheckConstraint('start >= 0 AND "end" > start', name="span"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class Edit(Base):
    """One committed edit, an event of the case's feed: its number, who, when, what, before, after.

    `seq` numbers a case's events 1, 2, 3… with no gap, in commit order (`CaseSeq`), so a reader
    that has seen event N asks for `seq > N` and misses nothing. `kind` says what changed
    ("assessment.status", "claim.notes", "link.add"…), `entity` which row ("assessment:12");
    `before` and `after` are the values as JSON (None for an event from before the feed).
    """

    __tablename__ = "edit"
    __table_args__ = (
        UniqueConstraint("case_id", "seq"),
        Index("ix_edit_case_entity", "case_id", "entity"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("author.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    summary: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40), default="edit", server_default="edit")
    entity: Mapped[str | None] = mapped_column(String(60))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)


class EditClaim(Base):
    """A claim an event touched: a claim's history is read through this."""

    __tablename__ = "edit_claim"
    edit_id: Mapped[int] = mapped_column(
        ForeignKey("edit.id", ondelete="CASCADE"), primary_key=True
    )
    claim_id: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)  # may be gone


class CaseSeq(Base):
    """A case's last event number; updating it serialises the case's writers (no gap, no skip)."""

    __tablename__ = "case_seq"
    case_id: Mapped[int] = mapped_column(
        ForeignKey("case.id", ondelete="CASCADE"), primary_key=True
    )
    n: Mapped[int] = mapped_column(Integer, default=0)


class Classroom(Base):
    """Marks a case as a student copy: of which case, and for which student."""

    __tablename__ = "classroom"
    case_id: Mapped[int] = mapped_column(
        ForeignKey("case.id", ondelete="CASCADE"), primary_key=True
    )
    student_copy_of: Mapped[str] = mapped_column(String(120))
    student: Mapped[str | None] = mapped_column(String(200))
