"""Officials: **<Unit> Manager <Body>** — a capitalised word right before a bare English post word
(`Manager`, `Officer`, `CEO` …) that is no name's word is a unit of the post the `english_unit`
list lacks (Husbandry Manager, Relationship Manager, Health Manager): no holder before the post,
and no unsure "holder" after it (session 41, news-raw: four such holders, all wrong, among them
a product's feature, `Health Manager Outdoor Companion`). A given name or the model's person
before the post, and a listed unit, keep their readings. Every sentence is written for the
test: names are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import official_record as _rec

from .test_roles import _officials, _per

APPOSED = "the holder named before the comma takes no post with an unlisted unit yet"


def test_an_english_word_that_is_no_post_gives_no_holder() -> None:
    s = "Jam tangan itu adalah Health Manager Outdoor Companion bagi penggunanya."
    assert _officials(s, []) == []


def test_an_unlisted_unit_before_the_post_is_no_holder() -> None:
    s = "Hal itu disampaikan Husbandry Manager Bali Safari kepada wartawan."
    assert _officials(s, []) == []


def test_an_unlisted_unit_in_a_list_of_jobs_is_no_holder() -> None:
    s = "Ia pernah bekerja di Bank Permata, lalu sebagai Relationship Manager si Bank Niaga."
    assert _officials(s, []) == []


def test_a_given_name_before_the_post_holds_it() -> None:
    s = "Hal itu disampaikan Budi Manager PT Sinar Jaya kepada wartawan."
    assert _officials(s, []) == [_rec(s, "Budi Manager PT Sinar Jaya", "Budi", "Manager PT Sinar Jaya")]


def test_a_listed_unit_keeps_its_holder_after_the_body() -> None:
    s = "Country Manager Google Indonesia Budi Santoso mengungkapkan hal itu."
    assert _officials(s, _per(s, "Budi Santoso")) == [
        _rec(
            s,
            "Country Manager Google Indonesia Budi Santoso",
            "Budi Santoso",
            "Country Manager Google Indonesia",
        )
    ]


@pytest.mark.xfail(strict=True, reason=APPOSED)
def test_the_name_before_the_comma_holds_the_post_with_its_unit() -> None:
    s = "Gajah itu bernama Rose, ujar Ayudis Husadhi, Husbandry Manager Bali Safari."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Ayudis Husadhi"))] == [
        ("Ayudis Husadhi", "Husbandry Manager Bali Safari")
    ]
