"""Benchmark a team on one PostgreSQL store: ten analysts editing one 20,000-claim case at once.

Run: .venv/bin/python bench/bench_team.py [--duration 60] [--processes 10] [--url URL]
(URL: an SQLAlchemy URL of a PostgreSQL server whose role may create databases; default
$COUNTERPOINT_TEST_POSTGRES_URL. A throwaway database is created and dropped.)

Each analyst is a process of its own with its own store. It edits random claims of the case (a
mix of statuses, rationales, links and tags; 10% of the edits on the same 50 "hot" claims), each
edit over the version it has just read, so two analysts on one claim meet as a `Conflict`,
which it settles by keeping its own value (as a user choosing "apply mine"). Each also listens
(models.live.Listener) and catches up from the feed as the window does, recording when each
colleague's event reached it. Afterwards the feed is replayed against the final state: every
acknowledged edit must be in it, every event's "before" must be the state the one before left,
and the replay must end in the state the store holds (zero lost updates).

Prints a table: edits per second, p50/p95 edit latency, p50/p95 time for an edit to reach
another process, conflicts, lost updates.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bench.synthetic import WORDS, make_case  # noqa: E402
from models import library  # noqa: E402
from models.edit_log import Conflict, EditRefused  # noqa: E402
from models.feed import events_after, last_seq  # noqa: E402
from models.schema import Assessment, Claim, ClaimTag, Link, Tag  # noqa: E402
from models.store import StoreError, open_store  # noqa: E402
from models.vocabulary import RELATIONS  # noqa: E402

HOT_CLAIMS = 50
HOT_SHARE = 0.10
# The mix of edits an analyst makes (weights): statuses most, then rationales, tags, links.
MIX = (("status", 40), ("rationale", 25), ("tag", 20), ("link", 15))
STATUS_CHOICE = ("supported", "unsupported", "disputed", "unverifiable", "unsupported")


def _percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _rationale(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 40))).capitalize() + "."


# --- one analyst ---------------------------------------------------------------------------


def analyst(args) -> None:
    """One analyst process: edit until the end time, listening all along; write a JSON report."""
    from models.live import Listener
    from models.operations import add_link, get_assessment, remove_link, set_assessment
    from models.tag_edits import apply_tag, remove_tag

    rng = random.Random(args.worker * 7919)
    author = f"analyst-{args.worker}"
    store = open_store(args.url)
    case = library.snapshot(store, args.slug)
    case_id = case.id
    claims = [c.id for c in case.claims]
    allegations = [c.id for c in case.claims if c.role == "allegation"]
    responses = [c.id for c in case.claims if c.role == "response"]
    hot = claims[:HOT_CLAIMS]
    tags = [t.id for t in case.tags]
    tagged = {c.id: set(c.tag_ids) for c in case.claims}
    links = [lk.id for lk in case.links]

    arrived: dict[int, float] = {}  # seq -> when this process had read it from the feed
    wake = threading.Event()
    stop = threading.Event()
    seen = [0]
    seen[0] = last_seq(store, case_id)

    def catch_up():
        while not stop.is_set():
            if not wake.wait(0.5):
                continue
            wake.clear()
            try:
                events = events_after(store, case_id, seen[0])
            except StoreError:
                continue
            now = time.time()
            for event in events:
                arrived.setdefault(event.seq, now)
            if events:
                seen[0] = events[-1].seq

    listener = Listener(store.engine, on_notice=lambda _c, _s: wake.set(), on_reconnect=wake.set)
    listener.start()
    reader = threading.Thread(target=catch_up, daemon=True)
    reader.start()
    while not listener.connected:
        time.sleep(0.01)

    latencies: list[float] = []
    by_kind: dict[str, list[float]] = {}  # the same latencies, by what the edit was
    committed: dict[int, float] = {}  # own seq -> when the edit returned (committed)
    conflicts = refused = failed = 0
    kinds = [k for k, _ in MIX]
    weights = [w for _, w in MIX]
    time.sleep(max(0.0, args.start_at - time.time()))
    end = args.start_at + args.duration
    cpu_start = time.process_time()  # every thread of this process: edits, catching up
    while time.time() < end:
        claim_id = rng.choice(hot) if rng.random() < HOT_SHARE else rng.choice(claims)
        kind = rng.choices(kinds, weights)[0]
        before = set(store.written)
        # The analyst looks at the claim (the window's snapshot), then edits over that version.
        what = kind  # how the table names this edit
        if kind in ("status", "rationale"):
            version = get_assessment(store, claim_id).version

            def edit(claim_id=claim_id, kind=kind, version=version):
                values = (
                    {"status": rng.choice(STATUS_CHOICE)}
                    if kind == "status"
                    else {"rationale": _rationale(rng)}
                )
                return set_assessment(store, claim_id, author=author, expected=version, **values)

        elif kind == "tag" and tags:
            tag_id = rng.choice(tags)
            what = "tag removed" if tag_id in tagged.get(claim_id, ()) else "tag applied"
            if tag_id in tagged.get(claim_id, ()):

                def edit(claim_id=claim_id, tag_id=tag_id):
                    tagged[claim_id].discard(tag_id)
                    return remove_tag(store, claim_id, tag_id, author=author)

            else:

                def edit(claim_id=claim_id, tag_id=tag_id):
                    tagged.setdefault(claim_id, set()).add(tag_id)
                    return apply_tag(store, claim_id, tag_id, author=author)

        elif links and rng.random() < 0.4:
            link_id = links.pop(rng.randrange(len(links)))
            what = "link removed"

            def edit(link_id=link_id):
                return remove_link(store, link_id, author=author)

        else:
            what = "link added"

            def edit():
                new, change = add_link(
                    store,
                    rng.choice(allegations),
                    rng.choice(responses),
                    rng.choice(RELATIONS),
                    author=author,
                )
                links.append(new)
                return change

        start = time.perf_counter()
        try:
            edit()
        except Conflict as conflict:
            conflicts += 1
            try:  # the analyst keeps their own value, over the colleague's version
                conflict.apply(store, author, conflict.mine)
            except (Conflict, EditRefused):
                refused += 1
            except StoreError:
                failed += 1
        except EditRefused:
            refused += 1  # a tag or link a colleague took away meanwhile: nothing written
        except StoreError as exc:
            failed += 1  # the store refused (a lock held past its timeout): nothing written
            print(f"{author}: {exc}", file=sys.stderr)
        done = time.perf_counter()
        wall = time.time()
        mine = {seq for c, seq in store.written - before if c == case_id}
        if mine:
            latencies.append((done - start) * 1000)
            by_kind.setdefault(what, []).append((done - start) * 1000)
            for seq in mine:
                committed[seq] = wall
        if args.think_ms:
            time.sleep(rng.uniform(0, 2 * args.think_ms) / 1000)
    cpu = time.process_time() - cpu_start
    time.sleep(1.5)  # the last colleagues' edits still reach this one
    stop.set()
    wake.set()
    listener.stop()
    reader.join(2)
    store.close()
    Path(args.out).write_text(
        json.dumps(
            {
                "worker": args.worker,
                "latencies_ms": latencies,
                "by_kind_ms": by_kind,
                "cpu_s": cpu,
                "committed": committed,
                "arrived": arrived,
                "conflicts": conflicts,
                "refused": refused,
                "failed": failed,
            }
        )
    )


# --- checking: replay the feed against the final state --------------------------------------


def _state(store, case_id: int) -> tuple[dict, set, set]:
    """Assessments (claim -> (status, rationale)), links and claim tags of a case, now."""
    with store.reading() as s:
        assessments = {
            claim_id: (status, rationale)
            for claim_id, status, rationale in s.execute(
                select(Assessment.claim_id, Assessment.status, Assessment.rationale)
                .join(Claim, Claim.id == Assessment.claim_id)
                .where(Claim.case_id == case_id)
            )
        }
        links = set(s.execute(select(Link.id).where(Link.case_id == case_id)).scalars())
        tags = {
            (claim_id, tag_id)
            for claim_id, tag_id in s.execute(
                select(ClaimTag.claim_id, ClaimTag.tag_id)
                .join(Tag, Tag.id == ClaimTag.tag_id)
                .where(Tag.case_id == case_id)
            )
        }
    return assessments, links, tags


def replay(store, case_id: int, start, after_seq: int) -> list[str]:
    """Replay the feed's events after `after_seq` over the `start` state; the problems found."""
    assessments, links, tags = (dict(start[0]), set(start[1]), set(start[2]))
    problems = []
    events = events_after(store, case_id, after_seq)
    seqs = [e.seq for e in events]
    if seqs != list(range(after_seq + 1, after_seq + 1 + len(seqs))):
        problems.append("the feed's numbers have a gap")
    for event in events:
        family = event.kind.split(".")[0]
        if family == "assessment":
            (claim_id,) = event.claims
            status, rationale = assessments.get(claim_id, ("unassessed", ""))
            now = {"status": status, "rationale": rationale}
            for key, value in (event.before or {}).items():
                if now[key] != value:
                    problems.append(f"event {event.seq}: {key} before was {now[key]!r}")
            now.update(event.after or {})
            assessments[claim_id] = (now["status"], now["rationale"])
        elif event.kind in ("link.add", "link.remove"):
            link_id = int(event.entity.split(":")[1])
            (links.add if event.kind == "link.add" else links.discard)(link_id)
        elif event.kind in ("tag.apply", "tag.remove"):
            _, claim_id, tag_id = event.entity.split(":")
            key = (int(claim_id), int(tag_id))
            (tags.add if event.kind == "tag.apply" else tags.discard)(key)
    final = _state(store, case_id)
    final_assessments = {k: v for k, v in final[0].items()}
    for claim_id in set(assessments) | set(final_assessments):
        want = assessments.get(claim_id, ("unassessed", ""))
        have = final_assessments.get(claim_id, ("unassessed", ""))
        if want != have:
            problems.append(f"claim {claim_id}: the feed says {want}, the store holds {have}")
    if links != final[1]:
        problems.append(f"links: {len(links ^ final[1])} differ between the feed and the store")
    if tags != final[2]:
        problems.append(f"claim tags: {len(tags ^ final[2])} differ between feed and store")
    return problems


# --- the run ---------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> None:
    """Create the database and the case, run the analysts, check, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of editing")
    parser.add_argument("--processes", type=int, default=10)
    parser.add_argument("--claims", type=int, default=20000, help="claims in the case")
    parser.add_argument("--think-ms", type=float, default=0.0, help="mean pause between edits")
    parser.add_argument("--url", default=os.environ.get("COUNTERPOINT_TEST_POSTGRES_URL"))
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--slug", help=argparse.SUPPRESS)
    parser.add_argument("--start-at", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        analyst(args)
        return
    if not args.url:
        sys.exit("Give --url (a PostgreSQL server) or set COUNTERPOINT_TEST_POSTGRES_URL.")
    name = f"cp_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(args.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(args.url).set(database=name).render_as_string(hide_password=False)
    load_before = os.getloadavg()
    try:
        store = library.open_library(url)
        t0 = time.perf_counter()
        slug = library.import_data(store, make_case(claims_per_side=args.claims // 2))
        imported = time.perf_counter() - t0
        case = library.snapshot(store, slug)
        first_seq = last_seq(store, case.id)
        start_state = _state(store, case.id)
        print(
            f"{len(case.claims):,} claims imported in {imported:.1f} s; "
            f"{args.processes} analysts for {args.duration:.0f} s…",
            flush=True,
        )
        with tempfile.TemporaryDirectory() as folder:
            start_at = time.time() + 15  # time for every process to read the case and listen
            outs = [Path(folder) / f"analyst-{i}.json" for i in range(args.processes)]
            procs = [
                subprocess.Popen(
                    [
                        sys.executable,
                        __file__,
                        "--worker",
                        str(i),
                        "--url",
                        url,
                        "--slug",
                        slug,
                        "--start-at",
                        str(start_at),
                        "--duration",
                        str(args.duration),
                        "--think-ms",
                        str(args.think_ms),
                        "--out",
                        str(out),
                    ]
                )
                for i, out in enumerate(outs)
            ]
            for proc in procs:
                proc.wait()
            load_during = os.getloadavg()
            reports = [json.loads(out.read_text()) for out in outs if out.exists()]
        if len(reports) != args.processes:
            sys.exit(f"only {len(reports)} of {args.processes} analysts reported")
        problems = replay(store, case.id, start_state, first_seq)
        authors = {e.seq: e.author for e in events_after(store, case.id, first_seq)}
        store.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    latencies = [ms for r in reports for ms in r["latencies_ms"]]
    by_kind: dict[str, list[float]] = {}
    for r in reports:
        for what, values in r["by_kind_ms"].items():
            by_kind.setdefault(what, []).extend(values)
    late: list[str] = []  # deliveries that never came (not lost updates: the feed has them)
    reach = []
    acknowledged = missed = 0
    for r in reports:
        for seq, at in r["committed"].items():
            acknowledged += 1
            if authors.get(int(seq)) != f"analyst-{r['worker']}":
                problems.append(f"analyst-{r['worker']}'s edit {seq} is not in the feed as theirs")
            for other in reports:
                if other is not r and seq in other["arrived"]:
                    reach.append((other["arrived"][seq] - at) * 1000)
        missing = sum(1 for o in reports if o is not r for seq in r["committed"]
                      if seq not in o["arrived"])  # fmt: skip
        missed += missing
        if missing:
            late.append(f"{missing} of analyst-{r['worker']}'s edits never reached another")
    conflicts = sum(r["conflicts"] for r in reports)
    analysts_cpu = sum(r["cpu_s"] for r in reports)
    refused = sum(r["refused"] for r in reports)
    failed = sum(r["failed"] for r in reports)
    rows = [
        ("analysts (processes)", f"{args.processes}"),
        ("claims in the case", f"{len(case.claims):,}"),
        ("duration", f"{args.duration:.0f} s"),
        ("think time between edits (mean)", f"{args.think_ms:.0f} ms"),
        ("edits committed", f"{acknowledged:,}"),
        ("edits per second (all analysts)", f"{acknowledged / args.duration:,.1f}"),
        ("edit latency p50", f"{_percentile(latencies, 50):.1f} ms"),
        ("edit latency p95 (target < 50 ms)", f"{_percentile(latencies, 95):.1f} ms"),
        # Everything the analyst processes did (edits, reading colleagues' events, listening),
        # per edit committed: what the team's clients cost the machine.
        ("analysts' CPU per edit (all processes)", f"{analysts_cpu / acknowledged * 1000:.1f} ms"),
        ("reach another process p50", f"{_percentile(reach, 50):.1f} ms"),
        ("reach another process p95 (target < 1 s)", f"{_percentile(reach, 95):.1f} ms"),
        ("deliveries measured", f"{len(reach):,}"),
        ("deliveries missed (never read by that process)", f"{missed:,}"),
        ("conflicts detected (settled: keep mine)", f"{conflicts:,}"),
        ("edits refused (tag/link gone meanwhile)", f"{refused:,}"),
        ("edits the store refused (locks, errors)", f"{failed:,}"),
        ("lost updates (feed replayed vs final state)", f"{len(problems)}"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"\nmachine: {machine()}")
    print(f"load average before {load_before[0]:.2f}, at the end {load_during[0]:.2f}\n")
    for label, value in rows:
        print(f"{label:<{width}}  {value:>12}")
    print("\nedit latency by kind of edit: count, p50, p95")
    for what, values in sorted(by_kind.items()):
        p50, p95 = _percentile(values, 50), _percentile(values, 95)
        print(f"  {what:<14} {len(values):>7,}  {p50:>8.1f} ms  {p95:>8.1f} ms")
    for problem in (problems + late)[:20]:
        print("PROBLEM:", problem)
    if problems or late:
        sys.exit(1)


if __name__ == "__main__":
    main()
