"""An Islamic centre (`Islamic Center Sukamaju`) is a regency's mosque complex: a named place, as
`Masjid` and `Aula` open (GUIDELINES §6: named facilities and buildings are LOC), with an
administrative level after it part of it; alone it names none. Whole entity lists from
`resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

from .test_entities_news import _found


def test_an_islamic_centre_with_its_name_is_a_place() -> None:
    text = "Ratusan jemaah berkumpul di Islamic Center Sukamaju untuk mengikuti manasik haji."
    model = [("Islamic Center Sukamaju", "ORG")]
    assert _found(text, model) == [("Islamic Center Sukamaju", "LOC", (28, 51))]


def test_an_islamic_centre_takes_the_level_after_it() -> None:
    text = "Pelepasan digelar di Masjid Agung Islamic Center Kecamatan Sukamaju pada Jumat pagi."
    model = [("Masjid Agung Islamic Center", "LOC"), ("Kecamatan Sukamaju", "LOC")]
    assert _found(text, model) == [("Masjid Agung Islamic Center Kecamatan Sukamaju", "LOC", (21, 67))]


def test_an_islamic_centre_alone_is_no_body() -> None:
    text = "Acara digelar di kompleks Islamic Center, dekat kantor bupati."
    assert _found(text, [("Islamic Center", "ORG")]) == []


def test_an_islamic_finance_board_stays_a_body() -> None:
    text = "Pertemuan itu digelar bersama Islamic Financial Services Board di Kuwait."
    model = [("Islamic Financial Services Board", "ORG"), ("Kuwait", "LOC")]
    assert _found(text, model) == [
        ("Islamic Financial Services Board", "ORG", (30, 62)),
        ("Kuwait", "LOC", (66, 72)),
    ]
