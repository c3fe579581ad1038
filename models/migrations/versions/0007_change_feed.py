"""change feed: the edit log numbered per case with before and after; a version on edited rows

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 03:30:00.000000

Every edit row gets its case's sequence number (1, 2, 3… in the order they were written), kind
"edit" and no before or after (those were never recorded); `case_seq` holds each case's last
number. Assessments, claims, links, evidence records and tags get `version` 1. The version
columns are added in place (ALTER TABLE ADD COLUMN): recreating the claim table on SQLite would
cascade to its assessments, tags, evidence and links.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VERSIONED = ("assessment", "claim", "link", "evidence", "tag")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("edit", sa.Column("seq", sa.Integer(), nullable=True))
    op.add_column(
        "edit", sa.Column("kind", sa.String(length=40), nullable=False, server_default="edit")
    )
    op.add_column("edit", sa.Column("entity", sa.String(length=60), nullable=True))
    op.add_column("edit", sa.Column("before", sa.Text(), nullable=True))
    op.add_column("edit", sa.Column("after", sa.Text(), nullable=True))

    bind = op.get_bind()
    edit = sa.table(
        "edit", sa.column("id", sa.Integer), sa.column("case_id", sa.Integer), sa.column("seq")
    )
    last: dict[int, int] = {}
    numbered = []
    for edit_id, case_id in bind.execute(sa.select(edit.c.id, edit.c.case_id).order_by(edit.c.id)):
        last[case_id] = last.get(case_id, 0) + 1
        numbered.append({"edit_id": edit_id, "number": last[case_id]})
    if numbered:
        bind.execute(
            sa.update(edit)
            .where(edit.c.id == sa.bindparam("edit_id"))
            .values(seq=sa.bindparam("number")),
            numbered,
        )
    with op.batch_alter_table("edit") as batch:
        batch.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch.create_unique_constraint(op.f("uq_edit_case_id_seq"), ["case_id", "seq"])
        batch.create_index("ix_edit_case_entity", ["case_id", "entity"], unique=False)

    op.create_table(
        "case_seq",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case.id"], name=op.f("fk_case_seq_case_id_case"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_seq")),
    )
    case_seq = sa.table("case_seq", sa.column("case_id", sa.Integer), sa.column("n", sa.Integer))
    case = sa.table("case", sa.column("id", sa.Integer))
    rows = [{"case_id": c, "n": last.get(c, 0)} for (c,) in bind.execute(sa.select(case.c.id))]
    if rows:
        bind.execute(sa.insert(case_seq), rows)
    op.create_table(
        "edit_claim",
        sa.Column("edit_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["edit_id"], ["edit.id"], name=op.f("fk_edit_claim_edit_id_edit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("edit_id", "claim_id", name=op.f("pk_edit_claim")),
    )
    op.create_index(op.f("ix_edit_claim_claim_id"), "edit_claim", ["claim_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_edit_claim_claim_id"), table_name="edit_claim")
    op.drop_table("edit_claim")
    op.drop_table("case_seq")
    with op.batch_alter_table("edit") as batch:
        batch.drop_index("ix_edit_case_entity")
        batch.drop_constraint(op.f("uq_edit_case_id_seq"), type_="unique")
        for column in ("after", "before", "entity", "kind", "seq"):
            batch.drop_column(column)
    for table in VERSIONED:
        op.drop_column(table, "version")
