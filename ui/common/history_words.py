"""An event of the case's feed in words: who did what to which claim, when, before → after.

One sentence per event, plain text, for the inspector's History and the Case history dock. The
claim is named by its key on screen (us-3), an evidence record by its title, a status or a
relation by its word; a text value is quoted on one line, shortened. Events this does not know
(or from before the feed) are told by their stored summary.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from models.feed import Event
from models.snapshot import CaseSnapshot
from ui.common.labels import word
from ui.common.session import when
from ui.common.translation import Context, fill

_FIELDS = {
    "status": QT_TRANSLATE_NOOP("History", "status"),
    "rationale": QT_TRANSLATE_NOOP("History", "rationale"),
    "notes": QT_TRANSLATE_NOOP("History", "notes"),
    "paraphrase": QT_TRANSLATE_NOOP("History", "paraphrase"),
    "speaker": QT_TRANSLATE_NOOP("History", "speaker"),
    "kind": QT_TRANSLATE_NOOP("History", "kind"),
}
_WORDED = {"status", "kind", "relation", "stance"}  # values that are vocabulary, not text
_LONGEST = 80


History = Context("History")


def quoted(value) -> str:
    """A text value on one line, shortened, in quotes (an empty one is said to be empty)."""
    text = " ".join(str(value or "").split())
    if not text:
        return History.tr("(empty)")
    if len(text) > _LONGEST:
        text = text[: _LONGEST - 1].rstrip() + "…"
    return f"“{text}”"


def shown_value(field: str, value) -> str:
    """A field's value as the user reads it: a word for vocabulary, else the quoted text."""
    if field in _WORDED and value:
        return word(str(value))
    return quoted(value)


def _claims(event: Event, snapshot: CaseSnapshot | None) -> str:
    keys = []
    for claim_id in event.claims:
        try:
            keys.append(snapshot.claim(claim_id).key)
        except (AttributeError, KeyError):
            keys.append(History.tr("a claim since deleted"))
    return History.tr(" and ").join(keys) if keys else History.tr("the case")


def _evidence(snapshot: CaseSnapshot | None, values: dict | None) -> str:
    evidence_id = (values or {}).get("evidence_id")
    try:
        return quoted(snapshot.evidence_record(evidence_id).title)
    except (AttributeError, KeyError, TypeError):
        return History.tr("an evidence record")


def _changes(before: dict | None, after: dict | None) -> str:
    before, after = before or {}, after or {}
    parts = []
    for field in after:
        name = History.tr(_FIELDS[field]) if field in _FIELDS else field
        parts.append(
            fill(
                History.tr("%1 %2 → %3"),
                name,
                shown_value(field, before.get(field)),
                shown_value(field, after[field]),
            )
        )
    return "; ".join(parts)


def what(event: Event, snapshot: CaseSnapshot | None) -> str:
    """What the event did, in words (without who and when)."""
    kind, before, after = event.kind, event.before or {}, event.after or {}
    claims = _claims(event, snapshot)
    if kind.startswith("assessment.") and kind != "assessment.clear":
        return fill(History.tr("assessed %1: %2"), claims, _changes(before, after))
    if kind == "assessment.clear":
        return fill(
            History.tr("cleared the assessment of %1 (was %2)"),
            claims,
            word(before.get("status", "unassessed")),
        )
    if kind.startswith("claim.") and after and "." in kind and kind != "claim.anchor":
        return fill(History.tr("edited %1: %2"), claims, _changes(before, after))
    if kind == "link.add":
        return fill(History.tr("linked %1 (%2)"), claims, word(after.get("relation", "")))
    if kind == "link.remove":
        return fill(History.tr("unlinked %1 (was %2)"), claims, word(before.get("relation", "")))
    if kind == "link.relation":
        return fill(History.tr("changed the link of %1: %2"), claims, _changes(before, after))
    if kind == "tag.apply":
        return fill(History.tr("tagged %1 %2"), claims, quoted(after.get("tag")))
    if kind == "tag.remove":
        return fill(History.tr("took the tag %1 off %2"), quoted(before.get("tag")), claims)
    if kind == "evidence.attach":
        stance = word(after.get("stance", ""))
        return fill(
            History.tr("attached %1 to %2 (%3)"), _evidence(snapshot, after), claims, stance
        )
    if kind == "evidence.detach":
        return fill(History.tr("detached %1 from %2"), _evidence(snapshot, before), claims)
    if kind == "evidence.stance":
        return fill(
            History.tr("changed the stance of %1 on %2: %3 → %4"),
            _evidence(snapshot, after),
            claims,
            word(before.get("stance", "")),
            word(after.get("stance", "")),
        )
    if kind.startswith("tag.") and after:
        return fill(History.tr("changed a tag: %1"), _changes(before, after))
    if kind == "evidence.fields":
        return fill(History.tr("edited an evidence record: %1"), _changes(before, after))
    return event.summary  # a kind told by its summary (and every event from before the feed)


def describe(event: Event, snapshot: CaseSnapshot | None) -> str:
    """The event in one line: when, who, and what it did."""
    who = event.author or History.tr("someone")
    return fill(History.tr("%1 · %2 %3"), when(event.at), who, what(event, snapshot))
