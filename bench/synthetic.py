"""A large synthetic case for benchmarks: valid case-file data of any size, deterministic."""

from __future__ import annotations

import random

from models.vocabulary import (
    CLAIM_KINDS,
    EVIDENCE_KINDS,
    RELATIONS,
    RELIABILITY_GRADES,
    STANCES,
    STATUSES,
)

WORDS = [
    "vendor",
    "network",
    "backdoor",
    "access",
    "lawful",
    "interception",
    "carrier",
    "operator",
    "equipment",
    "evidence",
    "officials",
    "statement",
    "security",
    "report",
    "standard",
    "government",
    "interface",
    "covert",
    "secret",
    "denies",
    "proof",
    "shared",
    "allies",
    "intelligence",
    "agency",
    "code",
    "defects",
    "review",
    "board",
    "firmware",
    "update",
    "audit",
]


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def make_case(
    claims_per_side: int = 10000,
    links: int = 10000,
    evidence: int = 2000,
    tags: int = 50,
    seed: int = 2020,
) -> dict:
    """Return a valid case-file object with that many claims per side, links, evidence and tags."""
    rng = random.Random(seed)
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    offset = 0
    for _ in range(2 * claims_per_side):
        sentence = _sentence(rng, rng.randint(6, 28))
        spans.append((offset, offset + len(sentence), sentence))
        parts.append(sentence + " ")
        offset += len(sentence) + 1
    text = "".join(parts)

    tag_items = []
    for i in range(tags):
        parent = f"tag-{rng.randrange(i)}" if i >= 5 and rng.random() < 0.5 else None
        tag_items.append(
            {
                "id": f"tag-{i}",
                "name": f"Tag {i} {rng.choice(WORDS)}",
                "color": f"#{rng.randrange(0x202020, 0xC0C0C0):06x}",
                "icon": None,
                "parent": parent,
            }
        )
    evidence_items = [
        {
            "id": f"ev-{i}",
            "title": _sentence(rng, 5),
            "kind": rng.choice(EVIDENCE_KINDS),
            "citation": _sentence(rng, 12),
            "date": f"20{rng.randint(10, 20)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "url": None,
            "reliability": rng.choice(RELIABILITY_GRADES),
            "credibility": rng.randint(1, 6),
            "summary": _sentence(rng, 20),
            "tags": rng.sample([t["id"] for t in tag_items], k=min(len(tag_items), 1)),
        }
        for i in range(evidence)
    ]
    claims = []
    for i, (start, end, quote) in enumerate(spans):
        role = "allegation" if i % 2 == 0 else "response"
        claim_tags = rng.sample(
            [t["id"] for t in tag_items], k=min(len(tag_items), rng.randint(0, 3))
        )
        attached = (
            rng.sample([e["id"] for e in evidence_items], k=min(evidence, rng.randint(0, 2)))
            if evidence_items
            else []
        )
        claims.append(
            {
                "id": f"{role[0]}-{i // 2}",
                "side": f"side-{role}",
                "source": "src",
                "start": start,
                "end": end,
                "quote": quote,
                "paraphrase": None,
                "speaker": "Officials" if role == "allegation" else "The vendor",
                "kind": rng.choice(CLAIM_KINDS),
                "status": rng.choice(STATUSES),
                "rationale": "",
                "assessed_by": None,
                "tags": claim_tags,
                "evidence": [
                    {"evidence": ev, "stance": rng.choice(STANCES), "note": ""} for ev in attached
                ],
                "notes": "",
            }
        )
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < min(links, claims_per_side * claims_per_side):
        a = rng.randrange(claims_per_side)
        # Mostly near the same reading position, as real answers are, with some far jumps.
        r = a + rng.randint(-3, 3) if rng.random() < 0.9 else rng.randrange(claims_per_side)
        if 0 <= r < claims_per_side:
            pairs.add((a, r))
    link_items = [
        {
            "id": f"link-{n}",
            "allegation": f"a-{a}",
            "response": f"r-{r}",
            "relation": rng.choice(RELATIONS),
            "note": "",
        }
        for n, (a, r) in enumerate(sorted(pairs))
    ]
    return {
        "format": "counterpoint-case",
        "version": 1,
        "slug": f"synthetic-{2 * claims_per_side}",
        "title": f"Synthetic case with {2 * claims_per_side} claims",
        "description": "Generated for benchmarks.",
        "sources": [
            {
                "id": "src",
                "title": "Synthetic source",
                "publisher": None,
                "url": None,
                "date": "2020-02-14",
                "language": "en",
                "quality_note": None,
                "text": text,
            }
        ],
        "sides": [
            {
                "id": "side-allegation",
                "role": "allegation",
                "party": "Officials",
                "description": None,
            },
            {"id": "side-response", "role": "response", "party": "Vendor", "description": None},
        ],
        "claims": claims,
        "links": link_items,
        "evidence": evidence_items,
        "tags": tag_items,
    }
