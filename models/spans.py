"""Overlapping spans of a text cut into non-overlapping runs, in one sorted sweep (no Qt).

Both the source view (how many claims of each side cover a run) and the exports' source appendix
(which claims cover a run) need the same cut. Comparing every run with every span is quadratic:
a source of 8,000 spans would take minutes. A sweep over the sorted span ends is O(n log n) plus
the size of what it returns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def span_segments(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, int, int]]:
    """Cut overlapping (start, end, role) spans into (start, end, allegations, responses) runs.

    Only covered runs are returned, and neighbours with the same counts are merged.
    """
    events: list[tuple[int, int, int]] = []
    for start, end, role in spans:
        if end > start:
            side = 0 if role == "allegation" else 1
            events.append((start, 1, side))
            events.append((end, -1, side))
    events.sort()
    segments: list[tuple[int, int, int, int]] = []
    depth = [0, 0]
    last = None
    for position, step, side in events:
        if last is not None and position > last and (depth[0] or depth[1]):
            prev = segments[-1] if segments else None
            if prev and prev[1] == last and prev[2] == depth[0] and prev[3] == depth[1]:
                segments[-1] = (prev[0], position, depth[0], depth[1])
            else:
                segments.append((last, position, depth[0], depth[1]))
        depth[side] += step
        last = position
    return segments


def covering_segments(
    length: int, spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int, tuple[int, ...]]]:
    """Cut [0, length) at every span boundary: (start, end, indexes of the spans covering it).

    Every position of the text is in exactly one run; spans are clamped to the text, and an empty
    or reversed span covers nothing (but still cuts). Indexes are in ascending order.
    """
    cuts = {0, length}
    events: list[tuple[int, int, int]] = []
    for index, (start, end) in enumerate(spans):
        start, end = max(0, min(start, length)), max(0, min(end, length))
        cuts.update((start, end))
        if end > start:
            events.append((start, 1, index))
            events.append((end, -1, index))
    events.sort()
    points = sorted(cuts)
    active: set[int] = set()
    out: list[tuple[int, int, tuple[int, ...]]] = []
    k = 0
    for a, b in zip(points, points[1:], strict=False):
        while k < len(events) and events[k][0] <= a:
            _, step, index = events[k]
            if step > 0:
                active.add(index)
            else:
                active.discard(index)
            k += 1
        out.append((a, b, tuple(sorted(active))))
    return out
