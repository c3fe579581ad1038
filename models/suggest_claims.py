"""Suggested claims: a source cut into sentences (or clauses), each with a likely speaker and kind.

Sentences come from sentencex (rule-based, exact code-point offsets, nothing downloaded); clauses
and the speaker and kind cues are our own rules, kept here where an analyst can read them. A
suggestion is only a proposal: the analyst accepts, drags or rejects it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from models.sources.base import paragraph_spans


@dataclass(frozen=True)
class ClaimSuggestion:
    """A span of the source that may be a claim, with the speaker and kind it suggests."""

    start: int
    end: int
    quote: str
    speaker: str | None
    kind: str


_CLOSERS = ".!?…%"
_BRACKETS = {")": "(", "]": "[", "»": "«", "”": "“", "’": "‘"}


def _is_word(char: str) -> bool:
    # Letters, digits and symbols (currency, maths, emoji); not punctuation, spaces or accents.
    category = unicodedata.category(char)
    return category[0] in "LN" or category in ("Sc", "Sm", "So")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span shrunk to its words (letters, digits, symbols), keeping the closing punctuation
    of its sentence, and a closing bracket or quote only if it opens inside the span."""
    while start < end and not _is_word(text[start]):
        start += 1
    last = end
    while last > start and not _is_word(text[last - 1]):
        last -= 1
    while last < end:
        char = text[last]
        if char in _CLOSERS or (char in _BRACKETS and _BRACKETS[char] in text[start:last]):
            last += 1
        else:
            break
    return start, last


def sentence_spans(text: str, language: str = "en") -> list[tuple[int, int]]:
    """The sentences of a text, paragraph by paragraph, trimmed to their words."""
    import sentencex

    spans = []
    for p_start, p_end in paragraph_spans(text):
        paragraph = text[p_start:p_end]
        for found in sentencex.get_sentence_boundaries(language, paragraph):
            start, end = trim(text, p_start + found["start_index"], p_start + found["end_index"])
            if start < end:
                spans.append((start, end))
    return spans


# Where a sentence may be cut into clauses: ; and : (not inside a time or an address), and
# before a contrastive conjunction after a comma. The conjunction itself joins, so it is left out.
_CUTS = re.compile(
    r"(?P<mark>[;:])(?![/\d])\s*(?:however,?\s+)?"
    r"|,\s+(?P<conj>even though|although|though|whereas|but|yet|while)\s+(?!also\b)",
    re.IGNORECASE,
)
_LEADING = re.compile(r"(?P<conj>although|though|even though|whereas|while)\s+", re.IGNORECASE)
_MIN_WORDS = 3


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of one sentence by our own rules; a sentence with none is one clause."""
    pieces = []
    cursor = start
    lead = _LEADING.match(text, start, end)
    if lead:
        comma = text.find(",", lead.end(), end)
        if comma != -1:
            pieces.append((lead.end(), comma))
            cursor = comma + 1
    for cut in _CUTS.finditer(text, cursor, end):
        if "not only" in text[cursor : cut.start()].lower():
            continue  # "not only …, but also …" is one thought
        pieces.append((cursor, cut.start()))
        cursor = cut.end()
    pieces.append((cursor, end))
    spans = [trim(text, a, b) for a, b in pieces]
    spans = [(a, b) for a, b in spans if a < b]
    if len(spans) < 2 or any(len(text[a:b].split()) < _MIN_WORDS for a, b in spans):
        return [trim(text, start, end)]
    return spans


_NAME = (
    r"(?:the\s+)?(?:[A-Z][\w'’.\-]*)(?:\s+(?:[A-Z][\w'’.\-]*|of|de|van|von|al))*"
    r"(?:\s+(?:government|officials?|spokes(?:person|man|woman)|ministry|company|embassy|"
    r"administration|statement))?"
)
_VERBS = (
    r"(?:said|says|stated|states|claimed|claims|added|adds|argued|argues|insisted|insists|"
    r"denied|denies|wrote|writes|told|pointed out|points out|noted|notes|explained|explains|"
    r"responded|replied|alleged|alleges|warned|warns|maintained|maintains|announced|declared)"
)
_ADVERB = r"(?:\s+(?:also|further|later|again|previously|then|himself|herself|itself|themselves))?"
_SPEAKER = [
    re.compile(rf"\b[Aa]ccording to (?P<name>{_NAME})"),
    re.compile(rf"\b(?:made|issued|said|stated|written|reported) by (?P<name>{_NAME})"),
    re.compile(rf"(?:^|[,;'’”`]\s*)(?P<name>{_NAME}){_ADVERB}\s+{_VERBS}\b"),
    re.compile(rf",?\s*{_VERBS}\s+(?P<name>{_NAME})\s*[.,]"),
]
_NOT_NAMES = {
    "it", "he", "she", "they", "we", "i", "you", "this", "that", "there", "the", "in", "a", "an",
    "but", "and", "still", "regarding", "until", "although", "if", "mention",
}  # fmt: skip


def suggest_speaker(sentence: str) -> str | None:
    """The speaker a sentence names ("…, Huawei said", "according to O'Brien"), if any."""
    for pattern in _SPEAKER:
        for match in pattern.finditer(sentence):
            name = match.group("name").strip(" .,")
            if name.lower() not in _NOT_NAMES and name.split()[0].lower() not in _NOT_NAMES:
                return name
            if name.lower().startswith("the ") and len(name.split()) > 1:
                return name
    return None


def _cues(*words: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


# Cue words per kind, from the vocabulary's meanings (models/vocabulary.py CLAIM_KINDS).
KIND_CUES = {
    "denial": _cues(
        r"never", r"den(?:y|ies|ied)", r"not true", r"false(?:ly)?", r"cannot", r"can't",
        r"(?:did|does|do|has|have|had|is|was|were|are) not", r"no such", r"reject(?:s|ed)?",
        r"refut\w*", r"baseless", r"unfounded",
    ),
    "accusation": _cues(
        r"back ?doors?", r"spy", r"spie[sd]", r"spying", r"espionage", r"illegal(?:ly)?",
        r"secret(?:ly)?", r"covert(?:ly)?", r"intercept(?:ed|ing|s)?", r"penetrat\w*", r"steal\w*",
        r"stole", r"theft", r"fraud\w*", r"abus\w*", r"violat\w*", r"accus\w*", r"guilty",
    ),
    "counter_accusation": _cues(
        r"history of", r"in the first place", r"itself", r"hypocri\w*", r"double standards?",
        r"lies", r"lied", r"stigmati[sz]\w*", r"smear\w*", r"own", r"for decades",
    ),
    "appeal_to_standard": _cues(
        r"standards?", r"comply", r"complies", r"complian\w*", r"conform\w*", r"regulat\w*",
        r"lawful", r"laws?", r"legal(?:ly)?", r"obliged", r"required", r"requirements?",
        r"certif\w*", r"3GPP", r"ETSI", r"ISO", r"rules?",
    ),
    "opinion": _cues(
        r"apparently", r"believe[sd]?", r"think", r"feel", r"seems?", r"indignant", r"outrage\w*",
        r"regret\w*", r"clearly", r"obviously", r"unfortunately", r"bias\w*", r"blam\w*",
        r"should", r"must", r"very",
    ),
}  # fmt: skip
# On a tie the first kind wins: a denial is the sharpest move, a factual assertion the default.
_ORDER = ("denial", "counter_accusation", "accusation", "appeal_to_standard", "opinion")


def suggest_kind(sentence: str, role: str | None = None) -> str:
    """The claim kind a sentence's cue words suggest; on the response side an accusation is a
    counter-accusation."""
    hits = {kind: len(KIND_CUES[kind].findall(sentence)) for kind in _ORDER}
    if role == "response":
        hits["counter_accusation"] += hits.pop("accusation")
    elif role == "allegation":
        hits["accusation"] += hits.pop("counter_accusation")
    best = max(hits.values())
    if best == 0:
        return "factual_assertion"
    return next(kind for kind in _ORDER if hits.get(kind) == best)


def suggest_claims(
    text: str, *, clauses: bool = False, role: str | None = None, language: str = "en"
) -> list[ClaimSuggestion]:
    """Every sentence (or, on request, every clause) of a source as a suggested claim."""
    suggestions = []
    for s_start, s_end in sentence_spans(text, language):
        sentence = text[s_start:s_end]
        speaker = suggest_speaker(sentence)
        spans = clause_spans(text, s_start, s_end) if clauses else [(s_start, s_end)]
        for start, end in spans:
            quote = text[start:end]
            suggestions.append(
                ClaimSuggestion(start, end, quote, speaker, suggest_kind(quote, role))
            )
    return suggestions
