"""A name and one organisation of the model's side by side with a bare comma (model28, final-news
model): a member beside their band or team (`vokalis band Nada Senja, Rendra Wiguna.`) or a
clause's end before the next subject (`dipimpin Yoga Prasetyo, Garuda Muda mampu …`) is no list
of bodies, so the name stays a person; a list that goes on past the pair, or joins it with `dan`,
is read as before. Whole person records with spans from the people layer on invented sentences."""

from __future__ import annotations

import pytest

from tests.person_records import person_spans as _persons


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the body after the name, then the clause goes on
        (
            "Dengan dipimpin Yoga Prasetyo, Garuda Muda mampu menyamakan kedudukan 20-20.",
            [("Yoga Prasetyo", "PER"), ("Garuda Muda", "ORG")],
            [("Yoga Prasetyo", ((16, 29),))],
        ),
        # the body before the name, the sentence ends after it
        (
            "Ia berfoto bersama vokalis band Nada Senja, Rendra Wiguna.",
            [("Nada Senja", "ORG"), ("Rendra Wiguna", "PER")],
            [("Rendra Wiguna", ((44, 57),))],
        ),
        # a company, then its head named after the comma
        (
            "Bos PT Sinar Abadi, Hendra Gunadi membantah tudingan itu.",
            [("PT Sinar Abadi", "ORG"), ("Hendra Gunadi", "PER")],
            [("Hendra Gunadi", ((20, 33),))],
        ),
    ],
)
def test_a_name_beside_one_body_is_a_person(text: str, model: list, expected: list) -> None:
    assert _persons(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model"),
    [
        # the list goes on after the body: brands, no person
        (
            "Diskon berlaku untuk merek Sari Wangi, Fresh Mart, Ekonomi, hingga Kilap.",
            [("Sari Wangi", "PER"), ("Fresh Mart", "ORG")],
        ),
        # the name runs on into a longer body's name after the pair
        (
            "Rumah sakit membuka Klinik Sehat Surabaya, Budi Santoso Center for Heart Care bulan ini.",
            [("Klinik Sehat Surabaya", "ORG"), ("Budi Santoso", "PER")],
        ),
        # buildings listed, the last joined by `dan`
        (
            "Gedung yang diperiksa antara lain LTC Mangga, Harco Pasar, dan Plaza Kota.",
            [("LTC Mangga", "ORG"), ("Harco Pasar", "PER")],
        ),
    ],
)
def test_a_name_inside_a_longer_list_of_bodies_stays_out(text: str, model: list) -> None:
    assert _persons(text, model) == []
