"""The curated Huawei case: faithful to the article, complete, fair, and valid."""

from __future__ import annotations

import json

from jsonschema import Draft202012Validator

from models.casefile import schema
from models.library import SEED_SLUG, seed_case_bytes
from tests.conftest import SHARED


def _case() -> dict:
    return json.loads(seed_case_bytes())


def test_the_seed_validates_against_the_published_schema():
    errors = list(Draft202012Validator(schema()).iter_errors(_case()))
    assert errors == []


def test_the_source_is_the_article_verbatim_with_its_metadata():
    case = _case()
    assert case["slug"] == SEED_SLUG
    (source,) = case["sources"]
    article = (SHARED / "seed" / "article.txt").read_bytes().decode("utf-8")
    assert source["text"] == article
    assert source["publisher"] == "Gigazine"
    assert source["date"] == "2020-02-14"
    assert source["url"].startswith("https://gigazine.net/")
    note = source["quality_note"].lower()
    assert "machine translation" in note and "mid-sentence" in note


def test_every_quote_is_exactly_its_span():
    case = _case()
    text = case["sources"][0]["text"]
    for claim in case["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["quote"], claim["id"]
        assert claim["quote"] == claim["quote"].strip(), claim["id"]


def test_both_sides_have_claims_and_every_claim_is_assessed_with_a_rationale():
    case = _case()
    roles = {s["id"]: s["role"] for s in case["sides"]}
    parties = {s["role"]: s["party"] for s in case["sides"]}
    assert parties == {"allegation": "U.S. government", "response": "Huawei"}
    by_role = {"allegation": 0, "response": 0}
    for claim in case["claims"]:
        by_role[roles[claim["side"]]] += 1
        assert claim["status"] != "unassessed", claim["id"]
        assert len(claim["rationale"].strip()) > 20, claim["id"]
        assert claim["assessed_by"]
    assert by_role["allegation"] >= 3 and by_role["response"] >= 5


def test_unsupported_assertions_are_marked_on_both_sides():
    case = _case()
    roles = {s["id"]: s["role"] for s in case["sides"]}
    unsupported = {roles[c["side"]] for c in case["claims"] if c["status"] == "unsupported"}
    assert unsupported == {"allegation", "response"}


def test_every_allegation_is_answered_or_says_it_is_not():
    case = _case()
    roles = {s["id"]: s["role"] for s in case["sides"]}
    answered = {link["allegation"] for link in case["links"]}
    responding = {link["response"] for link in case["links"]}
    for claim in case["claims"]:
        if roles[claim["side"]] == "allegation" and claim["id"] not in answered:
            assert claim["notes"].startswith("No direct answer:"), claim["id"]
        if roles[claim["side"]] == "response":
            assert claim["id"] in responding, f"{claim['id']} answers nothing"
    assert {link["relation"] for link in case["links"]} >= {"denies", "counter_accuses"}


def test_evidence_covers_the_public_record_with_grades_and_is_attached():
    case = _case()
    citations = " ".join(e["citation"] for e in case["evidence"])
    for needle in ("Wall Street Journal", "Washington Post", "Snowden", "33.12", "ETSI", "HCSEC"):
        assert needle in citations or needle in " ".join(e["title"] for e in case["evidence"])
    attached = {a["evidence"] for c in case["claims"] for a in c["evidence"]}
    assert attached == {e["id"] for e in case["evidence"]}


def test_the_tags_include_the_rhetorical_moves():
    names = {t["name"].lower() for t in _case()["tags"]}
    for move in (
        "denial",
        "counter-accusation",
        "appeal to standards",
        "attack on the messenger",
        "anonymous sourcing",
    ):
        assert move in names
