"""A word the model reads alone as a person (a player's surname on a football page: `Brunelli`)
that the article also writes after a given name (`Matteo Brunelli`) is that
person, named in full (GUIDELINES §2: one fullest name per person), though the model missed the
full name and no speech verb or title marks the surname. A word before it that is common, a
rank or a title's, a word of the model's bodies or places, a name in brackets (a body's short
name) and a word the article also writes in lowercase give no such name.

Invented Indonesian sentences in the style of sport news; whole person lists with every
mention's span, and cases that must give no person.
"""

from __future__ import annotations

import pytest

from tests.person_records import person_mentions as _mentions
from tests.person_records import person_spans as _found
from tests.spans import span_of as _at

TEXT_PLAYER = (
    "Tim tamu sempat tertekan pada awal babak kedua. Umpan silang Matteo Brunelli gagal "
    "dimanfaatkan rekannya, sebelum Brunelli sendiri mencetak gol pada menit ke-70."
)


def test_a_surname_the_article_writes_after_a_given_name_names_the_player_in_full() -> None:
    first = _at(TEXT_PLAYER, "Matteo Brunelli")
    last = _at(TEXT_PLAYER, "Brunelli", first[1])
    assert _found(TEXT_PLAYER, [("Brunelli", "PER")]) == [("Matteo Brunelli", (first, last))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a common word opens the sentence before the surname
        (
            "Laga berjalan ketat sejak awal. Namun Brunelli gagal menembus pertahanan lawan.",
            [("Brunelli", "PER")],
        ),
        # the word before is a word of the model's club: a team, not a given name
        (
            "Sporting Velmora menang dua gol tanpa balas. Kemenangan itu membawa Velmora ke puncak.",
            [("Velmora", "PER"), ("Sporting Velmora", "ORG")],
        ),
        # the word before is written in lowercase too: a common noun
        (
            "Pasukan khusus menguji ranpur baru di Cilodong. Ranpur Kalong itu melaju mulus di medan licin.",
            [("Kalong", "PER")],
        ),
        # the word alone is a common word: the two words name a thing
        (
            "Pasien dibahas bersama oleh tim Tumor Board sebelum terapi dimulai pekan depan.",
            [("Board", "PER")],
        ),
        # a name in quotes is a programme's or a work's, and a mixed-case word no given name
        (
            "Program pemeriksaan gratis 'SeHat Bugar' belum banyak dimanfaatkan warga desa.",
            [("Bugar", "PER")],
        ),
        # a name in brackets after a body is the body's short name
        (
            "Suku Dinas Pertamanan dan Hutan Kota (Sudin Tamhut) menambah petugas di taman kota.",
            [("Tamhut", "PER")],
        ),
    ],
)
def test_no_full_name_is_made_from_a_word_that_opens_no_name(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, found) == []


TEXT_RANK = "Pengamanan laga dipimpin langsung oleh Irjen Waskito di sekitar stadion."


def test_a_rank_before_the_word_is_no_given_name() -> None:
    assert _found(TEXT_RANK, [("Waskito", "PER")]) == [("Waskito", (_at(TEXT_RANK, "Waskito"),))]


TEXT_TWO_BEFORE = (
    "Soal itu dikenal sebagai Konjektur Verhoeven, yang pertama kali ditulis oleh ahli hitung "
    "Belanda, Aurelio Verhoeven, pada abad ke-18."
)


@pytest.mark.xfail(
    strict=True,
    reason="an occupation before `Country, Name` (ahli hitung, pakar hitung, ilmuwan Belanda, Aurelio "
    "Verhoeven) makes its holder a person in full, and the people layer then links the lone "
    "`Verhoeven` of `Konjektur Verhoeven` to him: the surname linking does not read the other word "
    "written before the surname; the same with `pakar`/`ilmuwan` before ahli became a head",
)
def test_a_word_written_after_two_different_words_gives_no_fuller_name() -> None:
    assert _found(TEXT_TWO_BEFORE, [("Verhoeven", "PER")]) == []


TEXT_FIRST_WORD_TWICE = (
    "Turnamen itu digelar untuk merayakan ulang tahun Meridian Velkaro pekan depan. Panitia "
    "menyebut Meridian Group akan menambah hadiah bagi para juara."
)


def test_a_first_word_written_before_another_capitalised_word_too_gives_no_fuller_name() -> None:
    assert _found(TEXT_FIRST_WORD_TWICE, [("Velkaro", "PER")]) == []


@pytest.mark.parametrize(
    ("text", "found", "persons"),
    [
        # a region's name before the surname: the region's official, named by his own name
        (
            "Upacara dibuka Sekda Pesawaran Wardani di halaman kantor bupati. Wardani meminta camat hadir.",
            [("Wardani", "PER")],
            [("Wardani", ["Wardani", "Wardani"])],
        ),
        # a product's word before the pair: a car's model, no person
        (
            "Pabrikan itu memperkenalkan mobil Vento Largo pada 2009. Setahun kemudian, Largo laris "
            "di kota besar.",
            [("Largo", "PER")],
            [],
        ),
        # a number after the pair: an edition of a cup, no person
        (
            "Klub itu menjuarai Trofeo Brenzoni 2021/2022 di kandang lawan. Brenzoni digelar setiap Agustus.",
            [("Brenzoni", "PER")],
            [],
        ),
    ],
)
def test_no_full_name_from_a_region_a_product_or_an_edition(
    text: str, found: list[tuple[str, str]], persons: list[tuple[str, list[str]]]
) -> None:
    assert _mentions(text, found) == persons


TEXT_HYPHENED = (
    "Bek kanan Tobias Verlinde-Moss mengirim umpan silang dari sisi kanan. Verlinde lalu ditarik "
    "keluar pada menit ke-70."
)


def test_a_surname_glued_to_a_hyphen_is_no_whole_surname() -> None:
    assert all(name != "Tobias Verlinde" for name, _ in _mentions(TEXT_HYPHENED, [("Verlinde", "PER")]))
