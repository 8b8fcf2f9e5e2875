"""Persons on unseen regional news (issues 12, 13): a name run between commas right before a
lowercase speech verb (`Seorang petani, Daria, mengatakan`) is a person though the NER model
misses it, or reads a one-word name after a lowercase descriptor as a place; a place, a day, a
company or a word the model reads as a place after another place there is none.

Invented Indonesian sentences; whole person lists with every mention's span, and cases that must
give no person.
"""

from __future__ import annotations

import pytest

from tests.person_records import person_spans as _found
from tests.spans import span_of as _at

TEXT_FARMER = (
    "Hujan deras merendam puluhan hektare sawah di Pekon Sukamaju. Seorang petani, Kasmirah, "
    "mengatakan padinya terpaksa dipanen sebelum menguning."
)


def test_a_name_between_commas_before_mengatakan_is_a_person() -> None:
    assert _found(TEXT_FARMER, [("Pekon Sukamaju", "LOC")]) == [("Kasmirah", (_at(TEXT_FARMER, "Kasmirah"),))]


def test_the_model_reading_the_name_as_a_place_after_a_descriptor_does_not_stop_it() -> None:
    found = [("Pekon Sukamaju", "LOC"), ("Kasmirah", "LOC")]
    assert _found(TEXT_FARMER, found) == [("Kasmirah", (_at(TEXT_FARMER, "Kasmirah"),))]


TEXT_POST = (
    "Harga ikan tongkol naik menjelang akhir pekan. Pedagang ikan di Pasar Gudang Lelang, Karyono, "
    "menyebutkan pasokan dari nelayan berkurang karena gelombang tinggi."
)


def test_a_clause_opened_by_an_occupation_lets_a_word_read_as_a_place_be_a_person() -> None:
    found = [("Pasar Gudang Lelang", "LOC"), ("Karyono", "LOC")]
    assert _found(TEXT_POST, found) == [("Karyono", (_at(TEXT_POST, "Karyono"),))]


TEXT_FULLER = (
    "Sidang perkara itu kembali digelar pekan ini. Kuasa hukum terdakwa, Hendra Wiratama, "
    "menyatakan kliennya akan mengajukan banding. Hendra menyebut putusan itu terlalu berat."
)


def test_a_two_word_run_with_a_given_name_is_the_fuller_name() -> None:
    assert _found(TEXT_FULLER, []) == [
        ("Hendra Wiratama", (_at(TEXT_FULLER, "Hendra Wiratama"), _at(TEXT_FULLER, "Hendra", 84)))
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a district and a regency between commas before the verb
        (
            "Sejumlah pedagang di Pasar Gisting, Kecamatan Gisting, Tanggamus, mengatakan harga cabai naik.",
            [("Pasar Gisting", "LOC"), ("Kecamatan Gisting", "LOC"), ("Tanggamus", "LOC")],
        ),
        # a day between commas after the place of a statement
        (
            "Kepala dinas itu dalam keterangannya di Liwa, Kamis, menjelaskan stok beras aman.",
            [("Liwa", "LOC")],
        ),
        # a firm's name of unknown words after its lowercase description
        ("Pihak operator kapal, Samudra Bahari Line, menyatakan semua penumpang selamat.", []),
        # a word the model reads as a place after another place, in a clause no occupation opens
        (
            "Sejumlah pedagang di Pasar Simpang Tiga, Sukadana, menerangkan pasokan bawang berkurang.",
            [("Pasar Simpang Tiga", "LOC"), ("Sukadana", "LOC")],
        ),
    ],
)
def test_a_place_a_day_or_a_firm_between_commas_is_no_new_person(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text, found) == []


TEXT_AGENCY = (
    "Ledakan terdengar di dekat pelabuhan pada Senin malam. Laporan kantor berita asing lainnya, "
    "Veltra, menyebut dua kapal rusak ringan."
)


def test_a_name_after_a_news_agency_clause_is_no_person() -> None:
    assert _found(TEXT_AGENCY, []) == []


@pytest.mark.parametrize(
    "text",
    [
        "Harga saham emiten itu anjlok. Media lokal, Vartanews, menyebut dua direksi mundur.",
        "Jembatan gantung itu putus diterjang arus. Mengutip harian setempat, Sinarpos, menyebutkan dua "
        "desa kini terisolasi.",
        "Pesawat tanpa awak itu diuji di gurun. Perusahaan teknologi asal Jerman, Falkora, "
        "mengatakan uji berikutnya digelar tahun depan.",
    ],
)
def test_a_name_after_a_clause_headed_by_a_body_noun_is_no_person(text: str) -> None:
    assert _found(text, []) == []


TEXT_CHIEF = (
    "Banjir merendam dua dusun sejak Minggu. Kepala Desa Sukaraja, Mardani, mengatakan warga sudah "
    "mengungsi ke balai desa."
)
TEXT_SPOKESMAN = (
    "Kapal itu kandas di perairan dangkal. Juru bicara perusahaan pelayaran itu, Rusdiyanto, "
    "menjelaskan seluruh awak dalam keadaan selamat."
)


@pytest.mark.parametrize(("text", "name"), [(TEXT_CHIEF, "Mardani"), (TEXT_SPOKESMAN, "Rusdiyanto")])
def test_a_clause_opened_by_a_post_keeps_its_person_though_it_names_a_body(text: str, name: str) -> None:
    assert _found(text, []) == [(name, (_at(text, name),))]
