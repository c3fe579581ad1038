"""What the Revision panel lists, read from the snapshot alone, and the words it marks changed."""

from __future__ import annotations

from models import library
from models.anchor_edits import accept_proposal
from models.revision_review import (
    MOVED,
    ORPHAN,
    REVIEW,
    passage,
    review_entries,
    word_changes,
)
from models.revisions import revise_source
from tests.models.test_revisions import PARAGRAPHS, _case

GONE = "The vendor replied that it had never been asked to spy."
TYPO = "Independent auditors found no hiden access in the code."


def _marked(text: str, ranges) -> list[str]:
    return [text[a:b] for a, b in ranges]


def test_word_changes_mark_whole_words():
    old, new = "As evidenced by Edward Snowden 's leak", "As evidenced by Edward Snowden's leak"
    removed, added = word_changes(old, new)
    assert _marked(old, removed) == ["Snowden 's"]
    assert _marked(new, added) == ["Snowden's"]
    assert word_changes("same words", "same words") == ([], [])
    removed, added = word_changes("support their claims", "support its claims")
    assert _marked("support their claims", removed) == ["their"]
    assert _marked("support its claims", added) == ["its"]


def test_word_changes_of_an_empty_side():
    assert word_changes("", "new words") == ([], [(0, 9)])
    assert word_changes("old", "") == ([(0, 3)], [])


def test_a_passage_is_cut_at_words_and_keeps_its_offsets():
    text = "one two three four five six seven eight nine ten"
    shown = passage(text, 1, text.index("five"), text.index("five") + 4, context=10)
    assert shown.words == "five" and shown.before.startswith("…") and shown.after.endswith("…")
    assert (shown.start, shown.end, shown.version) == (19, 23, 1)
    whole = passage(text, 2, 0, 3)
    assert whole.before == "" and whole.after == text[3:]


def test_the_groups_follow_the_revision_and_the_review(store):
    old = "\n\n".join(PARAGRAPHS).replace("no hidden access", "no hiden access")
    source_id = _case(store, old, [GONE, "The minister accused the vendor", TYPO])
    case = library.snapshot(store, "rev")
    assert review_entries(case) == {MOVED: [], REVIEW: [], ORPHAN: []}  # never revised
    new = "A new opening line.\n\n" + old.replace(GONE, "No reply.").replace("hiden", "hidden")
    revise_source(store, source_id, new)
    case = library.snapshot(store, "rev")
    groups = review_entries(case)
    keys = {g: [e.key for e in entries] for g, entries in groups.items()}
    assert keys == {MOVED: ["c1"], REVIEW: ["c2"], ORPHAN: ["c0"]}
    moved = groups[MOVED][0]
    assert moved.old.words == moved.new.words == "The minister accused the vendor"
    assert moved.new.start == moved.old.start + len("A new opening line.\n\n")
    proposal = groups[REVIEW][0]
    assert proposal.old.words == TYPO and proposal.old.version == 1
    assert proposal.new.words == TYPO.replace("hiden", "hidden") and proposal.new.version == 2
    orphan = groups[ORPHAN][0]
    assert orphan.old.words == GONE and orphan.new is None and orphan.reason == "not_found"

    accept_proposal(store, proposal.claim_id)
    keys = {
        g: [e.key for e in entries]
        for g, entries in review_entries(library.snapshot(store, "rev")).items()
    }
    assert keys == {MOVED: ["c1", "c2"], REVIEW: [], ORPHAN: ["c0"]}


def test_a_claim_left_where_it_was_is_not_listed(store):
    old = "\n\n".join(PARAGRAPHS)
    source_id = _case(store, old, ["The minister accused the vendor"])
    revise_source(store, source_id, old + "\n\nA closing line.")
    groups = review_entries(library.snapshot(store, "rev"))
    assert all(not entries for entries in groups.values())
