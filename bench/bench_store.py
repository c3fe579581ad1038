"""Benchmark the store: import, load-for-the-window, export and re-import of a synthetic case.

The case file is imported, read back, exported as a case file to disk (as File → Export does)
and that file imported again under a new slug; the re-imported case must be the same case.

Run: .venv/bin/python bench/bench_store.py [--repeat N] [--claims N] [--postgres URL]
(--claims: claims in all, half a side, one link per allegation; 20,000 by default.)
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import make_case  # noqa: E402
from models import library  # noqa: E402
from models.casefile import case_to_dict, read_case_file  # noqa: E402
from models.exports import export_snapshot  # noqa: E402
from models.store import open_store  # noqa: E402


def _timed(fn):
    # Wall and CPU seconds: on a shared machine the wall time also counts waiting for a core.
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return (time.perf_counter() - start, time.process_time() - cpu), result


def run_once(target: str, case_file: Path, slug: str) -> dict[str, tuple[float, float]]:
    """Import, load, export and re-import once; return each step's wall and CPU seconds."""
    store = open_store(target)
    try:
        t_parse, data = _timed(lambda: read_case_file(case_file))
        t_import, new_slug = _timed(lambda: library.import_file(store, case_file))
        t_load, snapshot = _timed(lambda: library.snapshot(store, new_slug))
        t_export, exported = _timed(lambda: case_to_dict(library.snapshot(store, new_slug)))
        assert exported == dict(data, slug=new_slug)
        assert len(snapshot.claims) == len(data["claims"])
        out = case_file.with_name(f"exported-{new_slug}.json")
        t_file, _ = _timed(lambda: export_snapshot(library.snapshot(store, new_slug), "json", out))
        t_again, again = _timed(lambda: library.import_file(store, out))
        assert again != new_slug
        reread = case_to_dict(library.snapshot(store, again))
        assert reread == dict(data, slug=again), "the re-imported case differs"
        size = out.stat().st_size
        out.unlink()
    finally:
        store.close()
    return {
        "read + validate file only": t_parse,
        "import: read, validate, write": t_import,
        "load everything the window shows": t_load,
        "export to case-file object": t_export,
        f"export as a case file ({size / 2**20:.0f} MiB)": t_file,
        "re-import the exported file": t_again,
    }


def main() -> None:
    """Print a table of the median of each step over several runs."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--claims", type=int, default=20_000, help="claims in all (default 20,000)")
    parser.add_argument("--postgres", metavar="URL", help="also run against this PostgreSQL URL")
    args = parser.parse_args()

    data = make_case(claims_per_side=args.claims // 2, links=args.claims // 2)
    with tempfile.TemporaryDirectory() as tmp:
        case_file = Path(tmp) / "synthetic.json"
        case_file.write_text(json.dumps(data), encoding="utf-8")
        size_mb = case_file.stat().st_size / 2**20
        targets = [("SQLite", lambda i: str(Path(tmp) / f"bench-{i}.db"))]
        if args.postgres:
            targets.append(("PostgreSQL", lambda i: args.postgres))
        print(
            f"Synthetic case: {len(data['claims']):,} claims, {len(data['links']):,} links, "
            f"{len(data['evidence']):,} evidence records, {len(data['tags'])} tags; "
            f"file {size_mb:.1f} MiB"
        )
        print(f"Machine: {platform.platform()}, Python {platform.python_version()}, {_cpus()} CPUs")
        for name, target in targets:
            runs = [run_once(target(i), case_file, data["slug"]) for i in range(args.repeat)]
            print(f"\n{name}, median of {args.repeat} runs")
            print(f"| {'step':<34} | {'median s':>9} | {'min s':>7} | {'CPU median s':>12} |")
            print(f"|{'-' * 36}|{'-' * 11}|{'-' * 9}|{'-' * 14}|")
            for n, step in enumerate(runs[0]):
                wall = [list(r.values())[n][0] for r in runs]
                cpu = statistics.median(list(r.values())[n][1] for r in runs)
                print(
                    f"| {step:<34} | {statistics.median(wall):>9.3f} | {min(wall):>7.3f} "
                    f"| {cpu:>12.3f} |"
                )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nPeak memory of the process: {peak:.0f} MiB")


def _cpus() -> int:
    import os

    return os.cpu_count() or 0


if __name__ == "__main__":
    main()
