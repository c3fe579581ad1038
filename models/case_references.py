"""The rules of a case file that its JSON Schema cannot express: ids unique across the file,
references that point at something of the right kind, quotes that match their sources, and tag
parents without loops."""

from __future__ import annotations

from collections import Counter


def first_reference_problem(data: dict) -> tuple[str, str] | None:
    """The first reference that points nowhere, as (where, what is wrong); None if all hold."""
    try:
        _check(data)
    except _Problem as problem:
        return problem.args[0], problem.args[1]
    return None


class _Problem(Exception):
    pass


def _check(data: dict) -> None:
    def fail(where: str, what: str):
        raise _Problem(where, what)

    ids = Counter()
    for kind in ("sources", "sides", "claims", "links", "evidence", "tags"):
        for item in data[kind]:
            ids[item["id"]] += 1
    for kind in ("sources", "sides", "claims", "links", "evidence", "tags"):
        for i, item in enumerate(data[kind]):
            if ids[item["id"]] > 1:
                fail(f"{kind}[{i}].id", f"the id {item['id']!r} is used more than once.")

    roles = [s["role"] for s in data["sides"]]
    if sorted(roles) != ["allegation", "response"]:
        fail("sides", "there must be one allegation side and one response side.")
    sources = {s["id"]: s for s in data["sources"]}
    sides = {s["id"]: s["role"] for s in data["sides"]}
    tags = {t["id"]: t for t in data["tags"]}
    evidence = {e["id"] for e in data["evidence"]}
    claim_roles = {}
    for i, claim in enumerate(data["claims"]):
        where = f"claims[{i}] (id {claim['id']!r})"
        if claim["side"] not in sides:
            fail(where, f"its side {claim['side']!r} is not a side of this case.")
        if claim["source"] not in sources:
            fail(where, f"its source {claim['source']!r} is not a source of this case.")
        text = sources[claim["source"]]["text"]
        start, end = claim["start"], claim["end"]
        if not (0 <= start < end <= len(text)):
            fail(
                where,
                f"its span {start}:{end} is outside its source, which has {len(text)} characters.",
            )
        if text[start:end] != claim["quote"]:
            fail(
                where,
                f"its quote does not match the source text at {start}:{end} "
                f"(the source has {_excerpt(text[start:end])!r} there).",
            )
        for tag in claim["tags"]:
            if tag not in tags:
                fail(where, f"its tag {tag!r} is not a tag of this case.")
        if len(set(claim["tags"])) != len(claim["tags"]):
            fail(where, "it names the same tag twice.")
        attached = [a["evidence"] for a in claim["evidence"]]
        for ev in attached:
            if ev not in evidence:
                fail(where, f"its evidence {ev!r} is not an evidence record of this case.")
        if len(set(attached)) != len(attached):
            fail(where, "it attaches the same evidence record twice.")
        claim_roles[claim["id"]] = sides[claim["side"]]
    pairs = set()
    for i, link in enumerate(data["links"]):
        where = f"links[{i}] (id {link['id']!r})"
        for end_name in ("allegation", "response"):
            target = link[end_name]
            if target not in claim_roles:
                fail(where, f"its {end_name} {target!r} is not a claim of this case.")
            if claim_roles[target] != end_name:
                fail(where, f"its {end_name} {target!r} is a claim of the other side.")
        pair = (link["allegation"], link["response"])
        if pair in pairs:
            fail(where, "it links the same two claims as an earlier link.")
        pairs.add(pair)
    for i, record in enumerate(data["evidence"]):
        for tag in record["tags"]:
            if tag not in tags:
                fail(f"evidence[{i}] (id {record['id']!r})", f"its tag {tag!r} is not a tag.")
    for i, tag in enumerate(data["tags"]):
        seen, parent = {tag["id"]}, tag["parent"]
        while parent is not None:
            if parent not in tags:
                fail(f"tags[{i}] (id {tag['id']!r})", f"its parent {parent!r} is not a tag.")
            if parent in seen:
                fail(f"tags[{i}] (id {tag['id']!r})", "its parents form a loop.")
            seen.add(parent)
            parent = tags[parent]["parent"]


def _excerpt(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
