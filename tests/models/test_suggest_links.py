"""Suggested links: the Huawei case's curated links found again with the links hidden."""

from __future__ import annotations

import dataclasses

import pytest

from models.library import snapshot
from models.suggest_links import (
    ClaimText,
    LinkIndex,
    LinkSuggestion,
    claim_texts,
    propose_relation,
    suggest_links,
)
from models.vocabulary import RELATIONS

SLUG = "huawei-backdoor-2020"

# Measured on the seed case (docs/suggestions.md); a change that does worse fails here.
TOP3_LINKS_FOUND = 6  # of 24 curated links (12 is the most three suggestions each can find)
RELATIONS_RIGHT = 20  # of 24


def _case(store):
    case = snapshot(store, SLUG)
    keys = {claim.id: claim.key for claim in case.claims}
    truth = {
        (keys[link.allegation_id], keys[link.response_id]): link.relation for link in case.links
    }
    # The links are hidden: only the claims' keys, sides, quotes and kinds go in.
    return claim_texts(case.claims), truth


def test_the_curated_links_appear_among_the_top_three_suggestions(store):
    claims, truth = _case(store)
    suggestions = suggest_links(claims, top=3)
    assert len(truth) == 24 and len(suggestions) == 4 * 3
    found = [s for s in suggestions if (s.allegation_key, s.response_key) in truth]
    assert len(found) >= TOP3_LINKS_FOUND


def test_the_curated_relations_are_proposed(store):
    claims, truth = _case(store)
    index = LinkIndex(claims)
    proposed = {
        (s.allegation_key, s.response_key): s.relation
        for s in index.suggest_all(top=len(index.responses))
    }
    right = [pair for pair, relation in truth.items() if proposed[pair] == relation]
    assert len(right) >= RELATIONS_RIGHT
    assert set(proposed.values()) <= set(RELATIONS)


def test_a_response_that_quotes_the_allegation_ranks_first():
    claims = [
        ClaimText("a", "allegation", "The vendor hid a backdoor in the base station firmware."),
        ClaimText(
            "r1", "response", "The vendor, the base station, the firmware: the vendor's firmware."
        ),
        ClaimText(
            "r2", "response", "They say 'a backdoor in the base station firmware'; there is none."
        ),
        ClaimText("r3", "response", "Our equipment meets every standard."),
    ]
    ranked = LinkIndex(claims).suggest("a", top=3)
    assert [s.response_key for s in ranked][:1] == ["r2"]
    assert ranked[0].score >= 0.7 and ranked[0].relation == "denies"


def test_dismissed_suggestions_are_not_suggested_again():
    claims = [
        ClaimText("a", "allegation", "Huawei spies on networks."),
        ClaimText("r1", "response", "Huawei never spies on networks."),
        ClaimText("r2", "response", "Networks are run by carriers."),
    ]
    index = LinkIndex(claims)
    assert [s.response_key for s in index.suggest("a", top=1)] == ["r1"]
    assert [s.response_key for s in index.suggest("a", top=1, exclude={("a", "r1")})] == ["r2"]


def test_a_suggestion_is_frozen_plain_data():
    suggestion = LinkSuggestion("us-1", "hw-2", 0.5, "denies")
    with pytest.raises(dataclasses.FrozenInstanceError):
        suggestion.score = 1.0


@pytest.mark.parametrize(
    ("response", "kind", "relation"),
    [
        ("We have never had access to any network.", None, "denies"),
        ("The U.S. has a history of spying on the world itself.", None, "counter_accuses"),
        ("They have shown no evidence; let them disclose it.", None, "questions_evidence"),
        ("We admit that mistakes were made in the code.", None, "concedes"),
        ("Our equipment conforms to the 3GPP standards.", None, "rebuts"),
        ("Lawful interception means access under a court's order.", None, "clarifies"),
        ("The press is biased and blames us for politics.", None, "deflects"),
        ("Our results for 2019 were good.", "opinion", "deflects"),
        ("Our results for 2019 were good.", None, "rebuts"),
    ],
)
def test_the_relation_is_proposed_from_cue_words_then_from_the_kind(response, kind, relation):
    assert propose_relation(response, kind) == relation


def test_a_case_with_no_responses_or_no_words_suggests_nothing():
    assert suggest_links([ClaimText("a", "allegation", "Huawei spies.")]) == []
    assert suggest_links(
        [ClaimText("a", "allegation", "..."), ClaimText("r", "response", "!!")], top=1
    ) == [LinkSuggestion("a", "r", 0.0, "rebuts")]
