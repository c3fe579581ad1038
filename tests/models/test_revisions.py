"""Revising a source: hand-made revisions whose right answer is known, review edits, and undo."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models import library
from models.anchor_edits import accept_proposal, keep_orphan, pick_candidate, set_anchor_span
from models.claim_edits import delete_claim
from models.edit_log import EditRefused
from models.revisions import revise_source, text_sha256
from models.schema import SourceVersion
from tests.conftest import make_case

TYPO = "The minister said that the vendor hides a backdor in every router it sells."
TYPO_QUOTE = "the vendor hides a backdor in every router"

PARAGRAPHS = [
    "First paragraph. The minister accused the vendor of spying for the state.",
    "Second paragraph. The vendor replied that it had never been asked to spy.",
    "Third paragraph. Independent auditors found no hidden access in the code.",
]


def case_data(text: str, quotes: list[str | tuple[int, int]], slug: str = "rev") -> dict:
    """A case file object with one source and a claim per quote (or span), sides alternating."""
    data = make_case(slug=slug)
    source = dict(data["sources"][0], text=text)
    base = data["claims"]
    claims = []
    for n, quote in enumerate(quotes):
        start, end = quote if isinstance(quote, tuple) else (text.index(quote), None)
        end = end if end is not None else start + len(quote)
        claims.append(dict(base[n % 2], id=f"c{n}", start=start, end=end, quote=text[start:end]))
    data["sources"] = [source]
    data["claims"] = claims
    links = [dict(data["links"][0], allegation="c0", response="c1")] if len(claims) > 1 else []
    data["links"] = links
    return data


def _case(store, text: str, quotes: list[str | tuple[int, int]], slug: str = "rev") -> int:
    """Import a case with one source and a claim per quote (or span); return the source id."""
    library.import_data(store, case_data(text, quotes, slug))
    return library.snapshot(store, slug).sources[0].id


def _claims(store, slug: str = "rev"):
    case = library.snapshot(store, slug)
    return {c.key: c for c in case.claims}, case


def test_a_typo_corrected_inside_a_quote_is_proposed_then_accepted(store):
    source_id = _case(store, TYPO, [TYPO_QUOTE])
    revised, _ = revise_source(store, source_id, TYPO.replace("backdor", "backdoor"))
    assert (revised.exact, revised.proposed, revised.orphans) == (0, 1, 0)
    claims, case = _claims(store)
    claim = claims["c0"]
    assert claim.anchor_state == "proposed" and claim.anchor_reason == "edited"
    assert claim.quote == TYPO_QUOTE and claim.anchor_version == 1  # kept, counting in version 1
    new_text = case.sources[0].text
    best = claim.candidates[0]
    assert new_text[best.start : best.end] == "the vendor hides a backdoor in every router"

    change = accept_proposal(store, claim.id)
    accepted = _claims(store)[0]["c0"]
    assert accepted.anchor_state == "exact" and accepted.anchor_version is None
    assert accepted.quote == "the vendor hides a backdoor in every router"
    assert new_text[accepted.start : accepted.end] == accepted.quote
    assert accepted.candidates == ()

    change.inverse(store)  # undo the accept: proposed again, with its candidates
    assert _claims(store)[0]["c0"] == claim


def test_a_moved_paragraph_is_placed_exactly(store):
    old = "\n\n".join(PARAGRAPHS)
    quotes = [
        "accused the vendor of spying for the state",
        "it had never been asked to spy",
        "found no hidden access in the code",
    ]
    source_id = _case(store, old, quotes)
    new = "\n\n".join([PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[0]])
    revised, _ = revise_source(store, source_id, new)
    assert (revised.exact, revised.proposed, revised.orphans) == (3, 0, 0)
    claims, case = _claims(store)
    for n, quote in enumerate(quotes):
        claim = claims[f"c{n}"]
        assert claim.anchor_state == "exact"
        assert (claim.start, claim.end) == (new.index(quote), new.index(quote) + len(quote))
    assert case.sources[0].text == new


def test_a_deleted_sentence_makes_an_orphan_that_keeps_everything(store):
    old = "\n\n".join(PARAGRAPHS)
    gone = "The vendor replied that it had never been asked to spy."
    source_id = _case(store, old, ["accused the vendor of spying for the state", gone])
    before, _ = _claims(store)
    revised, _ = revise_source(store, source_id, old.replace(gone, "The vendor did not reply."))
    assert (revised.exact, revised.proposed, revised.orphans) == (1, 0, 1)
    claims, case = _claims(store)
    orphan = claims["c1"]
    assert orphan.anchor_state == "orphan" and orphan.anchor_version == 1
    kept = ("quote", "start", "end", "status", "rationale", "tag_ids", "evidence", "paraphrase")
    for field in kept:
        assert getattr(orphan, field) == getattr(before["c1"], field), field
    assert len(case.links) == 1 and case.links[0].response_id == orphan.id
    assert case.sources[0].version_text(1)[orphan.start : orphan.end] == orphan.quote


def test_a_sentence_that_occurs_twice_is_never_silently_attached(store):
    sentence = "The vendor has never installed a backdoor in any product."
    old = f"In Berlin the minister spoke first. {sentence} Then the talks ended."
    source_id = _case(store, old, [sentence])
    # Its own place is gone; the same words now stand twice, in new surroundings.
    new = (
        f"A statement came on Monday. {sentence} More followed.\n\n"
        f"On Tuesday it was repeated. {sentence} Nothing else was said."
    )
    revise_source(store, source_id, new)
    claim = _claims(store)[0]["c0"]
    assert claim.anchor_state != "exact"
    assert claim.quote == sentence and claim.anchor_version == 1
    # Both copies are offered for review; neither is chosen for the analyst.
    spans = {(c.start, c.end) for c in claim.candidates}
    first, second = new.index(sentence), new.rindex(sentence)
    assert {(first, first + len(sentence)), (second, second + len(sentence))} <= spans


def test_a_copy_added_elsewhere_leaves_the_claim_on_its_own_words(store):
    sentence = "The vendor has never installed a backdoor in any product."
    old = f"In Berlin the minister spoke first. {sentence} Then the talks ended."
    source_id = _case(store, old, [sentence])
    new = f"Quoted earlier: {sentence}\n\n{old}"
    revise_source(store, source_id, new)
    claim = _claims(store)[0]["c0"]
    assert claim.anchor_state == "exact"
    assert claim.start == new.index(old) + old.index(sentence)


def test_line_ends_and_a_byte_order_mark_alone_place_every_claim_exactly(store):
    old = "\n\n".join(PARAGRAPHS)
    across_paragraphs = (0, len(PARAGRAPHS[0]) + len("\n\nSecond"))
    source_id = _case(store, old, ["accused the vendor", "never been asked", across_paragraphs])
    before, _ = _claims(store)
    revised, _ = revise_source(store, source_id, "\ufeff" + old.replace("\n", "\r\n"))
    assert (revised.exact, revised.proposed, revised.orphans) == (3, 0, 0)
    after, case = _claims(store)
    for key, claim in before.items():
        assert (after[key].start, after[key].end, after[key].quote) == (
            claim.start,
            claim.end,
            claim.quote,
        )
    assert case.sources[0].text == old and case.sources[0].version == 2


def test_overlapping_claims_both_move_with_their_words(store):
    old = "\n\n".join(PARAGRAPHS)
    outer = "The minister accused the vendor of spying for the state."
    inner = "accused the vendor of spying"
    source_id = _case(store, old, [outer, inner])
    new = "A new opening paragraph was added.\n\n" + old
    revised, _ = revise_source(store, source_id, new)
    assert revised.exact == 2
    claims, _ = _claims(store)
    for key, quote in (("c0", outer), ("c1", inner)):
        assert new[claims[key].start : claims[key].end] == quote
    assert claims["c0"].start <= claims["c1"].start < claims["c1"].end <= claims["c0"].end


def test_overlapping_claims_edited_in_their_shared_words_are_both_reviewed(store):
    old = "\n\n".join(PARAGRAPHS)
    outer = "The minister accused the vendor of spying for the state."
    inner = "accused the vendor of spying for the state"
    source_id = _case(store, old, [outer, inner])
    revise_source(store, source_id, old.replace("spying for", "spying on behalf of"))
    claims, _ = _claims(store)
    assert {claims["c0"].anchor_state, claims["c1"].anchor_state} <= {"proposed", "orphan"}
    assert claims["c0"].quote == outer and claims["c1"].quote == inner


def test_undo_of_a_revision_restores_every_claim_and_removes_the_version(store):
    old = "\n\n".join(PARAGRAPHS)
    quotes = [
        "accused the vendor of spying for the state",
        "The vendor replied that it had never been asked to spy.",
        "found no hidden access in the code",
    ]
    source_id = _case(store, old, quotes)
    new = PARAGRAPHS[2] + "\n\nThe vendor did not reply.\n\n" + PARAGRAPHS[0].replace("state", "St")
    before, case_before = _claims(store)
    _, change = revise_source(store, source_id, new, note="second version", extractor="test")
    revised_claims, revised_case = _claims(store)
    assert {c.anchor_state for c in revised_claims.values()} == {"exact", "proposed", "orphan"}

    redo = change.inverse(store)
    after_undo, case_after = _claims(store)
    assert after_undo == before
    assert case_after.sources[0].text == old
    assert [v.number for v in case_after.sources[0].versions] == [1]
    with store.reading() as s:
        numbers = s.execute(
            select(SourceVersion.number).where(SourceVersion.source_id == source_id)
        ).scalars()
        assert list(numbers) == [1]

    redo.inverse(store)  # redo: the same version and the same placements
    again, case_again = _claims(store)
    assert again == revised_claims
    version = case_again.sources[0].versions[-1]
    assert (version.number, version.note, version.extractor) == (2, "second version", "test")
    assert version.sha256 == text_sha256(new)


def test_a_second_revision_can_bring_an_orphan_back(store):
    old = "\n\n".join(PARAGRAPHS)
    gone = "The vendor replied that it had never been asked to spy."
    source_id = _case(store, old, [gone])
    revise_source(store, source_id, old.replace(gone, "No reply."))
    assert _claims(store)[0]["c0"].anchor_state == "orphan"
    revised, _ = revise_source(store, source_id, old)  # version 3 restores the sentence
    claim = _claims(store)[0]["c0"]
    assert revised.version == 3 and claim.anchor_state == "exact"
    assert old[claim.start : claim.end] == gone


def test_review_edits_pick_a_candidate_draw_a_span_keep_an_orphan(store):
    source_id = _case(store, TYPO, [TYPO_QUOTE])
    revise_source(store, source_id, TYPO.replace("backdor", "backdoor"))
    claim = _claims(store)[0]["c0"]

    undo = pick_candidate(store, claim.id, 0)
    assert _claims(store)[0]["c0"].anchor_state == "exact"
    undo.inverse(store)
    with pytest.raises(EditRefused, match="no candidate 6"):
        pick_candidate(store, claim.id, 5)

    kept = keep_orphan(store, claim.id)
    orphan = _claims(store)[0]["c0"]
    assert (orphan.anchor_state, orphan.anchor_reason, orphan.quote) == (
        "orphan",
        "kept",
        TYPO_QUOTE,
    )
    with pytest.raises(EditRefused, match="already kept"):
        keep_orphan(store, claim.id)
    kept.inverse(store)
    assert _claims(store)[0]["c0"] == claim

    text = _claims(store)[1].sources[0].text
    start = text.index("hides")
    drawn = set_anchor_span(store, claim.id, start, start + len("hides a backdoor"))
    placed = _claims(store)[0]["c0"]
    assert (placed.anchor_state, placed.quote) == ("exact", "hides a backdoor")
    with pytest.raises(EditRefused, match="outside the current version"):
        set_anchor_span(store, claim.id, 5, len(text) + 1)
    with pytest.raises(EditRefused, match="in the current version"):
        keep_orphan(store, claim.id)
    with pytest.raises(EditRefused, match="no proposal"):
        accept_proposal(store, claim.id)
    drawn.inverse(store)
    assert _claims(store)[0]["c0"] == claim


def test_a_deleted_orphan_comes_back_with_its_candidates(store):
    source_id = _case(store, TYPO, [TYPO_QUOTE])
    revise_source(store, source_id, TYPO.replace("backdor", "backdoor"))
    claim = _claims(store)[0]["c0"]
    assert claim.candidates
    delete_claim(store, claim.id).inverse(store)
    assert _claims(store)[0]["c0"] == claim


def test_an_empty_revision_is_refused_and_changes_nothing(store):
    source_id = _case(store, TYPO, [TYPO_QUOTE])
    before = library.snapshot(store, "rev")
    with pytest.raises(EditRefused, match="no text"):
        revise_source(store, source_id, " \r\n ")
    assert library.snapshot(store, "rev") == before
