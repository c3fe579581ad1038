"""Reading a source in a child process, so that no step of a parser can hold up the window.

A worker thread is not enough: the extractors run regular expressions and parsers over the whole
text in single calls that hold Python's global lock for a quarter of a second on a 5 MB page,
and the window cannot paint meanwhile. A child process has its own lock. This module imports
no Qt: the child imports only it and `models.sources`. The child is spawned, not forked, so it
is told the window's language: a file it refuses is refused in the words of the window.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
from multiprocessing.connection import Connection

from models import i18n

# What the child is asked to read: ("path", path) or ("text", text, name).
Request = tuple


def read_in_child(request: Request, conn: Connection, cancel, language: str = "en") -> None:
    """The child's work: read the source, sending ("progress", done, total) and one result."""
    from models.sources import ExtractionCancelled, SourceFileError, extract_bytes, extract_file
    from models.sources.base import Job

    i18n.set_language(language)

    def progress(done: int, total: int) -> None:
        conn.send(("progress", done, total))

    try:
        if request[0] == "path":
            source = extract_file(request[1], should_cancel=cancel.is_set, progress=progress)
        else:
            job = Job(cancel.is_set, progress)
            source = extract_bytes(request[1].encode("utf-8"), request[2], job=job)
    except ExtractionCancelled:
        conn.send(("cancelled",))
    except SourceFileError as exc:
        conn.send(("failed", str(exc)))
    except (OSError, MemoryError, RecursionError) as exc:
        conn.send(("error", str(exc)))
    else:
        # The paragraphs (a tuple per paragraph) are left out: unpickled in the window's process
        # they would hold its lock for a tenth of a second, and adding a source does not use them.
        conn.send(("done", dataclasses.replace(source, paragraphs=())))
    finally:
        conn.close()


def start(request: Request):
    """Start a child reading `request`; return (process, receiving end, cancel event)."""
    context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
    receiving, sending = context.Pipe(duplex=False)
    cancel = context.Event()
    process = context.Process(
        target=read_in_child,
        args=(request, sending, cancel, i18n.language()),
        name="counterpoint-source",
    )
    process.daemon = True
    process.start()
    sending.close()  # the child holds its own copy; EOF here once it has gone
    return process, receiving, cancel
