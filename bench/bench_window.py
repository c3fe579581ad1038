"""Benchmark the comparison window at several case sizes, old and new code side by side.

Each size's synthetic case is written once; each code tree (a checkout: this one by default)
imports it into its own store, then every (size, tree) is measured in a fresh process, the
trees taking turns, so that a busy machine slows them alike. Measured: store to both panes
painted, selection to highlight (median and 95th percentile), walking with Down, the filters,
an edit to its row repainted (on claims whose status really changes), and peak memory. Every
column gives the machine's load average while it ran.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_window.py \
        [--sizes 2000,20000,100000] [--code /work/wt-old,.] [--stores DIR]
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
CODE = Path(os.environ.get("COUNTERPOINT_CODE", ROOT)).resolve()  # the tree being measured
sys.path.insert(0, str(CODE))

TARGETS = {"open": 2.0, "select_p95": 0.012, "filter": 0.05, "edit": 0.016, "memory_mb": 400}
PREPARE = """
import json, sys
from models import library
store = library.open_library(sys.argv[1])
try:
    with open(sys.argv[2], encoding="utf-8") as f:
        library.import_data(store, json.load(f))
finally:
    store.close()
"""


def measure(db: str, slug: str) -> dict:
    """Open the window on the store and time what the analyst waits for."""
    load_start = os.getloadavg()[0]
    start = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject, QSettings

    if (CODE / "ui" / "window").is_dir():  # this tree
        from models.claim_filter import ClaimFilter
        from ui.window.app import application, open_window
        from ui.window.filter_bar import UNANSWERED_ALLEGATIONS, UNSUPPORTED_ASSERTIONS
        from ui.window.settings import LAST_CASE, Settings

        def by_tag(tag_id):
            return ClaimFilter(tag_ids=frozenset({tag_id}))
    else:  # the code before the window was split into rooms
        from ui.app import application, open_window
        from ui.filters import UNANSWERED_ALLEGATIONS, UNSUPPORTED_ASSERTIONS
        from ui.filters import FilterState as ClaimFilter
        from ui.settings import LAST_CASE, Settings

        def by_tag(tag_id):
            return ClaimFilter(tag_id=tag_id)

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
        "tag": by_tag(case.tags[0].id),
        "cleared": ClaimFilter(),
    }
    filter_times, filter_cpu = {}, {}
    for name, state in filters.items():
        runs, used = [], []
        for _ in range(5):
            window.filter_bar.set_state(
                ClaimFilter() if name != "cleared" else UNSUPPORTED_ASSERTIONS
            )
            app.processEvents()  # let the docks finish following the last change first
            t0, c0 = time.perf_counter(), time.process_time()
            window.filter_bar.set_state(state)
            comparison.repaint()
            runs.append(time.perf_counter() - t0)
            used.append(time.process_time() - c0)
        filter_times[name] = statistics.median(runs)
        filter_cpu[name] = statistics.median(used)

    # Edits on the big case: a status key on a claim near the top, to its row repainted. The
    # status chosen is one the claim does not have, so every timed edit changes the store.
    window.filter_bar.set_state(ClaimFilter())
    app.processEvents()
    edits, edits_cpu = [], []
    statuses = ("unsupported", "supported", "disputed")
    for n in range(7):
        claim_id = left.claims.claim_id(n)
        status = next(s for s in statuses if s != window.session.snapshot.claim(claim_id).status)
        comparison.select_claim(claim_id)
        app.processEvents()
        t0, c0 = time.perf_counter(), time.process_time()
        window.mark_current(status)
        comparison.repaint()
        edits.append(time.perf_counter() - t0)
        edits_cpu.append(time.process_time() - c0)
        assert window.session.snapshot.claim(claim_id).status == status, "the edit changed nothing"

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
        "filter_cpu_max_s": max(filter_cpu.values()),
        "edit_median_s": statistics.median(edits),
        "edit_max_s": max(edits),
        "edit_cpu_median_s": statistics.median(edits_cpu),
        "memory_mb": rss_kb / 1024,
        "load": (load_start, os.getloadavg()[0]),
    }


def _p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def _down():
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)


ROWS = (  # (label, key, unit, target)
    ("open: store to both panes painted", "open_s", "s", "open"),
    ("open: CPU time of this process", "open_cpu_s", "s", None),
    ("select, random jump: panes, median", "select_median_s", "ms", None),
    ("select, random jump: panes, p95", "select_p95_s", "ms", "select_p95"),
    ("select, random jump: CPU p95", "select_cpu_p95_s", "ms", None),
    ("walk with Down: frame, median", "walk_median_s", "ms", None),
    ("walk with Down: frame, p95", "walk_p95_s", "ms", "select_p95"),
    ("walk with Down: CPU p95", "walk_cpu_p95_s", "ms", None),
    ("walk, evidence tab behind: p95", "walk_quiet_p95_s", "ms", None),
    ("random jump: frame + docks, p95", "frame_p95_s", "ms", None),
    ("filter: text", "filter:text", "ms", "filter"),
    ("filter: unsupported", "filter:unsupported", "ms", "filter"),
    ("filter: unanswered", "filter:unanswered", "ms", "filter"),
    ("filter: tag", "filter:tag", "ms", "filter"),
    ("filter: cleared", "filter:cleared", "ms", "filter"),
    ("filters: CPU median, the slowest filter", "filter_cpu_max_s", "ms", None),
    ("edit (status key) to row repainted, median", "edit_median_s", "ms", "edit"),
    ("edit: worst of 7", "edit_max_s", "ms", None),
    ("edit: CPU median", "edit_cpu_median_s", "ms", None),
    ("peak memory (maxrss)", "memory_mb", "MB", "memory_mb"),
)


def _figure(result: dict, key: str, unit: str) -> str:
    value = result["filter_s"][key[7:]] if key.startswith("filter:") else result[key]
    if unit == "ms":
        return f"{value * 1000:.1f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.0f} MB"


def _target(name: str | None) -> str:
    if name is None:
        return ""
    value = TARGETS[name]
    return (
        f"< {value} s"
        if name == "open"
        else f"< {value:.0f} MB"
        if name == "memory_mb"
        else (f"< {value * 1000:.0f} ms")
    )


def _run(code: Path, args: list[str], tmp: str) -> str:
    env = {**os.environ, "HOME": tmp, "XDG_CONFIG_HOME": tmp, "XDG_DATA_HOME": tmp}
    env["COUNTERPOINT_CODE"] = str(code)
    env["PYTHONPATH"] = str(code)
    out = subprocess.run(
        [sys.executable, *args], check=True, capture_output=True, text=True, env=env, cwd=code
    )
    return out.stdout


def main() -> int:
    """Write each case once, import it per tree, measure every (size, tree) in turns, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,20000,100000", help="claims in all, per case")
    parser.add_argument("--code", default=str(ROOT), help="code trees to compare, by commas")
    parser.add_argument("--rounds", type=int, default=1, help="measurements per (size, tree)")
    parser.add_argument("--stores", help="keep the prepared stores here and reuse them")
    parser.add_argument("--measure", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--slug", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.slug)))
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sizes = [int(n) for n in args.sizes.split(",")]
    trees = [Path(c).resolve() for c in args.code.split(",")]
    names = [t.name for t in trees]
    results: dict[tuple[int, str], list[dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        stores = Path(args.stores or tmp)
        stores.mkdir(parents=True, exist_ok=True)
        for size in sizes:
            from bench.synthetic import make_case

            slug = f"synthetic-{2 * (size // 2)}"
            case_file = Path(tmp) / f"{slug}.json"
            for tree, name in zip(trees, names, strict=True):
                db = stores / f"{name}-{size}.db"
                if not db.exists():
                    if not case_file.exists():
                        data = make_case(claims_per_side=size // 2, links=size // 2)
                        case_file.write_text(json.dumps(data), encoding="utf-8")
                    _run(tree, ["-c", PREPARE, str(db), str(case_file)], tmp)
            for _round in range(args.rounds):
                for tree, name in zip(trees, names, strict=True):  # in turns
                    db = stores / f"{name}-{size}.db"
                    out = _run(tree, [__file__, "--measure", str(db), "--slug", slug], tmp)
                    results.setdefault((size, name), []).append(
                        json.loads(out.strip().splitlines()[-1])
                    )
                    print(f"measured {size:,} claims with {name}", file=sys.stderr)
    columns = [(size, name) for size in sizes for name in names]
    print(f"Window benchmark — Python {platform.python_version()}, {os.cpu_count()} cores")
    head = [f"{size:,} {name}" for size, name in columns]
    print("| measure | " + " | ".join(head) + " | target |")
    print("| --- |" + " --- |" * (len(columns) + 1))

    def median_result(key: tuple[int, str]) -> dict:
        runs = results[key]
        return sorted(runs, key=lambda r: r["open_s"])[len(runs) // 2]

    chosen = {key: median_result(key) for key in columns}
    loads = [f"{r['load'][0]:.1f} → {r['load'][1]:.1f}" for r in chosen.values()]
    print("| load average (1 min), start → end | " + " | ".join(loads) + " | |")
    for label, key, unit, target in ROWS:
        cells = [_figure(chosen[c], key, unit) for c in columns]
        print(f"| {label} | " + " | ".join(cells) + f" | {_target(target)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
