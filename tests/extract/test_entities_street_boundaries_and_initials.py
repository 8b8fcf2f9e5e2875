"""Places read in regional news-raw (issue 12, round 23: street boundaries): a street's head
hyphened to the name before it opens a second street (`Jl. Urip Sumoharjo-Jl. Kimaja`), and an
initial written with inner dots keeps the name after it (`Jl. R.A. Basid`). Whole entity lists
with spans from the pipeline, on invented sentences, and the cases that must stay as they were."""

from __future__ import annotations

import pytest

from extract.ner.entities.tokens import tokens
from tests.entity_records import article_places as _places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two streets of one route, the second's head glued to the first's name by a hyphen
        (
            "Dinas PU menambal lubang di ruas Jl. Teuku Umar-Jl. Imam Bonjol sejak pagi.",
            [("Jl. Teuku Umar", (33, 47)), ("Jl. Imam Bonjol", (48, 63))],
        ),
        # the long head, three streets in a row of a detour
        (
            "Kendaraan dialihkan lewat Jalan Merpati-Jalan Kenari II-Jalan Cendrawasih menuju pasar.",
            [("Jalan Merpati", (26, 39)), ("Jalan Kenari II", (40, 55)), ("Jalan Cendrawasih", (56, 73))],
        ),
    ],
)
def test_a_street_head_after_a_hyphen_opens_a_second_street(text: str, expected: list) -> None:
    assert _places(text) == expected


def test_a_doubled_street_word_stays_one_word() -> None:
    assert [t.text for t in tokens("acara Jalan-Jalan Pagi")] == ["acara", "Jalan-Jalan", "Pagi"]


def test_a_route_between_two_towns_keeps_its_dash() -> None:
    text = "Perbaikan Jalan Lintas Liwa-Krui ditargetkan rampung pada akhir tahun."
    assert _places(text) == [("Jalan Lintas Liwa-Krui", (10, 32))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Truk itu mogok di Jl. S.M. Amin, dekat simpang empat, Rabu malam.",
            [("Jl. S.M. Amin", (18, 31))],
        ),
        (
            "Pasien korban kecelakaan dirawat di RSUD R.M. Djoelham sejak Kamis.",
            [("RSUD R.M. Djoelham", (36, 54))],
        ),
    ],
)
def test_an_initial_with_inner_dots_keeps_the_name_after_it(text: str, expected: list) -> None:
    assert _places(text) == expected


def test_a_dotted_short_name_ending_a_sentence_is_no_initial() -> None:
    text = "Warga mengadu ke Jalan Kenanga soal lampu di R.T. Warga lain diam."
    assert _places(text) == [("Jalan Kenanga", (17, 30))]


@pytest.mark.xfail(strict=True, reason="two initials glued before a common word read as a sentence's end")
def test_two_initials_before_a_common_word() -> None:
    text = "Kantor notaris itu berada di Jalan ZA. Pagar Alam, Kedaton, sejak lama."
    assert _places(text) == [("Jalan ZA. Pagar Alam", (29, 49)), ("Kedaton", (51, 58))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word that is a form of address (`Mas`) inside the village's name
        (
            "Petani Desa Kali Mas Sejahtera, Kecamatan Way Serdang, memanen padi.",
            [("Desa Kali Mas Sejahtera", (7, 30)), ("Kecamatan Way Serdang", (32, 53))],
        ),
        # a common word closing it, and a river's word opening its second part
        (
            "Banjir merendam rumah di Pekon Suka Dalam, Kecamatan Pesisir Tengah, semalam.",
            [("Pekon Suka Dalam", (25, 41)), ("Kecamatan Pesisir Tengah", (43, 67))],
        ),
        (
            "Warga Kampung Tiga Way Batu, Kecamatan Kalirejo, bergotong royong.",
            [("Kampung Tiga Way Batu", (6, 27)), ("Kecamatan Kalirejo", (29, 47))],
        ),
    ],
)
def test_a_villages_name_runs_on_to_the_comma_before_its_district(text: str, expected: list) -> None:
    assert _places(text) == expected


def test_words_the_next_level_repeats_are_its_name() -> None:
    text = "Warga Desa Wonokromo Bantul, Kabupaten Bantul, panen."
    assert _places(text) == [
        ("Desa Wonokromo", (6, 20)),
        ("Bantul", (21, 27)),
        ("Kabupaten Bantul", (29, 45)),
    ]


@pytest.mark.xfail(strict=True, reason="a village's name runs on only before a comma and a higher level")
def test_a_villages_name_with_a_common_word_and_no_level_after_it() -> None:
    text = "Banjir di Pekon Suka Dalam, kata camat, sudah surut."
    assert _places(text) == [("Pekon Suka Dalam", (10, 26))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the kind spelled out, its short name in brackets, then no name
        ("Pertamina menambah jumlah Stasiun Pengisian Bahan Bakar Umum (SPBU) tahun ini.", []),
        # a grade after the bracket says which kind, not which one
        ("Desa itu akan membangun Stasiun Pengisian Bahan Bakar Umum (SPBU) Tipe B tahun depan.", []),
    ],
)
def test_a_facilitys_kind_spelled_out_alone_is_no_place(text: str, expected: list) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region after the bracket (the earlier rule)
        (
            "Pasien itu dirawat di Rumah Sakit Umum Daerah (RSUD) Menggala sejak Senin.",
            [("Rumah Sakit Umum Daerah (RSUD) Menggala", (22, 61))],
        ),
        # an unlisted name after it, up to the word that is no name's
        (
            "Korban dibawa ke Rumah Sakit Umum Daerah (RSUD) Sinar Harapan sore itu.",
            [("Rumah Sakit Umum Daerah (RSUD) Sinar Harapan", (17, 61))],
        ),
    ],
)
def test_a_spelled_kind_takes_the_name_after_its_bracketed_short_name(text: str, expected: list) -> None:
    assert _places(text) == expected
