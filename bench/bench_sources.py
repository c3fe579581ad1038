"""Benchmark source extraction: a 300-page PDF, a 5 MB web page and a 1 MB Word document.

Each file is generated, then extracted in a child process of its own, so that the peak memory
(the child's maximum resident set) belongs to that extraction alone.
Run: .venv/bin/python bench/bench_sources.py [--repeat N]
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
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import _sentence  # noqa: E402


def make_pdf(path: Path, pages: int = 300) -> None:
    """A PDF of `pages` full pages of text in paragraphs (reportlab)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(300)
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setTitle("Generated 300-page statement")
    for _ in range(pages):
        pdf.setFont("Helvetica", 10)
        y = 800
        while y > 60:
            for _ in range(rng.randint(2, 6)):  # a paragraph of a few lines
                pdf.drawString(50, y, " ".join(_sentence(rng, 14) for _ in range(1))[:95])
                y -= 12
            y -= 12
        pdf.showPage()
    pdf.save()


def make_html(path: Path, size: int = 5 * 1024 * 1024) -> None:
    """A web page of about `size` bytes: navigation, scripts, styles and many paragraphs."""
    rng = random.Random(5)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Generated page</title>"
        "<style>p{margin:0}</style><script>var tracking = 1;</script></head><body>"
        "<nav><a href='/'>Home</a><a href='/news'>News</a></nav><main><article>"
    ]
    length = len(parts[0])
    while length < size:
        paragraph = (
            f"<p>{_sentence(rng, 20)} <b>{_sentence(rng, 6)}</b> "
            f"<a href='#x'>{_sentence(rng, 4)}</a> {_sentence(rng, 15)}</p>\n"
        )
        if rng.random() < 0.05:
            paragraph += f"<div class='ad'><script>ad({rng.random()})</script></div>"
            paragraph += f"<h2>{_sentence(rng, 5)}</h2>\n"
        parts.append(paragraph)
        length += len(paragraph)
    parts.append("</article></main><footer>Footer</footer></body></html>")
    path.write_text("".join(parts), encoding="utf-8")


def make_docx(path: Path, size: int = 1024 * 1024) -> None:
    """A Word document of about `size` bytes on disk (python-docx)."""
    import docx

    rng = random.Random(1)
    document = docx.Document()
    document.core_properties.title = "Generated statement"
    batch = 2000
    while True:
        for _ in range(batch):
            document.add_paragraph(" ".join(_sentence(rng, rng.randint(8, 30)) for _ in range(3)))
        out = BytesIO()
        document.save(out)
        if out.tell() >= size:
            path.write_bytes(out.getvalue())
            return
        batch = max(200, int(batch * (size - out.tell()) / out.tell()) + 200)


def extract_one(path: str) -> None:
    """In the child: extract, then print seconds, peak memory and what was extracted."""
    from models.sources import extract_file

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started, cpu_started = time.perf_counter(), time.process_time()
    source = extract_file(path)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu,
                "peak_mib": peak / 1024,
                "baseline_mib": before / 1024,
                "characters": len(source.text),
                "paragraphs": len(source.paragraphs),
                "pages": len(source.page_starts),
            }
        )
    )


def gui_gap(path: str) -> None:
    """In the child: read `path` as the window does and time the GUI thread's longest gap.

    A 10 ms timer ticks on the GUI thread while the Add source dialog's reader (a child process
    of its own, with a listener thread here) extracts the file; the longest interval between two
    ticks is the longest time the window could not have painted.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.dialogs.add_source import Extraction, read_path

    app = QApplication.instance() or QApplication([])
    clock = QElapsedTimer()
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    loop = QEventLoop()
    outcome: list[str] = []
    extraction = Extraction(read_path(path))
    extraction.succeeded.connect(lambda source: (outcome.append("done"), loop.quit()))
    extraction.failed.connect(lambda message: (outcome.append(message), loop.quit()))
    clock.start()
    timer.start()
    extraction.start()
    loop.exec()
    seconds = clock.elapsed() / 1000
    timer.stop()
    extraction.wait()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    print(
        json.dumps(
            {
                "outcome": outcome[0],
                "seconds": seconds,
                "longest_gap_ms": max(gaps, default=0),
                "ticks": len(ticks),
            }
        )
    )
    del app


def main() -> None:
    """Print a table of the median time and the peak memory of each extraction."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--gap", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        extract_one(args.one)
        return
    if args.gap:
        gui_gap(args.gap)
        return
    with tempfile.TemporaryDirectory() as tmp:
        files = {
            "PDF, 300 pages": (Path(tmp) / "statement.pdf", make_pdf),
            "web page, 5 MB": (Path(tmp) / "page.html", make_html),
            "Word document, 1 MB": (Path(tmp) / "statement.docx", make_docx),
        }
        for path, make in files.values():
            make(path)
        print(
            f"Machine: {platform.platform()}, Python {platform.python_version()}, "
            f"{os.cpu_count()} CPUs"
        )
        print(f"Load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"\nExtraction, median of {args.repeat} runs (each in a fresh process)")
        print(
            f"| {'file':<22} | {'size':>9} | {'chars':>10} | {'median s':>8} | {'min s':>6} "
            f"| {'CPU s':>6} | {'peak MiB':>8} |"
        )
        print(f"|{'-' * 24}|{'-' * 11}|{'-' * 12}|{'-' * 10}|{'-' * 8}|{'-' * 8}|{'-' * 10}|")
        for name, (path, _) in files.items():
            runs = []
            for _ in range(args.repeat):
                out = subprocess.run(
                    [sys.executable, __file__, "--one", str(path)],
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=ROOT,
                )
                runs.append(json.loads(out.stdout))
            seconds = [r["seconds"] for r in runs]
            print(
                f"| {name:<22} | {path.stat().st_size / 2**20:>5.2f} MiB "
                f"| {runs[0]['characters']:>10,} "
                f"| {statistics.median(seconds):>8.2f} | {min(seconds):>6.2f} "
                f"| {statistics.median(r['cpu_seconds'] for r in runs):>6.2f} "
                f"| {max(r['peak_mib'] for r in runs):>8.0f} |"
            )
        print(f"(a fresh interpreter with the libraries loaded: {runs[0]['baseline_mib']:.0f} MiB)")
        print("\nThe window while it reads (Add source's reader; a 10 ms timer on the GUI thread)")
        print(f"| {'file':<22} | {'read, s':>7} | {'longest gap, ms':>15} |")
        print(f"|{'-' * 24}|{'-' * 9}|{'-' * 17}|")
        for name, (path, _) in files.items():
            out = subprocess.run(
                [sys.executable, __file__, "--gap", str(path)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            gap = json.loads(out.stdout.strip().splitlines()[-1])
            if gap["outcome"] != "done":
                raise SystemExit(f"{name}: {gap['outcome']}")
            print(f"| {name:<22} | {gap['seconds']:>7.2f} | {gap['longest_gap_ms']:>15} |")
        print(f"Load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
