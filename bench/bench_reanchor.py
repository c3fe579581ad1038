"""Benchmark re-anchoring: 8,000 claims on a 400,000-character source revised by 2%.

Run: .venv/bin/python bench/bench_reanchor.py [--length N] [--claims N] [--share F] [--seed N]
       .venv/bin/python bench/bench_reanchor.py --sweep   (the threshold table of docs/revisions.md)
Prints the time and peak memory to re-anchor, and how many claims were placed exactly, proposed
and orphaned, checked against the truth the generator knows: an exact placement is wrong unless
the claim's words are intact and it is their span; a proposal is wrong unless it covers mostly
the region the claim's surviving words now occupy.
"""

from __future__ import annotations

import argparse
import dataclasses
import platform
import resource
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.revisions import Revision, Truth, make_revision  # noqa: E402
from models.reanchor import DEFAULT, EXACT, PROPOSED, Placement, Thresholds, reanchor  # noqa: E402


def verdict(placement: Placement, truth: Truth) -> str:
    """'right', 'wrong' or 'missed' (an orphan), for one claim."""
    if placement.state == EXACT:
        ok = truth.kind == "intact" and (placement.start, placement.end) == (truth.start, truth.end)
        return "right" if ok else "wrong"
    if placement.state == PROPOSED:
        if truth.kind == "gone":
            return "wrong"
        overlap = min(placement.end, truth.end) - max(placement.start, truth.start)
        size = max(placement.end - placement.start, truth.end - truth.start)
        return "right" if overlap >= size / 2 else "wrong"
    return "missed"


def tally(revision: Revision, placements: list[Placement]) -> Counter:
    """Counts by state, by verdict, and edited claims placed exactly."""
    counts: Counter = Counter()
    for index in revision.moved:
        counts[f"moved {placements[index].state}"] += 1
    for index in revision.deleted:
        counts[f"deleted {placements[index].state}"] += 1
    for placement, truth in zip(placements, revision.truths, strict=True):
        counts[placement.state] += 1
        counts[f"{placement.state} {verdict(placement, truth)}"] += 1
        counts[f"truth {truth.kind}"] += 1
        counts[f"{placement.state} of {truth.kind}"] += 1
        if truth.kind != "intact" and placement.state == EXACT:
            counts["edited but exact"] += 1
    return counts


def run(
    revision: Revision, thresholds: Thresholds = DEFAULT, trace: bool = True
) -> tuple[tuple[float, float], float, Counter]:
    """Re-anchor once: wall and CPU seconds, peak MiB (a second, traced run), counts."""
    start, cpu = time.perf_counter(), time.process_time()
    placements = reanchor(revision.old, revision.new, revision.anchors, thresholds)
    seconds = (time.perf_counter() - start, time.process_time() - cpu)
    if not trace:
        return seconds, 0.0, tally(revision, placements)
    tracemalloc.start()
    reanchor(revision.old, revision.new, revision.anchors, thresholds)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak, tally(revision, placements)


def _row(label: str, counts: Counter, total: int) -> str:
    def share(key: str) -> str:
        return f"{counts[key]:>5} ({100 * counts[key] / total:4.1f}%)"

    wrong = counts["exact wrong"] + counts["proposed wrong"]
    return (
        f"| {label} | {share('exact')} | {share('proposed')} | {share('orphan')} | {wrong} |"
        f" {counts['proposed right']} |"
    )


def sweep(revision: Revision) -> None:
    """Re-anchor at several thresholds and print one table row each."""
    print("| thresholds | exact | proposed | orphan | wrong | proposed right |")
    print("| --- | --- | --- | --- | --- | --- |")
    total = len(revision.anchors)
    d = dataclasses.replace
    variants = [("default", DEFAULT)]
    variants += [
        (f"min_quote_similarity {q}", d(DEFAULT, min_quote_similarity=q)) for q in (0.5, 0.6, 0.9)
    ]
    variants += [(f"min_score {v}", d(DEFAULT, min_score=v)) for v in (0.5, 0.6, 0.8, 0.9)]
    variants += [(f"min_lead {v}", d(DEFAULT, min_lead=v)) for v in (0.0, 0.05, 0.2)]
    variants += [(f"context_accept {v}", d(DEFAULT, context_accept=v)) for v in (0.0, 0.5, 0.9)]
    variants += [(f"context_lead {v}", d(DEFAULT, context_lead=v)) for v in (0.0, 0.1)]
    variants += [("short_context 0", d(DEFAULT, short_context=0.0))]
    variants += [("min_approximate_length 0", d(DEFAULT, min_approximate_length=0))]
    anything = d(
        DEFAULT, min_quote_similarity=0.5, min_score=0.0, min_lead=0.0, context_accept=0.0,
        context_lead=0.0, short_context=0.0, min_approximate_length=0,
    )  # fmt: skip
    variants += [("best candidate wins (all off)", anything)]
    for label, thresholds in variants:
        _, _, counts = run(revision, thresholds, trace=False)
        print(_row(label, counts, total))


def main() -> None:
    """Generate the revision, re-anchor, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--length", type=int, default=400_000)
    parser.add_argument("--claims", type=int, default=8000)
    parser.add_argument("--share", type=float, default=0.02)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sweep", action="store_true")
    args = parser.parse_args()
    revision = make_revision(args.length, args.claims, args.share, args.seed)
    print(f"Python {platform.python_version()}, {platform.platform()}")
    truths = Counter(t.kind for t in revision.truths)
    print(
        f"source {len(revision.old):,} characters, revision {len(revision.new):,}, "
        f"{len(revision.anchors):,} claims: {truths['intact']:,} intact, "
        f"{truths['edited']:,} edited, {truths['gone']:,} gone"
    )
    if args.sweep:
        sweep(revision)
        return
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    seconds, peak, counts = run(revision)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    total = len(revision.anchors)

    def split(state: str) -> str:
        parts = ", ".join(
            f"{counts[f'{state} of {k}']:,} {k}" for k in ("intact", "edited", "gone")
        )
        return f"{counts[state]:,} ({100 * counts[state] / total:.1f}%): {parts}"

    print("| measure | value |")
    print("| --- | --- |")
    print(f"| time to re-anchor, wall clock | {seconds[0]:.2f} s |")
    print(f"| time to re-anchor, CPU of this process | {seconds[1]:.2f} s |")
    print(f"| peak memory of Python objects while re-anchoring (tracemalloc) | {peak:.1f} MiB |")
    print(
        f"| process peak RSS before / after (includes the generator) |"
        f" {rss_before:.0f} / {rss_after:.0f} MiB |"
    )
    for state in (EXACT, PROPOSED, "orphan"):
        print(f"| {state} | {split(state)} |")
    print(f"| exact at a wrong span | {counts['exact wrong']} |")
    print(f"| proposed at a wrong span | {counts['proposed wrong']} |")
    print(f"| edited or gone claims placed exact | {counts['edited but exact']} |")
    moved = ", ".join(f"{counts[f'moved {s}']} {s}" for s in (EXACT, PROPOSED, "orphan"))
    deleted = ", ".join(f"{counts[f'deleted {s}']} {s}" for s in (EXACT, PROPOSED, "orphan"))
    print(f"| claims in the moved paragraph ({len(revision.moved)}) | {moved} |")
    print(f"| claims in the deleted paragraph ({len(revision.deleted)}) | {deleted} |")


if __name__ == "__main__":
    main()
