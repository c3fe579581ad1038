"""Tables a snapshot patches after an edit without copying them: the cost is the entries changed.

A refreshed snapshot shares its predecessor's big tables and lays the few changed entries on
top; the predecessor keeps its own answers (snapshots stay immutable). After a few hundred
patches the layers are folded into one table again, so reads stay cheap and the copying is
paid once per few hundred edits, not once per edit.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import islice

_MISSING = object()
FOLD_AFTER = 512  # patched entries kept on top before they are folded into a new base


class Layered:
    """A lookup table with a few entries replaced on top of a shared, untouched one."""

    __slots__ = ("_base", "_top")

    def __init__(self, base: dict, top: dict | None = None):
        self._base = base
        self._top = top or {}

    def get(self, key, default=None):
        """The value for a key, or default."""
        top = self._top
        if key in top:
            return top[key]
        return self._base.get(key, default)

    def __getitem__(self, key):
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def patched(self, changes: dict) -> Layered:
        """A new table with these entries replaced; this one is left as it was."""
        top = {**self._top, **changes}
        if len(top) > FOLD_AFTER:
            return Layered({**self._base, **top})
        return Layered(self._base, top)


class PatchedTuple(Sequence):
    """A tuple with a few items replaced by position, sharing the tuple underneath.

    Equal to any sequence with the same items, as the tuple it stands for would be.
    """

    __slots__ = ("_base", "_top")

    def __init__(self, base: tuple, top: dict[int, object] | None = None):
        self._base = base
        self._top = top or {}

    @classmethod
    def of(cls, items: Sequence) -> PatchedTuple:
        """These items as a patchable tuple (itself if it already is one)."""
        return items if isinstance(items, PatchedTuple) else cls(tuple(items))

    def patched(self, changes: dict[int, object]) -> PatchedTuple:
        """A new sequence with the items at these positions replaced."""
        top = {**self._top, **changes}
        if len(top) > FOLD_AFTER:
            items = list(self._base)
            for n, item in top.items():
                items[n] = item
            return PatchedTuple(tuple(items))
        return PatchedTuple(self._base, top)

    def __len__(self) -> int:
        return len(self._base)

    def __getitem__(self, n):
        if isinstance(n, slice):
            return tuple(self)[n]
        if n < 0:
            n += len(self._base)
        item = self._top.get(n, _MISSING)
        return self._base[n] if item is _MISSING else item

    def __iter__(self) -> Iterator:
        top = self._top
        if not top:
            yield from self._base
            return
        rest, done = iter(self._base), 0
        for n in sorted(top):  # the runs between patches go at C speed
            yield from islice(rest, n - done)
            next(rest)
            yield top[n]
            done = n + 1
        yield from rest

    def __eq__(self, other) -> bool:
        if isinstance(other, PatchedTuple | tuple | list):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"PatchedTuple({tuple(self)!r})"
