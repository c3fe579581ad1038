"""Benchmark: the source view showing a 400,000-character source with 8,000 overlapping spans.

Measures the time from `SourceTextDock.show_source()` to the text being painted on screen (the
viewport's paint event has run), on a window shown by the offscreen platform. Prints a table.

    .venv/bin/python bench/bench_source_view.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.synthetic import WORDS  # noqa: E402
from models import library  # noqa: E402
from ui.common.session import CaseSession  # noqa: E402
from ui.docks.source_text import SourceTextDock  # noqa: E402


def make_case(
    chars: int = 400_000, spans: int = 8_000, seed: int = 2020, breaks: str = "\n\n"
) -> dict:
    """A case with a small source and a big one whose text holds many overlapping claim spans."""
    rng = random.Random(seed)
    paragraphs, length = [], 0
    while length < chars:
        words = [rng.choice(WORDS) for _ in range(rng.randint(60, 200))]
        paragraph = " ".join(words).capitalize() + "."
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    text = breaks.join(paragraphs)[:chars]
    claims = []
    for i in range(spans):
        start = rng.randrange(0, chars - 400)
        end = start + rng.randint(20, 400)  # long enough that neighbours overlap, often deeply
        claims.append(
            {
                "id": f"c{i}",
                "side": "side-a" if i % 2 == 0 else "side-r",
                "source": "big",
                "start": start,
                "end": end,
                "quote": text[start:end],
                "paraphrase": None,
                "speaker": None,
                "kind": "factual_assertion",
                "status": "unassessed",
                "rationale": "",
                "assessed_by": None,
                "tags": [],
                "evidence": [],
                "notes": "",
            }
        )
    claims.sort(key=lambda c: c["start"])
    small = "A short statement."
    return {
        "format": "counterpoint-case",
        "version": 1,
        "slug": "bench-source",
        "title": "Source view benchmark",
        "description": "",
        "sources": [
            _source("small", "A short source", small),
            _source("big", "A long source", text),
        ],
        "sides": [
            {"id": "side-a", "role": "allegation", "party": "A", "description": None},
            {"id": "side-r", "role": "response", "party": "R", "description": None},
        ],
        "claims": claims,
        "links": [],
        "evidence": [],
        "tags": [],
    }


def _source(key: str, title: str, text: str) -> dict:
    return {
        "id": key,
        "title": title,
        "publisher": None,
        "url": None,
        "date": None,
        "language": "en",
        "quality_note": None,
        "text": text,
    }


class PaintCounter(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        """Count paints; never consume the event."""
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def measure(view: SourceTextDock, app: QApplication, big: int, small: int) -> float:
    """Seconds from choosing the big source to its text painted."""
    counter = PaintCounter()
    view.show_source(small)
    app.processEvents()
    view.editor.viewport().installEventFilter(counter)
    before = counter.count
    started = time.perf_counter()
    view.show_source(big)
    while counter.count == before:
        app.processEvents()
    elapsed = time.perf_counter() - started
    view.editor.viewport().removeEventFilter(counter)
    return elapsed


def main() -> None:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chars", type=int, default=400_000)
    parser.add_argument("--spans", type=int, default=8_000)
    parser.add_argument(
        "--one-paragraph", action="store_true", help="no line breaks: one 400,000-character line"
    )
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        store = library.open_library(str(Path(folder) / "bench.db"))
        slug = library.import_data(
            store, make_case(args.chars, args.spans, breaks=" " if args.one_paragraph else "\n\n")
        )
        session = CaseSession(store, author="bench")
        snapshot = session.open_case(slug)
        small, big = (s.id for s in snapshot.sources)
        view = SourceTextDock(session)
        view.resize(1000, 800)
        view.show()
        app.processEvents()
        times = [measure(view, app, big, small) for _ in range(args.runs)]
        view.grab().save(str(Path(tempfile.gettempdir()) / "bench_source_view.png"))
        view.close()
        store.close()
    shape = "one paragraph" if args.one_paragraph else "paragraphs of 60-200 words"
    print(f"Source view: {args.chars:,} characters ({shape}), {args.spans:,} overlapping spans")
    print(
        f"machine: {os.cpu_count()} cores, {platform.platform()}, Python {sys.version.split()[0]}"
    )
    print("| measure | seconds |")
    print("| --- | --- |")
    print(f"| show_source to painted, first | {times[0]:.3f} |")
    print(f"| show_source to painted, median of {len(times)} | {statistics.median(times):.3f} |")
    print(f"| show_source to painted, worst | {max(times):.3f} |")
    print("| target | 0.500 |")


if __name__ == "__main__":
    main()
