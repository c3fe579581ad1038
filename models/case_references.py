"""The rules of a case file that its JSON Schema cannot express: characters every store can hold,
ids unique across the file, references that point at something of the right kind, quotes that
match their sources, and tag parents without loops."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import Any

from models.i18n import Context, fill

CaseFiles = Context("CaseFiles")

# NUL (PostgreSQL cannot store it) and the UTF-16 halves that are not characters on their own.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def character_problem(text: str) -> str | None:
    """Why a text cannot be stored (a NUL or a lone surrogate), or None if it can."""
    found = _UNSTORABLE.search(text)
    if found is None:
        return None
    code = ord(found.group())
    if code == 0:
        return CaseFiles.tr("it contains a NUL character (U+0000), which a case cannot hold.")
    return fill(
        CaseFiles.tr("it contains a lone surrogate (U+%1), which is not a character."),
        f"{code:04X}",
    )


def first_character_problem(data: Any) -> tuple[str, str] | None:
    """The first text that cannot be stored (a NUL, a lone surrogate), as (where, what)."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            problem = character_problem(value)
            if problem is not None:
                return where or CaseFiles.tr("the top level"), problem
        elif isinstance(value, dict):
            for key, item in reversed(value.items()):
                place = f"{where}.{key}" if where else str(key)
                problem = character_problem(key)
                if problem is not None:
                    return place.encode("utf-8", "backslashreplace").decode(), problem
                stack.append((place, item))
        elif isinstance(value, list):
            stack.extend((f"{where}[{i}]", item) for i, item in reversed(list(enumerate(value))))
    return None


def fraction_for_integer(
    value: Any, node: dict, path: list | None = None, root: dict | None = None
) -> list | None:
    """The place of the first float where the schema asks for an integer, or None."""
    path, root = path or [], root or node
    if "$ref" in node:
        target = root
        for part in node["$ref"].split("#", 1)[1].strip("/").split("/"):
            target = target[part]
        node = target
    kinds = node.get("type")
    if isinstance(value, float) and (kinds == "integer" or "integer" in (kinds or ())):
        return path
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in node.get(key, ()):
            found = fraction_for_integer(value, sub, path, root)
            if found is not None:
                return found
    for key in ("then", "else"):
        if isinstance(node.get(key), dict):
            found = fraction_for_integer(value, node[key], path, root)
            if found is not None:
                return found
    if isinstance(value, dict):
        for key, item in value.items():
            sub = node.get("properties", {}).get(key)
            if isinstance(sub, dict):
                found = fraction_for_integer(item, sub, [*path, key], root)
                if found is not None:
                    return found
    elif isinstance(value, list) and isinstance(node.get("items"), dict):
        for i, item in enumerate(value):
            found = fraction_for_integer(item, node["items"], [*path, i], root)
            if found is not None:
                return found
    return None


def first_reference_problem(data: dict) -> tuple[str, str] | None:
    """The first reference that points nowhere, as (where, what is wrong); None if all hold."""
    try:
        _check(data)
    except _Problem as problem:
        return problem.args[0], problem.args[1]
    return None


# A record's place, (kind, index, id), is worded only when a problem is found there: every
# record of a valid case passes through _check, which must stay as fast as it was.
Record = tuple[str, int, Any]


class _Problem(Exception):
    pass


def _check(data: dict) -> None:
    def fail(where: str | Record, what: str):
        raise _Problem(_where(where), what)

    ids = Counter()
    for kind in ("sources", "sides", "claims", "links", "evidence", "tags"):
        for item in data[kind]:
            ids[item["id"]] += 1
    for kind in ("sources", "sides", "claims", "links", "evidence", "tags"):
        for i, item in enumerate(data[kind]):
            if ids[item["id"]] > 1:
                fail(
                    f"{kind}[{i}].id",
                    fill(CaseFiles.tr("the id %1 is used more than once."), repr(item["id"])),
                )

    roles = [s["role"] for s in data["sides"]]
    if sorted(roles) != ["allegation", "response"]:
        fail("sides", CaseFiles.tr("there must be one allegation side and one response side."))
    sources = {s["id"]: s for s in data["sources"]}
    for i, source in enumerate(data["sources"]):
        _check_versions(("sources", i, source["id"]), source, fail)
    sides = {s["id"]: s["role"] for s in data["sides"]}
    tags = {t["id"]: t for t in data["tags"]}
    evidence = {e["id"] for e in data["evidence"]}
    claim_roles = {}
    for i, claim in enumerate(data["claims"]):
        where = ("claims", i, claim["id"])
        if claim["side"] not in sides:
            fail(
                where,
                fill(CaseFiles.tr("its side %1 is not a side of this case."), repr(claim["side"])),
            )
        if claim["source"] not in sources:
            fail(
                where,
                fill(
                    CaseFiles.tr("its source %1 is not a source of this case."),
                    repr(claim["source"]),
                ),
            )
        text = _claim_text(where, claim, sources[claim["source"]], fail)
        start, end = claim["start"], claim["end"]
        if not (0 <= start < end <= len(text)):
            fail(
                where,
                fill(
                    CaseFiles.tr(
                        "its span %1:%2 is outside its source, which has %n characters.",
                        None,
                        len(text),
                    ),
                    start,
                    end,
                ),
            )
        if text[start:end] != claim["quote"]:
            fail(
                where,
                fill(
                    CaseFiles.tr(
                        "its quote does not match the source text at %1:%2 "
                        "(the source has %3 there)."
                    ),
                    start,
                    end,
                    repr(_excerpt(text[start:end])),
                ),
            )
        for tag in claim["tags"]:
            if tag not in tags:
                fail(where, fill(CaseFiles.tr("its tag %1 is not a tag of this case."), repr(tag)))
        if len(set(claim["tags"])) != len(claim["tags"]):
            fail(where, CaseFiles.tr("it names the same tag twice."))
        attached = [a["evidence"] for a in claim["evidence"]]
        for ev in attached:
            if ev not in evidence:
                fail(
                    where,
                    fill(
                        CaseFiles.tr("its evidence %1 is not an evidence record of this case."),
                        repr(ev),
                    ),
                )
        if len(set(attached)) != len(attached):
            fail(where, CaseFiles.tr("it attaches the same evidence record twice."))
        claim_roles[claim["id"]] = sides[claim["side"]]
    pairs = set()
    for i, link in enumerate(data["links"]):
        where = ("links", i, link["id"])
        for end_name in ("allegation", "response"):
            target = link[end_name]
            # end_name is the file's own field name ("allegation", "response"): left as it is.
            if target not in claim_roles:
                fail(
                    where,
                    fill(
                        CaseFiles.tr("its %1 %2 is not a claim of this case."),
                        end_name,
                        repr(target),
                    ),
                )
            if claim_roles[target] != end_name:
                fail(
                    where,
                    fill(
                        CaseFiles.tr("its %1 %2 is a claim of the other side."),
                        end_name,
                        repr(target),
                    ),
                )
        pair = (link["allegation"], link["response"])
        if pair in pairs:
            fail(where, CaseFiles.tr("it links the same two claims as an earlier link."))
        pairs.add(pair)
    for i, record in enumerate(data["evidence"]):
        for tag in record["tags"]:
            if tag not in tags:
                fail(
                    ("evidence", i, record["id"]),
                    fill(CaseFiles.tr("its tag %1 is not a tag."), repr(tag)),
                )
    for i, tag in enumerate(data["tags"]):
        seen, parent = {tag["id"]}, tag["parent"]
        while parent is not None:
            if parent not in tags:
                fail(
                    ("tags", i, tag["id"]),
                    fill(CaseFiles.tr("its parent %1 is not a tag."), repr(parent)),
                )
            if parent in seen:
                fail(("tags", i, tag["id"]), CaseFiles.tr("its parents form a loop."))
            seen.add(parent)
            parent = tags[parent]["parent"]


def _check_versions(where: Record, source: dict, fail) -> None:
    """A version 2 source: versions 1, 2, … in order, each with its text's SHA-256, the last
    one's text the source's text."""
    versions = source.get("versions")
    if versions is None:
        return
    for n, version in enumerate(versions, 1):
        if version["number"] != n:
            fail(
                where,
                fill(
                    CaseFiles.tr("its versions must be numbered 1, 2, … in order; found %1 at %2."),
                    version["number"],
                    n,
                ),
            )
        if hashlib.sha256(version["text"].encode("utf-8")).hexdigest() != version["sha256"]:
            fail(
                where,
                fill(
                    CaseFiles.tr(
                        "the SHA-256 of its version %1 does not match that version's text."
                    ),
                    n,
                ),
            )
    if versions[-1]["text"] != source["text"]:
        fail(where, CaseFiles.tr("its text is not the text of its last version."))


def _claim_text(where: Record, claim: dict, source: dict, fail) -> str:
    """The text a claim's span counts in: the source's, or for a claim that is not exact in it
    (version 2), the version it names; its candidates must lie in the source's text."""
    anchor = claim.get("anchor")
    if anchor is None:
        return source["text"]
    exact = anchor["state"] == "exact"
    if exact and (anchor["version"] is not None or anchor["reason"] or anchor["candidates"]):
        fail(where, CaseFiles.tr("an exact claim names no version, reason or candidates."))
    if anchor["state"] == "proposed" and not anchor["candidates"]:
        fail(where, CaseFiles.tr("a proposed claim needs at least one candidate."))
    length = len(source["text"])
    for candidate in anchor["candidates"]:
        if not (0 <= candidate["start"] < candidate["end"] <= length):
            fail(
                where,
                fill(
                    CaseFiles.tr("a candidate's span %1:%2 is outside its source."),
                    candidate["start"],
                    candidate["end"],
                ),
            )
    if exact:
        return source["text"]
    versions = source.get("versions") or []
    number = anchor["version"]
    if number is None or not 1 <= number <= len(versions):
        fail(
            where,
            fill(
                CaseFiles.tr("its anchor names version %1, which its source does not have."),
                number,
            ),
        )
    return versions[number - 1]["text"]


def _where(where: str | Record) -> str:
    """A place in the file as the refusal names it: "sources", "claims[3] (id 'c3')"."""
    if isinstance(where, str):
        return where
    kind, index, record_id = where
    return fill(CaseFiles.tr("%1 (id %2)"), f"{kind}[{index}]", repr(record_id))


def _excerpt(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
