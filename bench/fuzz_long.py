"""Run the property tests far longer than CI does, and report what they found.

Run: .venv/bin/python bench/fuzz_long.py [--examples 5000] [--only NAME] [--seed N]

The properties are the CI ones (tests/models/test_case_properties.py and
tests/ui/common/test_session_properties.py), run here with many more examples, no deadline and no
example database, so every run explores afresh. Each failure is printed with the example that
Hypothesis shrank it to; the table at the end says, per property, how many examples ran and how
many distinct failures were found.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from models import library  # noqa: E402
from tests.models.test_case_properties import (  # noqa: E402
    hostile_file_is_refused_cleanly_or_round_trips,
    import_export_round_trip,
)
from tests.strategies import case_files, hostile_case_texts  # noqa: E402
from tests.ui.common.test_session_properties import STEPS, run_steps  # noqa: E402


def _round_trip(store):
    return case_files(), lambda data: import_export_round_trip(store, data)


def _hostile(store):
    return hostile_case_texts(), lambda raw: hostile_file_is_refused_cleanly_or_round_trips(
        store, raw
    )


def _session(store):
    from PySide6.QtWidgets import QApplication

    from ui.common.session import CaseSession

    app = QApplication.instance() or QApplication([])

    def check(steps):
        slug = library.import_data(store, library.export_data(store, library.SEED_SLUG))
        session = CaseSession(store, author="Fuzzer")
        session.open_case(slug)
        run_steps(session, slug, steps)
        app.processEvents()

    return STEPS, check


PROPERTIES = {
    "case file: import then export gives it back": _round_trip,
    "changed case file: refused cleanly, or round trips": _hostile,
    "session: store equals screen through edits, undo, redo": _session,
}


def _failures(exc: BaseException) -> list[BaseException]:
    """The distinct failures Hypothesis reported (several come as one group)."""
    if isinstance(exc, BaseExceptionGroup):
        return [leaf for sub in exc.exceptions for leaf in _failures(sub)]
    return [exc]


def run(name: str, make, examples: int, store, seed_value: int | None) -> tuple[int, int, float]:
    """Run one property; print each failure; return (examples run, failures, seconds)."""
    strategy, check = make(store)
    ran = 0

    def counted(value):
        nonlocal ran
        ran += 1
        check(value)

    test = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        report_multiple_bugs=True,
        suppress_health_check=list(HealthCheck),
    )(given(strategy)(counted))
    if seed_value is not None:
        test = seed(seed_value)(test)
    start = time.perf_counter()
    failures: list[BaseException] = []
    try:
        test()
    except Exception as exc:  # a failing property: each distinct failure is reported below
        failures = _failures(exc)
    seconds = time.perf_counter() - start
    for n, failure in enumerate(failures, 1):
        print(f"\n--- {name}: failure {n} of {len(failures)}")
        print("".join(traceback.format_exception_only(failure)).strip())
        for note in getattr(failure, "__notes__", []):
            print(note)
    return ran, len(failures), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000, help="examples per property")
    parser.add_argument("--only", help="run only the properties whose name contains this")
    parser.add_argument("--seed", type=int, help="a fixed seed, to repeat a run")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # the refused edits the properties make on purpose
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        store = library.open_library(str(Path(tmp) / "fuzz.db"))
        try:
            for name, make in PROPERTIES.items():
                if args.only and args.only not in name:
                    continue
                print(f"running: {name} ({args.examples:,} examples)", flush=True)
                rows.append((name, *run(name, make, args.examples, store, args.seed)))
        finally:
            store.close()
    width = max(len(r[0]) for r in rows) if rows else 8
    print(f"\n{'property':<{width}}  {'examples':>8}  {'failures':>8}  {'seconds':>7}")
    for name, ran, failed, seconds in rows:
        print(f"{name:<{width}}  {ran:>8,}  {failed:>8}  {seconds:>7.0f}")
    sys.exit(1 if any(r[2] for r in rows) else 0)


if __name__ == "__main__":
    main()
