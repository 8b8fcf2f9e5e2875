"""A word the model reads alone as a person (`Omar`) that the article writes after a given name
(`Abid Omar`) is that person in full even where a capitalised common or function word stands
before the given name (`Pendirinya Abid Omar`, `Menurut Faris Alamsyah`): such a word opens a
sentence or a clause and opens no name (GUIDELINES §2: the fullest name). A capitalised word of
no known class before the given name may be a name's own first word: no fuller name then.

Invented Indonesian sentences in the style of national and world news; whole person lists with
every mention's span, and cases that must give no fuller name.
"""

from __future__ import annotations

import pytest

from tests.person_records import person_spans as _found
from tests.spans import span_of as _at

TEXT_FOUNDER = (
    "Gerakan warga itu lahir dari keresahan soal udara kota. Pendirinya Abid Omar telah memasang "
    "80 alat pemantau di sekolah-sekolah. Omar berharap pemerintah ikut bertindak."
)


def test_a_given_name_after_a_capitalised_noun_opens_the_name() -> None:
    first = _at(TEXT_FOUNDER, "Abid Omar")
    last = _at(TEXT_FOUNDER, "Omar", first[1])
    assert _found(TEXT_FOUNDER, [("Omar", "PER")]) == [("Abid Omar", (first, last))]


TEXT_CONNECTIVE = (
    "Harga beras naik dua pekan terakhir. Menurut Faris Alamsyah, pasokan dari sentra produksi "
    "tersendat hujan. Alamsyah meminta pedagang tidak menimbun."
)


def test_a_given_name_after_a_capitalised_connective_opens_the_name() -> None:
    first = _at(TEXT_CONNECTIVE, "Faris Alamsyah")
    last = _at(TEXT_CONNECTIVE, "Alamsyah", first[1])
    assert _found(TEXT_CONNECTIVE, [("Alamsyah", "PER")]) == [("Faris Alamsyah", (first, last))]


TEXT_SEAT = "Apel pagi dipimpin Sekda Pesawaran Wardani di halaman kantor. Wardani meminta camat hadir."


def test_a_region_between_the_title_and_the_surname_gives_no_fuller_name() -> None:
    first = _at(TEXT_SEAT, "Wardani")
    last = _at(TEXT_SEAT, "Wardani", first[1])
    assert _found(TEXT_SEAT, [("Wardani", "PER")]) == [("Wardani", (first, last))]


TEXT_OCCUPATION = (
    "Warga diminta menjaga kesehatan. Konselor Sayaka Sayeed menyebut perpindahan ke daerah "
    "lain membuat tubuh lelah. Sayeed menyarankan istirahat cukup."
)


@pytest.mark.xfail(
    strict=True,
    reason="`Konselor` is a word of no known class: it may be a name's first word, so no fuller name is made",
)
def test_a_given_name_after_an_occupation_of_no_known_class() -> None:
    first = _at(TEXT_OCCUPATION, "Sayaka Sayeed")
    last = _at(TEXT_OCCUPATION, "Sayeed", first[1])
    assert _found(TEXT_OCCUPATION, [("Sayeed", "PER")]) == [("Sayaka Sayeed", (first, last))]


@pytest.mark.parametrize(
    ("text", "found", "persons"),
    [
        # a title before: the next word may be the body the title belongs to
        (
            "Ketua Perwasi Alwin yang baru dilantik menyiapkan kejuaraan nasional. Alwin optimistis.",
            [("Alwin", "PER")],
            [("Alwin", ("Alwin", "Alwin"))],
        ),
        # a rank before: the next word may be the corps
        (
            "Danramil setempat, Kapten Inf Asrudin, memantau vaksinasi. Asrudin mengimbau warga datang.",
            [("Asrudin", "PER")],
            [("Asrudin", ("Asrudin", "Asrudin"))],
        ),
        # an English article before: a venue's or a work's English name
        (
            "Konser digelar di The Kemuning Hall pekan depan. Tiket Hall kelas festival sudah habis.",
            [("Hall", "PER")],
            [],
        ),
    ],
)
def test_no_fuller_name_after_a_title_a_rank_or_an_english_article(
    text: str, found: list[tuple[str, str]], persons: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(n, tuple(text[s:e] for s, e in m)) for n, m in _found(text, found)] == persons


TEXT_MALL = "Salah satu mal besar yakni Mall Sekar Kedaton tampak sepi. Pengunjung Kedaton turun separuh."


def test_a_mall_s_kind_word_before_the_pair_gives_no_fuller_name() -> None:
    """`Mall`, like `indeks`, is an entity cue (names_entity_cues.txt): the pair after it names
    the mall, no person."""
    assert all(name != "Sekar Kedaton" for name, _ in _found(TEXT_MALL, [("Kedaton", "PER")]))


def test_an_index_s_kind_word_before_the_pair_gives_no_fuller_name() -> None:
    text = "Indeks Komposit Nasdaq melemah 1,2 persen, sedangkan Nasdaq Eropa naik tipis."
    assert all(name != "Komposit Nasdaq" for name, _ in _found(text, [("Nasdaq", "PER")]))
