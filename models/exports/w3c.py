"""The claims as W3C Web Annotations (JSON-LD), in one AnnotationCollection.

Each claim is an annotation on its source: the target selects the quote with 32 characters either
side (TextQuoteSelector), so other tools can re-anchor it, and its offsets (TextPositionSelector)
in the version of the text kept in the case that they count in, which the target's TimeState
names as the cached copy (urn:…:source:<id>:version:<n>): the current version, or for a claim
not placed in it, the version its span is from. The tags are `tagging` bodies and the assessment
an `assessing` body. Each link is a `linking` annotation whose targets
are the two claims. Identifiers are URNs under urn:counterpoint:<case slug>:, stable across exports.
"""

from __future__ import annotations

import json
from datetime import UTC
from urllib.parse import quote

from models.case_versions import format_time
from models.exports.content import ClaimBlock, ExportContent
from models.i18n import Context, fill, word
from models.snapshot import ClaimView, SourceView

Export = Context("Export")  # the bodies' words are in the reader's language, as in every export

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_LENGTH = 32  # characters of prefix and suffix around the exact quote


def _urn(content: ExportContent, *parts: str) -> str:
    safe = [quote(p, safe="-._~") for p in (content.case.slug, *parts)]
    return "urn:counterpoint:" + ":".join(safe)


def _source_iri(content: ExportContent, source: SourceView) -> str:
    if source.url and source.url.startswith(("http://", "https://")):
        return source.url
    return _urn(content, "source", source.key)


def _text_body(value: str, purpose: str, **extra) -> dict:
    body = {"type": "TextualBody", "value": value, "format": "text/plain", "purpose": purpose}
    body.update(extra)
    return body


def version_state(content: ExportContent, source: SourceView, number: int) -> dict:
    """The TimeState that names the stored version of a source's text, and when it was stored."""
    state = {
        "type": "TimeState",
        "cached": _urn(content, "source", source.key, "version", str(number)),
    }
    version = next((v for v in source.versions if v.number == number), None)
    if version is not None and version.added_at is not None:
        state["sourceDate"] = format_time(version.added_at)
    return state


def claim_target(content: ExportContent, claim: ClaimView) -> dict:
    """The claim as a specific resource: the span of its source, in the version it counts in."""
    source = content.case.source(claim.source_id)
    number = claim.anchor_version or source.version
    text = source.version_text(number)
    return {
        "id": _urn(content, "claim", claim.key),
        "type": "SpecificResource",
        "source": _source_iri(content, source),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": text[claim.start : claim.end],
                "prefix": text[max(0, claim.start - CONTEXT_LENGTH) : claim.start],
                "suffix": text[claim.end : claim.end + CONTEXT_LENGTH],
            },
            {"type": "TextPositionSelector", "start": claim.start, "end": claim.end},
        ],
        "state": version_state(content, source, number),
    }


def claim_annotation(content: ExportContent, block: ClaimBlock) -> dict:
    """One claim as an annotation: tags, assessment, and what the claim is."""
    c = block.claim
    bodies = [_text_body(t.name, "tagging") for t in block.tags]
    assessment = word(c.status)
    if c.rationale:
        assessment = fill(
            Export.tr("%1: %2", "an assessment: status, rationale"), assessment, c.rationale
        )
    assessing = _text_body(assessment, "assessing")
    if c.assessed_by:
        assessing["creator"] = {"type": "Person", "name": c.assessed_by}
    bodies.append(assessing)
    # "Allegation (US government), factual assertion, by Rubio. Meaning: …. <anchor mark>."
    kind = word(c.kind).lower()
    described = fill(Export.tr("%1 (%2), %3"), word(c.role), content.party(c.role), kind)
    if c.speaker:
        described = fill(Export.tr("%1, by %2"), described, c.speaker)
    if c.paraphrase:
        described = fill(Export.tr("%1. Meaning: %2"), described, c.paraphrase)
    if block.anchor_mark:
        described = fill(Export.tr("%1. %2."), described, block.anchor_mark)
    bodies.append(_text_body(described, "describing"))
    for ref in block.evidence:
        e = ref.evidence
        said = fill(
            Export.tr("Evidence %1 (%2, grade %3): %4"),
            ref.tag,
            word(ref.stance),
            e.grade,
            e.citation,
        )
        if ref.note:
            said = fill(Export.tr("%1 — %2"), said, ref.note)
        bodies.append(_text_body(said, "commenting"))
    annotation = {
        "@context": CONTEXT,
        "id": _urn(content, "annotation", c.key),
        "type": "Annotation",
        "motivation": "assessing",
        "body": bodies,
        "target": claim_target(content, c),
    }
    return annotation


def link_annotation(content: ExportContent, link, allegation: ClaimView, response: ClaimView):
    """A link as a `linking` annotation whose two targets are the claims it joins."""
    relation = fill(
        Export.tr("%1 %2 %3", "a link: the response's key, the relation, the allegation's key"),
        response.key,
        word(link.relation),
        allegation.key,
    )
    bodies = [_text_body(relation, "classifying")]
    if link.note:
        bodies.append(_text_body(link.note, "commenting"))
    return {
        "@context": CONTEXT,
        "id": _urn(content, "link", link.key),
        "type": "Annotation",
        "motivation": "linking",
        "body": bodies,
        "target": [claim_target(content, allegation), claim_target(content, response)],
    }


def annotations(content: ExportContent) -> list[dict]:
    """Every annotation of the export: the claims in reading order, then the links."""
    items = [claim_annotation(content, b) for b in content.included_claims()]
    for link in content.case.links:
        if link.allegation_id in content.blocks and link.response_id in content.blocks:
            a, r = content.case.claim(link.allegation_id), content.case.claim(link.response_id)
            items.append(link_annotation(content, link, a, r))
    return items


def collection(content: ExportContent) -> dict:
    """The annotations as one AnnotationCollection with a single page."""
    items = annotations(content)
    generated = content.options.exported_at
    out = {
        "@context": CONTEXT,
        "id": _urn(content, "collection"),
        "type": "AnnotationCollection",
        "label": content.title,
        "total": len(items),
        "generator": {"type": "Software", "name": "Counterpoint"},
        "first": {
            "id": _urn(content, "collection", "page", "1"),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }
    if generated is not None:
        out["generated"] = generated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if content.exported_by:
        out["creator"] = {"type": "Person", "name": content.exported_by}
    return out


def render(content: ExportContent) -> str:
    """The collection as JSON-LD text."""
    return json.dumps(collection(content), ensure_ascii=False, indent=2) + "\n"
