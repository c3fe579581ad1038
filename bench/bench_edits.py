"""Benchmark the edit path on a 20,000-claim case: filter, create, and re-read after an edit.

Run: .venv/bin/python bench/bench_edits.py [--repeat N]
Prints a table of medians: the claim filter prepared once per case against prepared per claim
(as it was), creating an evidence record (fresh file id), and re-reading the case after that
create partially (refresh_case) against a whole reload (as any structural edit did).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import make_case  # noqa: E402
from models import library  # noqa: E402
from models.claim_filter import ClaimFilter  # noqa: E402
from models.evidence_edits import create_evidence  # noqa: E402
from models.snapshot import refresh_case  # noqa: E402
from models.store import open_store  # noqa: E402


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Build the case, time each step, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(str(Path(folder) / "bench.db"))
        slug = library.import_data(store, make_case())
        case = library.snapshot(store, slug)
        parent = next(t for t in case.tags if any(c.parent_id == t.id for c in case.tags))
        flt = ClaimFilter(tag_ids=frozenset({parent.id}), text="backdoor")
        rows = []

        def per_claim():  # the old cost: the closure and folded names for every claim
            return [c for c in case.claims if ClaimFilter(flt.statuses, flt.tag_ids, flt.sides,
                                                          flt.text).matcher(case)(c)]  # fmt: skip

        def prepared():
            return [c for c in case.claims if flt.matches(c, case)]

        assert per_claim() == prepared()
        rows.append(("filter 20,000 claims, prepared per claim", _median(per_claim, args.repeat)))
        rows.append(("filter 20,000 claims, prepared once", _median(prepared, args.repeat)))

        made = []

        def create():
            made.append(create_evidence(store, case.id, title="T", kind="report", citation="c"))

        rows.append(("create an evidence record", _median(create, args.repeat)))
        change = made[-1][1]

        def partial():
            with store.reading() as session:
                refresh_case(session, case, claims=change.claims, evidence=change.evidence)

        rows.append(("re-read after it: refresh_case", _median(partial, args.repeat)))
        rows.append(
            ("re-read after it: whole reload", _median(lambda: library.snapshot(store, slug), 3))
        )
        store.close()
    print(f"Python {platform.python_version()}, {platform.platform()}")
    print(f"{'step':<44} {'median':>10}")
    for name, seconds in rows:
        print(f"{name:<44} {seconds * 1000:>8.1f} ms")


if __name__ == "__main__":
    main()
