"""A body's own name written after a kind of body and its place (entities_apposed_body_kinds.txt:
`kantor berita Iran, Tasnim`, `klub Korea Selatan, Ulsan HD`, `media Spanyol, El Mundo`) is an
ORG (GUIDELINES §6: outlets, clubs and companies are organisations), added where the model finds
nothing and retyped where it reads a person or a place no listed region names. Whole outputs of
the pipeline on invented sentences, and the cases that must give no body: a preposition between
the kind and the place, a kind a person's name may follow (`tim`), a listed place after it, and
a kind and a place with no name after them."""

from __future__ import annotations

import pytest

from tests.entity_records import article_entities as _entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serangan itu dilaporkan kantor berita Iran, Tasnim, pada Senin malam.",
            [("Iran", "LOC", (38, 42)), ("Tasnim", "ORG", (44, 50))],
        ),
        (
            "Pelatih itu pernah menangani klub Korea Selatan, Ulsan HD, sebelum dipecat.",
            [("Korea Selatan", "LOC", (34, 47)), ("Ulsan HD", "ORG", (49, 57))],
        ),
        (
            "Media Spanyol, El Mundo, menyebut transfer itu sebagai kejutan.",
            [("Spanyol", "LOC", (6, 13)), ("El Mundo", "ORG", (15, 23))],
        ),
        (
            "Kabar itu pertama kali diberitakan media Italia, GP One, pekan lalu.",
            [("Italia", "LOC", (41, 47)), ("GP One", "ORG", (49, 55))],
        ),
        (
            "Jet tempur Israel menyerang markas kelompok militan Lebanon, Hizbullah, di selatan negara itu.",
            [("Israel", "LOC", (11, 17)), ("Lebanon", "LOC", (52, 59)), ("Hizbullah", "ORG", (61, 70))],
        ),
    ],
)
def test_a_name_after_a_kind_of_body_and_its_place_is_the_body(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition between the kind and the place: no kind of the place
        (
            "Ia berbicara kepada media di Surakarta, Jawa Tengah, Selasa.",
            [("Surakarta", "LOC", (29, 38)), ("Jawa Tengah", "LOC", (40, 51))],
        ),
        # `tim` is no listed kind: a player's name follows a team and its country
        (
            "Pemain tim Indonesia, Jonatan Christie, melaju ke final.",
            [("Indonesia", "LOC", (11, 20)), ("Jonatan Christie", "PER", (22, 38))],
        ),
        # a listed place after the kind and its country stays a place
        (
            "Ia bekerja di perusahaan Jepang, Tokyo, selama lima tahun.",
            [("Jepang", "LOC", (25, 31)), ("Tokyo", "LOC", (33, 38))],
        ),
        # the model's person whose word the article names a person by again: the activist, no outlet
        (
            "Penggiat media sosial asal Rusia, Sergei Domogatskii (40), mengaku menjadi korban. "
            "Sergei menyebut lima orang menculiknya.",
            [
                ("Rusia", "LOC", (27, 32)),
                ("Sergei Domogatskii", "PER", (34, 52)),
                ("Sergei", "PER", (83, 89)),
            ],
        ),
        # an administrative level after the place: another place, no body's name
        (
            "Kelompok peternak sapi Kampung Simpang Agung, Kecamatan Seputih Agung, mengeluhkan harga.",
            [("Kampung Simpang Agung", "LOC", (23, 44)), ("Kecamatan Seputih Agung", "LOC", (46, 69))],
        ),
        # a kind and its place with no name after them
        ("Harga saham perusahaan Indonesia naik tajam pekan ini.", [("Indonesia", "LOC", (23, 32))]),
    ],
)
def test_no_body_without_a_name_after_the_kind_and_place(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause fronted before the subject: the comma ends it, the name after it is the subject's
        (
            "Saat diwawancarai media Amerika, Trump menyebut tarif itu adil.",
            [("Amerika", "LOC", (24, 31)), ("Trump", "PER", (33, 38))],
        ),
        (
            "Kepada kantor berita Rusia, Lavrov mengatakan Moskow siap berunding.",
            [("Rusia", "LOC", (21, 26)), ("Lavrov", "PER", (28, 34)), ("Moskow", "LOC", (46, 52))],
        ),
        (
            "Usai bertemu media Jepang, Prabowo Subianto menyampaikan komitmennya.",
            [("Jepang", "LOC", (19, 25)), ("Prabowo Subianto", "PER", (27, 43))],
        ),
        (
            "Dalam wawancara dengan stasiun televisi Inggris, Zelensky menolak tawaran itu.",
            [("Inggris", "LOC", (40, 47))],
        ),
        # a person's trade before the kind (`pengusaha media`): the apposition is the person
        (
            "Pengusaha media asal Australia, Rupert Murdoch, resmi mundur dari jabatannya.",
            [("Australia", "LOC", (21, 30)), ("Rupert Murdoch", "PER", (32, 46))],
        ),
        (
            "Wartawan media asal Jepang, Kenji Goto, ditawan kelompok militan.",
            [("Jepang", "LOC", (20, 26)), ("Kenji Goto", "PER", (28, 38))],
        ),
        (
            "Penggiat media sosial asal Rusia, Sergei Domogatskii (40), mengaku menjadi korban.",
            [("Rusia", "LOC", (27, 32)), ("Sergei Domogatskii", "PER", (34, 52))],
        ),
    ],
)
def test_a_person_set_after_a_kind_and_its_place_is_no_body(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted clause's name set off by a comma on both sides is an apposition still
        (
            "Menurut media Australia, News.com.au, fenomena ini jarang terjadi.",
            [("Australia", "LOC", (14, 23)), ("News.com.au", "ORG", (25, 36))],
        ),
        # `Sebagai`: the subject is the body the clause names
        (
            "Sebagai produsen kopi terkemuka Indonesia, Kapal Api berkomitmen mendukung petani.",
            [("Indonesia", "LOC", (32, 41)), ("Kapal Api", "ORG", (43, 52))],
        ),
    ],
)
def test_a_fronted_clauses_body_set_off_or_the_subject_is_the_body(text: str, expected: list) -> None:
    assert _entities(text) == expected
