"""attribution: who made each link, evidence record and note, when, and as which database role

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 03:30:00.000000

Assessments already name their author and time; links, evidence records and claim notes now do
too, and each of the four records the database role it was written as (PostgreSQL's
current_user; NULL on SQLite). Rows from before this revision have none of it (NULL), which the
window and the exports show as nothing rather than a guess.

The columns are added in place (ALTER TABLE ADD COLUMN), never by recreating a table: on
SQLite with foreign keys on, dropping the old claim table would cascade to its assessments,
tags, evidence and links. So the new author columns hold the name itself, not a foreign key
to the author table (SQLite cannot add a column with a constraint that reflects by name).
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# (table, author name column, time column, role column)
ATTRIBUTED = (
    ("link", "author_name", "updated_at", "author_role"),
    ("evidence", "author_name", "updated_at", "author_role"),
    ("claim", "notes_by", "notes_at", "notes_role"),
)


def upgrade() -> None:
    for table, author, at, role in ATTRIBUTED:
        op.add_column(table, sa.Column(author, sa.String(length=200), nullable=True))
        op.add_column(table, sa.Column(at, sa.DateTime(timezone=True), nullable=True))
        op.add_column(table, sa.Column(role, sa.String(length=200), nullable=True))
    op.add_column("assessment", sa.Column("author_role", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessment") as batch:
        batch.drop_column("author_role")
    for table, author, at, role in reversed(ATTRIBUTED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(role)
            batch.drop_column(at)
            batch.drop_column(author)
