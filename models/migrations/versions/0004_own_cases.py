"""own cases: where a source's text came from; dismissed and rejected suggestions

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 23:10:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.add_column(sa.Column("file_name", sa.String(length=1000), nullable=True))
        batch_op.add_column(sa.Column("file_sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("extractor", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("encoding", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("kind", sa.String(length=20), nullable=True))
        batch_op.create_index("ix_source_case_file", ["case_id", "file_sha256"], unique=False)

    op.create_table(
        "link_dismissal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("allegation_id", sa.Integer(), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case.id"],
            name=op.f("fk_link_dismissal_case_id_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["allegation_id"],
            ["claim.id"],
            name=op.f("fk_link_dismissal_allegation_id_claim"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["claim.id"],
            name=op.f("fk_link_dismissal_response_id_claim"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_dismissal")),
        sa.UniqueConstraint(
            "allegation_id", "response_id", name=op.f("uq_link_dismissal_allegation_id_response_id")
        ),
    )
    with op.batch_alter_table("link_dismissal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_link_dismissal_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_link_dismissal_response_id"), ["response_id"], unique=False
        )

    op.create_table(
        "claim_rejection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.CheckConstraint('start >= 0 AND "end" > start', name=op.f("ck_claim_rejection_span")),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
            name=op.f("fk_claim_rejection_source_id_source"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_rejection")),
        sa.UniqueConstraint(
            "source_id", "start", "end", name=op.f("uq_claim_rejection_source_id_start_end")
        ),
    )


def downgrade() -> None:
    op.drop_table("claim_rejection")
    with op.batch_alter_table("link_dismissal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_link_dismissal_response_id"))
        batch_op.drop_index(batch_op.f("ix_link_dismissal_case_id"))
    op.drop_table("link_dismissal")
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.drop_index("ix_source_case_file")
        batch_op.drop_column("kind")
        batch_op.drop_column("encoding")
        batch_op.drop_column("extractor")
        batch_op.drop_column("file_sha256")
        batch_op.drop_column("file_name")
