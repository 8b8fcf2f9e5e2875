"""Organisations read on news-raw (review 22): a masthead's desk glued to the lowercase word after
it by a lost space ends at the listed desk (`detikJabarpukul` is `detikJabar`), and a board level's
short name before a body's listed short name in title case opens that body's name (`PP
Muhammadiyah`) (GUIDELINES §6: outlets and bodies named in the body are organisations, spans are
the longest name). Whole entity lists from `resolve_entities` on invented sentences, with the
spans, and cases that must give nothing."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time word glued after the desk
        (
            "Sejumlah warga berkumpul di alun-alun, pantauandetikJabarpukul 09.30 WIB tadi.",
            [("detikJabar", "ORG", (47, 57))],
        ),
        # a verb glued after a topic desk
        (
            "Tim redaksi detikTravelmenelusuri jejak kapal tua itu di pesisir.",
            [("detikTravel", "ORG", (12, 23))],
        ),
        # a desk that ends like a common word stays whole (`Sepakbola`, `Kalimantan`)
        (
            "Jadwal laga dibahas detikSepakbola dan detikKalimantan pekan lalu.",
            [("detikSepakbola", "ORG", (20, 34)), ("detikKalimantan", "ORG", (39, 54))],
        ),
    ],
)
def test_a_word_glued_after_a_listed_desk_is_no_part_of_the_outlet(text: str, expected: list) -> None:
    assert _found(text, []) == expected


def test_a_board_level_before_a_titled_short_name_opens_the_body() -> None:
    text = "Acara itu dibuka Sekretaris PW Muhammadiyah dalam rapat kerja di aula kampus."
    assert _found(text, []) == [("PW Muhammadiyah", "ORG", (28, 43))]


def test_a_titled_short_name_after_no_board_level_stays_alone() -> None:
    text = "Relawan dari Muhammadiyah membagikan makanan kepada pengungsi banjir."
    assert _found(text, []) == [("Muhammadiyah", "ORG", (13, 25))]


def test_a_board_level_without_a_listed_body_after_it_is_nothing() -> None:
    text = "Aturan itu tertuang dalam PP tentang tata kelola perizinan berusaha."
    assert _found(text, []) == []


def test_a_shouted_word_that_opens_a_body_named_elsewhere_opens_the_short_name() -> None:
    text = (
        "Relawan MDMC Muhammadiyah membangun hunian sementara. Koordinator MDMC Muhammadiyah "
        "Lampung Timur mengatakan bangunan itu rampung bulan depan."
    )
    assert _found(text, [("MDMC Muhammadiyah Lampung Timur", "ORG")]) == [
        ("MDMC Muhammadiyah", "ORG", (8, 25)),
        ("MDMC Muhammadiyah Lampung Timur", "ORG", (66, 97)),
    ]


def test_a_kind_before_a_titled_short_name_stays_out_of_the_body() -> None:
    text = "Ribuan kader memadati lapangan saat HUT Golkar digelar di kota itu."
    assert _found(text, []) == [("Golkar", "ORG", (40, 46))]
