"""The tables a snapshot patches: a patch replaces its entries only, and leaves the original."""

from __future__ import annotations

from models import patched
from models.patched import Layered, PatchedTuple


def test_a_patched_tuple_reads_like_the_tuple_it_stands_for_and_leaves_the_original():
    base = tuple(range(10))
    one = PatchedTuple.of(base).patched({0: "a", 5: "b"})
    two = one.patched({5: "B", 9: "c"})
    assert list(one) == ["a", 1, 2, 3, 4, "b", 6, 7, 8, 9]
    assert two == ("a", 1, 2, 3, 4, "B", 6, 7, 8, "c")
    assert (two[5], two[-1], two[1:3], len(two)) == ("B", "c", (1, 2), 10)
    assert one[5] == "b" and base[5] == 5  # earlier versions keep their items


def test_patches_fold_into_a_new_base_after_a_few_hundred(monkeypatch):
    monkeypatch.setattr(patched, "FOLD_AFTER", 3)
    items, table = PatchedTuple(tuple(range(10))), Layered(dict.fromkeys(range(10), 0))
    for n in range(4):  # the fourth patch is one more than FOLD_AFTER
        items, table = items.patched({n: -n}), table.patched({n: -n})
    assert not items._top and not table._top  # folded: reads are one lookup again
    assert list(items) == [0, -1, -2, -3, 4, 5, 6, 7, 8, 9]
    assert [table[n] for n in range(5)] == [0, -1, -2, -3, 0]
    assert 3 in table and 42 not in table and table.get(42) is None
