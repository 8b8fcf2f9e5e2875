"""Officials: a market analyst or an economist named with the firm or institute they work for
holds a post there (`Analis Sekuritas X Name`, `Ekonom Universitas X, Name`), as a researcher of a
named body does (`peneliti BRIN`); without a body the word is an occupation and names no official.
A title the page writes twice in a row is kept once, and `Chief de Mission` is the delegation
head's post as `chef de mission` is.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import article_officials as _officials


def test_an_analyst_named_with_the_firm_holds_a_post() -> None:
    s = "Analis Cahaya Mandiri Sekuritas Rudi Hartanto mengatakan, indeks berpeluang menguat pekan depan."
    assert _officials(s, spans=True) == [
        ("Rudi Hartanto", "Analis Cahaya Mandiri Sekuritas", (0, 45), (32, 45))
    ]


def test_a_senior_analyst_and_an_economist_of_an_institute_hold_posts() -> None:
    s = "Analis Senior Lintas Kapital Sekuritas Yoga Pratama menilai rupiah masih tertekan."
    assert _officials(s) == [("Yoga Pratama", "Analis Senior Lintas Kapital Sekuritas")]
    s = "Ekonom Universitas Tanjung Harapan, Dimas Wicaksono, menilai target itu kurang realistis."
    assert _officials(s) == [("Dimas Wicaksono", "Ekonom Universitas Tanjung Harapan")]


@pytest.mark.parametrize(
    "text",
    [
        "Analis Bagus Setiawan mengatakan harga emas bisa turun lagi.",
        "Menurut para analis, pasar saham masih akan bergejolak hingga akhir tahun.",
        "Rudi Hartanto, seorang ekonom, ikut hadir dalam diskusi itu.",
    ],
)
def test_an_analyst_or_economist_without_a_body_is_no_official(text: str) -> None:
    assert _officials(text) == []


def test_a_title_written_twice_in_a_row_is_kept_once() -> None:
    s = "Analis Cahaya Sekuritas Analis Cahaya Sekuritas, Rudi Hartanto berpendapat, indeks bisa menguat."
    assert _officials(s) == [("Rudi Hartanto", "Analis Cahaya Sekuritas")]


def test_chief_de_mission_is_the_delegation_head_s_post() -> None:
    s = "Chief de Mission Kontingen Indonesia Bambang Sudarsono optimistis target medali tercapai."
    assert _officials(s) == [("Bambang Sudarsono", "Chief de Mission Kontingen Indonesia")]


@pytest.mark.xfail(
    strict=True,
    reason="after the name, `di` and the firm end the title with no comma after them"
    " or a capitalised field (4 on news-raw)",
)
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Rudi Hartanto, analis pasar senior di Cahaya Sekuritas mengatakan harga bisa naik.",
            "analis pasar senior di Cahaya Sekuritas",
        ),
        (
            "Harga naik, kata Rudi Hartanto, Analis Strategi Investasi di Cahaya Sekuritas. Itu wajar.",
            "Analis Strategi Investasi di Cahaya Sekuritas",
        ),
    ],
)
def test_an_analyst_s_firm_after_di_stays_in_the_title(text: str, title: str) -> None:
    assert _officials(text) == [("Rudi Hartanto", title)]
