"""Benchmark the comparison window on the 20,000-claim synthetic case.

Measures, in a fresh process on a prepared store: start to both panes painted, selection to
highlight (200 selections: median and 95th percentile), filter latency, and peak memory.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_window.py [--claims-per-side N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGETS = {"open": 1.5, "select_p95": 0.016, "filter": 0.1, "memory_mb": 400}


def prepare(db: str, per_side: int) -> None:
    """Create a store holding the synthetic case (not timed)."""
    from bench.synthetic import make_case
    from models import library

    store = library.open_library(db)
    try:
        library.import_data(store, make_case(claims_per_side=per_side, links=per_side))
    finally:
        store.close()


def measure(db: str, slug: str) -> dict:
    """Open the window on the store and time what the analyst waits for."""
    start = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject, QSettings

    from models.claim_filter import ClaimFilter
    from ui.window.app import application, open_window
    from ui.window.filter_bar import UNANSWERED_ALLEGATIONS, UNSUPPORTED_ASSERTIONS
    from ui.window.settings import LAST_CASE, Settings

    app = application(["bench"])
    imported = time.perf_counter()
    settings_file = Path(tempfile.mkdtemp()) / "settings.ini"
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    settings.set(LAST_CASE, slug)

    painted: set[str] = set()

    class PaintWatch(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                painted.add(watched.objectName())
            return False

    cpu_start = time.process_time()
    window = open_window(db, settings, author="bench")
    watch = PaintWatch()
    for role in ("allegation", "response"):
        viewport = window.comparison.view(role).viewport()
        viewport.setObjectName(role)
        viewport.installEventFilter(watch)
    window.resize(1280, 800)
    window.show()
    while not {"allegation", "response"} <= painted:
        app.processEvents()
    opened = time.perf_counter()
    open_cpu = time.process_time() - cpu_start
    case = window.session.snapshot
    assert case is not None and len(case.claims) >= 2

    comparison = window.comparison
    rng = random.Random(14)
    ids = [c.id for c in case.claims]

    cpu: dict[str, list[float]] = {}

    def timed_selections(pick, flush, name: str = "") -> list[float]:
        # Wall time is what the analyst waits for; CPU time (this process only) shows how much
        # of it was other work on the shared cores.
        out, used = [], []
        for n in range(200):
            t0, c0 = time.perf_counter(), time.process_time()
            pick(n)
            flush()
            out.append(time.perf_counter() - t0)
            used.append(time.process_time() - c0)
        cpu[name] = used
        return out

    def full_repaint():  # both panes and the gutter, every pixel, synchronously
        comparison.repaint()

    def one_frame():  # whatever Qt has to do: dirty regions, docks following the selection
        app.processEvents()

    left = comparison.view("allegation")
    app.processEvents()
    jumps = timed_selections(
        lambda _n: comparison.select_claim(rng.choice(ids)), full_repaint, "jumps"
    )
    comparison.select_first("allegation")
    app.processEvents()
    walk = timed_selections(lambda _n: left.keyPressEvent(_down()), one_frame, "walk")
    frames = timed_selections(lambda _n: comparison.select_claim(rng.choice(ids)), one_frame)
    # The same walk with the evidence library's tab behind another (the Tags tab in front):
    # what the panes, the gutter and the inspector cost without the library's table.
    behind = window.docks.get("tags") or window.docks.get("source")
    if behind is not None:
        behind.raise_()
    comparison.select_first("allegation")
    app.processEvents()
    walk_quiet = timed_selections(lambda _n: left.keyPressEvent(_down()), one_frame)

    filters = {
        "text": ClaimFilter(text="backdoor firmware"),
        "unsupported": UNSUPPORTED_ASSERTIONS,
        "unanswered": UNANSWERED_ALLEGATIONS,
        "tag": ClaimFilter(tag_ids=frozenset({case.tags[0].id})),
        "cleared": ClaimFilter(),
    }
    filter_times = {}
    for name, state in filters.items():
        runs = []
        for _ in range(5):
            window.filter_bar.set_state(
                ClaimFilter() if name != "cleared" else UNSUPPORTED_ASSERTIONS
            )
            app.processEvents()  # let the docks finish following the last change first
            t0 = time.perf_counter()
            window.filter_bar.set_state(state)
            comparison.repaint()
            runs.append(time.perf_counter() - t0)
        filter_times[name] = statistics.median(runs)

    # An edit on the big case: U on the selected claim, to the row repainted.
    comparison.select_first("allegation")
    app.processEvents()
    t0 = time.perf_counter()
    window.mark_current("unsupported")
    comparison.repaint()
    edit = time.perf_counter() - t0

    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    window.close()
    window.store.close()
    return {
        "claims": len(case.claims),
        "links": len(case.links),
        "imports_s": imported - start,
        "open_s": opened - imported,
        "open_cpu_s": open_cpu,
        "start_to_painted_s": opened - start,
        "select_median_s": statistics.median(jumps),
        "select_p95_s": _p95(jumps),
        "select_cpu_p95_s": _p95(cpu["jumps"]),
        "walk_median_s": statistics.median(walk),
        "walk_p95_s": _p95(walk),
        "walk_cpu_p95_s": _p95(cpu["walk"]),
        "walk_quiet_median_s": statistics.median(walk_quiet),
        "walk_quiet_p95_s": _p95(walk_quiet),
        "frame_median_s": statistics.median(frames),
        "frame_p95_s": _p95(frames),
        "filter_s": filter_times,
        "edit_s": edit,
        "memory_mb": rss_kb / 1024,
    }


def _p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def _down():
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)


def main() -> int:
    """Prepare the store in one process, measure in a fresh one, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims-per-side", type=int, default=10000)
    parser.add_argument("--measure", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--slug", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.slug)))
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        prepare(db, args.claims_per_side)
        slug = f"synthetic-{2 * args.claims_per_side}"
        out = subprocess.run(
            [sys.executable, __file__, "--measure", db, "--slug", slug],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "HOME": tmp, "XDG_CONFIG_HOME": tmp, "XDG_DATA_HOME": tmp},
        )
    r = json.loads(out.stdout.strip().splitlines()[-1])
    worst_filter = max(r["filter_s"].values())
    rows = [
        ("claims / links", f"{r['claims']:,} / {r['links']:,}", ""),
        ("Python and Qt imports", f"{r['imports_s']:.2f} s", ""),
        ("open: store to both panes painted", f"{r['open_s']:.2f} s", f"< {TARGETS['open']} s"),
        ("open: CPU time of this process", f"{r['open_cpu_s']:.2f} s", ""),
        ("start (incl. imports) to painted", f"{r['start_to_painted_s']:.2f} s", ""),
        ("select, random jump: panes, median", f"{r['select_median_s'] * 1000:.1f} ms", ""),
        ("select, random jump: panes, p95", f"{r['select_p95_s'] * 1000:.1f} ms", "< 16 ms"),
        ("select, random jump: CPU p95", f"{r['select_cpu_p95_s'] * 1000:.1f} ms", ""),
        ("walk with Down: frame, median", f"{r['walk_median_s'] * 1000:.1f} ms", ""),
        ("walk with Down: frame, p95", f"{r['walk_p95_s'] * 1000:.1f} ms", "< 16 ms"),
        ("walk with Down: CPU p95", f"{r['walk_cpu_p95_s'] * 1000:.1f} ms", ""),
        ("walk, evidence tab behind: median", f"{r['walk_quiet_median_s'] * 1000:.1f} ms", ""),
        ("walk, evidence tab behind: p95", f"{r['walk_quiet_p95_s'] * 1000:.1f} ms", "< 16 ms"),
        ("random jump: frame + docks, median", f"{r['frame_median_s'] * 1000:.1f} ms", ""),
        ("random jump: frame + docks, p95", f"{r['frame_p95_s'] * 1000:.1f} ms", ""),
        *(
            (f"filter: {name}", f"{t * 1000:.1f} ms", "< 100 ms")
            for name, t in r["filter_s"].items()
        ),
        ("edit (U) to row repainted", f"{r['edit_s'] * 1000:.1f} ms", ""),
        ("peak memory (maxrss)", f"{r['memory_mb']:.0f} MB", f"< {TARGETS['memory_mb']} MB"),
    ]
    print(f"Window benchmark — {platform.python_version()}, {os.cpu_count()} cores")
    print(f"load average at the end: {' / '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'measure':<38} {'result':>14}  target")
    for name, value, target in rows:
        print(f"{name:<38} {value:>14}  {target}")
    ok = (
        r["open_s"] < TARGETS["open"]
        and r["select_p95_s"] < TARGETS["select_p95"]
        and worst_filter < TARGETS["filter"]
        and r["memory_mb"] < TARGETS["memory_mb"]
    )
    print("all targets met" if ok else "some targets missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
