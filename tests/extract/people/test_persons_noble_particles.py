"""Noble and Balinese name particles (names_particles.txt) are part of the name: `Raden` opens
it like `Anak Agung` (GUIDELINES §2; the dev gold keeps `R.M`, news-raw's annotations `Raden
Aldi Ferdian`, `Raden Adipati Surya`), and is no form of address cut off it. A name of particles
only that opens exactly one fuller name of the article is that person (`kata Andi` after `Andi
Risdianto`: `extract.people.persons._fold_particle_names`), and so is one that follows only the
fuller name's leading particles (`ujar Made` after `Ni Made Ayu Marthini`, `kata Komang` after
`I Komang Mahendra Deputra`); with two such names it is one of them, no person of its own (§2:
one fullest name per person; no gold person of news-raw's or the dev set's is a lone particle)."""

from __future__ import annotations

import pytest

from extract.people.lexicon import Marker, match_marker
from extract.text.tokens import tokenize
from tests.person_records import person_spans


def test_raden_opens_the_name() -> None:
    text = "Bupati Way Kanan Raden Adipati Surya membagikan bantuan kepada warga."
    found = [("Raden Adipati Surya", "PER"), ("Way Kanan", "LOC")]
    assert person_spans(text, found) == [("Raden Adipati Surya", ((17, 36),))]


def test_raden_is_no_form_of_address() -> None:
    assert match_marker(tokenize("Raden Aldi Ferdian"), 0) is None
    assert match_marker(tokenize("Bapak Aldi Ferdian"), 0) == (Marker.HON, 1)


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "Plt Kepala BPBD Banyumas, Andi Risdianto, meninjau banjir. “Kondisi membaik,” terang Andi.",
            [("Andi Risdianto", "PER"), ("Andi", "PER")],
            [("Andi Risdianto", ((26, 40), (85, 89)))],
        ),
        (
            "Ketua IWO Teuku Yudhistira melantik pengurus baru. “Jaga mutu berita,” kata Teuku.",
            [("Teuku Yudhistira", "PER"), ("Teuku", "PER")],
            [("Teuku Yudhistira", ((10, 26), (76, 81)))],
        ),
        (
            "Kasat Reskrim Polres Temanggung Iptu I Komang Mahendra Deputra memeriksa lokasi. "
            "“Sampel makanan sudah kami ambil,” sambung Komang.",
            [("I Komang Mahendra Deputra", "PER"), ("Komang", "PER")],
            [("I Komang Mahendra Deputra", ((37, 62), (124, 130)))],
        ),
        (
            "Deputi Bidang Pemasaran Kemenpar Ni Made Ayu Marthini membuka acara. "
            "“Kesan mendalam,” ujar Made.",
            [("Ni Made Ayu Marthini", "PER"), ("Made", "PER")],
            [("Ni Made Ayu Marthini", ((33, 53), (92, 96)))],
        ),
        (
            "Deputi Bapanas I Gusti Ketut Astawa meninjau gudang. “Stok cukup,” jelas Ketut.",
            [("I Gusti Ketut Astawa", "PER"), ("Ketut", "PER")],
            [("I Gusti Ketut Astawa", ((15, 35), (73, 78)))],
        ),
    ],
)
def test_a_lone_particle_naming_one_fuller_name_is_that_person(
    text: str, found: list[tuple[str, str]], expected: list
) -> None:
    assert person_spans(text, found) == expected


def test_a_lone_particle_opening_two_names_is_neither_nor_a_person() -> None:
    text = "Andi Saguni dan Andi Renreng hadir di Makassar. “Kami siap,” kata Andi."
    found = [("Andi Saguni", "PER"), ("Andi Renreng", "PER"), ("Andi", "PER")]
    assert person_spans(text, found) == [("Andi Saguni", ((0, 11),)), ("Andi Renreng", ((16, 28),))]


def test_a_lone_made_two_persons_share_is_neither() -> None:
    text = "Made Suarta dan Made Wirawan memimpin upacara di Pura Besakih. “Semua lancar,” kata Made."
    found = [("Made Suarta", "PER"), ("Made Wirawan", "PER"), ("Made", "PER")]
    assert person_spans(text, found) == [("Made Suarta", ((0, 11),)), ("Made Wirawan", ((16, 28),))]


def test_a_particle_that_is_another_persons_later_word_is_no_short_form() -> None:
    text = "Pelatih Rudi Komang memimpin latihan. “Kami siap,” kata Komang."
    found = [("Rudi Komang", "PER"), ("Komang", "PER")]
    assert person_spans(text, found) == [("Rudi Komang", ((8, 19),)), ("Komang", ((56, 62),))]
