"""A body's own name in title case right after a noun for its kind (entities_kind_nouns_before_names.txt:
`perusahaan Tesla`, `majalah Foreign Policy`, `maskapai Mahan Air`) is an ORG (GUIDELINES §6: companies, clubs
and outlets are organisations). Whole outputs of the pipeline on invented sentences, and the
cases that must give no body: a kind in capitals after the noun (`perusahaan BUMN`), a country
after it (`maskapai Iran`), a noun for a kind the list leaves out (`tim`), a league's name, a
person's name (`perusahaan Elon Musk`) and a common word capitalised for emphasis (`perusahaan
Swasta`)."""

from __future__ import annotations

import pytest

from tests.entity_records import article_entities as _entities

CASES_BODY = [
    (
        "Ribuan mobil listrik buatan perusahaan Tesla kembali ditarik dari pasar.",
        [("Tesla", "ORG", (39, 44))],
    ),
    (
        "Analisis itu terbit di majalah Foreign Policy pekan lalu.",
        [("Foreign Policy", "ORG", (31, 45))],
    ),
    (
        "Kapal pesiar itu dioperasikan perusahaan Oceanwide Expeditions asal Belanda.",
        [("Oceanwide Expeditions", "ORG", (41, 62)), ("Belanda", "LOC", (68, 75))],
    ),
]

CASES_NONE = [
    # a kind in capitals after the noun: no body's own name
    ("Saham perusahaan BUMN menguat pada perdagangan Senin.", []),
    # a country after the noun: the kind's place
    (
        "Pemerintah melarang maskapai Iran terbang ke Eropa.",
        [("Iran", "LOC", (29, 33)), ("Eropa", "LOC", (45, 50))],
    ),
    # `tim` is no listed kind: a team's nickname follows it as often
    ("Pemain tim Merah Putih berlatih di Jakarta.", [("Jakarta", "LOC", (35, 42))]),
    # a league after the noun: the league's clubs
    ("Ia pemain klub Liga Primer yang terkenal.", []),
    ("Striker itu diincar klub Bundesliga musim depan.", []),
    # a person's name after the noun: the owner's company, the star's club
    ("Ia bekerja di perusahaan Elon Musk selama tiga tahun.", []),
    ("Dana itu dikelola perusahaan Jeff Bezos sejak 2020.", []),
    ("Al Nassr FC, klub Cristiano Ronaldo, kembali menang pekan ini.", [("Al Nassr FC", "ORG", (0, 11))]),
    # a common word capitalised for emphasis
    ("Undangan dikirim kepada pimpinan BUMN serta perusahaan Swasta di daerah itu.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES_BODY)
def test_a_name_right_after_its_kind_is_the_body(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_NONE)
def test_no_body_after_a_kind_without_a_name_of_its_own(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.xfail(strict=True, reason="a French league's name after `klub` (`Ligue 1`) reads as a club")
def test_a_league_after_club_is_no_club() -> None:
    text = "Bek itu bergabung dengan klub Ligue 1 atau Liga Prancis Lorient pada musim ini."
    assert _entities(text) == [("Prancis", "LOC", (48, 55))]


@pytest.mark.xfail(
    strict=True,
    reason="a person's name news-raw never writes (`Warren Buffett`) after `perusahaan` reads as the company",
)
def test_an_owner_unknown_to_news_raw_after_company_is_no_company() -> None:
    assert _entities("Ia pernah bekerja di perusahaan Warren Buffett selama sepuluh tahun.") == []
