"""Hypothesis strategies for small valid case files, built on the schema's shapes and rules.

Shared by the property tests (tests/models/test_case_properties.py) and bench/fuzz_long.py.
"""

from __future__ import annotations

from hypothesis import strategies as st

from models.limits import max_length, min_length
from models.vocabulary import CLAIM_KINDS, EVIDENCE_KINDS, RELATIONS, STANCES, STATUSES

# Any character a store can hold: no NUL, no lone surrogate. Bidi controls, newlines, quotes,
# markup and astral characters are all in, as a hostile or just unusual source would have them.
CHARS = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
SPICE = st.sampled_from(["\u202e", "\u2067", "\n", '"', "<b>", "\\", "\U0001f600", " ", "é"])


def text(min_size: int = 0, max_size: int = 12) -> st.SearchStrategy[str]:
    """Short text, now and then seasoned with the characters that break exports."""
    plain = st.text(CHARS, min_size=min_size, max_size=max_size)
    spiced = st.lists(st.one_of(SPICE, plain), min_size=1, max_size=3).map("".join)
    return st.one_of(plain, spiced.filter(lambda t: min_size <= len(t) <= max_size + 20))


def optional(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.none(), strategy)


SLUGS = st.from_regex(r"\A[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}\Z")
DATES = optional(st.from_regex(r"\A[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\Z"))
LINES = text(min_size=1)
NAMES = optional(
    text(
        min_size=min_length("claim", "assessed_by"),
        max_size=max_length("claim", "assessed_by") or 200,
    )
)


def _subset(pool: list) -> st.SearchStrategy[list]:
    """Up to three distinct members of a pool, in a drawn order."""
    return st.lists(st.sampled_from(pool), unique=True, max_size=3) if pool else st.just([])


@st.composite
def case_files(draw, max_claims: int = 6) -> dict:
    """A valid case file: one or two sources, two sides, claims on their spans, links, tags."""
    n_sources = draw(st.integers(1, 2))
    n_claims = draw(st.integers(0, max_claims))
    n_evidence = draw(st.integers(0, 3))
    n_tags = draw(st.integers(0, 4))
    n_ids = n_sources + 2 + n_claims + n_evidence + n_tags + n_claims**2
    ids = iter(
        draw(st.lists(text(min_size=1, max_size=6), min_size=n_ids, max_size=n_ids, unique=True))
    )

    sources = [
        {
            "id": next(ids),
            "title": draw(LINES),
            "publisher": draw(optional(text())),
            "url": draw(optional(text())),
            "date": draw(DATES),
            "language": draw(optional(st.sampled_from(["en", "ar", "zh-Hans", ""]))),
            "quality_note": draw(optional(text())),
            "text": draw(text(min_size=1, max_size=40)),
        }
        for _ in range(n_sources)
    ]
    roles = draw(st.permutations(["allegation", "response"]))
    sides = [
        {"id": next(ids), "role": role, "party": draw(LINES), "description": draw(optional(text()))}
        for role in roles
    ]
    tag_ids = [next(ids) for _ in range(n_tags)]
    evidence_ids = [next(ids) for _ in range(n_evidence)]
    # A parent comes earlier in a random order, so parents never loop; the file order is shuffled.
    order = draw(st.permutations(range(n_tags)))
    tags = []
    for rank, i in enumerate(order):
        parent = (
            draw(optional(st.sampled_from([tag_ids[j] for j in order[:rank]]))) if rank else None
        )
        tags.append(
            {
                "id": tag_ids[i],
                "name": draw(LINES),
                "color": draw(st.from_regex(r"\A#[0-9a-fA-F]{6}\Z")),
                "icon": draw(optional(st.sampled_from(["mdi6.tag", "not-an-icon", ""]))),
                "parent": parent,
            }
        )
    tags = draw(st.permutations(tags))
    evidence = [
        {
            "id": evidence_ids[i],
            "title": draw(LINES),
            "kind": draw(st.sampled_from(EVIDENCE_KINDS)),
            "citation": draw(LINES),
            "date": draw(DATES),
            "url": draw(optional(text())),
            "reliability": draw(st.sampled_from("ABCDEF")),
            "credibility": draw(st.integers(1, 6)),
            "summary": draw(text()),
            "tags": draw(_subset(tag_ids)),
        }
        for i in range(n_evidence)
    ]
    claims = []
    for _ in range(n_claims):
        side = draw(st.sampled_from(sides))
        source = draw(st.sampled_from(sources))
        length = len(source["text"])
        start = draw(st.integers(0, length - 1))
        end = draw(st.integers(start + 1, length))
        claims.append(
            {
                "id": next(ids),
                "side": side["id"],
                "source": source["id"],
                "start": start,
                "end": end,
                "quote": source["text"][start:end],
                "paraphrase": draw(optional(text())),
                "speaker": draw(optional(text())),
                "kind": draw(st.sampled_from(CLAIM_KINDS)),
                "status": draw(st.sampled_from(STATUSES)),
                "rationale": draw(text()),
                "assessed_by": draw(NAMES),
                "tags": draw(_subset(tag_ids)),
                "evidence": [
                    {
                        "evidence": e,
                        "stance": draw(st.sampled_from(STANCES)),
                        "note": draw(text()),
                    }
                    for e in draw(_subset(evidence_ids))
                ],
                "notes": draw(text()),
            }
        )
    role_of = {s["id"]: s["role"] for s in sides}
    allegations = [c["id"] for c in claims if role_of[c["side"]] == "allegation"]
    responses = [c["id"] for c in claims if role_of[c["side"]] == "response"]
    pairs = [(a, r) for a in allegations for r in responses]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=4)) if pairs else []
    links = [
        {
            "id": next(ids),
            "allegation": a,
            "response": r,
            "relation": draw(st.sampled_from(RELATIONS)),
            "note": draw(text()),
        }
        for a, r in chosen
    ]
    data = {
        "format": "counterpoint-case",
        "version": 1,
        "slug": draw(SLUGS),
        "title": draw(LINES),
        "description": draw(text()),
        "sources": sources,
        "sides": sides,
        "claims": claims,
        "links": links,
        "evidence": evidence,
        "tags": tags,
    }
    if draw(st.booleans()):
        data["classroom"] = {"student_copy_of": draw(SLUGS), "student": draw(optional(LINES))}
    return data


def _leaves(value, path=()):
    """Every place in a parsed case, as a path of keys and indexes."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaves(item, (*path, i))


HOSTILE_VALUES = st.one_of(
    st.text(st.characters(), max_size=8),  # lone surrogates and NUL included
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([None, True, False, [], {}, "", "x\n", "#aabbcc\n", 3.0, "\ue000long\ue000"]),
)
# json.dumps cannot write a number of 5,001 digits; this text stands for one until it is written.
_LONG = "\ue000long\ue000"


# One change each: what a careless tool or an attacker would do to a case file.
CHANGES = ["value", "delete", "text", "long number", "newline", "nul", "surrogate"]


@st.composite
def hostile_case_texts(draw) -> str:
    """The JSON text of a valid case, then changed in one place: a value, a key, or the bytes."""
    import json

    data = draw(case_files(max_claims=3))
    how = draw(st.sampled_from(CHANGES))
    if how == "text":
        raw = json.dumps(data, ensure_ascii=False)
        at, cut = draw(st.integers(0, len(raw) - 1)), draw(st.integers(0, 3))
        return raw[:at] + draw(st.text(st.characters(), max_size=4)) + raw[at + cut :]
    places = list(_leaves(data))[1:]
    if how == "long number":
        places = [p for p in places if type(_at(data, p)) is int]
    elif how in ("newline", "nul", "surrogate"):
        places = [p for p in places if isinstance(_at(data, p), str)]
    *parents, last = draw(st.sampled_from(places))
    target = _at(data, parents)
    if how == "delete":
        del target[last]
    elif how == "value":
        target[last] = draw(HOSTILE_VALUES)
    elif how == "long number":
        target[last] = _LONG
    else:
        old = target[last]
        at = draw(st.integers(0, len(old)))
        extra = {"newline": "\n", "nul": "\x00", "surrogate": "\ud800"}[how]
        target[last] = old + extra if how == "newline" else old[:at] + extra + old[at:]
    ascii_only = draw(st.booleans()) or how == "surrogate"  # a surrogate only as \ud800
    raw = json.dumps(data, ensure_ascii=ascii_only)
    return raw.replace(json.dumps(_LONG, ensure_ascii=ascii_only), "9" * 5001)


def _at(data, path):
    for part in path:
        data = data[part]
    return data
