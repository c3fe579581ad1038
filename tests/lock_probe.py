"""Whether a store's SQLite lock is held, asked from another process as a second client would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# SQLite's lock bytes (see os_unix.c): a connection that has read the store holds a read lock on
# the shared range; a second client that can take a write lock there believes it is alone, and
# on closing checkpoints and deletes the -wal file.
_PROBE = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR)
try:
    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 510, 0x40000002)
except OSError:
    print("held")
else:
    print("free")
"""


def store_lock_held(db: Path) -> bool:
    """Whether some process holds SQLite's shared lock on the store (asked from another one)."""
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(db)], capture_output=True, text=True, check=True
    )
    return out.stdout.strip() == "held"
