"""Benchmark: the PDF export of a synthetic case of 1,000 allegations, each linked to two responses.

Times `write_pdf` (content, layout, painting, writing, rename) and reports the process's peak
memory (getrusage maxrss, which includes Python and Qt themselves). Prints a table.

    .venv/bin/python bench/bench_pdf.py [--runs 3] [--allegations 1000]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic import WORDS  # noqa: E402
from models.exports import ExportOptions  # noqa: E402
from models.snapshot import (  # noqa: E402
    Attachment,
    CaseSnapshot,
    ClaimView,
    EvidenceView,
    LinkView,
    SideView,
    SourceView,
    TagView,
)
from models.vocabulary import CLAIM_KINDS, RELATIONS, STATUSES  # noqa: E402


def synthetic_case(allegations: int, seed: int = 7) -> CaseSnapshot:
    """A case of `allegations` allegations, each linked to two responses of its own."""
    rng = random.Random(seed)

    def sentence(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."

    sides = (
        SideView(1, "side-a", "allegation", "Government", None),
        SideView(2, "side-r", "response", "Vendor", None),
    )
    tags = tuple(
        TagView(i, f"t{i}", f"Tag {i}", f"#{rng.randrange(0x1000000):06x}", None, None)
        for i in range(1, 21)
    )
    evidence = tuple(
        EvidenceView(
            i,
            f"e{i}",
            sentence(5),
            "report",
            sentence(14),
            "2020",
            None,
            rng.choice("ABCDEF"),
            rng.randint(1, 6),
            sentence(30),
        )  # fmt: skip
        for i in range(1, 201)
    )
    pieces, claims, links, offset = [], [], [], 0

    def claim(role: str, side_id: int, number: int) -> ClaimView:
        nonlocal offset
        quote = sentence(rng.randint(12, 30))
        start = offset
        pieces.append(quote + " ")
        offset += len(quote) + 1
        cid = len(claims) + 1
        return ClaimView(
            id=cid, key=f"{role[0]}-{number}", role=role, side_id=side_id, source_id=1,
            start=start, end=start + len(quote), quote=quote, paraphrase=sentence(12),
            speaker="Speaker", kind=rng.choice(CLAIM_KINDS), status=rng.choice(STATUSES),
            rationale=sentence(rng.randint(15, 40)), assessed_by="Analyst", notes="",
            tag_ids=tuple(rng.sample(range(1, 21), 2)),
            evidence=tuple(Attachment(rng.randint(1, 200), "context", sentence(10))
                           for _ in range(rng.randint(0, 2))),
        )  # fmt: skip

    for n in range(allegations):
        a = claim("allegation", 1, n)
        claims.append(a)
        for k in range(2):
            r = claim("response", 2, 2 * n + k)
            claims.append(r)
            links.append(LinkView(len(links) + 1, f"l{len(links)}", a.id, r.id,
                                  rng.choice(RELATIONS), ""))  # fmt: skip
    source = SourceView(1, "src", "Synthetic source", "Bench", None, "2020", "en", None,
                        "".join(pieces))  # fmt: skip
    return CaseSnapshot(1, "synthetic", "A synthetic case", sentence(40), (source,), sides,
                        tuple(claims), tuple(links), evidence, tags)  # fmt: skip


def main() -> None:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--allegations", type=int, default=1000)
    args = parser.parse_args()

    from ui.pdf.application import ensure_app
    from ui.pdf.comparison import write_pdf

    ensure_app()
    case = synthetic_case(args.allegations)
    options = ExportOptions(author="Bench", exported_at=datetime(2024, 5, 1, tzinfo=UTC))
    base_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    times, pages, size = [], 0, 0
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "bench.pdf"
        for _ in range(args.runs):
            started = time.perf_counter()
            write_pdf(case, options, out)
            times.append(time.perf_counter() - started)
        size = out.stat().st_size
        from pypdf import PdfReader

        pages = len(PdfReader(out).pages)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"PDF export: {args.allegations} allegations x 2 linked responses "
        f"({len(case.claims)} claims, {len(case.links)} links), {pages} pages, "
        f"{size / 1e6:.1f} MB; {platform.python_version()}, {os.cpu_count()} cores"
    )
    print("| measure                          |     value | target |")
    print("|----------------------------------|-----------|--------|")
    print(
        f"| time, median of {args.runs} (s)            | {statistics.median(times):9.2f} | < 5    |"
    )
    print(f"| time, slowest run (s)            | {max(times):9.2f} |        |")
    print(f"| peak memory, whole process (MB)  | {peak_mb:9.0f} | < 500  |")
    print(f"| memory before the export (MB)    | {base_mb:9.0f} |        |")


if __name__ == "__main__":
    main()
