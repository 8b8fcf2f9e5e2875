"""Persons on unseen regional news (issue 13): a name with an age in brackets and an occupation
after it is a person though the model misses it; initials before nothing but common words (a
list's letters, a clipped abbreviation) are no person.

Invented Indonesian sentences; whole person lists with every mention's span, and cases that must
give no person.
"""

from __future__ import annotations

import pytest

from tests.person_records import person_spans as _found
from tests.spans import span_of as _at

TEXT_AGED = (
    "Harga bawang merah di Pasar Cibinong naik sejak pekan lalu. Sumarni (45), salah satu "
    "pedagang sayur di pasar itu, mengeluhkan pembeli yang makin sepi."
)


def test_a_name_with_an_age_and_an_occupation_after_it_is_a_person() -> None:
    assert _found(TEXT_AGED, [("Pasar Cibinong", "LOC")]) == [("Sumarni", (_at(TEXT_AGED, "Sumarni"),))]


TEXT_AGED_NO_COMMA = (
    "Cuaca buruk membuat hasil tangkapan turun. Darsono (52) nelayan asal Desa Muara, memilih tidak melaut."
)


def test_the_occupation_may_follow_the_bracket_without_a_comma() -> None:
    assert _found(TEXT_AGED_NO_COMMA, [("Desa Muara", "LOC")]) == [
        ("Darsono", (_at(TEXT_AGED_NO_COMMA, "Darsono"),))
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a count in brackets after a place, no occupation after it
        ("Kasus terbanyak ada di Kabupaten Sleman (41), lalu Bantul (27) dan Kulon Progo (9).", []),
        # an initial hides a name: it is no person's name
        ("Petugas mendatangi rumah R (35), seorang warga yang dilaporkan hilang sejak Senin.", []),
        # a number in brackets that is no age
        ("Peserta terbanyak datang dari Kecamatan Ciawi (120), disusul Kecamatan Megamendung.", []),
    ],
)
def test_a_number_in_brackets_alone_makes_no_person(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, found) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a list's letters before the sectors it names
        (
            "Sektor yang tumbuh adalah A. Pertanian, B. Perdagangan, dan C. Konstruksi.",
            [("A. Pertanian", "PER"), ("B. Perdagangan", "PER")],
        ),
        # an abbreviation clipped at its full stop before a new sentence
        (
            "Anggaran itu dibagi ke seluruh K/L. Mulai tahun depan pembagiannya berubah.",
            [("L. Mulai", "PER")],
        ),
        # a class named by a letter after a common word
        ("Lomba dibagi dalam kelas Master A dan Master B.", [("Master A", "PER"), ("Master B", "PER")]),
    ],
)
def test_initials_before_common_words_are_no_person(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, found) == []


TEXT_INITIAL_NAME = "Ketua panitia M. Rasyid membuka lomba itu di lapangan desa."


def test_an_initial_before_a_name_stays_a_person() -> None:
    assert _found(TEXT_INITIAL_NAME, [("M. Rasyid", "PER")]) == [
        ("M. Rasyid", (_at(TEXT_INITIAL_NAME, "M. Rasyid"),))
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the grammar reads a name after `dengan`; here it ends a region written before it
        (
            "Pada masa itu Indonesia banyak berunding dengan Uni Soviet soal bantuan kapal perang.",
            [("Uni Soviet", "LOC")],
        ),
        # the model reads the last word of a country as a person
        ("Jemaah haji dari Arab Saudi tiba di Bandara Hang Nadim, Batam.", [("Saudi", "PER")]),
    ],
)
def test_the_last_words_of_a_region_are_no_person(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, found) == []


TEXT_AFTER_REGION = "Wakil Bupati Lampung Selatan Pandu Kesuma meninjau pasar itu, Senin."


def test_a_name_after_a_region_stays_a_person() -> None:
    assert _found(TEXT_AFTER_REGION, [("Pandu Kesuma", "PER")]) == [
        ("Pandu Kesuma", (_at(TEXT_AFTER_REGION, "Pandu Kesuma"),))
    ]


TEXT_FIRST_NAME = (
    "Pebalap muda Indonesia Rosalind Kirana Wibisono finis kedua di Sirkuit Mandalika, Minggu. "
    "Rosalind mengaku puas dengan hasil itu."
)


def test_a_first_name_the_model_reads_alone_elsewhere_opens_the_name_after_it() -> None:
    found = [("Kirana Wibisono", "PER"), ("Rosalind", "PER"), ("Sirkuit Mandalika", "LOC")]
    later = TEXT_FIRST_NAME.index("Rosalind mengaku")
    assert _found(TEXT_FIRST_NAME, found) == [
        ("Rosalind Kirana Wibisono", (_at(TEXT_FIRST_NAME, "Rosalind Kirana Wibisono"), (later, later + 8)))
    ]
