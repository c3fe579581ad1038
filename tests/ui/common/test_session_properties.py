"""Property: through any run of edits, refusals, undos and redos on a real CaseSession, the store
equals what the session shows, an undo or redo gives back the state it should, and a refused edit
changes nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import library
from models.casefile import case_to_dict
from models.claim_edits import update_claim
from models.operations import add_link, remove_link, set_assessment
from models.vocabulary import RELATIONS, STATUSES
from tests.strategies import optional, text

CI = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

INDEX = st.integers(0, 999)
STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("assess"), INDEX, st.sampled_from(STATUSES), text()),
        st.tuples(st.just("update"), INDEX, optional(text()), text()),
        st.tuples(st.just("link"), INDEX, INDEX, st.sampled_from(RELATIONS), text()),
        st.tuples(st.just("unlink"), INDEX),
        st.tuples(st.just("refused"), INDEX, st.sampled_from(["long", "nul", "surrogate", "word"])),
        st.just(("undo",)),
        st.just(("redo",)),
    ),
    max_size=14,
)


def _edit(session, step) -> bool:
    """Make one edit through CaseSession.perform; the domain edit brings its own undo."""
    snap = session.snapshot
    claims = snap.claims
    kind = step[0]
    if kind == "assess":
        claim = claims[step[1] % len(claims)]
        return (
            session.perform(
                "Assess",
                lambda store, author: set_assessment(
                    store, claim.id, status=step[2], rationale=step[3], author=author
                ),
            )
            is not None
        )
    if kind == "update":
        claim = claims[step[1] % len(claims)]
        return (
            session.perform(
                "Edit claim",
                lambda store, author: update_claim(
                    store, claim.id, paraphrase=step[2], notes=step[3], author=author
                ),
            )
            is not None
        )
    if kind == "link":
        allegations = [c for c in claims if c.role == "allegation"]
        responses = [c for c in claims if c.role == "response"]
        a = allegations[step[1] % len(allegations)]
        r = responses[step[2] % len(responses)]
        return (
            session.perform(
                "Link",
                lambda store, author: add_link(
                    store, a.id, r.id, step[3], note=step[4], author=author
                )[1],
            )
            is not None
        )
    if kind == "unlink":
        if not snap.links:
            return False
        gone = snap.links[step[1] % len(snap.links)]
        return (
            session.perform(
                "Unlink", lambda store, author: remove_link(store, gone.id, author=author)
            )
            is not None
        )
    claim = claims[step[1] % len(claims)]
    bad = {
        "long": {"rationale": "r" * 20001},
        "nul": {"rationale": "a\x00b"},
        "surrogate": {"rationale": "a\ud800b"},
        "word": {"status": "probably"},
    }[step[2]]
    done = session.perform(
        "Refused", lambda store, author: set_assessment(store, claim.id, author=author, **bad)
    )
    assert done is None, f"the store took {step[2]!r}"
    return False


def run_steps(session, slug: str, steps) -> None:
    """Run the steps; after each, check the store against the session and the history."""
    stack = session.undo_stack
    history = [library.export_data(session.store, slug)]
    at = 0
    for step in steps:
        before = library.export_data(session.store, slug)
        count = stack.count()
        if step[0] == "undo":
            if stack.canUndo():
                stack.undo()
                at -= 1
        elif step[0] == "redo":
            if stack.canRedo():
                stack.redo()
                at += 1
        elif _edit(session, step):
            history[at + 1 :] = [library.export_data(session.store, slug)]
            at += 1
        else:  # refused: nothing changed, not even the history
            assert library.export_data(session.store, slug) == before
            assert stack.count() == count
        shown = case_to_dict(session.snapshot)
        assert shown == library.export_data(session.store, slug), f"after {step}"
        assert shown == history[at], f"after {step}"
        assert stack.index() == at


@CI
@given(steps=STEPS)
def test_the_store_always_equals_what_the_session_shows(store, qapp, steps):
    from ui.common.session import CaseSession

    slug = library.import_data(store, library.export_data(store, library.SEED_SLUG))
    session = CaseSession(store, author="Fuzzer")
    session.open_case(slug)
    run_steps(session, slug, steps)
