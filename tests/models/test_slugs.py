"""Case slugs: made from any title, within the case file's limit, unique also with -2, -3."""

from __future__ import annotations

import pytest

from models.casefile import schema
from models.schema import Case
from models.slugs import SLUG_MAX_LENGTH, is_slug, slug_from_title, unique_slug


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Huawei backdoor, 2020", "huawei-backdoor-2020"),
        ("Straße über Zürich — “Quote”", "strasse-uber-zurich-quote"),
        ("Москва отвечает", "moskva-otvechaet"),
        ("北京声明", "beijingshengming"),
        ("«!!!»", "case"),
        ("  --Already-a-slug--  ", "already-a-slug"),
    ],
)
def test_a_title_becomes_a_slug_the_case_file_accepts(title, slug):
    assert slug_from_title(title) == slug
    assert is_slug(slug)


def test_the_limit_is_the_case_files_and_the_stores():
    assert schema()["properties"]["slug"]["maxLength"] == SLUG_MAX_LENGTH
    assert Case.__table__.c.slug.type.length == SLUG_MAX_LENGTH


def test_a_long_title_is_cut_at_a_word_within_the_limit():
    slug = slug_from_title("word " * 100)
    assert len(slug) <= SLUG_MAX_LENGTH and is_slug(slug)
    assert slug.endswith("word")


def test_a_taken_slug_at_the_limit_stays_within_it_with_its_number(store):
    long = "a" * SLUG_MAX_LENGTH
    with store.transaction() as s:
        for _ in range(11):
            slug = unique_slug(s, long)
            assert len(slug) <= SLUG_MAX_LENGTH and is_slug(slug)
            s.add(Case(slug=slug, title="T", description=""))
            s.flush()
        assert slug.endswith("-11")
