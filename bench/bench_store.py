"""Benchmark the store: import, load-for-the-window and export of a 20,000-claim case.

Run: .venv/bin/python bench/bench_store.py [--repeat N] [--postgres URL]
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
from models.store import open_store  # noqa: E402


def _timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def run_once(target: str, case_file: Path, slug: str) -> dict[str, float]:
    """Import, load and export once; return the seconds of each step."""
    store = open_store(target)
    try:
        t_parse, data = _timed(lambda: read_case_file(case_file))
        t_import, new_slug = _timed(lambda: library.import_file(store, case_file))
        t_load, snapshot = _timed(lambda: library.snapshot(store, new_slug))
        t_export, exported = _timed(lambda: case_to_dict(library.snapshot(store, new_slug)))
        assert exported == dict(data, slug=new_slug)
        assert len(snapshot.claims) == len(data["claims"])
    finally:
        store.close()
    return {
        "read + validate file only": t_parse,
        "import: read, validate, write": t_import,
        "load everything the window shows": t_load,
        "export to case-file object": t_export,
    }


def main() -> None:
    """Print a table of the median of each step over several runs."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", metavar="URL", help="also run against this PostgreSQL URL")
    args = parser.parse_args()

    data = make_case()
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
            print(f"| {'step':<34} | {'median s':>9} | {'min s':>7} |")
            print(f"|{'-' * 36}|{'-' * 11}|{'-' * 9}|")
            for step in runs[0]:
                values = [r[step] for r in runs]
                print(f"| {step:<34} | {statistics.median(values):>9.3f} | {min(values):>7.3f} |")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nPeak memory of the process: {peak:.0f} MiB")


def _cpus() -> int:
    import os

    return os.cpu_count() or 0


if __name__ == "__main__":
    main()
