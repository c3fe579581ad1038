"""The W3C Web Annotation export passes every MUST assertion of the W3C test material."""

from __future__ import annotations

import json

import pytest

from models.exports import build_content
from models.exports.w3c import annotations, render
from tests.exports.w3c_runner import SAMPLES, failures, sample_failures

# The suite's own schemas refuse Composite, List and Independents targets (see its README).
KNOWN_REFUSED = {"anno11.json", "anno12.json", "anno13.json"}


def _annotation_samples(kind: str):
    return sorted((SAMPLES / kind).glob("anno*.json"))


@pytest.mark.parametrize("path", _annotation_samples("correct"), ids=lambda p: p.name)
def test_runner_passes_the_correct_samples(path):
    result = sample_failures(path)
    if path.name in KNOWN_REFUSED:
        assert result, "the suite's schemas are known to refuse this sample"
    else:
        assert result == []


@pytest.mark.parametrize("path", _annotation_samples("incorrect"), ids=lambda p: p.name)
def test_runner_fails_every_incorrect_sample(path):
    assert sample_failures(path)


def test_runner_checks_uri_format():
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "not a uri",
        "type": "Annotation",
        "target": "http://example.org/page1",
    }
    assert any("IdValidated" in f for f in failures(annotation))
    assert failures(dict(annotation, id="urn:example:1")) == []


def test_every_annotation_of_the_huawei_export_passes_all_musts(huawei, options):
    content = build_content(huawei, options)
    items = json.loads(render(content))["first"]["items"]
    assert len(items) == len(huawei.claims) + len(huawei.links)
    for item in items:
        assert failures(item) == [], item["id"]


def test_claims_and_links_carry_the_right_bodies_and_targets(huawei, options):
    content = build_content(huawei, options)
    items = {a["id"]: a for a in annotations(content)}
    claim = huawei.claims[0]
    source = huawei.source(claim.source_id)
    anno = items[f"urn:counterpoint:{huawei.slug}:annotation:{claim.key}"]
    purposes = [b["purpose"] for b in anno["body"]]
    assert purposes.count("tagging") == len(claim.tag_ids)
    assert purposes.count("assessing") == 1
    quote, position = anno["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == claim.quote
    assert source.text[position["start"] : position["end"]] == claim.quote
    assert anno["target"]["source"] == source.url
    link = huawei.links[0]
    linking = items[f"urn:counterpoint:{huawei.slug}:link:{link.key}"]
    assert linking["motivation"] == "linking"
    ids = [t["id"] for t in linking["target"]]
    keys = [huawei.claim(link.allegation_id).key, huawei.claim(link.response_id).key]
    assert ids == [f"urn:counterpoint:{huawei.slug}:claim:{k}" for k in keys]
