"""Benchmark start-up: a cold process to the painted window, against the floor of the stack.

Times whole processes, alternately: the app (`main.py --db STORE`, on a store already holding
the seed case) until both comparison panes have painted, and the stack's floor (a bare PySide6
window with two list views, `import sqlalchemy.orm` and one qtawesome icon) until both lists have
painted. Prints medians, spreads and the ratio app / floor.

Run: .venv/bin/python bench/bench_startup.py [--runs N] [--app CHECKOUT ...] [--no-bytecode-cache]
Several --app checkouts are timed in the same rounds (e.g. before and after a change).
"""

from __future__ import annotations

import os
import sys
import time

PAINTED = "painted"
# A child imports only os, sys and time from this file; the parent's imports live in main().


def _report_when_painted(viewports) -> object:
    """Print one line and leave at once when every viewport has had its first paint event."""
    from PySide6.QtCore import QEvent, QObject

    waiting = set(range(len(viewports)))

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                waiting.discard(viewports.index(watched))
                if not waiting:
                    sys.stdout.write(PAINTED + "\n")
                    sys.stdout.flush()
                    os._exit(0)  # the benchmark ends at the first paint, not at teardown
            return False

    watch = FirstPaint()
    for viewport in viewports:
        viewport.installEventFilter(watch)
    return watch


def child_app(checkout: str, db: str) -> None:
    """The app as `python main.py --db DB` starts it, watched for the panes' first paint."""
    sys.path.insert(0, checkout)
    import main
    from ui.window import app

    opened = app.open_window

    def open_and_watch(*args, **kwargs):
        window = opened(*args, **kwargs)
        panes = [window.comparison.view(role).viewport() for role in ("allegation", "response")]
        window._first_paint_watch = _report_when_painted(panes)
        return window

    app.open_window = open_and_watch
    sys.exit(main.main(["--db", db]))


def child_floor() -> None:
    """The floor: what any PySide6 + SQLAlchemy + qtawesome window with two lists costs."""
    # SQLAlchemy before PySide6, as the app imports them: PySide6's import hook reads the
    # source of every module imported after it (about 40 ms for SQLAlchemy's), and the floor
    # is the stack at its cheapest, not a slower order the app does not pay.
    import sqlalchemy.orm  # noqa: F401, I001 - the floor includes the ORM import
    import qtawesome
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QApplication, QListView, QMainWindow, QSplitter

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowIcon(qtawesome.icon("mdi6.scale-balance"))
    splitter = QSplitter(window)
    views = []
    for side in ("allegation", "response"):
        view = QListView(splitter)
        view.setModel(QStringListModel([f"{side} {n}" for n in range(40)], view))
        views.append(view)
    window.setCentralWidget(splitter)
    window.resize(1280, 800)
    watch = _report_when_painted([v.viewport() for v in views])  # noqa: F841 - kept alive
    window.show()
    sys.exit(app.exec())


# --- the parent: prepare, alternate, print -------------------------------------------------------


def _prepare(checkout: str, db: str, env: dict) -> None:
    """Create and seed the store with the checkout's own code (not timed)."""
    import subprocess

    code = f"import sys; sys.path.insert(0, {checkout!r}); from models import library; "
    code += f"library.open_library({db!r}).close()"
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


def _time_one(command: list[str], env: dict) -> tuple[float, float]:
    """Seconds from starting the process to its 'painted' line, and the CPU seconds it used."""
    import subprocess
    import tempfile

    with tempfile.TemporaryFile("w+") as errors:  # Qt's offscreen notes; shown on failure
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=env, text=True)
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        elapsed = time.perf_counter() - start
        # wait4 gives the child's own CPU time: on a busy machine wall time also counts waiting.
        _pid, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        if line != PAINTED:
            errors.seek(0)
            raise RuntimeError(f"{' '.join(command)} ended without painting:\n{errors.read()}")
    return elapsed, usage.ru_utime + usage.ru_stime


def _spread(times: list[float]) -> str:
    import statistics

    return f"{statistics.median(times):.3f} s ({min(times):.2f}–{max(times):.2f})"


def _row(label: str, wall: list[float], cpu: list[float], floor: tuple[float, float] | None):
    import statistics

    ratios = ["", ""]
    if floor is not None:
        ratios = [
            f"{statistics.median(wall) / floor[0]:.2f}×",
            f"{statistics.median(cpu) / floor[1]:.2f}×",
        ]
    print(f"{label:<30} {_spread(wall):>22} {ratios[0]:>6}  {_spread(cpu):>22} {ratios[1]:>6}")


def main() -> int:
    """Alternate the floor and each app for N rounds and print medians and ratios."""
    import argparse
    import platform
    import statistics
    import subprocess
    import tempfile
    from pathlib import Path

    here = str(Path(__file__).resolve().parents[1])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (default 15)")
    parser.add_argument(
        "--app",
        action="append",
        metavar="CHECKOUT",
        help="a checkout whose main.py is timed (repeatable; default: this one)",
    )
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="compile every module at each start (as with PYTHONDONTWRITEBYTECODE)",
    )
    args = parser.parse_args()
    checkouts = [str(Path(c).resolve()) for c in (args.app or [here])]
    script = str(Path(__file__).resolve())
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        # Settings and per-user data in the temporary folder, never the user's.
        env.update(HOME=tmp, XDG_CONFIG_HOME=tmp, XDG_DATA_HOME=tmp, XDG_CACHE_HOME=tmp)
        if args.no_bytecode_cache:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            # A user's Python keeps compiled modules; keep them outside the checkouts.
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        commands = {"floor": [sys.executable, script, "--child-floor"]}
        for n, checkout in enumerate(checkouts):
            db = str(Path(tmp) / f"store-{n}.db")
            _prepare(checkout, db, env)
            commands[checkout] = [sys.executable, script, "--child-app", checkout, db]
        for command in commands.values():  # warm-up: compiled modules, page cache
            _time_one(command, env)
        wall: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        load_before = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
        for _ in range(args.runs):
            for name, command in commands.items():
                elapsed, used = _time_one(command, env)
                wall[name].append(elapsed)
                cpu[name].append(used)
    load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    cache = "compiled at each start" if args.no_bytecode_cache else "bytecode cached"
    print(
        f"Start-up benchmark — Python {platform.python_version()}, {os.cpu_count()} cores, "
        f"{env['QT_QPA_PLATFORM']}, {cache}, {args.runs} runs each, alternated"
    )
    print(f"machine before: {load_before}")
    print(f"machine after:  {load}")
    print(f"{'start to first paint':<30} {'wall: median (min–max)':>22} {'ratio':>6}  "
          f"{'CPU: median (min–max)':>22} {'ratio':>6}")  # fmt: skip
    _row("floor", wall["floor"], cpu["floor"], None)
    floor = (statistics.median(wall["floor"]), statistics.median(cpu["floor"]))
    for checkout in checkouts:
        _row(f"app: {Path(checkout).name}", wall[checkout], cpu[checkout], floor)
    print("floor: a bare PySide6 window with two list views, sqlalchemy.orm, one qtawesome icon")
    print("target: the app within 1.30× the floor")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child-app"]:
        child_app(sys.argv[2], sys.argv[3])
    elif sys.argv[1:2] == ["--child-floor"]:
        child_floor()
    else:
        sys.exit(main())
