"""The source appendix's cut of a text at claim boundaries: right, and in one sweep."""

from __future__ import annotations

import random
from types import SimpleNamespace

from models.exports.content import segments
from models.spans import covering_segments


def _brute(text, claims):
    cuts = {0, len(text)}
    for c in claims:
        cuts.update((max(0, min(c.start, len(text))), max(0, min(c.end, len(text)))))
    points = sorted(cuts)
    return [
        (a, text[a:b], tuple(c for c in claims if c.start <= a and b <= c.end))
        for a, b in zip(points, points[1:], strict=False)
    ]


def test_segments_match_a_brute_force_cut():
    rng = random.Random(11)
    text = "".join(rng.choice("abc \n") for _ in range(600))
    claims = []
    for n in range(250):
        start = rng.randrange(-5, 610)
        end = start + rng.randint(-3, 60)  # some empty, reversed or past the end
        claims.append(SimpleNamespace(key=f"c{n}", start=start, end=end))
    claims.sort(key=lambda c: (c.start, c.end))
    assert segments(text, claims) == _brute(text, claims)
    assert "".join(piece for _, piece, _ in segments(text, claims)) == text


def test_covering_segments_of_an_empty_text_and_no_spans():
    assert covering_segments(0, []) == []
    assert covering_segments(5, []) == [(0, 5, ())]
    assert covering_segments(5, [(1, 3), (2, 5)]) == [
        (0, 1, ()),
        (1, 2, (0,)),
        (2, 3, (0, 1)),
        (3, 5, (1,)),
    ]


class _CountedList(list):
    """A list that counts how often it is walked through."""

    walks = 0

    def __iter__(self):
        _CountedList.walks += 1
        return super().__iter__()


def test_segments_walk_the_claims_a_fixed_number_of_times():
    # Comparing every piece with every claim walks the claims once per piece: 2,000 spans would
    # mean ~4,000 walks (and 8,000,000 comparisons). The sweep walks them once or twice.
    text = "x" * 20_000
    claims = _CountedList(
        SimpleNamespace(key=f"c{n}", start=10 * n, end=10 * n + 15) for n in range(2_000)
    )
    _CountedList.walks = 0
    cut = segments(text, claims)
    assert len(cut) > 3_000
    assert _CountedList.walks <= 2
