"""A unit's head after a member's word in lowercase (`anggota`, `staf`, `pegawai`: people_roles.txt
``member_head``) with no holder's name after the body names the members of the unit, no post a
person holds: the unit opens the body's name (`anggota Satreskrim Polres Blitar` → ORG
`Satreskrim Polres Blitar`, GUIDELINES §6: the longest name), as it does with no title before
it. With a holder after the body, or after a title of a post (`Kasat`), the unit stays the
title's. Whole entity lists from `resolve_entities` on invented sentences."""

from __future__ import annotations

import pytest

from extract.records import Person

from .test_entities_news import _out


def _person(text: str, name: str) -> Person:
    start = text.index(name)
    return Person(name, ((start, start + len(name)),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Menurut saksi, anggota Satreskrim Polres Kediri sudah mendatangi lokasi kejadian.",
            [("Satreskrim Polres Kediri", "ORG", (23, 47))],
        ),
        (
            "Keduanya diketahui anggota Satlantas Polresta Malang yang sedang berdinas malam.",
            [("Satlantas Polresta Malang", "ORG", (27, 52))],
        ),
        # a list of two bodies stays two, the unit opening the first
        (
            "Pengamanan dibantu anggota Satbrimob Polda Riau dan Polsek Tampan sejak pagi.",
            [("Satbrimob Polda Riau", "ORG", (27, 47)), ("Polsek Tampan", "ORG", (52, 65))],
        ),
        # a body then a place: the place stays apart
        (
            "Sebanyak 20 anggota Satlantas Polres Malang di Kepanjen mengatur arus lalu lintas.",
            [("Satlantas Polres Malang", "ORG", (20, 43)), ("Kepanjen", "LOC", (47, 55))],
        ),
    ],
)
def test_members_of_a_unit_name_the_unit_with_its_body(text: str, expected: list) -> None:
    assert _out(text) == expected


def test_a_holder_after_the_body_keeps_the_unit_the_titles() -> None:
    text = "Hal itu dibenarkan anggota Satreskrim Polres Kediri Bripka Joko Santoso kepada wartawan."
    people = [_person(text, "Joko Santoso")]
    assert _out(text, persons=people) == [("Polres Kediri", "ORG", (38, 51))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post's title before the unit: the unit is the title's (unchanged)
        (
            "Kasat Reskrim Polres Kediri menyebut pelaku sudah ditahan.",
            [("Polres Kediri", "ORG", (14, 27))],
        ),
        # a sentence-initial capitalised member's word is no lowercase member's word
        (
            "Anggota Satreskrim Polres Kediri menjelaskan kronologi kejadian kepada warga.",
            [("Polres Kediri", "ORG", (19, 32))],
        ),
    ],
)
def test_a_posts_title_keeps_the_unit(text: str, expected: list) -> None:
    assert _out(text) == expected


def test_a_unit_opening_the_text_reads_no_member_s_word_from_its_end() -> None:
    # the word before the text's first word is none: no wrap-around to the text's last word
    text = "Satreskrim Polres Kediri mengamankan dua pelaku, kata seorang anggota"
    assert _out(text) == [("Satreskrim Polres Kediri", "ORG", (0, 24))]
