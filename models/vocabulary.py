"""The closed vocabularies of a case: roles, claim kinds, statuses, relations, stances, grades."""

from __future__ import annotations

ROLES = ("allegation", "response")

CLAIM_KINDS = (
    "factual_assertion",
    "accusation",
    "denial",
    "counter_accusation",
    "appeal_to_standard",
    "opinion",
)

STATUSES = ("unassessed", "supported", "unsupported", "disputed", "unverifiable")

RELATIONS = (
    "denies",
    "rebuts",
    "concedes",
    "counter_accuses",
    "deflects",
    "questions_evidence",
    "clarifies",
)

STANCES = ("supports", "contradicts", "context")

EVIDENCE_KINDS = ("document", "report", "standard", "leak", "testimony")

RELIABILITY_GRADES = ("A", "B", "C", "D", "E", "F")
CREDIBILITY_GRADES = (1, 2, 3, 4, 5, 6)

# Plain-English labels, for exports and for the window's untranslated fallback.
LABELS = {
    "allegation": "Allegation",
    "response": "Response",
    "factual_assertion": "Factual assertion",
    "accusation": "Accusation",
    "denial": "Denial",
    "counter_accusation": "Counter-accusation",
    "appeal_to_standard": "Appeal to a standard",
    "opinion": "Opinion",
    "unassessed": "Unassessed",
    "supported": "Supported",
    "unsupported": "Unsupported assertion",
    "disputed": "Disputed",
    "unverifiable": "Unverifiable",
    "denies": "denies",
    "rebuts": "rebuts",
    "concedes": "concedes",
    "counter_accuses": "counter-accuses",
    "deflects": "deflects",
    "questions_evidence": "questions the evidence",
    "clarifies": "clarifies",
    "supports": "supports",
    "contradicts": "contradicts",
    "context": "context",
    "document": "Document",
    "report": "Report",
    "standard": "Standard",
    "leak": "Leak",
    "testimony": "Testimony",
}

RELIABILITY_MEANING = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}

CREDIBILITY_MEANING = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}


def label(word: str) -> str:
    """Return the plain-English label of a vocabulary word."""
    return LABELS.get(word, word.replace("_", " "))
