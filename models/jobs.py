"""The hooks long work is handed: asked between steps whether to stop, told how far it is.

Plain Python, no Qt: an export, an import or a grading run takes a `Job` and calls `progress`
and `check()` as it goes. The window's background tasks (ui/common/background.py) make one whose
`should_cancel` is the Cancel button; the command line makes one that prints progress.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

PROGRESS_AFTER = 1.0  # seconds: quicker work shows no progress line at all

Progress = Callable[[int, int], None]  # (done, total); total 0 means "not known yet"
ShouldCancel = Callable[[], bool]


class Cancelled(Exception):
    """The user cancelled the work; nothing was written."""


def _never() -> bool:
    return False


def _silent(done: int, total: int) -> None:
    return None


@dataclass(frozen=True)
class Job:
    """The caller's hooks for one piece of long work."""

    should_cancel: ShouldCancel = _never
    progress: Progress = _silent

    def check(self) -> None:
        """Stop here (raise Cancelled) if the user has cancelled."""
        if self.should_cancel():
            raise Cancelled()


NO_JOB = Job()  # for work nobody watches: never cancelled, progress goes nowhere


class TerminalProgress:
    """A progress line on a terminal for work over PROGRESS_AFTER seconds; silent elsewhere.

    Nothing is written unless the stream is a terminal, so a pipe or a log file stays clean;
    the line is erased when the work ends, whatever the outcome.
    """

    def __init__(self, stream: TextIO, what: str, clock: Callable[[], float] = time.monotonic):
        self.stream, self.what, self.clock = stream, what, clock
        self.started = clock()
        self.shown = -1  # the percentage on the line; -1: no line yet
        try:
            self.tty = stream.isatty()
        except (AttributeError, ValueError):  # no isatty, or a closed stream
            self.tty = False
        self.job = Job(progress=self.progress)

    def progress(self, done: int, total: int) -> None:
        """Show done of total as a percentage, once the work has taken long enough."""
        if not self.tty or total <= 0 or self.clock() - self.started < PROGRESS_AFTER:
            return
        percent = min(done, total) * 100 // total
        if percent != self.shown:
            self.shown = percent
            self.stream.write(f"\r{self.what}: {percent}%")
            self.stream.flush()

    def close(self) -> None:
        """Erase the line, if one was shown."""
        if self.shown >= 0:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = -1

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
