"""The tables' columns (Core), for reads that build plain views.

A read of a whole case needs no ORM, and the first query through the mapped classes configures
every mapper, which start-up would pay before the first paint. The reads (models/snapshot.py,
models/anchoring_views.py, models/feed.py) use these; the edits use the mapped classes of
models/schema.py.
"""

from __future__ import annotations

from models import schema

ANCHOR_CANDIDATE_TABLE = schema.AnchorCandidate.__table__
ASSESSMENT_TABLE = schema.Assessment.__table__
AUTHOR_TABLE = schema.Author.__table__
CASE_TABLE = schema.Case.__table__
CASE_SEQ_TABLE = schema.CaseSeq.__table__
CLAIM_TABLE = schema.Claim.__table__
CLAIM_EVIDENCE_TABLE = schema.ClaimEvidence.__table__
CLAIM_TAG_TABLE = schema.ClaimTag.__table__
CLASSROOM_TABLE = schema.Classroom.__table__
EDIT_TABLE = schema.Edit.__table__
EDIT_CLAIM_TABLE = schema.EditClaim.__table__
EVIDENCE_TABLE = schema.Evidence.__table__
EVIDENCE_TAG_TABLE = schema.EvidenceTag.__table__
LINK_TABLE = schema.Link.__table__
SIDE_TABLE = schema.Side.__table__
SOURCE_TABLE = schema.Source.__table__
SOURCE_VERSION_TABLE = schema.SourceVersion.__table__
TAG_TABLE = schema.Tag.__table__
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
