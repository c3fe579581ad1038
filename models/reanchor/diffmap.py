"""Map positions between an old text and its revision through a character diff (no Qt).

The diff is Google's diff-match-patch (its C++ port, `fast-diff-match-patch`) with its semantic
cleanup, which turns a scatter of one-letter coincidences into whole replaced words, so that a
position inside an edit maps to the edit's place rather than to a stray letter elsewhere.
"""

from __future__ import annotations

from bisect import bisect_right

from fast_diff_match_patch import diff

# A revision that shares almost nothing with its original (a re-translation) would make the
# O(N*D) diff run for minutes; past this budget diff-match-patch returns a coarser, still valid
# diff, and the searches after it place what the diff did not.
DIFF_SECONDS = 2.0


class DiffMap:
    """The runs of a diff of old and new text, for mapping positions both ways."""

    def __init__(self, old: str, new: str) -> None:
        self._old_starts: list[int] = []  # '=' and '-' runs tile the old text
        self._old_runs: list[tuple[int, int, bool]] = []  # (old start, new start, is equal)
        self._new_starts: list[int] = []  # '=' and '+' runs tile the new text
        self._new_runs: list[tuple[int, int, bool]] = []  # (new start, old start, is equal)
        if old == new:
            ops = [("=", len(old))]
        else:
            ops = diff(old, new, timelimit=DIFF_SECONDS, checklines=False, cleanup="Semantic")
        o = n = 0
        for op, length in ops:
            if op == "=":
                self._add_old(o, n, True)
                self._add_new(n, o, True)
                o, n = o + length, n + length
            elif op == "-":
                self._add_old(o, n, False)
                o += length
            else:
                self._add_new(n, o, False)
                n += length
        self.old_length, self.new_length = len(old), len(new)
        self.equal_share = sum(length for op, length in ops if op == "=") / max(1, len(old))

    def _add_old(self, old: int, new: int, equal: bool) -> None:
        self._old_starts.append(old)
        self._old_runs.append((old, new, equal))

    def _add_new(self, new: int, old: int, equal: bool) -> None:
        self._new_starts.append(new)
        self._new_runs.append((new, old, equal))

    def _old_run(self, position: int) -> tuple[int, int, bool]:
        return self._old_runs[max(0, bisect_right(self._old_starts, position) - 1)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Where the old span [start, end) lands in the new text (possibly empty or reversed).

        The start follows the old character at `start` and the end the one at `end - 1`, so text
        inserted just before or just after the span stays outside it.
        """
        old, new, equal = self._old_run(start)
        mapped_start = new + (start - old) if equal else new
        old, new, equal = self._old_run(end - 1)
        mapped_end = new + (end - 1 - old) + 1 if equal else new
        return mapped_start, mapped_end

    def kept_around(self, start: int, end: int, margin: int) -> bool:
        """Whether one run the diff kept covers old [start - margin, end + margin) (clamped).

        Then the claim's context came through unchanged with it, and no copy elsewhere can
        compete with the place the diff gives it.
        """
        old, _, equal = self._old_run(start)
        index = bisect_right(self._old_starts, start)
        run_end = self._old_starts[index] if index < len(self._old_starts) else self.old_length
        return (
            equal
            and old <= max(0, start - margin)
            and run_end >= min(self.old_length, end + margin)
        )

    def old_position(self, position: int) -> int | None:
        """The old position of new character `position` if the diff kept it, else None."""
        if not self._new_runs:
            return None
        new, old, equal = self._new_runs[max(0, bisect_right(self._new_starts, position) - 1)]
        return old + (position - new) if equal else None

    def kept_elsewhere(
        self, start: int, end: int, old_start: int, old_end: int, margin: int
    ) -> bool:
        """Whether new [start, end) is text the diff kept, with its context, from outside old
        [old_start, old_end).

        Such a passage was already in the old version, somewhere else: a look-alike of the
        claim's words, not where they went. Only a kept run that also covers `margin` characters
        either side counts: semantic cleanup keeps a lone shared sentence between two replaced
        passages as "equal", and that is no evidence of where it came from.
        """
        if not self._new_runs:
            return False
        index = bisect_right(self._new_starts, start) - 1
        new, old, equal = self._new_runs[max(0, index)]
        run_end = (
            self._new_starts[index + 1] if index + 1 < len(self._new_starts) else self.new_length
        )
        if (
            not equal
            or new > max(0, start - margin)
            or run_end < min(self.new_length, end + margin)
        ):
            return False
        first, last = old + (start - new), old + (end - new)
        return last <= old_start or first >= old_end
