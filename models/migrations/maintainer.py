"""The maintainer's side of the migrations: the alembic command line and the drift check.

`alembic check` and `alembic revision --autogenerate -m "..."` (run from the top, through
alembic.ini) work on the store named by $COUNTERPOINT_ALEMBIC_URL (a path or an SQLAlchemy URL),
or else on a scratch SQLite store that the migrations have just brought to head. The app itself
never comes here: the store hands env.py its own connection (models/store.py).
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, MetaData, create_engine
from sqlalchemy.engine import Engine

URL_ENV = "COUNTERPOINT_ALEMBIC_URL"
TOP = Path(__file__).resolve().parents[2]

# How env.py runs and autogenerate compares, for the store and the command line alike: batch mode
# (SQLite cannot ALTER most things), and types and server defaults compared as well as names.
MIGRATION_OPTIONS: dict[str, Any] = {
    "render_as_batch": True,
    "compare_type": True,
    "compare_server_default": True,
}


def scratch_store_url() -> str:
    """Create a new SQLite store in a temporary folder, migrated to head; return its URL.

    In a child process: the alembic command that is running holds alembic's context, which the
    store's own migration run would replace and then tear down.
    """
    folder = Path(tempfile.mkdtemp(prefix="counterpoint-alembic-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "scratch.db"
    make = "import sys; from models.store import open_store; open_store(sys.argv[1]).close()"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(TOP), os.environ.get("PYTHONPATH", "")]))
    subprocess.run([sys.executable, "-c", make, str(path)], check=True, cwd=TOP, env=env)
    return "sqlite:///" + str(path)


def command_line_url() -> str:
    """The store the alembic command line works on: $COUNTERPOINT_ALEMBIC_URL, or a scratch one."""
    from models.store import database_url

    target = os.environ.get(URL_ENV, "").strip()
    return database_url(target) if target else scratch_store_url()


def command_line_engine() -> Engine:
    """An engine on the command line's store (see command_line_url)."""
    return create_engine(command_line_url())


def schema_drift(connection: Connection, metadata: MetaData | None = None) -> list:
    """What autogenerate would change to make the store's schema match the models (empty: none).

    The same comparison as `alembic check`, on an open connection, for the tests.
    """
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from models.schema import Base

    target = metadata if metadata is not None else Base.metadata
    options = {k: v for k, v in MIGRATION_OPTIONS.items() if k.startswith("compare_")}
    context = MigrationContext.configure(connection, opts={"target_metadata": target, **options})
    return compare_metadata(context, target)
