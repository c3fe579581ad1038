"""The panes' edits as undoable commands: status, link, unlink, change relation.

Each one captures what it needs to undo before it changes anything, and goes through
`CaseSession.perform`, so the store holds the edit before the screen shows it. An add and its
inverse remove create a new link each time: the id lives in a cell the two closures share.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models import operations as ops
from models.snapshot import LinkView
from ui.common.labels import word
from ui.common.session import CaseSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("PaneEdits", text)


def mark_status(session: CaseSession, claim_id: int, status: str) -> bool:
    """Set a claim's status (keeping its rationale); undo puts the old status back."""
    try:
        before = ops.get_assessment(session.store, claim_id)
    except ops.StoreError as exc:
        session.editFailed.emit(str(exc))
        return False
    if before.status == status:
        return True
    store, author = session.store, session.author
    return session.perform(
        _tr("Mark claim as %1").replace("%1", word(status).lower()),
        lambda: ops.set_assessment(store, claim_id, status=status, author=author),
        lambda: ops.set_assessment(
            store,
            claim_id,
            status=before.status,
            author=before.author or author,
            updated_at=before.updated_at,
        ),
    )


def link_claims(
    session: CaseSession, allegation_id: int, response_id: int, relation: str, note: str = ""
) -> bool:
    """Link two claims; undo removes the link."""
    store, author = session.store, session.author
    cell: dict[str, int] = {}

    def do() -> ops.Change:
        link_id, change = ops.add_link(
            store, allegation_id, response_id, relation, note=note, author=author
        )
        cell["id"] = link_id
        return change

    return session.perform(
        _tr("Link claims (%1)").replace("%1", word(relation)),
        do,
        lambda: ops.remove_link(store, cell["id"], author=author),
    )


def unlink(session: CaseSession, link: LinkView) -> bool:
    """Remove a link; undo puts back an equal link (same claims, relation and note)."""
    store, author = session.store, session.author
    cell = {"id": link.id}

    def redo() -> ops.Change:
        return ops.remove_link(store, cell["id"], author=author)

    def undo() -> ops.Change:
        link_id, change = ops.add_link(
            store,
            link.allegation_id,
            link.response_id,
            link.relation,
            note=link.note,
            author=author,
        )
        cell["id"] = link_id
        return change

    return session.perform(_tr("Unlink claims"), redo, undo)


def change_relation(session: CaseSession, link: LinkView, relation: str) -> bool:
    """Change a link's relation; undo puts the old one back."""
    if relation == link.relation:
        return True
    store, author = session.store, session.author
    return session.perform(
        _tr("Change relation to %1").replace("%1", word(relation)),
        lambda: ops.set_relation(store, link.id, relation, author=author),
        lambda: ops.set_relation(store, link.id, link.relation, author=author),
    )


def link_between(session: CaseSession, allegation_id: int, response_id: int) -> LinkView | None:
    """The link joining two claims, if there is one."""
    if session.snapshot is None:
        return None
    for link in session.snapshot.links_of(allegation_id):
        if link.response_id == response_id:
            return link
    return None
