"""Organisation and place classes read on news-raw 8280-8799 (session 11): a school level's head
before a grade (`SD Kelas 1-3`) and a person's nickname after its cue (`pembalap berjuluk The
Doctor`). Whole entity lists with spans from `resolve_entities` on invented sentences, and cases
where a rule must give nothing or leave the name as it is."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model

from .test_entities_news import _out

# --------------------------------------------------------------------------- a grade is no school


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the grammar's and the model's span of a school's head and a grade: no school named
        (
            "Materi Belajar dari Rumah untuk siswa SD Kelas 1-3 tayang di TVRI pukul 08.30 WIB.",
            [("SD Kelas", "ORG"), ("TVRI", "ORG")],
            [("TVRI", "ORG", (61, 65))],
        ),
        (
            "Soal dan jawaban TVRI untuk SMP Kelas 7-9 Materi Fenomena Alam Petir hari ini.",
            [("TVRI", "ORG"), ("SMP Kelas 7-9 Materi Fenomena Alam Petir", "ORG")],
            [("TVRI", "ORG", (17, 21))],
        ),
        (
            "Guru meminta murid SD Kelas 4-6 Pecahan, Desimal, dan Persen menonton tayangan itu.",
            [("SD Kelas 4-6 Pecahan, Desimal", "ORG")],
            [],
        ),
    ],
)
def test_a_school_head_before_a_grade_names_no_school(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a school's own name stays, a grade written after it in lowercase too
        (
            "Sebanyak 30 siswa SD Negeri 3 Ciwaru kelas 6 mengikuti ujian sekolah.",
            [],
            [("SD Negeri 3 Ciwaru", "ORG", (18, 36))],
        ),
        # a prison's or a court's class is part of its name (no school's head)
        (
            "Napi itu dipindahkan ke Lapas Kelas IIA Palu pada Senin.",
            [("Lapas Kelas IIA Palu", "LOC")],
            [("Lapas Kelas IIA Palu", "LOC", (24, 44))],
        ),
    ],
)
def test_a_school_or_a_class_in_a_name_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


# --------------------------------------------------------------------------- a person's nickname


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Namun yang mengejutkan, pembalap berjuluk The Baby Alien tersebut memilih tampil.",
            [("The Baby Alien", "ORG")],
        ),
        ("Rider yang berjuluk El Diablo itu memutus puasa kemenangan.", [("El Diablo", "ORG")]),
        ("Posisi petinju beralias Iron Mike itu melorot drastis.", [("Iron Mike", "LOC")]),
    ],
)
def test_a_persons_nickname_is_no_body_and_no_place(text: str, model: list) -> None:
    assert _out(text, _model(text, model)) == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # said of a city: a head opens a place's own name
        (
            "Warga kota berjuluk Kota Hujan itu bersiap menghadapi banjir.",
            [("Kota Hujan", "LOC")],
            [("Kota Hujan", "LOC", (20, 30))],
        ),
        # a person's noun without the cue: the body after it is the person's team
        (
            "Pembalap Yamaha itu finis kedelapan di Sirkuit Jerez.",
            [("Yamaha", "ORG"), ("Sirkuit Jerez", "LOC")],
            [("Yamaha", "ORG", (9, 15)), ("Sirkuit Jerez", "LOC", (39, 52))],
        ),
    ],
)
def test_a_name_after_no_persons_nickname_cue_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


# ------------------------------------------------------------------ an aggregator, a label, a zodiac sign


@pytest.mark.parametrize(
    ("text", "model"),
    [
        # a news aggregator named in a digest: a platform, no body
        ("Kenapa penting: kabar ini dibahas di 16 media (Google News (Search)).", [("Google News", "ORG")]),
        # a note's label opening a paragraph
        ("Disclaimer: Soal dan kunci jawaban ini hanya pegangan orang tua.", [("Disclaimer", "ORG")]),
        # the signs of the zodiac in a horoscope
        (
            "Ramalan zodiak hari ini: Scorpio sedang beruntung, Pisces perlu berhati-hati.",
            [("Scorpio", "LOC"), ("Pisces", "ORG")],
        ),
    ],
)
def test_an_aggregator_a_label_or_a_zodiac_sign_is_no_entity(text: str, model: list) -> None:
    assert _out(text, _model(text, model)) == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a news outlet named in the body stays an organisation
        (
            "Hal itu disampaikan kepada Kompas.com, Rabu (22/7/2020).",
            [("Kompas.com", "ORG")],
            [("Kompas.com", "ORG", (27, 37))],
        ),
        # a body's name that opens with a sign's word is no sign (Cancer is left out of the list)
        (
            "Seminar digelar oleh Cancer Information & Support Center (CISC) secara daring.",
            [("Cancer Information & Support Center", "ORG")],
            [("Cancer Information & Support Center", "ORG", (21, 56))],
        ),
    ],
)
def test_an_outlet_or_a_body_beside_the_signs_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


# --------------------------------------------------------------------------- an ocean is a place


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the model's place cut at the head, or its ORG: the ocean's name whole, a place (a closed
        # list in officials_regions.txt: samudera/samudra alone is a given name and a company's word)
        pytest.param(
            "Gerhana dapat diamati di Eropa, Samudera Atlantik, dan sebagian Amerika Selatan.",
            [("Eropa", "LOC"), ("Samudera", "LOC"), ("Amerika Selatan", "LOC")],
            [
                ("Eropa", "LOC", (25, 30)),
                ("Samudera Atlantik", "LOC", (32, 49)),
                ("Amerika Selatan", "LOC", (64, 79)),
            ],
        ),
        pytest.param(
            "Gempa berpusat di Samudra Hindia, barat daya Bengkulu.",
            [("Samudra Hindia", "ORG"), ("Bengkulu", "LOC")],
            [("Samudra Hindia", "LOC", (18, 32)), ("Bengkulu", "LOC", (45, 53))],
        ),
        # after a company's legal form the word is the company's name
        (
            "Saham PT Samudera Indonesia Tbk naik tipis hari ini.",
            [("PT Samudera Indonesia Tbk", "ORG")],
            [("PT Samudera Indonesia Tbk", "ORG", (6, 31))],
        ),
        # a given name, a company's word without its legal form: no place
        (
            "Penyanyi Samudra Ali merilis lagu baru bersama Sony Music Indonesia, Jumat.",
            [("Samudra Ali", "PER"), ("Sony Music Indonesia", "ORG")],
            [("Samudra Ali", "PER", (9, 20)), ("Sony Music Indonesia", "ORG", (47, 67))],
        ),
        (
            "Saham Samudera Indonesia naik 5 persen pada perdagangan Senin.",
            [("Samudera Indonesia", "ORG")],
            [("Samudera Indonesia", "ORG", (6, 24))],
        ),
    ],
)
def test_an_ocean_is_a_place(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected
