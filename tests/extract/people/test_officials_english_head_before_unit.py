"""Officials under the English `Head` written before its unit with no `of` (issue 13, session 24,
news-raw lines 7300-7449, then every news-raw line with a capitalised `Head`): `Head Corporate
Affairs <company> <Name>`, `Head Marketing <group>, <Name>`. Capitalised `Head` opens a post only
right before a capitalised English unit word (`english_unit`); before any other word it is no post
(a horse called Head For Heights, a site's menu `Head Topics`).

Every sentence is written for the test: names, companies and numbers are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import check_text_officials as _check

from .test_roles import _officials, _per


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Head Corporate Affairs Bank Sentosa Rudi Hartono mengatakan bank belum dapat berkomentar.",
            [
                (
                    "Head Corporate Affairs Bank Sentosa Rudi Hartono",
                    "Rudi Hartono",
                    "Head Corporate Affairs Bank Sentosa",
                )
            ],
        ),
        (
            "Pameran dibuka. Head Marketing Cahaya Group, Mona Lestari, mengatakan acara berlangsung.",
            [("Head Marketing Cahaya Group, Mona Lestari", "Mona Lestari", "Head Marketing Cahaya Group")],
        ),
    ],
)
def test_head_before_an_english_unit_is_a_post(sentence: str, expected: list[tuple[str, ...]]) -> None:
    _check(sentence, expected)


def test_head_before_a_region_word_and_a_company_with_the_models_name() -> None:
    s = "Kebun itu ditanami bibit unggul, kata Head Regional 5 PTPN IV Denny Saputra di Medan."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Denny Saputra"))] == [
        ("Denny Saputra", "Head Regional 5 PTPN IV")
    ]


def test_head_before_another_word_is_no_post() -> None:
    # a horse's name and a site's menu word: no unit word after `Head`, so no post and no holder
    s = "Rudi Santoso menunggang Head For Heights, Budi Hartono menunggang Bintang Timur."
    assert _officials(s, _per(s, "Rudi Santoso", "Budi Hartono")) == []
    s = "Head Topics Budi Hartono Tunjuk Toko Daring Pungut Pajak"
    assert _officials(s, _per(s, "Budi Hartono")) == []


def test_lowercase_head_is_no_post() -> None:
    s = "Pemain itu mencetak gol lewat sundulan head dari sepak pojok Rudi Santoso."
    assert _officials(s, _per(s, "Rudi Santoso")) == []
