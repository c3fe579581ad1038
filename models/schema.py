"""The store's tables as mapped classes, for the edits and the case-file import (the ORM).

Each class is mapped onto its table in models/tables.py, the one definition of the columns and
constraints; this module adds only the ORM. Importing it maps every class (about 12 ms, and 5 more
to configure the mappers at the first ORM query), which the window's first paint does not wait
for: the reads use the tables themselves.
"""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from models import tables
from models.tables import utcnow  # noqa: F401 - the edits' clock, imported from here too


class Base(DeclarativeBase):
    """Declarative base on the tables' metadata (every constraint named)."""

    metadata = tables.METADATA


class Author(Base):
    """A person who made an edit or an assessment."""

    __table__ = tables.AUTHOR_TABLE


class Case(Base):
    """One dispute: its sources, sides, claims, links, evidence and tags."""

    __table__ = tables.CASE_TABLE


class Source(Base):
    """A published text kept verbatim, with its metadata."""

    __table__ = tables.SOURCE_TABLE


class Side(Base):
    """One party's position: the allegation or the response."""

    __table__ = tables.SIDE_TABLE


class Claim(Base):
    """One assertion by one side: a span of a source."""

    __table__ = tables.CLAIM_TABLE


class SourceVersion(Base):
    """One version of a source's text, kept for good: the last one is the current text."""

    __table__ = tables.SOURCE_VERSION_TABLE


class AnchorCandidate(Base):
    """A passage of the current text that may hold a proposed or orphan claim's words."""

    __table__ = tables.ANCHOR_CANDIDATE_TABLE


class Assessment(Base):
    """A claim's status, with the rationale and who gave it."""

    __table__ = tables.ASSESSMENT_TABLE


class Link(Base):
    """A relation from a response claim to the allegation claim it answers."""

    __table__ = tables.LINK_TABLE


class Evidence(Base):
    """A record outside the claims, graded on the Admiralty scale."""

    __table__ = tables.EVIDENCE_TABLE


class ClaimEvidence(Base):
    """Evidence attached to a claim, with a stance."""

    __table__ = tables.CLAIM_EVIDENCE_TABLE


class Tag(Base):
    """A label with a colour and an icon, optionally nested under another tag."""

    __table__ = tables.TAG_TABLE


class ClaimTag(Base):
    """A tag applied to a claim."""

    __table__ = tables.CLAIM_TAG_TABLE


class EvidenceTag(Base):
    """A tag applied to an evidence record."""

    __table__ = tables.EVIDENCE_TAG_TABLE


class LinkDismissal(Base):
    """A suggested link the analyst dismissed: it is not suggested again."""

    __table__ = tables.LINK_DISMISSAL_TABLE


class ClaimRejection(Base):
    """A suggested claim (a span of a source) the analyst rejected: it is not suggested again."""

    __table__ = tables.CLAIM_REJECTION_TABLE


class Edit(Base):
    """One committed edit, an event of the case's feed: its number, who, when, what, before, after.

    `seq` numbers a case's events 1, 2, 3… with no gap, in commit order (`CaseSeq`), so a reader
    that has seen event N asks for `seq > N` and misses nothing. `kind` says what changed
    ("assessment.status", "claim.notes", "link.add"…), `entity` which row ("assessment:12");
    `before` and `after` are the values as JSON (None for an event from before the feed).
    """

    __table__ = tables.EDIT_TABLE


class EditClaim(Base):
    """A claim an event touched: a claim's history is read through this."""

    __table__ = tables.EDIT_CLAIM_TABLE


class CaseSeq(Base):
    """A case's last event number; updating it serialises the case's writers (no gap, no skip)."""

    __table__ = tables.CASE_SEQ_TABLE


class Classroom(Base):
    """Marks a case as a student copy: of which case, and for which student."""

    __table__ = tables.CLASSROOM_TABLE
