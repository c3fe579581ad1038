"""Suggested links: for an allegation claim, the response claims most like it, with a relation.

Similarity is scikit-learn's TF-IDF over word (1-2) and character (3-5, within words) n-grams,
fitted on the case's own claims, compared by cosine; a response that quotes the allegation
(four or more words in a row) ranks at least as high as its share of the allegation quoted.
The relation comes from cue words in the response (see RELATION_CUES), else from its kind.
docs/suggestions.md says why this method and how well it does on the Huawei case.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class ClaimText:
    """What suggestions need of a claim: its key, side, words and (if assessed) kind."""

    key: str
    role: str  # "allegation" or "response"
    text: str
    kind: str | None = None


@dataclass(frozen=True)
class LinkSuggestion:
    """A response claim proposed as an answer to an allegation, with a score and a relation."""

    allegation_key: str
    response_key: str
    score: float  # 0..1: cosine similarity, raised for a response that quotes the allegation
    relation: str  # one of models.vocabulary.RELATIONS


def claim_texts(claims: Iterable) -> list[ClaimText]:
    """ClaimText records from claims of a snapshot (models.snapshot.ClaimView) or alike."""
    return [
        ClaimText(c.key, c.role, getattr(c, "quote", None) or getattr(c, "text", ""), c.kind)
        for c in claims
    ]


def _cues(*words: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


# What each relation sounds like, from its meaning in models/vocabulary.py; the first relation
# with the most cue words wins, so the list runs from the most specific move to the least.
RELATION_CUES = {
    "concedes": _cues(
        r"admit\w*", r"acknowledg\w*", r"conced\w*", r"it is true", r"we accept", r"regrettabl\w*",
        r"mistakes?", r"errors?",
    ),
    "questions_evidence": _cues(
        r"evidence", r"proofs?", r"prove[ns]?", r"disclos\w*", r"substantiat\w*",
        r"unsubstantiated", r"show us", r"any facts?", r"sources?",
    ),
    "denies": _cues(
        r"never", r"den(?:y|ies|ied)", r"not true", r"false(?:ly)?", r"cannot", r"can't",
        r"(?:did|does|do|has|have|had|is|was|were|are) not", r"no such", r"reject(?:s|ed)?",
        r"refut\w*", r"baseless", r"unfounded", r"none",
    ),
    "counter_accuses": _cues(
        r"spy", r"spie[sd]", r"spying", r"espionage", r"history of", r"hypocri\w*",
        r"double standards?", r"lies", r"lied", r"stigmati[sz]\w*", r"smear\w*", r"itself",
        r"secretly", r"surveillance",
    ),
    "rebuts": _cues(
        r"standards?", r"comply", r"complies", r"complian\w*", r"conform\w*", r"only",
        r"in fact", r"actually", r"contrary", r"rather",
    ),
    "clarifies": _cues(
        r"lawful", r"requirements?", r"obliged", r"means?", r"refers? to", r"in other words",
        r"specifically", r"context",
    ),
    "deflects": _cues(
        r"blam\w*", r"bias\w*", r"media", r"press", r"politic\w*", r"instead", r"agenda",
        r"distract\w*", r"what about",
    ),
}  # fmt: skip
# When no cue word speaks, the response's kind (if the analyst set it) decides.
RELATION_OF_KIND = {
    "denial": "denies",
    "counter_accusation": "counter_accuses",
    "accusation": "counter_accuses",
    "appeal_to_standard": "rebuts",
    "opinion": "deflects",
    "factual_assertion": "clarifies",
}
DEFAULT_RELATION = "rebuts"


def propose_relation(response: str, kind: str | None = None) -> str:
    """The relation a response's words suggest it has to the allegation it answers."""
    hits = {relation: len(pattern.findall(response)) for relation, pattern in RELATION_CUES.items()}
    best = max(hits.values())
    if best == 0:
        return RELATION_OF_KIND.get(kind or "", DEFAULT_RELATION)
    return next(relation for relation, count in hits.items() if count == best)


_WORD = re.compile(r"\w+")
_QUOTE_RUN = 4  # words in a row that make a quotation rather than a coincidence


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {tuple(words[i : i + _QUOTE_RUN]) for i in range(len(words) - _QUOTE_RUN + 1)}


_DENSE_LIMIT = 25_000_000  # features x responses held dense: at most 100 MB of float32


def _dense(product):
    return product.toarray() if hasattr(product, "toarray") else product


class LinkIndex:
    """The case's claims, vectorised once; asked for each allegation's best responses."""

    def __init__(self, claims: Iterable) -> None:
        from scipy.sparse import hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.preprocessing import normalize

        claims = [c if isinstance(c, ClaimText) else claim_texts([c])[0] for c in claims]
        self.allegations = [c for c in claims if c.role == "allegation"]
        self.responses = [c for c in claims if c.role == "response"]
        self._row = {c.key: i for i, c in enumerate(self.allegations)}
        texts = [c.text for c in claims] or [""]
        # Function words ("the", "has") say nothing about what a claim is about.
        words = TfidfVectorizer(
            analyzer="word", ngram_range=(1, 2), sublinear_tf=True, stop_words="english"
        )
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
        try:
            word_matrix = words.fit_transform(texts)
        except ValueError:  # no words at all (every claim empty or punctuation)
            word_matrix = None
        char_matrix = chars.fit_transform(texts)
        matrix = char_matrix if word_matrix is None else hstack([word_matrix, char_matrix])
        # float32 throughout: a float64 side would make every product convert the other side.
        matrix = normalize(matrix.tocsr()).astype("float32")
        roles = [c.role for c in claims]
        self._alleg = matrix[[i for i, r in enumerate(roles) if r == "allegation"]]
        self._resp = matrix[[i for i, r in enumerate(roles) if r == "response"]].T.tocsr()
        if self._resp.shape[0] * self._resp.shape[1] <= _DENSE_LIMIT:
            # Sparse rows times a dense matrix is several times faster than sparse times sparse
            # when, as here, nearly every allegation shares some n-gram with every response.
            self._resp = self._resp.toarray()
        self._quoted: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for j, response in enumerate(self.responses):
            for shingle in _shingles(response.text):
                self._quoted[shingle].append(j)
        self._relations = [propose_relation(r.text, r.kind) for r in self.responses]

    def _quote_scores(self, allegation: ClaimText) -> dict[int, float]:
        shingles = _shingles(allegation.text)
        shared: dict[int, int] = defaultdict(int)
        for shingle in shingles:
            for j in self._quoted.get(shingle, ()):
                shared[j] += 1
        # A response quoting all of the allegation scores 1; quoting a third of it, about 0.8.
        return {j: 0.7 + 0.3 * count / len(shingles) for j, count in shared.items()}

    def _rank(self, row: int, scores, top: int, exclude: set) -> list[LinkSuggestion]:
        import numpy as np

        allegation = self.allegations[row]
        scores = np.asarray(scores, dtype=float).ravel()
        for j, quoted in self._quote_scores(allegation).items():
            scores[j] = max(scores[j], quoted)
        wanted = min(len(scores), top + sum(1 for a, _ in exclude if a == allegation.key))
        if wanted <= 0:
            return []
        best = np.argpartition(-scores, wanted - 1)[:wanted]
        order = best[np.lexsort((best, -scores[best]))]  # by score, then in the case's order
        found = []
        for j in order:
            if len(found) >= top:
                break
            key = self.responses[j].key
            if (allegation.key, key) in exclude:
                continue
            found.append(
                LinkSuggestion(allegation.key, key, round(float(scores[j]), 4), self._relations[j])
            )
        return found

    def suggest(
        self, allegation_key: str, top: int = 3, exclude: Iterable[tuple[str, str]] = ()
    ) -> list[LinkSuggestion]:
        """The best `top` responses to one allegation, best first; excluded pairs skipped."""
        row = self._row[allegation_key]
        if not self.responses:
            return []
        scores = _dense(self._alleg[row] @ self._resp)
        return self._rank(row, scores, top, set(exclude))

    def suggest_all(
        self, top: int = 3, exclude: Iterable[tuple[str, str]] = (), block: int = 256
    ) -> list[LinkSuggestion]:
        """The best `top` responses to every allegation, in the allegations' order."""
        exclude = set(exclude)
        found: list[LinkSuggestion] = []
        if not self.responses:
            return found
        # A block of rows at a time: the whole score matrix of a large case would not fit.
        for first in range(0, len(self.allegations), block):
            scores = _dense(self._alleg[first : first + block] @ self._resp)
            for offset, row_scores in enumerate(scores):
                found.extend(self._rank(first + offset, row_scores, top, exclude))
        return found


def suggest_links(
    claims: Iterable, top: int = 3, exclude: Iterable[tuple[str, str]] = ()
) -> list[LinkSuggestion]:
    """The best `top` responses to every allegation of a case's claims."""
    return LinkIndex(claims).suggest_all(top, exclude)
