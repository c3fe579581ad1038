"""The store's tables (SQLAlchemy Core): the one definition of the schema.

The mapped classes of models/schema.py are mapped onto these tables, and the migrations are
checked against this metadata (tests/models/test_migration_drift.py). Reads that build plain
views (models/snapshot.py, models/anchoring_views.py, models/feed.py) select from these tables
and need no ORM: the window's first paint imports neither the mapped classes nor the edits
(tests/ui/window/test_startup.py), which are mapped when an edit or an import first needs them.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Every constraint is named (the naming convention): migrations can alter them on SQLite too.
METADATA = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    """Return the current time in UTC, the only time zone the store writes."""
    return datetime.now(UTC)


# A person who made an edit or an assessment.
AUTHOR_TABLE = Table(
    "author",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
)

# One dispute: its sources, sides, claims, links, evidence and tags.
CASE_TABLE = Table(
    "case",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("slug", String(120), nullable=False, unique=True),
    Column("title", String(1000), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("updated_at", DateTime(timezone=True), nullable=False, default=utcnow),
)

# A published text kept verbatim, with its metadata.
SOURCE_TABLE = Table(
    "source",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column(
        "case_id", Integer, ForeignKey("case.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("key", String(200), nullable=False),
    Column("position", Integer, nullable=False),
    Column("title", String(1000), nullable=False),
    Column("publisher", String(1000)),
    Column("url", String(4000)),
    Column("date", String(10)),
    Column("language", String(35)),
    Column("quality_note", Text),
    Column("text", Text, nullable=False),
    # Where the text came from, when it was read from a file (models.sources): the file's name
    # and SHA-256, the extractor with its version, the encoding decoded, and the kind of content.
    Column("file_name", String(1000)),
    Column("file_sha256", String(64)),
    Column("extractor", String(200)),
    Column("encoding", String(40)),
    Column("kind", String(20)),
    UniqueConstraint("case_id", "key"),
    Index("ix_source_case_file", "case_id", "file_sha256"),
)

# One party's position: the allegation or the response.
SIDE_TABLE = Table(
    "side",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column(
        "case_id", Integer, ForeignKey("case.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("key", String(200), nullable=False),
    Column("position", Integer, nullable=False),
    Column("role", String(20), nullable=False),
    Column("party", String(1000), nullable=False),
    Column("description", Text),
    UniqueConstraint("case_id", "key"),
    UniqueConstraint("case_id", "role"),
    CheckConstraint("role IN ('allegation', 'response')", name="role"),
)

# One assertion by one side: a span of a source.
CLAIM_TABLE = Table(
    "claim",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("case.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(200), nullable=False),
    Column("position", Integer, nullable=False),
    Column(
        "side_id", Integer, ForeignKey("side.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column(
        "source_id",
        Integer,
        ForeignKey("source.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("paraphrase", Text),
    Column("speaker", String(1000)),
    Column("kind", String(40), nullable=False),
    Column("notes", Text, nullable=False, default=""),
    # Where the span counts (docs/revisions.md): exact claims count in the source's current
    # text (anchor_version NULL); proposed and orphan ones keep the span and quote they had in
    # the version named, until the analyst places them.
    Column("anchor_state", String(20), nullable=False, default="exact", server_default="exact"),
    Column("anchor_version", Integer),
    Column("anchor_reason", String(20)),
    # Who wrote the notes last, when, as which database role (PostgreSQL; None on SQLite).
    Column("notes_by", String(200)),
    Column("notes_at", DateTime(timezone=True)),
    Column("notes_role", String(200)),
    Column("version", Integer, nullable=False, default=1, server_default="1"),  # lost-update check
    UniqueConstraint("case_id", "key"),
    CheckConstraint('start >= 0 AND "end" > start', name="span"),
    Index("ix_claim_case_position", "case_id", "position"),
)

# One version of a source's text, kept for good: the last one is the current text.
SOURCE_VERSION_TABLE = Table(
    "source_version",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("source.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("sha256", String(64), nullable=False),  # of the text, UTF-8
    Column("extractor", String(1000)),
    Column("note", Text, nullable=False, default=""),
    Column("added_at", DateTime(timezone=True), nullable=False, default=utcnow),
    UniqueConstraint("source_id", "number"),
)

# A passage of the current text that may hold a proposed or orphan claim's words.
ANCHOR_CANDIDATE_TABLE = Table(
    "anchor_candidate",
    METADATA,
    Column("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True),
    Column("rank", Integer, primary_key=True),  # 0 is the best
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("score", Float, nullable=False),
    Column("quote_similarity", Float, nullable=False),
    Column("context_similarity", Float, nullable=False),
    CheckConstraint('start >= 0 AND "end" > start', name="span"),
)

# A claim's status, with the rationale and who gave it.
ASSESSMENT_TABLE = Table(
    "assessment",
    METADATA,
    Column("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True),
    Column("status", String(20), nullable=False, default="unassessed"),
    Column("rationale", Text, nullable=False, default=""),
    Column("author_id", Integer, ForeignKey("author.id", ondelete="SET NULL")),
    Column("updated_at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("author_role", String(200)),  # the database role, if any
    Column("version", Integer, nullable=False, default=1, server_default="1"),  # lost-update check
    CheckConstraint(
        "status IN ('unassessed', 'supported', 'unsupported', 'disputed', 'unverifiable')",
        name="status",
    ),
)

# A relation from a response claim to the allegation claim it answers.
LINK_TABLE = Table(
    "link",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column(
        "case_id", Integer, ForeignKey("case.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("key", String(200), nullable=False),
    Column("position", Integer, nullable=False),
    Column("allegation_id", Integer, ForeignKey("claim.id", ondelete="CASCADE"), nullable=False),
    Column(
        "response_id",
        Integer,
        ForeignKey("claim.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("relation", String(40), nullable=False),
    Column("note", Text, nullable=False, default=""),
    # Who made (or last changed) the link, when, as which database role; None before 0006.
    Column("author_name", String(200)),
    Column("updated_at", DateTime(timezone=True)),
    Column("author_role", String(200)),
    Column("version", Integer, nullable=False, default=1, server_default="1"),  # lost-update check
    UniqueConstraint("case_id", "key"),
    UniqueConstraint("allegation_id", "response_id"),
)

# A record outside the claims, graded on the Admiralty scale.
EVIDENCE_TABLE = Table(
    "evidence",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column(
        "case_id", Integer, ForeignKey("case.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("key", String(200), nullable=False),
    Column("position", Integer, nullable=False),
    Column("title", String(1000), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("citation", Text, nullable=False),
    Column("date", String(10)),
    Column("url", String(4000)),
    Column("reliability", String(1), nullable=False),
    Column("credibility", Integer, nullable=False),
    Column("summary", Text, nullable=False, default=""),
    # Who added (or last changed) the record, when, as which database role; None before 0006.
    Column("author_name", String(200)),
    Column("updated_at", DateTime(timezone=True)),
    Column("author_role", String(200)),
    Column("version", Integer, nullable=False, default=1, server_default="1"),  # lost-update check
    UniqueConstraint("case_id", "key"),
    CheckConstraint("reliability IN ('A', 'B', 'C', 'D', 'E', 'F')", name="reliability"),
    CheckConstraint("credibility BETWEEN 1 AND 6", name="credibility"),
)

# Evidence attached to a claim, with a stance.
CLAIM_EVIDENCE_TABLE = Table(
    "claim_evidence",
    METADATA,
    Column("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "evidence_id",
        Integer,
        ForeignKey("evidence.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    Column("position", Integer, nullable=False),
    Column("stance", String(20), nullable=False),
    Column("note", Text, nullable=False, default=""),
    CheckConstraint("stance IN ('supports', 'contradicts', 'context')", name="stance"),
)

# A label with a colour and an icon, optionally nested under another tag.
TAG_TABLE = Table(
    "tag",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column(
        "case_id", Integer, ForeignKey("case.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("key", String(200), nullable=False),
    Column("position", Integer, nullable=False),
    Column("name", String(1000), nullable=False),
    Column("color", String(7), nullable=False),
    Column("icon", String(200)),
    Column("parent_id", Integer, ForeignKey("tag.id", ondelete="SET NULL")),
    Column("version", Integer, nullable=False, default=1, server_default="1"),  # lost-update check
    UniqueConstraint("case_id", "key"),
)

# A tag applied to a claim.
CLAIM_TAG_TABLE = Table(
    "claim_tag",
    METADATA,
    Column("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "tag_id", Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
    Column("position", Integer, nullable=False),
)

# A tag applied to an evidence record.
EVIDENCE_TAG_TABLE = Table(
    "evidence_tag",
    METADATA,
    Column("evidence_id", Integer, ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "tag_id", Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
    Column("position", Integer, nullable=False),
)

# A suggested link the analyst dismissed: it is not suggested again.
LINK_DISMISSAL_TABLE = Table(
    "link_dismissal",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column(
        "case_id", Integer, ForeignKey("case.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("allegation_id", Integer, ForeignKey("claim.id", ondelete="CASCADE"), nullable=False),
    Column(
        "response_id",
        Integer,
        ForeignKey("claim.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    UniqueConstraint("allegation_id", "response_id"),
)

# A suggested claim (a span of a source) the analyst rejected: it is not suggested again.
CLAIM_REJECTION_TABLE = Table(
    "claim_rejection",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("source.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    UniqueConstraint("source_id", "start", "end"),
    CheckConstraint('start >= 0 AND "end" > start', name="span"),
)

# One committed edit, an event of the case's feed: its number, who, when, what, before, after.
# `seq` numbers a case's events 1, 2, 3… with no gap, in commit order (case_seq), so a reader
# that has seen event N asks for `seq > N` and misses nothing. `kind` says what changed
# ("assessment.status", "claim.notes", "link.add"…), `entity` which row ("assessment:12");
# `before` and `after` are the values as JSON (None for an event from before the feed).
EDIT_TABLE = Table(
    "edit",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column(
        "case_id", Integer, ForeignKey("case.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("seq", Integer, nullable=False),
    Column("author_id", Integer, ForeignKey("author.id", ondelete="SET NULL")),
    Column("at", DateTime(timezone=True), nullable=False, default=utcnow),
    Column("summary", Text, nullable=False),
    Column("kind", String(40), nullable=False, default="edit", server_default="edit"),
    Column("entity", String(60)),
    Column("before", Text),
    Column("after", Text),
    UniqueConstraint("case_id", "seq"),
    Index("ix_edit_case_entity", "case_id", "entity"),
)

# A claim an event touched: a claim's history is read through this.
EDIT_CLAIM_TABLE = Table(
    "edit_claim",
    METADATA,
    Column("edit_id", Integer, ForeignKey("edit.id", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", Integer, primary_key=True, index=True),  # the claim may be gone
)

# A case's last event number; updating it serialises the case's writers (no gap, no skip).
CASE_SEQ_TABLE = Table(
    "case_seq",
    METADATA,
    Column("case_id", Integer, ForeignKey("case.id", ondelete="CASCADE"), primary_key=True),
    Column("n", Integer, nullable=False, default=0),
)

# Marks a case as a student copy: of which case, and for which student.
CLASSROOM_TABLE = Table(
    "classroom",
    METADATA,
    Column("case_id", Integer, ForeignKey("case.id", ondelete="CASCADE"), primary_key=True),
    Column("student_copy_of", String(120), nullable=False),
    Column("student", String(200)),
)


# The columns of each table, for reads: `select(Claim.id).where(Claim.case_id == ...)`.
AnchorCandidate = ANCHOR_CANDIDATE_TABLE.c
Assessment = ASSESSMENT_TABLE.c
Author = AUTHOR_TABLE.c
Case = CASE_TABLE.c
CaseSeq = CASE_SEQ_TABLE.c
Claim = CLAIM_TABLE.c
ClaimEvidence = CLAIM_EVIDENCE_TABLE.c
ClaimTag = CLAIM_TAG_TABLE.c
Classroom = CLASSROOM_TABLE.c
Edit = EDIT_TABLE.c
EditClaim = EDIT_CLAIM_TABLE.c
Evidence = EVIDENCE_TABLE.c
EvidenceTag = EVIDENCE_TAG_TABLE.c
Link = LINK_TABLE.c
Side = SIDE_TABLE.c
Source = SOURCE_TABLE.c
SourceVersion = SOURCE_VERSION_TABLE.c
Tag = TAG_TABLE.c
