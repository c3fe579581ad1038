"""The window's edits of a case as a whole and of claims: what the Case menu's new rows do.

New case, properties, delete case, add a source (a file, a dropped file, pasted text), delete a
source, and the claim edits (delete, set span from the source's selection, split at its cursor,
merge with the next claim, move to the other side). Each asks what it must (a warning before
links or claims go), then calls one command of `ui.common.commands`; creating and deleting a
case, which happen outside any open case, call `models.case_edits` here, in the window's one
place for them. The main window builds one of these and wires the actions to it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from models import library
from models.store import StoreError
from ui.common import commands
from ui.common.messages import show_error

if TYPE_CHECKING:  # the dialogs load when first opened, not before the window's first paint
    from ui.dialogs.add_source import Read
    from ui.dialogs.new_case import CaseFields

SOURCE_FILTERS = "Sources (*.txt *.md *.markdown *.html *.htm *.mht *.mhtml *.pdf *.docx);;All (*)"


class CaseWork(QObject):
    """Case-level and claim-level edits for the main window (its actions call these)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.last_dialog: QDialog | None = None  # for the tests and the screenshots

    # --- asking ----------------------------------------------------------------------------

    def _confirm(self, title: str, text: str, detail: str, button: str) -> bool:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setInformativeText(detail)
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        go = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def _say(self, text: str) -> None:
        self.window.status_bar.show_message(text, 6000)  # elided in its place, never overlaid

    def _current_claim(self):
        snapshot, claim_id = self.session.snapshot, self.session.selection.claim_id
        if snapshot is None or claim_id is None:
            self._say(self.tr("Select a claim first."))
            return None
        try:
            return snapshot.claim(claim_id)
        except KeyError:
            return None

    # --- cases -----------------------------------------------------------------------------

    def trash_folder(self) -> Path:
        """Where the case files of deleted cases are kept: beside the store (`<store>.trash`)."""
        from models.case_edits import trash_folder

        beside = trash_folder(self.session.store)
        if beside is not None:
            return beside
        from ui.common.data_folder import data_folder

        return data_folder() / "deleted-cases"

    def new_case(self) -> str | None:
        """File → New case…: ask for the case, make it and open it; return its slug."""
        from ui.dialogs.new_case import CaseDialog

        dialog = CaseDialog(self.window)
        self.last_dialog = dialog
        while dialog.exec() == QDialog.DialogCode.Accepted:
            from models.case_edits import create_case
            from models.edit_log import EditRefused

            f = dialog.fields()
            try:
                slug, _change = create_case(
                    self.session.store,
                    title=f.title,
                    slug=f.slug,
                    description=f.description,
                    allegation_party=f.allegation_party,
                    allegation_description=f.allegation_description,
                    response_party=f.response_party,
                    response_description=f.response_description,
                    author=self.session.author,
                )
            except (EditRefused, StoreError) as exc:
                dialog.show_problem(str(exc))  # the dialog opens again, as the user left it
                continue
            self.window.open_case(slug)
            self._say(self.tr("Made the case %1.").replace("%1", slug))
            return slug
        return None

    def case_properties(self) -> bool:
        """Case → Properties: edit the open case's title, slug, description and sides."""
        snapshot = self.session.snapshot
        if snapshot is None:
            return False
        from ui.dialogs.new_case import CaseDialog, fields_of

        dialog = CaseDialog(self.window, fields_of(snapshot), str(self.trash_folder()))
        self.last_dialog = dialog
        dialog.deleteRequested.connect(lambda: self.delete_case(confirmed=True))
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self._edit_case(dialog.fields()):
                return True  # the window's title follows the change
            dialog.show_problem(self.tr("Not saved; the message above the panes says why."))
        return False

    def _edit_case(self, f: CaseFields) -> bool:
        return commands.edit_case(
            self.session,
            title=f.title,
            slug=f.slug,
            description=f.description,
            allegation_party=f.allegation_party,
            allegation_description=f.allegation_description,
            response_party=f.response_party,
            response_description=f.response_description,
        )

    def delete_case(self, confirmed: bool = False) -> Path | None:
        """Case → Delete case…: after asking, delete it, keeping its case file; open another."""
        from models.case_edits import delete_case
        from models.edit_log import EditRefused

        snapshot = self.session.snapshot
        if snapshot is None:
            return None
        trash = self.trash_folder()
        if not confirmed and not self._confirm(
            self.tr("Delete the case?"),
            self.tr("Delete the case “%1” with all its claims, links and evidence?").replace(
                "%1", snapshot.title
            ),
            self.tr("A case file of it is kept in %1; import it to have the case back.").replace(
                "%1", str(trash)
            ),
            self.tr("Delete case"),
        ):
            return None
        try:
            kept = delete_case(self.session.store, snapshot.slug, trash)
        except (EditRefused, StoreError, OSError) as exc:
            show_error(self.window, self.tr("The case was not deleted"), str(exc))
            return None
        self.window.settings.forget_case(snapshot.slug)
        following = library.first_slug(self.session.store)
        if following:
            self.window.open_case(following)
        else:
            self._show_no_case()
        self._say(self.tr("Deleted the case; its case file is %1.").replace("%1", str(kept)))
        return kept

    def _show_no_case(self) -> None:
        # The last case went: every view shows no case, never the deleted one.
        self.session.close_case()

    # --- sources ---------------------------------------------------------------------------

    def add_source(self) -> int | None:
        """Case → Add source…: pick a file, read it, describe it, add it."""
        if self.session.snapshot is None:
            return None
        from ui.common.file_dialogs import ask_open_file

        path = ask_open_file(self.window, self.tr("Add source"), "", SOURCE_FILTERS)
        return self.add_source_file(path) if path else None

    def add_source_file(self, path: str) -> int | None:
        """Read a file (chosen or dropped) into a new source of the open case."""
        from ui.dialogs.add_source import read_path

        return self._add(read_path(path), Path(path).name)

    def paste_source(self) -> int | None:
        """Case → Paste text as source: the clipboard's text becomes a source."""
        text = QApplication.clipboard().text()
        if not text.strip():
            self._say(self.tr("The clipboard holds no text."))
            return None
        from ui.dialogs.add_source import read_text

        return self._add(read_text(text, "clipboard.txt"), self.tr("the clipboard's text"))

    def _add(self, read: Read, name: str) -> int | None:
        if self.session.snapshot is None:
            return None
        from ui.dialogs.add_source import AddSourceDialog

        dialog = AddSourceDialog(self.session, read, name, self.window)
        self.last_dialog = dialog
        dialog.exec()
        source_id = dialog.source_id
        if source_id is not None:
            self.window.docks["source"].show()
            self.window.docks["source"].raise_()
            self.window.source_view.show_source(source_id)
        return source_id

    def delete_source(self) -> bool:
        """Case → Delete source…: the shown source, with its claims, after saying how many."""
        snapshot, source_id = self.session.snapshot, self.window.source_view.source_id
        if snapshot is None or source_id is None:
            return False
        source = snapshot.source(source_id)
        count = sum(1 for c in snapshot.claims if c.source_id == source_id)
        text = self.tr("Delete the source “%1”?").replace("%1", source.title)
        detail = (
            self.tr("Its %n claims go with it, with their links, tags and evidence.", None, count)
            if count
            else self.tr("No claim is made from it.")
        )
        if not self._confirm(self.tr("Delete source"), text, detail, self.tr("Delete source")):
            return False
        return commands.delete_source(self.session, source_id)

    # --- revisions -------------------------------------------------------------------------

    def _source_to_revise(self) -> int | None:
        snapshot = self.session.snapshot
        if snapshot is None or not snapshot.sources:
            self._say(self.tr("This case has no source to revise: add one first."))
            return None
        shown = self.window.source_view.source_id
        if shown is not None:
            return shown
        if len(snapshot.sources) == 1:
            return snapshot.sources[0].id
        self._say(self.tr("Show the source to revise in the Source panel first."))
        return None

    def revise_source(self):
        """Case → Revise source…: pick the new version's file for the source shown; read it
        off the GUI thread, then revise (one undoable step). Returns the running read."""
        source_id = self._source_to_revise()
        if source_id is None:
            return None
        from ui.common.file_dialogs import ask_open_file

        title = self.session.snapshot.source(source_id).title
        path = ask_open_file(
            self.window, self.tr("Revise “%1”").replace("%1", title), "", SOURCE_FILTERS
        )
        return self.revise_source_file(source_id, path) if path else None

    def revise_source_file(self, source_id: int, path: str):
        """Read a file (any format the source import reads) as a new version of a source."""
        from models.sources import extract_file
        from ui.common.background import run_with_progress

        name = Path(path).name

        def read(job):
            return extract_file(path, should_cancel=job.should_cancel, progress=job.progress)

        def refused(exc: BaseException) -> None:
            show_error(
                self.window,
                self.tr("The new version was not read"),
                str(exc),
                self.tr("The source and its claims are as they were."),
            )

        return run_with_progress(
            self.window,
            self.tr("Reading %1…").replace("%1", name),
            read,
            on_success=lambda got: self.revise_with_text(
                source_id,
                got.text,
                note=self.tr("From %1").replace("%1", name),
                extractor=got.extractor,
            ),
            on_failure=refused,
            expected=(OSError, ValueError),  # SourceFileError is a ValueError
        )

    def revise_with_text(
        self, source_id: int, text: str, note: str = "", extractor: str | None = None
    ):
        """Revise a source with a new text: re-anchor, say how the claims landed, and open the
        Revision panel if some wait for review or could not be placed."""
        panel = self.window.revision_panel()  # built before, so it sees the revision come in
        revised = commands.revise_source(
            self.session, source_id, text, extractor=extractor, note=note
        )
        if revised is None:
            return None
        said = self.tr("Version %1: %2.").replace("%1", str(revised.version))
        self._say(said.replace("%2", revised.words()))
        if revised.proposed or revised.orphans:
            self.window.show_revisions()
            snapshot = self.session.snapshot
            waiting = [
                c.id
                for c in snapshot.claims
                if c.source_id == source_id and c.anchor_state != "exact"
            ]
            if waiting:
                panel.choose(waiting[0])
        return revised

    def anchor_to_selection(self, claim_id: int) -> bool:
        """Place a claim on the words selected in the Source panel (the current version)."""
        view = self.window.source_view
        snapshot = self.session.snapshot
        if snapshot is None:
            return False
        claim = snapshot.claim(claim_id)
        span = view.selected_span()
        if span is None or view.source_id != claim.source_id:
            self._say(self.tr("Select the claim's words in its source's current version first."))
            self.window.show_source_span(claim.source_id, claim.start, claim.start)
            return False
        return commands.set_anchor_span(self.session, claim_id, *span)

    # --- claims ----------------------------------------------------------------------------

    def delete_claim(self) -> bool:
        """Delete the current claim (its links, tags and evidence come back on undo).

        A claim with links or evidence attached takes them with it: that is asked first.
        """
        claim = self._current_claim()
        if claim is None:
            return False
        links = len(self.session.snapshot.links_of(claim.id))
        evidence = len(claim.evidence)
        if links or evidence:
            parts = []
            if links:
                parts.append(self.tr("%n links", None, links))
            if evidence:
                parts.append(self.tr("%n evidence attachments", None, evidence))
            if not self._confirm(
                self.tr("Delete the claim?"),
                self.tr("Delete %1?").replace("%1", claim.key),
                self.tr("Its %1 go with it (undo puts them back).").replace(
                    "%1", self.tr(" and ").join(parts)
                ),
                self.tr("Delete claim"),
            ):
                return False
        return commands.delete_claim(self.session, claim.id)

    def set_span_from_selection(self) -> bool:
        """The current claim's span becomes the text selected in the source view."""
        claim, view = self._current_claim(), self.window.source_view
        if claim is None:
            return False
        span = view.selected_span()
        if span is None or view.source_id != claim.source_id:
            self._say(self.tr("Select the claim's new text in its source first."))
            return False
        return commands.set_claim_span(self.session, claim.id, *span)

    def split_at_cursor(self) -> bool:
        """Split the current claim in two where the source view's cursor is."""
        claim, view = self._current_claim(), self.window.source_view
        if claim is None:
            return False
        at = view.cursor_offset()
        if view.source_id != claim.source_id or not claim.start < at < claim.end:
            self._say(self.tr("Put the cursor inside the claim's text in the source first."))
            return False
        return bool(commands.split_claim(self.session, claim.id, at))

    def merge_with_next(self) -> bool:
        """Merge the current claim with the next claim of its side."""
        claim = self._current_claim()
        if claim is None:
            return False
        side = self.session.snapshot.claims_of(claim.role)
        place = [c.id for c in side].index(claim.id)
        if place + 1 >= len(side):
            self._say(self.tr("%1 is the last claim of its side.").replace("%1", claim.key))
            return False
        return commands.merge_claims(self.session, claim.id, side[place + 1].id)

    def move_to_other_side(self) -> bool:
        """Move the current claim to the other side; its links go, after a warning."""
        claim = self._current_claim()
        if claim is None:
            return False
        links = len(self.session.snapshot.links_of(claim.id))
        if links and not self._confirm(
            self.tr("Move the claim?"),
            self.tr("Move %1 to the other side?").replace("%1", claim.key),
            self.tr("Its %n links are removed (undo puts them back).", None, links),
            self.tr("Move claim"),
        ):
            return False
        return commands.move_claim_to_side(self.session, claim.id)
