"""The translatable vocabulary table stays in step with models.vocabulary."""

from __future__ import annotations

from models import vocabulary
from ui.common import labels as words


def test_every_vocabulary_word_is_marked_for_translation_with_the_same_english(qapp):
    assert words.LABELS == vocabulary.LABELS
    assert words.RELIABILITY == vocabulary.RELIABILITY_MEANING
    assert words.CREDIBILITY == vocabulary.CREDIBILITY_MEANING
    for key in vocabulary.LABELS:
        assert words.word(key) == vocabulary.label(key)  # no translator loaded: English


def test_every_registered_export_format_has_a_translatable_name(qapp):
    import models.grading  # noqa: F401 - registers "student-copy"
    from models.exports import FORMATS
    from ui.pdf.formats import register_pdf_formats

    register_pdf_formats()

    for key, fmt in FORMATS.items():
        assert words.FORMATS.get(key) == fmt.label, key


def test_the_grade_tooltip_says_what_the_grade_means(qapp):
    tip = words.grade_tooltip("B", 2)
    assert "Usually reliable" in tip and "Probably true" in tip
