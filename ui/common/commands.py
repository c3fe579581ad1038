"""Every edit a user can make, once: its name in the history and the domain edit it runs.

A widget that offers an edit (a pane's key, the inspector, a dock's button, a menu) calls the
command here; no widget calls a `models` edit function or touches the store. Each command
checks against the snapshot that the edit would change something, then goes through
`CaseSession.perform`, so the same action gives the same history label and the same undo from
wherever it is made. The undo is the inverse the domain edit returned, read in its own
transaction. Commands return whether the edit was made (or the new row's id, for a create).

The history label is made here, from the snapshot, and names what the user sees (us-4, the
evidence record's title, the tag's name), never a store id; the status bar shows the same
sentence (CaseSession.stepped). The models' own summaries, with store ids, are for the log.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from models.snapshot import ClaimView, LinkView
from models.store import StoreError
from ui.common.labels import word
from ui.common.session import CaseSession
from ui.common.translation import Context, fill

if TYPE_CHECKING:  # the suggesters (and the source readers they use) wait until asked for
    from models.edit_log import Change
    from models.suggest_claims import ClaimSuggestion


class _EditModule:
    """A `models` module of edits, imported when a command first runs one of its edits.

    The window's first paint imports no edit, nor the mapped classes (models.schema) the edits
    write through (tests/ui/window/test_startup.py); `ops.set_assessment` is the module's own
    function once asked for.
    """

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attr: str):
        return getattr(importlib.import_module(self._name), attr)


case_edits = _EditModule("models.case_edits")
claim_edits = _EditModule("models.claim_edits")
evidence_edits = _EditModule("models.evidence_edits")
ops = _EditModule("models.operations")
suggestion_edits = _EditModule("models.suggestion_edits")
tag_edits = _EditModule("models.tag_edits")
EDIT_MODULES = (case_edits, claim_edits, evidence_edits, ops, suggestion_edits, tag_edits)


def prepare_edits() -> None:
    """Import the edits and map the store's classes now, so that the first edit is as quick
    as the next (the window does this once it has painted: about 25 ms)."""
    from sqlalchemy.orm import configure_mappers

    for module in EDIT_MODULES:
        importlib.import_module(module._name)
    configure_mappers()


Commands = Context("Commands")


def _claim(session: CaseSession, claim_id: int) -> ClaimView | None:
    try:
        return session.snapshot.claim(claim_id) if session.snapshot is not None else None
    except KeyError:
        return None


def _tag_name(session: CaseSession, tag_id: int) -> str:
    try:
        return session.snapshot.tag(tag_id).name
    except (AttributeError, KeyError):
        return Commands.tr("a tag")


def _key(session: CaseSession, claim_id: int) -> str:
    """The claim's label on screen (us-4)."""
    claim = _claim(session, claim_id)
    return claim.key if claim is not None else Commands.tr("a claim")


def _title(session: CaseSession, evidence_id: int) -> str:
    """The evidence record's title."""
    try:
        return session.snapshot.evidence_record(evidence_id).title
    except (AttributeError, KeyError):
        return Commands.tr("an evidence record")


def _made(change: Change | None) -> bool:
    return change is not None


# --- assessments ---------------------------------------------------------------------------


def mark_status(session: CaseSession, claim_id: int, status: str) -> bool:
    """Set a claim's status (its rationale stays); undo puts back the status and assessor."""
    claim = _claim(session, claim_id)
    if claim is not None and claim.status == status:
        return True
    seen = claim.assessment_version if claim is not None else None  # a colleague's since: conflict
    return _made(
        session.perform(
            fill(Commands.tr("Mark %1 as %2"), _key(session, claim_id), word(status).lower()),
            lambda store, author: ops.set_assessment(
                store,
                claim_id,
                status=status,
                author=author,
                expected=seen,
                known=None if claim is None else {"status": claim.status},
            ),
        )
    )


def write_rationale(
    session: CaseSession, claim_id: int, text: str, over: tuple[int, str] | None = None
) -> bool:
    """Write a claim's rationale (its status stays).

    `over`: the assessment's version and rationale the text was typed over, if older than the
    snapshot's (a colleague changed the rationale while the user typed: a conflict, settled as
    any).
    """
    claim = _claim(session, claim_id)
    if claim is not None and claim.rationale == text:
        return True
    seen = claim.assessment_version if claim is not None else None
    known = None if claim is None else {"rationale": claim.rationale}
    if over is not None:
        seen, known = over[0], {"rationale": over[1]}
    return _made(
        session.perform(
            fill(Commands.tr("Edit the rationale of %1"), _key(session, claim_id)),
            lambda store, author: ops.set_assessment(
                store,
                claim_id,
                rationale=text,
                author=author,
                expected=seen,
                known=known,
            ),
        )
    )


# --- claims --------------------------------------------------------------------------------

CLAIM_FIELDS = {
    "paraphrase": QT_TRANSLATE_NOOP("Commands", "Edit the paraphrase of %1"),
    "speaker": QT_TRANSLATE_NOOP("Commands", "Edit the speaker of %1"),
    "kind": QT_TRANSLATE_NOOP("Commands", "Change the kind of %1"),
    "notes": QT_TRANSLATE_NOOP("Commands", "Edit the notes of %1"),
}


def edit_claim(session: CaseSession, claim_id: int, field: str, value: str) -> bool:
    """Change one field of a claim: paraphrase, speaker, kind or notes."""
    claim = _claim(session, claim_id)
    if claim is not None and (getattr(claim, field) or "") == (value or ""):
        return True
    seen = claim.version if claim is not None else None
    return _made(
        session.perform(
            fill(Commands.tr(CLAIM_FIELDS[field]), _key(session, claim_id)),
            lambda store, author: claim_edits.update_claim(
                store,
                claim_id,
                **{field: value},
                author=author,
                expected=seen,
                known=None if claim is None else {field: getattr(claim, field)},
            ),
        )
    )


def new_claim(session: CaseSession, role: str, source_id: int, start: int, end: int) -> int | None:
    """Make a claim on one side from a span of a source; return its id."""
    if session.snapshot is None:
        return None
    case_id = session.snapshot.id
    text = (
        Commands.tr("New allegation claim")
        if role == "allegation"
        else Commands.tr("New response claim")
    )
    change = session.perform(
        text,
        lambda store, author: claim_edits.create_claim(
            store, case_id, role, source_id, start, end, author=author
        )[1],
    )
    return change.created if change is not None else None


def delete_claim(session: CaseSession, claim_id: int) -> bool:
    """Delete a claim with all it has; undo puts it back with the same id."""
    return _made(
        session.perform(
            fill(Commands.tr("Delete %1"), _key(session, claim_id)),
            lambda store, author: claim_edits.delete_claim(store, claim_id, author=author),
        )
    )


# --- links ---------------------------------------------------------------------------------


def link_claims(
    session: CaseSession, allegation_id: int, response_id: int, relation: str, note: str = ""
) -> bool:
    """Link two claims; undo removes the link."""
    return _made(
        session.perform(
            fill(
                Commands.tr("Link %1 and %2 (%3)"),
                _key(session, allegation_id),
                _key(session, response_id),
                word(relation),
            ),
            lambda store, author: ops.add_link(
                store, allegation_id, response_id, relation, note=note, author=author
            )[1],
        )
    )


def unlink(session: CaseSession, link: LinkView) -> bool:
    """Remove a link; undo puts it back as it was (same id, relation and note)."""
    return _made(
        session.perform(
            fill(
                Commands.tr("Unlink %1 and %2"),
                _key(session, link.allegation_id),
                _key(session, link.response_id),
            ),
            lambda store, author: ops.remove_link(store, link.id, author=author),
        )
    )


def change_relation(session: CaseSession, link: LinkView, relation: str) -> bool:
    """Change a link's relation; undo puts the old one back."""
    if relation == link.relation:
        return True
    return _made(
        session.perform(
            fill(
                Commands.tr("Change the relation of %1 and %2 to %3"),
                _key(session, link.allegation_id),
                _key(session, link.response_id),
                word(relation),
            ),
            lambda store, author: ops.set_relation(
                store,
                link.id,
                relation,
                author=author,
                expected=link.version,
                known={"relation": link.relation},
            ),
        )
    )


def link_between(session: CaseSession, allegation_id: int, response_id: int) -> LinkView | None:
    """The link joining two claims, if there is one."""
    if session.snapshot is None:
        return None
    for link in session.snapshot.links_of(allegation_id):
        if link.response_id == response_id:
            return link
    return None


# --- evidence ------------------------------------------------------------------------------


def new_evidence(session: CaseSession, fields: dict[str, Any]) -> int | None:
    """Create an evidence record from its fields; return its id."""
    if session.snapshot is None:
        return None
    case_id = session.snapshot.id
    change = session.perform(
        fill(Commands.tr("New evidence record “%1”"), str(fields.get("title", "")).strip()),
        lambda store, author: evidence_edits.create_evidence(
            store, case_id, **fields, author=author
        )[1],
    )
    return change.created if change is not None else None


def edit_evidence(session: CaseSession, evidence_id: int, fields: dict[str, Any]) -> bool:
    """Change the fields of an evidence record that differ from what it holds."""
    seen = None
    try:
        record = session.snapshot.evidence_record(evidence_id)
        fields = {k: v for k, v in fields.items() if v != getattr(record, k)}
        seen = record.version
    except (AttributeError, KeyError):
        pass
    if not fields:
        return True
    return _made(
        session.perform(
            fill(Commands.tr("Edit the evidence record “%1”"), _title(session, evidence_id)),
            lambda store, author: evidence_edits.update_evidence(
                store, evidence_id, author=author, expected=seen, **fields
            ),
        )
    )


def delete_evidence(session: CaseSession, evidence_id: int) -> bool:
    """Delete an evidence record, detaching it everywhere; undo puts it all back."""
    return _made(
        session.perform(
            fill(Commands.tr("Delete the evidence record “%1”"), _title(session, evidence_id)),
            lambda store, author: evidence_edits.delete_evidence(store, evidence_id, author),
        )
    )


def attach_evidence(
    session: CaseSession, claim_id: int, evidence_id: int, stance: str, note: str = ""
) -> bool:
    """Attach an evidence record to a claim with a stance; undo detaches it."""
    return _made(
        session.perform(
            fill(
                Commands.tr("Attach “%1” to %2"),
                _title(session, evidence_id),
                _key(session, claim_id),
            ),
            lambda store, author: evidence_edits.attach_evidence(
                store, claim_id, evidence_id, stance, note, author
            ),
        )
    )


def detach_evidence(session: CaseSession, claim_id: int, evidence_id: int) -> bool:
    """Detach an evidence record; undo re-attaches it with its stance, note and place."""
    return _made(
        session.perform(
            fill(
                Commands.tr("Detach “%1” from %2"),
                _title(session, evidence_id),
                _key(session, claim_id),
            ),
            lambda store, author: evidence_edits.detach_evidence(
                store, claim_id, evidence_id, author
            ),
        )
    )


def change_stance(session: CaseSession, claim_id: int, evidence_id: int, stance: str) -> bool:
    """Change the stance of an attached evidence record."""
    claim = _claim(session, claim_id)
    if claim is not None and any(
        a.evidence_id == evidence_id and a.stance == stance for a in claim.evidence
    ):
        return True
    return _made(
        session.perform(
            fill(
                Commands.tr("Change the stance of “%1” on %2"),
                _title(session, evidence_id),
                _key(session, claim_id),
            ),
            lambda store, author: evidence_edits.set_stance(
                store, claim_id, evidence_id, stance, author
            ),
        )
    )


# --- tags ----------------------------------------------------------------------------------


def new_tag(
    session: CaseSession, name: str, color: str, parent_id: int | None = None
) -> int | None:
    """Create a tag (a sub-tag if `parent_id` is given); return its id."""
    if session.snapshot is None:
        return None
    case_id = session.snapshot.id
    change = session.perform(
        fill(Commands.tr("New tag “%1”"), name.strip()),
        lambda store, author: tag_edits.create_tag(
            store, case_id, name, color, parent_id=parent_id, author=author
        )[1],
    )
    return change.created if change is not None else None


def _tag_field(
    session: CaseSession, tag_id: int, field: str, value, text: str, edit, versioned=True
) -> bool:
    seen = None
    try:
        tag = session.snapshot.tag(tag_id)
        if getattr(tag, field) == value:
            return False
        seen = tag.version if versioned else None
    except (AttributeError, KeyError):
        pass
    if seen is None:
        return _made(
            session.perform(text, lambda store, author: edit(store, tag_id, value, author))
        )
    return _made(
        session.perform(text, lambda store, author: edit(store, tag_id, value, author, seen))
    )


def rename_tag(session: CaseSession, tag_id: int, name: str) -> bool:
    """Rename a tag."""
    return _tag_field(
        session,
        tag_id,
        "name",
        name.strip(),
        fill(Commands.tr("Rename the tag “%1” to “%2”"), _tag_name(session, tag_id), name.strip()),
        tag_edits.rename_tag,
    )


def recolour_tag(session: CaseSession, tag_id: int, color: str) -> bool:
    """Give a tag another colour (#rrggbb)."""
    text = fill(Commands.tr("Recolour the tag “%1”"), _tag_name(session, tag_id))
    return _tag_field(session, tag_id, "color", color, text, tag_edits.recolour_tag)


def set_tag_icon(session: CaseSession, tag_id: int, glyph: str | None) -> bool:
    """Give a tag another icon (None: the plain tag icon)."""
    return _tag_field(
        session,
        tag_id,
        "icon",
        glyph,
        fill(Commands.tr("Change the icon of the tag “%1”"), _tag_name(session, tag_id)),
        tag_edits.set_tag_icon,
    )


def move_tag(session: CaseSession, tag_id: int, parent_id: int | None) -> bool:
    """Nest a tag under another (None: top level)."""
    return _tag_field(
        session,
        tag_id,
        "parent_id",
        parent_id,
        fill(Commands.tr("Move the tag “%1”"), _tag_name(session, tag_id)),
        tag_edits.set_tag_parent,
        versioned=False,
    )


def merge_tags(session: CaseSession, source_id: int, target_id: int) -> bool:
    """Merge one tag into another: its uses move to the target and it disappears."""
    if source_id == target_id:
        return False
    return _made(
        session.perform(
            fill(
                Commands.tr("Merge the tag “%1” into “%2”"),
                _tag_name(session, source_id),
                _tag_name(session, target_id),
            ),
            lambda store, author: tag_edits.merge_tags(store, source_id, target_id, author),
        )
    )


def delete_tag(session: CaseSession, tag_id: int) -> bool:
    """Delete a tag and take it off everything; its sub-tags move up."""
    return _made(
        session.perform(
            fill(Commands.tr("Delete the tag “%1”"), _tag_name(session, tag_id)),
            lambda store, author: tag_edits.delete_tag(store, tag_id, author),
        )
    )


def tag_claim(session: CaseSession, claim_id: int, tag_id: int) -> bool:
    """Tag a claim."""
    return _made(
        session.perform(
            fill(
                Commands.tr("Tag %2 with “%1”"), _tag_name(session, tag_id), _key(session, claim_id)
            ),
            lambda store, author: tag_edits.apply_tag(store, claim_id, tag_id, author),
        )
    )


def untag_claim(session: CaseSession, claim_id: int, tag_id: int) -> bool:
    """Take a tag off a claim; undo puts it back where it stood among the claim's tags."""
    return _made(
        session.perform(
            fill(
                Commands.tr("Take “%1” off %2"), _tag_name(session, tag_id), _key(session, claim_id)
            ),
            lambda store, author: tag_edits.remove_tag(store, claim_id, tag_id, author),
        )
    )


def toggle_claim_tag(session: CaseSession, claim_id: int, tag_id: int) -> bool:
    """Tag a claim, or take the tag off if the claim has it."""
    claim = _claim(session, claim_id)
    if claim is not None and tag_id in claim.tag_ids:
        return untag_claim(session, claim_id, tag_id)
    return tag_claim(session, claim_id, tag_id)


def tag_evidence(session: CaseSession, evidence_id: int, tag_id: int) -> bool:
    """Tag an evidence record."""
    return _made(
        session.perform(
            fill(
                Commands.tr("Tag “%2” with “%1”"),
                _tag_name(session, tag_id),
                _title(session, evidence_id),
            ),
            lambda store, author: tag_edits.apply_evidence_tag(store, evidence_id, tag_id, author),
        )
    )


def untag_evidence(session: CaseSession, evidence_id: int, tag_id: int) -> bool:
    """Take a tag off an evidence record; undo puts it back where it stood."""
    return _made(
        session.perform(
            fill(
                Commands.tr("Take “%1” off “%2”"),
                _tag_name(session, tag_id),
                _title(session, evidence_id),
            ),
            lambda store, author: tag_edits.remove_evidence_tag(store, evidence_id, tag_id, author),
        )
    )


def toggle_evidence_tag(session: CaseSession, evidence_id: int, tag_id: int) -> bool:
    """Tag an evidence record, or take the tag off if the record has it."""
    try:
        has = tag_id in session.snapshot.evidence_record(evidence_id).tag_ids
    except (AttributeError, KeyError):
        has = False
    if has:
        return untag_evidence(session, evidence_id, tag_id)
    return tag_evidence(session, evidence_id, tag_id)


# --- cases and sources ---------------------------------------------------------------------


def new_case(session: CaseSession, **fields: Any) -> str | None:
    """Make a new case (title, parties, …: see `case_edits.create_case`) and open it.

    Not an undoable edit of the open case: the new case opens with a history of its own, and
    is deleted (to the trash) like any other. Returns its slug, or None if refused.
    """
    from models.edit_log import EditRefused

    try:
        slug, _change = case_edits.create_case(session.store, author=session.author, **fields)
    except (EditRefused, StoreError) as exc:
        session.refuse(str(exc))
        return None
    session.open_case(slug)
    return slug


def edit_case(session: CaseSession, **fields: Any) -> bool:
    """Change the open case's properties: title, slug, description, the parties and theirs."""
    snap = session.snapshot
    if snap is None:
        return False
    current: dict[str, Any] = {"title": snap.title, "slug": snap.slug}
    current["description"] = snap.description
    for side in snap.sides:
        current[f"{side.role}_party"] = side.party
        current[f"{side.role}_description"] = side.description
    fields = {k: v for k, v in fields.items() if (current.get(k) or "") != (v or "")}
    if not fields:
        return True
    case_id = snap.id
    return _made(
        session.perform(
            Commands.tr("Edit case properties"),
            lambda store, author: case_edits.update_case(store, case_id, **fields, author=author),
        )
    )


def add_source(session: CaseSession, text: str, **fields: Any) -> int | None:
    """Add a source (title, publisher, …, the file's provenance) to the open case; its id."""
    if session.snapshot is None:
        return None
    case_id = session.snapshot.id
    title = (fields.get("title") or "").strip()
    change = session.perform(
        fill(Commands.tr("Add source “%1”"), title),
        lambda store, author: case_edits.add_source(store, case_id, text, **fields, author=author)[
            1
        ],
    )
    return change.created if change is not None else None


def delete_source(session: CaseSession, source_id: int) -> bool:
    """Delete a source with all its claims (warn first); undo puts it all back."""
    return _made(
        session.perform(
            Commands.tr("Delete source"),
            lambda store, author: case_edits.delete_source(store, source_id, author=author),
        )
    )


# --- claim spans and sides -----------------------------------------------------------------


def set_claim_span(session: CaseSession, claim_id: int, start: int, end: int) -> bool:
    """Give a claim another span of its source (its quote follows)."""
    claim = _claim(session, claim_id)
    if claim is not None and (claim.start, claim.end) == (start, end):
        return True
    return _made(
        session.perform(
            Commands.tr("Set claim span"),
            lambda store, author: claim_edits.set_claim_span(
                store, claim_id, start, end, author=author
            ),
        )
    )


def split_claim(session: CaseSession, claim_id: int, at: int) -> int | None:
    """Split a claim at an offset of its source; return the new second claim's id."""
    change = session.perform(
        Commands.tr("Split claim"),
        lambda store, author: claim_edits.split_claim(store, claim_id, at, author=author),
    )
    return change.created if change is not None else None


def merge_claims(session: CaseSession, first_id: int, second_id: int) -> bool:
    """Merge a claim with the adjacent one that follows it on its side."""
    return _made(
        session.perform(
            Commands.tr("Merge claims"),
            lambda store, author: claim_edits.merge_claims(
                store, first_id, second_id, author=author
            ),
        )
    )


def move_claim_to_side(session: CaseSession, claim_id: int) -> bool:
    """Move a claim to the other side (warn first: its links are removed; undo restores them)."""
    claim = _claim(session, claim_id)
    other = "response" if claim is not None and claim.role == "allegation" else "allegation"
    return _made(
        session.perform(
            fill(Commands.tr("Move claim to the %1 side"), word(other).lower())
            if claim
            else Commands.tr("Move claim"),
            lambda store, author: claim_edits.move_claim_to_side(store, claim_id, author=author),
        )
    )


# --- suggestions ---------------------------------------------------------------------------


def accept_claim_suggestion(
    session: CaseSession, role: str, source_id: int, suggestion: ClaimSuggestion
) -> int | None:
    """Make a suggested claim on one side, with its suggested speaker and kind; its id."""
    if session.snapshot is None:
        return None
    case_id = session.snapshot.id
    change = session.perform(
        Commands.tr("Accept suggested claim"),
        lambda store, author: claim_edits.create_claim(
            store,
            case_id,
            role,
            source_id,
            suggestion.start,
            suggestion.end,
            speaker=suggestion.speaker,
            kind=suggestion.kind,
            author=author,
        )[1],
    )
    return change.created if change is not None else None


def reject_claim_suggestion(session: CaseSession, source_id: int, start: int, end: int) -> bool:
    """Reject a suggested claim: that span of the source is not suggested again."""
    return _made(
        session.perform(
            Commands.tr("Reject suggested claim"),
            lambda store, author: suggestion_edits.reject_claim_suggestion(
                store, source_id, start, end, author=author
            ),
        )
    )


def accept_link_suggestion(
    session: CaseSession, allegation_id: int, response_id: int, relation: str
) -> bool:
    """Link two claims as suggested, with the proposed relation; undo removes the link."""
    return _made(
        session.perform(
            fill(Commands.tr("Accept suggested link (%1)"), word(relation)),
            lambda store, author: ops.add_link(
                store, allegation_id, response_id, relation, author=author
            )[1],
        )
    )


def dismiss_link_suggestion(session: CaseSession, allegation_id: int, response_id: int) -> bool:
    """Dismiss a suggested link: that pair is not suggested again."""
    return _made(
        session.perform(
            Commands.tr("Dismiss suggested link"),
            lambda store, author: suggestion_edits.dismiss_link_suggestion(
                store, allegation_id, response_id, author=author
            ),
        )
    )


# --- source revisions (models/revisions.py, models/anchor_edits.py) ------------------------
# The re-anchoring libraries load when a revision is first made, not when the window opens.
# (Imported in this block so that it merges as one piece with the commands others add above.)
from typing import TYPE_CHECKING  # noqa: E402

if TYPE_CHECKING:
    from models.revisions import Revised


def _source_title(session: CaseSession, source_id: int) -> str:
    try:
        return session.snapshot.source(source_id).title
    except (AttributeError, KeyError):
        return str(source_id)


def revise_source(
    session: CaseSession,
    source_id: int,
    text: str,
    *,
    extractor: str | None = None,
    note: str = "",
) -> Revised | None:
    """Bring in a new version of a source and re-anchor its claims, as one undoable step.

    Returns how the claims landed (exact, proposed, orphans), or None if it was refused.
    """
    from models import revisions

    found: list[Revised] = []

    def edit(store, author):
        revised, change = revisions.revise_source(
            store, source_id, text, extractor=extractor, note=note, author=author
        )
        found.append(revised)
        return change

    change = session.perform(
        fill(Commands.tr("Revise source “%1”"), _source_title(session, source_id)), edit
    )
    return found[-1] if change is not None and found else None


def accept_proposal(session: CaseSession, claim_id: int) -> bool:
    """Place a proposed claim where the revision proposed it."""
    from models import anchor_edits

    return _made(
        session.perform(
            Commands.tr("Accept proposed place"),
            lambda store, author: anchor_edits.accept_proposal(store, claim_id, author=author),
        )
    )


def pick_candidate(session: CaseSession, claim_id: int, rank: int) -> bool:
    """Place a proposed or orphan claim on another of its candidates (0 is the best)."""
    from models import anchor_edits

    return _made(
        session.perform(
            fill(Commands.tr("Place claim on candidate %1"), str(rank + 1)),
            lambda store, author: anchor_edits.pick_candidate(store, claim_id, rank, author=author),
        )
    )


def set_anchor_span(session: CaseSession, claim_id: int, start: int, end: int) -> bool:
    """Place a claim on a span drawn in the current version of its source."""
    from models import anchor_edits

    claim = _claim(session, claim_id)
    placed = claim is not None and claim.anchor_state == "exact"
    if placed and (claim.start, claim.end) == (start, end):
        return True
    return _made(
        session.perform(
            Commands.tr("Set claim span"),
            lambda store, author: anchor_edits.set_anchor_span(
                store, claim_id, start, end, author=author
            ),
        )
    )


def keep_orphan(session: CaseSession, claim_id: int) -> bool:
    """Keep a claim whose words are not in the current version as an orphan."""
    from models import anchor_edits

    claim = _claim(session, claim_id)
    if claim is not None and claim.anchor_state == "orphan" and claim.anchor_reason == "kept":
        return True
    return _made(
        session.perform(
            Commands.tr("Keep claim as orphan"),
            lambda store, author: anchor_edits.keep_orphan(store, claim_id, author=author),
        )
    )
