"""The case's vocabulary in the reader's language: every word of models.vocabulary, and the
export formats' names, marked for translation where a translator's tools can find them.

`self.tr(label(kind))` cannot be extracted (the text is not a literal); these tables can. The
English here must match models.vocabulary, which exports use; a test keeps the two in step.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.vocabulary import label
from ui.common.tooltips import rich_tooltip

CONTEXT = "Words"

LABELS = {
    "allegation": QT_TRANSLATE_NOOP("Words", "Allegation"),
    "response": QT_TRANSLATE_NOOP("Words", "Response"),
    "factual_assertion": QT_TRANSLATE_NOOP("Words", "Factual assertion"),
    "accusation": QT_TRANSLATE_NOOP("Words", "Accusation"),
    "denial": QT_TRANSLATE_NOOP("Words", "Denial"),
    "counter_accusation": QT_TRANSLATE_NOOP("Words", "Counter-accusation"),
    "appeal_to_standard": QT_TRANSLATE_NOOP("Words", "Appeal to a standard"),
    "opinion": QT_TRANSLATE_NOOP("Words", "Opinion"),
    "unassessed": QT_TRANSLATE_NOOP("Words", "Unassessed"),
    "supported": QT_TRANSLATE_NOOP("Words", "Supported"),
    "unsupported": QT_TRANSLATE_NOOP("Words", "Unsupported assertion"),
    "disputed": QT_TRANSLATE_NOOP("Words", "Disputed"),
    "unverifiable": QT_TRANSLATE_NOOP("Words", "Unverifiable"),
    "denies": QT_TRANSLATE_NOOP("Words", "denies"),
    "rebuts": QT_TRANSLATE_NOOP("Words", "rebuts"),
    "concedes": QT_TRANSLATE_NOOP("Words", "concedes"),
    "counter_accuses": QT_TRANSLATE_NOOP("Words", "counter-accuses"),
    "deflects": QT_TRANSLATE_NOOP("Words", "deflects"),
    "questions_evidence": QT_TRANSLATE_NOOP("Words", "questions the evidence"),
    "clarifies": QT_TRANSLATE_NOOP("Words", "clarifies"),
    "supports": QT_TRANSLATE_NOOP("Words", "supports"),
    "contradicts": QT_TRANSLATE_NOOP("Words", "contradicts"),
    "context": QT_TRANSLATE_NOOP("Words", "context"),
    "document": QT_TRANSLATE_NOOP("Words", "Document"),
    "report": QT_TRANSLATE_NOOP("Words", "Report"),
    "standard": QT_TRANSLATE_NOOP("Words", "Standard"),
    "leak": QT_TRANSLATE_NOOP("Words", "Leak"),
    "testimony": QT_TRANSLATE_NOOP("Words", "Testimony"),
}

RELIABILITY = {
    "A": QT_TRANSLATE_NOOP("Words", "Completely reliable"),
    "B": QT_TRANSLATE_NOOP("Words", "Usually reliable"),
    "C": QT_TRANSLATE_NOOP("Words", "Fairly reliable"),
    "D": QT_TRANSLATE_NOOP("Words", "Not usually reliable"),
    "E": QT_TRANSLATE_NOOP("Words", "Unreliable"),
    "F": QT_TRANSLATE_NOOP("Words", "Reliability cannot be judged"),
}

CREDIBILITY = {
    1: QT_TRANSLATE_NOOP("Words", "Confirmed by other sources"),
    2: QT_TRANSLATE_NOOP("Words", "Probably true"),
    3: QT_TRANSLATE_NOOP("Words", "Possibly true"),
    4: QT_TRANSLATE_NOOP("Words", "Doubtful"),
    5: QT_TRANSLATE_NOOP("Words", "Improbable"),
    6: QT_TRANSLATE_NOOP("Words", "Truth cannot be judged"),
}

# The export registry's names (models.exports and the PDF modules register them in English).
FORMATS = {
    "pdf": QT_TRANSLATE_NOOP("Words", "PDF document"),
    "html": QT_TRANSLATE_NOOP("Words", "HTML page"),
    "md": QT_TRANSLATE_NOOP("Words", "Markdown"),
    "csv": QT_TRANSLATE_NOOP("Words", "CSV table"),
    "json": QT_TRANSLATE_NOOP("Words", "Counterpoint case file"),
    "w3c": QT_TRANSLATE_NOOP("Words", "W3C Web Annotations"),
    "student-copy": QT_TRANSLATE_NOOP("Words", "Student copy (case file)"),
    "worksheet": QT_TRANSLATE_NOOP("Words", "Worksheet for students (PDF)"),
    "answer-key": QT_TRANSLATE_NOOP("Words", "Answer key (PDF)"),
}


# The status words of the status bar's counts ("3 unsupported"), in lower case.
COUNTED = {
    "unassessed": QT_TRANSLATE_NOOP("Words", "unassessed"),
    "supported": QT_TRANSLATE_NOOP("Words", "supported"),
    "unsupported": QT_TRANSLATE_NOOP("Words", "unsupported"),
    "disputed": QT_TRANSLATE_NOOP("Words", "disputed"),
    "unverifiable": QT_TRANSLATE_NOOP("Words", "unverifiable"),
}

# How the window marks a claim not placed in its source's current version (models/revisions.py).
# The orphan's words are those of every export (models.exports.content.ANCHOR_MARKS).
ANCHOR_MARKS = {
    "orphan": QT_TRANSLATE_NOOP("Words", "Not in the current version"),
    "proposed": QT_TRANSLATE_NOOP("Words", "To review"),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def word(key: str) -> str:
    """A vocabulary word (a status, kind, relation, stance, role) in the reader's language."""
    english = LABELS.get(key)
    return _translate(english) if english is not None else label(key)


def counted(status: str) -> str:
    """A status as the status bar counts it ("3 unsupported")."""
    english = COUNTED.get(status)
    return _translate(english) if english is not None else label(status)


def anchor_mark(state: str) -> str:
    """The mark of a claim's anchoring state ("" for a claim placed in the current version)."""
    english = ANCHOR_MARKS.get(state)
    return _translate(english) if english is not None else ""


def format_name(key: str, fallback: str) -> str:
    """An export format's name in the reader's language (fallback: its registered name)."""
    english = FORMATS.get(key)
    return _translate(english) if english is not None else fallback


def reliability_meaning(grade: str) -> str:
    """What a source-reliability letter (A–F) means."""
    english = RELIABILITY.get(grade)
    return _translate(english) if english is not None else "?"


def credibility_meaning(grade: int) -> str:
    """What an information-credibility number (1–6) means."""
    english = CREDIBILITY.get(grade)
    return _translate(english) if english is not None else "?"


def grade_tooltip(reliability: str, credibility: int) -> str:
    """The meaning of an Admiralty grade such as "B2", as an (escaped) tooltip."""
    text = QCoreApplication.translate(
        "Words", "Source reliability %1: %2\nInformation credibility %3: %4"
    )
    for place, value in (
        ("%1", reliability),
        ("%2", reliability_meaning(reliability)),
        ("%3", str(credibility)),
        ("%4", credibility_meaning(credibility)),
    ):
        text = text.replace(place, value, 1)
    return rich_tooltip(text)
