"""Officials: a post closed by a bracket that holds the model's person and nothing else
(`diputuskan oleh Presiden (Prabowo Subianto)`, `bersurat kepada Menteri Keuangan (…)`): a quote
glosses whom the post it cites stands for, and the bracket names the post's holder. A place and a
name in the bracket stay the place's post (`Gubernur (Bali Wayan Koster)`); a short form of the
post that the model reads as a person (`Jaksa Agung Muda Tindak Pidana Umum (Jampidum)`) and a
bracket after a holder already named hold no holder. After a relative's word or an occupation's
head before the post (`Istri Gubernur (…)`, `Pengacara Gubernur (…)`) the bracket glosses the whole
phrase: the person in it is the relative or the servant, no holder of the post (session 43,
second review).

Every sentence here is written for the test: names are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import article_officials, role_officials, role_record

HELD = [
    (
        '"Siapa pun yang diputuskan oleh Presiden (Joko Santoso), semuanya memenuhi syarat," kata Rudi.',
        "Presiden (Joko Santoso",
        "Joko Santoso",
        "Presiden",
    ),
    (
        '"Kami sudah bersurat kepada Menteri Keuangan (Rina Marlina Dewi) soal anggaran," ujar Rudi.',
        "Menteri Keuangan (Rina Marlina Dewi",
        "Rina Marlina Dewi",
        "Menteri Keuangan",
    ),
]


@pytest.mark.parametrize(("s", "mention", "name", "title"), HELD)
def test_the_person_alone_in_the_bracket_holds_the_post(s: str, mention: str, name: str, title: str) -> None:
    assert role_officials(s, [(name, "PER"), ("Rudi", "PER")], spans=True) == [
        role_record(s, mention, name, title)
    ]


def test_two_posts_each_with_its_holder_in_brackets() -> None:
    # the bracket ends the first post's run: the second post and its holder are a mention of their own
    s = "Surat itu dikirim kepada Presiden (Joko Santoso) dan Wakil Presiden (Rudi Hartono Wibowo)."
    ents = [("Joko Santoso", "PER"), ("Rudi Hartono Wibowo", "PER")]
    assert role_officials(s, ents, spans=True) == [
        role_record(s, "Presiden (Joko Santoso", "Joko Santoso", "Presiden"),
        role_record(s, "Wakil Presiden (Rudi Hartono Wibowo", "Rudi Hartono Wibowo", "Wakil Presiden"),
    ]
    s = "Surat itu dikirim kepada Menteri Keuangan (Rina Marlina) dan Menteri BUMN (Budi Hartono)."
    ents = [("Rina Marlina", "PER"), ("Budi Hartono", "PER")]
    assert role_officials(s, ents, spans=True) == [
        role_record(s, "Menteri Keuangan (Rina Marlina", "Rina Marlina", "Menteri Keuangan"),
        role_record(s, "Menteri BUMN (Budi Hartono", "Budi Hartono", "Menteri BUMN"),
    ]


def test_three_posts_listed_each_with_its_holder_in_brackets() -> None:
    s = (
        "Rapat itu dihadiri Menteri Keuangan (Rina Marlina), Menteri BUMN (Budi Hartono), dan "
        "Menteri Perdagangan (Joko Santoso)."
    )
    ents = [("Rina Marlina", "PER"), ("Budi Hartono", "PER"), ("Joko Santoso", "PER")]
    assert role_officials(s, ents, spans=True) == [
        role_record(s, "Menteri Keuangan (Rina Marlina", "Rina Marlina", "Menteri Keuangan"),
        role_record(s, "Menteri BUMN (Budi Hartono", "Budi Hartono", "Menteri BUMN"),
        role_record(s, "Menteri Perdagangan (Joko Santoso", "Joko Santoso", "Menteri Perdagangan"),
    ]


def test_the_bracket_holds_the_post_not_the_name_after_it() -> None:
    # the lawyer named after the comma holds no post of the former minister
    s = "Kuasa hukum mantan Menteri (Joko Santoso), Rudi Hartono, mengajukan banding."
    ents = [("Joko Santoso", "PER"), ("Rudi Hartono", "PER")]
    assert role_officials(s, ents, spans=True) == [
        role_record(s, "mantan Menteri (Joko Santoso", "Joko Santoso", "mantan Menteri")
    ]


def test_a_place_and_a_name_in_the_bracket_stay_the_places_post() -> None:
    s = '"Kami sudah bersurat kepada Gubernur (Bali Wayan Koster) soal anggaran," ujar Rudi.'
    assert role_officials(s, [("Wayan Koster", "PER"), ("Rudi", "PER")], spans=True) == [
        role_record(s, "Gubernur (Bali Wayan Koster", "Wayan Koster", "Gubernur Bali")
    ]


def test_a_bracket_after_a_named_holder_adds_nobody() -> None:
    s = "Menteri Sosial Rudi Santoso (Gus Rudi) menyampaikan arah kebijakan pemerintah."
    assert role_officials(s, [("Rudi Santoso", "PER"), ("Gus Rudi", "PER")], spans=True) == [
        role_record(s, "Menteri Sosial Rudi Santoso", "Rudi Santoso", "Menteri Sosial")
    ]


NO_HOLDER = [
    # the post's short form, read by the model as a person
    ("Perkara itu disetujui Jaksa Agung Muda Tindak Pidana Umum (Jampidum) setelah ekspose.", "Jampidum"),
    # a place in the bracket after a thing named after the post
    ("Tim itu bertanding di Piala Presiden (Jakarta) pekan lalu.", None),
]


@pytest.mark.parametrize(("s", "person"), NO_HOLDER)
def test_no_person_alone_in_the_bracket_gives_no_holder(s: str, person: str | None) -> None:
    assert role_officials(s, [(person, "PER")] if person else []) == []


GLOSSED_PHRASE = [
    # a relative's word before the post: the person in the bracket is the relative
    (
        "Istri Gubernur (Rina Marlina) membuka bazar itu bersama Budi Santoso.",
        ["Rina Marlina", "Budi Santoso"],
    ),
    ("Putra Presiden (Gibran Rakabuming) hadir bersama ayahnya.", ["Gibran Rakabuming"]),
    # an occupation's head before the post: the person in the bracket is the servant
    ("Pengacara Gubernur (Rudi Hartono) mendatangi KPK.", ["Rudi Hartono"]),
    ("Ajudan Kapolda (Budi Santoso) mengawal kunjungan itu.", ["Budi Santoso"]),
]


@pytest.mark.parametrize(("s", "persons"), GLOSSED_PHRASE)
def test_a_bracket_after_a_relatives_or_servants_post_holds_no_holder(s: str, persons: list[str]) -> None:
    assert role_officials(s, [(p, "PER") for p in persons]) == []


@pytest.mark.parametrize("s", [s for s, _ in GLOSSED_PHRASE[:2]])
def test_the_relative_in_the_bracket_is_no_official_in_the_pipeline(s: str) -> None:
    assert article_officials(s) == []
