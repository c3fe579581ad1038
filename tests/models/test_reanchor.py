"""Re-anchoring claims on a revised text, on hand-made revisions whose right answer is known."""

from __future__ import annotations

import json

import pytest

from models.library import seed_case_bytes
from models.reanchor import (
    EXACT,
    ORPHAN,
    PROPOSED,
    Anchor,
    Placement,
    canonicalise,
    reanchor,
)

INTRO = (
    "The ministry published its annual report on the state of the networks on Monday morning. "
    "It runs to two hundred pages and covers every regional operator in the country.\n\n"
)
ALLEGATION = (
    "Officials said the vendor had installed a hidden maintenance interface in its routers. "
    "They added that the interface could be reached without the operator's knowledge.\n\n"
)
RESPONSE = (
    "The vendor replied that every interface it ships is documented for the operators. "
    "It said the allegation was not supported by any technical evidence.\n\n"
)
CLOSING = "Neither side has published the underlying test results so far."


def anchor(text: str, quote: str, nth: int = 0) -> Anchor:
    """The anchor of the nth copy of quote in text."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(quote, at + 1)
    return Anchor(at, at + len(quote), quote)


def placed(new: str, placement: Placement) -> str:
    return new[placement.start : placement.end]


OLD = INTRO + ALLEGATION + RESPONSE + CLOSING


def test_unchanged_claims_map_through_the_diff_to_their_new_place():
    new = "Correction appended on Tuesday.\n\n" + OLD
    a = anchor(OLD, "a hidden maintenance interface in its routers")
    (p,) = reanchor(OLD, new, [a])
    assert p.state == EXACT and p.how == "diff"
    assert (p.start, p.end) == (a.start + 33, a.end + 33)


def test_a_typo_corrected_inside_a_quote_is_proposed_not_exact():
    old = OLD.replace("maintenance", "maintenence")
    new = OLD
    a = anchor(old, "the vendor had installed a hidden maintenence interface in its routers")
    (p,) = reanchor(old, new, [a])
    assert p.state == PROPOSED and p.reason == "edited"
    assert (
        placed(new, p) == "the vendor had installed a hidden maintenance interface in its routers"
    )
    assert p.candidates[0].start == p.start and p.candidates[0].quote_similarity < 1


def test_a_moved_paragraph_is_placed_exactly_where_it_went():
    new = INTRO + RESPONSE + ALLEGATION + CLOSING
    quote = "the interface could be reached without the operator's knowledge"
    (p,) = reanchor(OLD, new, [anchor(OLD, quote)])
    assert p.state == EXACT
    assert (p.start, p.end) == (new.index(quote), new.index(quote) + len(quote))


def test_a_deleted_sentence_is_an_orphan_and_is_still_returned():
    sentence = "They added that the interface could be reached without the operator's knowledge."
    new = OLD.replace(" " + sentence, "")
    anchors = [anchor(OLD, sentence), anchor(OLD, "every interface it ships is documented")]
    gone, kept = reanchor(OLD, new, anchors)
    assert gone.state == ORPHAN and gone.start is None and gone.reason == "not_found"
    assert kept.state == EXACT and placed(new, kept) == "every interface it ships is documented"


def test_a_sentence_that_now_occurs_twice_keeps_its_own_copy():
    sentence = "It said the allegation was not supported by any technical evidence."
    new = OLD + "\n\nAn editor's note repeats the vendor's words: " + sentence
    a = anchor(OLD, sentence)
    (p,) = reanchor(OLD, new, [a])
    assert p.state == EXACT and p.how == "diff" and p.start == new.index(sentence)


def test_a_sentence_gone_from_its_place_is_not_attached_to_one_of_two_new_copies():
    sentence = "It said the allegation was not supported by any technical evidence."
    rewritten = OLD.replace(sentence, "It called the allegation groundless.")
    new = (
        rewritten
        + "\n\nFirst quoted in a radio interview: "
        + sentence
        + "\n\nLater quoted in a newspaper column: "
        + sentence
    )
    (p,) = reanchor(OLD, new, [anchor(OLD, sentence)])
    assert p.state != EXACT
    if p.state == PROPOSED:
        assert p.reason == "copies" and len(p.candidates) == 2


def test_a_claim_on_a_deleted_copy_is_not_moved_onto_the_other_copy():
    sentence = "The report was leaked to the press."
    old = f"First part. {sentence} Middle part with more words. {sentence} Last part."
    new = f"First part. {sentence} Middle part with more words. Last part."
    first, second = anchor(old, sentence), anchor(old, sentence, 1)
    kept, gone = reanchor(old, new, [first, second])
    assert kept.state == EXACT and kept.start == first.start
    assert gone.state == ORPHAN


def test_an_edited_claim_is_not_moved_onto_an_unchanged_look_alike():
    sentence = "The vendor denies any covert access to the networks."
    old = f"Para one. {sentence} Para two.\n\nOther article. {sentence} End."
    new = old.replace(
        f"Para one. {sentence}", "Para one. The vendor denies any hidden access to the networks."
    )
    (p,) = reanchor(old, new, [anchor(old, sentence)])
    assert p.state == PROPOSED
    assert placed(new, p) == "The vendor denies any hidden access to the networks."


def test_copies_the_diff_cannot_place_are_chosen_by_their_context():
    sentence = "Huawei rejected the claims as groundless."
    moved = f"On Monday the ministry wrote to the vendor. {sentence} The ministry did not reply."
    stays = (
        "The trade fair in Barcelona opened with a long keynote on radio networks, their "
        "standards and the vendors that build them, before the exhibitors opened their stands."
    )
    old = stays + "\n\n" + moved
    # The short paragraph moves to the top, and the sentence is quoted again at the fair:
    # two new copies, neither kept by the diff; only the first has the claim's context.
    new = moved + "\n\n" + stays.replace("keynote", f"keynote. {sentence} Then a talk") + "\n\n"
    (p,) = reanchor(old, new, [anchor(old, sentence)])
    assert p.state == EXACT and p.how == "context" and p.start == new.index(sentence)
    assert len(p.candidates) == 2


def test_copies_the_context_does_not_decide_are_proposed_only_with_a_clear_lead():
    sentence = "Huawei rejected the claims as groundless."
    old = f"On Monday the ministry wrote to us. {sentence} No reply came from them."
    new = (
        f"On Monday the ministry wrote to us. {sentence} It was all.\n\n"
        f"Asked again by the radio: {sentence} That was all."
    )
    (p,) = reanchor(old, new, [anchor(old, sentence)])
    first = new.index(sentence)
    assert p.state == PROPOSED and p.reason == "copies" and p.start == first
    assert sorted(c.start for c in p.candidates) == [first, new.index(sentence, first + 1)]


def test_copies_that_tie_are_not_attached_to_either():
    sentence = "Huawei rejected the claims as groundless."
    old = f"On Monday the ministry wrote. {sentence} No reply came."
    new = f"In a first interview: {sentence} Asked again: {sentence} That was all."
    (p,) = reanchor(old, new, [anchor(old, sentence)])
    assert p.state == ORPHAN and p.reason == "ambiguous" and p.start is None
    first = new.index(sentence)
    assert sorted(c.start for c in p.candidates) == [first, new.index(sentence, first + 1)]


def test_a_copy_that_belongs_to_another_old_copy_is_not_taken():
    sentence = "Huawei rejected the claims as groundless."
    monday = f"Monday. The ministry wrote to the vendor at length. {sentence} The letter was short."
    tuesday = f"Tuesday. At the trade fair the chairman spoke. {sentence} The audience applauded."
    old = f"{monday}\n\n{tuesday}"
    # Tuesday's paragraph moves to the top unchanged; Monday's words are edited.
    edited = monday.replace("groundless", "baseless")
    new = f"{tuesday}\n\n{edited}"
    p_monday, p_tuesday = reanchor(old, new, [anchor(old, sentence), anchor(old, sentence, 1)])
    assert p_monday.state == PROPOSED
    assert placed(new, p_monday) == "Huawei rejected the claims as baseless."
    assert p_tuesday.state == EXACT and p_tuesday.start == new.index(sentence)


def test_overlapping_claims_are_placed_each_on_its_own():
    quotes = [
        "Officials said the vendor had installed a hidden maintenance interface in its routers.",
        "a hidden maintenance interface",
        "in its routers. They added that the interface could be reached",
        "They added that the interface could be reached without the operator's knowledge.",
    ]
    new = OLD.replace("could be reached", "could be accessed remotely")
    anchors = [anchor(OLD, q) for q in quotes]
    whole, inner, across, second = reanchor(OLD, new, anchors)
    assert whole.state == EXACT and placed(new, whole) == quotes[0]
    assert inner.state == EXACT and placed(new, inner) == quotes[1]
    assert across.state == PROPOSED
    assert placed(new, across).startswith("in its routers. They added")
    assert second.state == PROPOSED
    assert placed(new, second) == (
        "They added that the interface could be accessed remotely without the operator's knowledge."
    )


def test_line_end_and_byte_order_mark_differences_alone_place_every_claim_exactly():
    raw = "\ufeff" + OLD.replace("\n", "\r\n")
    new = canonicalise(raw)
    quotes = ["Monday morning. It runs", "routers. They added", "technical evidence.\n\nNeither"]
    anchors = [anchor(OLD, q) for q in quotes]
    placements = reanchor(OLD, new, anchors)
    assert [p.state for p in placements] == [EXACT] * 3
    assert [placed(new, p) for p in placements] == quotes


def test_canonicalise_removes_the_byte_order_mark_and_unifies_line_ends():
    assert canonicalise("\ufeffa\r\nb\rc\nd") == "a\nb\nc\nd"
    assert canonicalise("a\ufeffb") == "a\ufeffb"  # only a leading mark is a byte-order mark


def test_a_short_quote_is_never_placed_approximately():
    old = OLD.replace("hidden maintenance", "hiden maintenance")
    short = anchor(old, "a hiden maintenance")  # 19 characters
    long = anchor(old, "installed a hiden maintenance")
    short_p, long_p = reanchor(old, OLD, [short, long])
    assert short_p.state == ORPHAN and short_p.reason == "too_short"
    assert long_p.state == PROPOSED and placed(OLD, long_p) == "installed a hidden maintenance"


def test_a_short_quote_found_once_elsewhere_without_its_context_is_not_exact():
    old = "The vendor answered at once. Nobody knows. The operator said nothing at all that day."
    new = "The vendor answered at once. The operator, asked again, said: nobody knows."
    (p,) = reanchor(old, new, [anchor(old, "Nobody knows.")])
    assert p.state != EXACT


def test_two_equally_close_passages_make_an_orphan_with_both_candidates():
    old = "Start. The vendor denies any covert access to the networks. End."
    variant = "The vendor denies any secret access to the networks."
    new = f"Other text here. {variant} More.\n\nAnd more text. {variant} Done."
    (p,) = reanchor(old, new, [anchor(old, "The vendor denies any covert access to the networks.")])
    assert p.state == ORPHAN and p.reason in {"ambiguous", "weak"}
    assert len(p.candidates) >= 2


def test_candidates_for_review_come_best_first():
    old = OLD.replace("maintenance", "maintenence")
    a = anchor(old, "Officials said the vendor had installed a hidden maintenence interface")
    (p,) = reanchor(old, OLD, [a])
    scores = [c.score for c in p.candidates]
    assert scores == sorted(scores, reverse=True) and p.score == scores[0]


def test_offsets_count_python_characters_beyond_the_basic_plane():
    old = "Emoji 😀 first. The vendor denies any covert access to the networks. 😀 End."
    new = "😀😀 " + old
    a = anchor(old, "The vendor denies any covert access to the networks.")
    (p,) = reanchor(old, new, [a])
    assert p.state == EXACT and placed(new, p) == a.quote


def test_texts_of_many_distinct_characters_are_searched_approximately_too():
    cjk = "".join(chr(0x4E00 + i) for i in range(600))
    old = cjk[:300] + "。華為否認了所有指控，並表示從未訪問過任何網絡。" + cjk[300:]
    new = old.replace("從未訪問過", "從來沒有訪問過")
    a = anchor(old, "華為否認了所有指控，並表示從未訪問過任何網絡。")
    (p,) = reanchor(old, new, [a])
    assert (
        p.state == PROPOSED
        and placed(new, p) == "華為否認了所有指控，並表示從來沒有訪問過任何網絡。"
    )


def test_a_quote_that_does_not_match_the_old_text_is_refused():
    with pytest.raises(ValueError, match="does not match"):
        reanchor(OLD, OLD, [Anchor(0, 5, "wrong")])


# A cleaner translation of the seed article's second and fourth paragraphs (written for this
# test): the words of the claims on them change, most of all in the garbled sentences.
CLEANER_SECOND = (
    "The U.S. government's claim that it can prove Huawei is able to get into mobile networks "
    "came from Robert O'Brien, the National Security Advisor, by way of the Wall Street Journal. "
    "Until now the U.S. government had declined to give concrete evidence for its allegations "
    "against Huawei; the change of policy is thought to come from its urgency after allies such "
    "as Germany and the United Kingdom failed to shut Huawei out."
)
CLEANER_FOURTH = (
    "Huawei issued a media statement in reply to the Wall Street Journal and the U.S. "
    "government. 'Huawei has never and will never covertly access telecom networks,' the "
    "statement said. 'The Wall Street Journal is clearly aware that the U.S. government cannot "
    "provide any evidence to support its claims. Yet it still chose to repeat the lies spread by "
    "the U.S. government,' the company said, accusing the Wall Street Journal of bias against "
    "Huawei."
)
# Where each re-translated claim's words went, if anywhere.
COUNTERPARTS = {
    "us-2": "it can prove Huawei is able to get into mobile networks",
    "hw-2": "Huawei has never and will never covertly access telecom networks",
    "hw-3": "The Wall Street Journal is clearly aware that the U.S. government cannot provide any "
    "evidence to support its claims.",
    "hw-4": "Yet it still chose to repeat the lies spread by the U.S. government",
    "hw-5": "accusing the Wall Street Journal of bias against Huawei.",
}


def _seed() -> tuple[str, list[dict]]:
    case = json.loads(seed_case_bytes())
    return case["sources"][0]["text"], case["claims"]


def _not_wrong(new: str, claim: dict, placement: Placement) -> None:
    """A re-translated claim is an orphan, or proposed on its counterpart; never exact."""
    assert placement.state != EXACT, claim["id"]
    if placement.state == PROPOSED:
        counterpart = COUNTERPARTS[claim["id"]]
        at = new.index(counterpart)
        overlap = min(placement.end, at + len(counterpart)) - max(placement.start, at)
        assert overlap >= len(counterpart) / 2, claim["id"]


def test_a_cleaner_translation_of_two_paragraphs_leaves_orphans_and_proposals_none_wrong():
    old, claims = _seed()
    paragraphs = old.split("\n\n")
    paragraphs[1], paragraphs[3] = CLEANER_SECOND, CLEANER_FOURTH
    new = "\n\n".join(paragraphs)
    anchors = [Anchor(c["start"], c["end"], c["quote"]) for c in claims]
    placements = reanchor(old, new, anchors)
    states = {}
    for claim, placement in zip(claims, placements, strict=True):
        if claim["id"] in COUNTERPARTS:
            _not_wrong(new, claim, placement)
            states[claim["id"]] = placement.state
        else:
            assert placement.state == EXACT and placed(new, placement) == claim["quote"]
    assert set(states.values()) == {ORPHAN, PROPOSED}


def test_a_whole_re_translation_places_no_claim_wrongly():
    old, claims = _seed()
    new = CLEANER_SECOND + "\n\n" + CLEANER_FOURTH  # the new version has only these two
    anchors = [Anchor(c["start"], c["end"], c["quote"]) for c in claims]
    placements = reanchor(old, new, anchors)
    for claim, placement in zip(claims, placements, strict=True):
        if claim["id"] in COUNTERPARTS:
            _not_wrong(new, claim, placement)
        else:
            assert placement.state == ORPHAN, claim["id"]
    assert sum(p.state == ORPHAN for p in placements) >= len(claims) - 2
