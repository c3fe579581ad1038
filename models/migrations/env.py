"""Alembic environment: runs migrations on the connection the store hands over.

Without one, it is the alembic command line (alembic.ini at the top, for maintainers): it works
on $COUNTERPOINT_ALEMBIC_URL or on a scratch store (models/migrations/maintainer.py).
"""

from alembic import context

from models.migrations.maintainer import MIGRATION_OPTIONS, command_line_engine
from models.schema import Base

config = context.config


def run_migrations(connection) -> None:
    """Run the migrations (or the comparison) on one connection."""
    context.configure(connection=connection, target_metadata=Base.metadata, **MIGRATION_OPTIONS)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    engine = command_line_engine()
    try:
        with engine.connect() as own:
            run_migrations(own)
            own.commit()
    finally:
        engine.dispose()
