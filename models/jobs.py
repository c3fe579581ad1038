"""The hooks long work is handed: asked between steps whether to stop, told how far it is.

Plain Python, no Qt: an export, an import or a grading run takes a `Job` and calls `progress`
and `check()` as it goes. The window's background tasks (ui/common/background.py) make one whose
`should_cancel` is the Cancel button; the command line makes one that prints progress.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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
