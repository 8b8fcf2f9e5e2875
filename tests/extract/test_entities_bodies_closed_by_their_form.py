"""Capitalised words closed by a business group's, a company's or a club's form (`… Group`,
`… Sekuritas`, `… Racing`: entities_group_forms.txt, entities_company_forms.txt,
entities_club_forms.txt) are one ORG where the model tags none of them (GUIDELINES §6:
companies, clubs and teams are organisations); the name starts after a title, a competitor's
noun or a sentence's opening common word. Whole entity lists from `resolve_entities` on
invented sentences in the style of news, with spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a business group, its words Indonesian
        (
            "Kesiapan operasional jalan tol Sinar Raya Group diperkuat menjelang mudik.",
            [],
            [("Sinar Raya Group", "ORG", (31, 47))],
        ),
        # a securities firm after an analyst's title, a person's name right after it
        (
            "Analis Wiratama Sekuritas Budi Priyanto mengatakan IHSG berpeluang menguat.",
            [("Budi Priyanto", "PER")],
            [("Wiratama Sekuritas", "ORG", (7, 25)), ("Budi Priyanto", "PER", (26, 39))],
        ),
        # a motor-racing team after a competitor's noun
        (
            "Pebalap Merapi Racing itu finis ketiga pada balapan Minggu.",
            [],
            [("Merapi Racing", "ORG", (8, 21))],
        ),
        # a common word opening the sentence is no word of the name
        (
            "Kemudian Musim Jaya Group menyusul dengan dua pabrik baru.",
            [],
            [("Musim Jaya Group", "ORG", (9, 25))],
        ),
        # a common word after `&` ends a title's pair
        (
            "VP Sales & Marketing Damai Sentosa Group menyebut rute baru dibuka pekan depan.",
            [],
            [("Damai Sentosa Group", "ORG", (21, 40))],
        ),
        # an English common word after a capitalised one is the title's
        (
            "Vice President Research Department Wirasena Sekuritas Andi Wijaya mengatakan pasar menguat.",
            [("Andi Wijaya", "PER")],
            [("Wirasena Sekuritas", "ORG", (35, 53)), ("Andi Wijaya", "PER", (54, 65))],
        ),
    ],
)
def test_a_name_closed_by_its_form_is_a_body(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised word goes on after the form: a method's name, no body
        "Peserta mengikuti Focus Group Discussion di aula kantor desa.",
        # lowercase `grup` is a kind, no form
        "Penyanyi itu bergabung dengan grup musik asal kampungnya.",
        # the form after a lowercase word names no company
        "Perusahaan itu kini berstatus Tbk setelah melantai di bursa.",
        # an English join and a capitalised word go on with a longer name
        "Laporan itu disusun Working Group on Business and Human Rights tahun lalu.",
        # an English common word after `of` ends a position's title
        "Dia menjabat CEO of International Group di perusahaan telekomunikasi itu.",
    ],
)
def test_no_body_without_a_name_before_its_form(text: str) -> None:
    assert _found(text, []) == []


def test_a_common_word_right_after_a_title_is_the_titles() -> None:
    text = "Analis Senior Wiratama Sekuritas Budi Priyanto mengatakan IHSG menguat."
    assert _found(text, [("Budi Priyanto", "PER")]) == [
        ("Wiratama Sekuritas", "ORG", (14, 32)),
        ("Budi Priyanto", "PER", (33, 46)),
    ]


@pytest.mark.xfail(strict=True, reason="a common word after a one-word title is read as the title's")
def test_a_company_named_by_a_common_word_after_a_title() -> None:
    text = "Analis Mandiri Sekuritas Budi Priyanto mengatakan IHSG menguat."
    assert _found(text, [("Budi Priyanto", "PER")]) == [
        ("Mandiri Sekuritas", "ORG", (7, 24)),
        ("Budi Priyanto", "PER", (25, 38)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a club's form in initials and its city: the club
        (
            "Pemain muda itu kini membela TSG Hoffenheim sejak musim lalu.",
            [("TSG Hoffenheim", "ORG", (29, 43))],
        ),
        # a common word after the initials: an air conditioner's kind, no club
        ("Toko elektronik itu menjual AC Standard dengan harga miring.", []),
    ],
)
def test_a_club_opened_by_its_initials(text: str, expected: list) -> None:
    assert _found(text, []) == expected
