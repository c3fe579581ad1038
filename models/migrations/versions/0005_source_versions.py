"""source versions: every version of a source kept, and each claim's anchoring state

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-01 23:00:00.000000

Every existing source gets version 1, its text as it is; every existing claim is exact in it.
The claim columns are added in place (ALTER TABLE ADD COLUMN), never by recreating the table:
on SQLite with foreign keys on, dropping the old claim table would cascade to its assessments,
tags, evidence and links.
"""

import hashlib
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "source_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("extractor", sa.String(length=1000), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
            name=op.f("fk_source_version_source_id_source"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_version")),
        sa.UniqueConstraint("source_id", "number", name=op.f("uq_source_version_source_id_number")),
    )
    op.create_table(
        "anchor_candidate",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("quote_similarity", sa.Float(), nullable=False),
        sa.Column("context_similarity", sa.Float(), nullable=False),
        sa.CheckConstraint('start >= 0 AND "end" > start', name=op.f("ck_anchor_candidate_span")),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claim.id"],
            name=op.f("fk_anchor_candidate_claim_id_claim"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("claim_id", "rank", name=op.f("pk_anchor_candidate")),
    )
    op.add_column(
        "claim",
        sa.Column("anchor_state", sa.String(length=20), nullable=False, server_default="exact"),
    )
    op.add_column("claim", sa.Column("anchor_version", sa.Integer(), nullable=True))
    op.add_column("claim", sa.Column("anchor_reason", sa.String(length=20), nullable=True))

    bind = op.get_bind()
    source = sa.table("source", sa.column("id", sa.Integer), sa.column("text", sa.Text))
    version = sa.table(
        "source_version",
        sa.column("source_id", sa.Integer),
        sa.column("number", sa.Integer),
        sa.column("text", sa.Text),
        sa.column("sha256", sa.String),
        sa.column("extractor", sa.String),
        sa.column("note", sa.Text),
        sa.column("added_at", sa.DateTime(timezone=True)),
    )
    now = datetime.now(UTC)
    rows = [
        {
            "source_id": source_id,
            "number": 1,
            "text": text,
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "extractor": None,
            "note": "",
            "added_at": now,
        }
        for source_id, text in bind.execute(sa.select(source.c.id, source.c.text))
    ]
    if rows:
        bind.execute(sa.insert(version), rows)


def downgrade() -> None:
    # Dropped in place too (SQLite 3.35 and later), for the same reason as above.
    for column in ("anchor_reason", "anchor_version", "anchor_state"):
        op.drop_column("claim", column)
    op.drop_table("anchor_candidate")
    op.drop_table("source_version")
