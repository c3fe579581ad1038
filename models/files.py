"""Writing files so that nothing half-written is ever left, with the permissions people expect."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def _umask() -> int:
    # The only portable way to read the umask is to set it and put it back.
    mask = os.umask(0)
    os.umask(mask)
    return mask


def file_mode(path: Path) -> int:
    """The mode a file written at `path` gets: the existing file's, else what the umask allows."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


# SQLite's locks are POSIX advisory locks: they belong to the process, and closing any descriptor
# of the locked file drops them all, so a store's files must never be opened here outside SQLite
# (another client would then think itself alone and delete the -wal still being written).
# Writing over them would replace the open store. models/store.py names its files here.
_store_files: dict[Path, int] = {}
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def hold_store_file(path: str | os.PathLike) -> None:
    """Mark a database file as open through SQLite in this process, with its companion files."""
    key = Path(path).resolve()
    _store_files[key] = _store_files.get(key, 0) + 1


def release_store_file(path: str | os.PathLike) -> None:
    """The store at path was closed (once for each hold_store_file)."""
    key = Path(path).resolve()
    left = _store_files.get(key, 0) - 1
    if left > 0:
        _store_files[key] = left
    else:
        _store_files.pop(key, None)


def is_store_file(path: str | os.PathLike) -> bool:
    """Whether path is an open store's database or one of SQLite's files beside it."""
    try:
        candidate = Path(path).expanduser().resolve()
    except (OSError, RuntimeError, ValueError):
        return False
    for db in _store_files:
        if candidate == db or candidate in {db.with_name(db.name + c) for c in SQLITE_COMPANIONS}:
            return True
        try:  # another name for the same file (a hard link); stat() opens nothing
            if os.path.samefile(candidate, db):
                return True
        except (OSError, ValueError):
            continue
    return False


def write_atomically(path: str | os.PathLike, content: str | bytes) -> None:
    """Write a file through a temporary file and a rename, so no half-written file is left.

    The temporary file is private (mkstemp makes it 0600); before the rename it is given the mode
    an ordinary new file would have, or the mode of the file it replaces, so that an export can
    be read by whoever could read any other file the person saves.
    """
    path = Path(path)
    if is_store_file(path):
        raise OSError(f"{path} is the open store; writing there would replace it")
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise OSError(f"Cannot write in {path.parent}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fchmod(handle.fileno(), file_mode(path))
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
