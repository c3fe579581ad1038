"""Benchmark suggestions: sentences of a 1,000,000-character source, and link suggestions for
one allegation over 10,000 responses and for every allegation of the 20,000-claim synthetic case.

Run: .venv/bin/python bench/bench_suggestions.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import make_case  # noqa: E402
from models.suggest_claims import sentence_spans, suggest_claims  # noqa: E402
from models.suggest_links import ClaimText, LinkIndex  # noqa: E402

SEED = ROOT / "resources" / "cases" / "huawei-backdoor-2020.json"


def _timed(fn, repeat: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return times, result


def _row(step: str, times: list[float], target: str, note: str = "") -> None:
    print(
        f"| {step:<46} | {statistics.median(times):>8.3f} | {min(times):>7.3f} "
        f"| {target:>7} | {note:<22} |"
    )


def main() -> None:
    """Print a table of the median and best time of each step."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    article = json.loads(SEED.read_text(encoding="utf-8"))["sources"][0]["text"]
    text = ((article + "\n\n") * (1_000_000 // len(article) + 1))[:1_000_000]
    data = make_case()
    role = {side["id"]: side["role"] for side in data["sides"]}
    claims = [ClaimText(c["id"], role[c["side"]], c["quote"]) for c in data["claims"]]
    allegations = [c.key for c in claims if c.role == "allegation"]

    print(
        f"Machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs"
    )
    print(f"Load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"\nMedian and best of {args.repeat} runs, seconds")
    print(f"| {'step':<46} | {'median':>8} | {'best':>7} | {'target':>7} | {'result':<22} |")
    print(f"|{'-' * 48}|{'-' * 10}|{'-' * 9}|{'-' * 9}|{'-' * 24}|")
    times, spans = _timed(lambda: sentence_spans(text), args.repeat)
    _row("sentences of 1,000,000 characters", times, "1", f"{len(spans):,} sentences")
    times, found = _timed(lambda: suggest_claims(text, clauses=True), args.repeat)
    _row("… with clauses, speakers and kinds", times, "", f"{len(found):,} suggestions")

    times, index = _timed(lambda: LinkIndex(claims), args.repeat)
    _row("index the 20,000 claims (TF-IDF fit)", times, "", f"{index._resp.shape[0]:,} features")
    one = []
    for key in allegations[:50]:
        started = time.perf_counter()
        index.suggest(key, top=10)
        one.append(time.perf_counter() - started)
    _row("one allegation over 10,000 responses (top 10)", one, "0.1", "50 allegations")

    def whole() -> list:
        return LinkIndex(claims).suggest_all(top=3)

    times, suggestions = _timed(whole, args.repeat)
    _row(
        "all 10,000 allegations (index + top 3 each)",
        times,
        "60",
        f"{len(suggestions):,} suggestions",
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nPeak memory of the benchmark process: {peak:.0f} MiB")
    print(f"Load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
