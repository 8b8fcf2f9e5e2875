"""Places read in news-raw (issue 12, round 24: unread science and regional news): a name the
model cuts inside a designation's word (`MiG` of `MiG-25`, `CoV` of `SARS-CoV-2`) is the
aircraft's, virus's or standard's letters, no place and no body. Whole entity lists with spans
from `resolve_entities` on invented sentences, and the cases that must stay as they were."""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from tests.entity_records import model_entities

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a fighter's maker's letters before its number
        (
            "Pilot itu pernah menerbangkan MiG-29 di atas Siberia.",
            [("MiG", "LOC"), ("Siberia", "LOC")],
            [("Siberia", "LOC", (45, 52))],
        ),
        # a virus's name, the middle word of three joined by hyphens
        (
            "Varian baru SARS-CoV-2 ditemukan di Jawa Barat.",
            [("CoV", "LOC")],
            [("Jawa Barat", "LOC", (36, 46))],
        ),
        # a military standard, the suffix letter after the number
        ("Ponsel itu lolos uji MIL-STD-810H sebelum dijual.", [("STD", "LOC")], []),
        # a satellite's code with a possessive glued on
        ("Peluncuran satelit GSAT-7nya ditunda lagi.", [("GSAT", "ORG")], []),
    ],
)
def test_a_name_cut_inside_a_designation_is_none(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a province's number of an electoral district: no designation's short letters
        (
            "Caleg itu maju dari dapil Lampung-1 tahun depan.",
            [("Lampung", "LOC")],
            [("Lampung", "LOC", (26, 33))],
        ),
        # a route between two towns: the second half is a name, no number
        (
            "Bus jurusan Jakarta-Bandung berangkat tiap jam.",
            [("Jakarta", "LOC"), ("Bandung", "LOC")],
            [("Jakarta", "LOC", (12, 19)), ("Bandung", "LOC", (20, 27))],
        ),
        # a toll road's kilometre post keeps its code (`entities_place_codes.txt`)
        (
            "Truk terguling di KM-50 Tol Jakarta-Cikampek pagi tadi.",
            [("KM-50 Tol Jakarta-Cikampek", "LOC")],
            [("KM-50 Tol Jakarta-Cikampek", "LOC", (18, 44))],
        ),
    ],
)
def test_a_name_before_a_hyphen_and_no_designation_stays(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def _vetted(text: str, model: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    """`vet_entities` on the model's (words, label) pairs, each found left to right."""
    return [(e.text, str(e.label), e.span) for e in vet_entities(text, model_entities(text, model))]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the mountain named with its word once, then alone
        (
            "Abu Gunung Lokon turun di Tomohon. Warga diminta menjauhi lereng Lokon sampai status turun.",
            [("Gunung Lokon", "LOC"), ("Tomohon", "LOC"), ("Lokon", "PER")],
            [("Gunung Lokon", "LOC", (4, 16)), ("Tomohon", "LOC", (26, 33)), ("Lokon", "LOC", (65, 70))],
        ),
        # an island's word written lowercase before the model's place
        (
            "Nelayan dari pulau Enggano melaut lagi. Cuaca di Enggano mulai tenang sejak Senin.",
            [("pulau Enggano", "LOC"), ("Enggano", "PER")],
            [("pulau Enggano", "LOC", (13, 26)), ("Enggano", "LOC", (49, 56))],
        ),
    ],
)
def test_a_person_the_article_names_a_natural_feature_is_the_place(
    text: str, model: list, expected: list
) -> None:
    assert _vetted(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # `kali` here counts times: no river's word before the name
        (
            "Ini kedua kali Pak Sutrisno Wibowo memimpin rapat desa di balai.",
            [("Sutrisno Wibowo", "PER")],
            [("Sutrisno Wibowo", "PER", (19, 34))],
        ),
        # a street named after a person is no natural feature
        (
            "Rumah Rahmat berada di Jalan Rahmat Hidayat. Rahmat lalu berangkat kerja.",
            [("Jalan Rahmat Hidayat", "LOC"), ("Rahmat", "PER")],
            [("Jalan Rahmat Hidayat", "LOC", (23, 43)), ("Rahmat", "PER", (45, 51))],
        ),
    ],
)
def test_a_person_after_no_natural_feature_stays(text: str, model: list, expected: list) -> None:
    assert _vetted(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # an English body's word inside the name, before `of`
        (
            "Tim dari California Institute of Technology meneliti gempa di Palu.",
            [("California Institute of Technology", "LOC"), ("Palu", "LOC")],
            [("California Institute of Technology", "ORG", (9, 43)), ("Palu", "LOC", (62, 66))],
        ),
        # no body's word: an island's English name stays a place
        (
            "Kapal itu singgah di Isle of Man sebelum ke Irlandia.",
            [("Isle of Man", "LOC"), ("Irlandia", "LOC")],
            [("Isle of Man", "LOC", (21, 32)), ("Irlandia", "LOC", (44, 52))],
        ),
    ],
)
def test_a_place_holding_a_body_word_before_of_is_the_body(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a continent glued to an ocean by a hyphen: one region
        (
            "Investor di kawasan Asia-Pasifik menunggu data inflasi pekan ini.",
            [("Asia", "LOC")],
            [("Asia-Pasifik", "LOC", (20, 32))],
        ),
        # two places across a hyphen, each its own entity, stay two
        (
            "Peringatan Konferensi Asia-Afrika digelar di Bandung.",
            [("Asia", "LOC"), ("Afrika", "LOC"), ("Bandung", "LOC")],
            [("Asia", "LOC", (22, 26)), ("Afrika", "LOC", (27, 33)), ("Bandung", "LOC", (45, 52))],
        ),
    ],
)
def test_a_place_hyphened_to_an_ocean_is_one_region(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a plural written by doubling the word opens a sentence
        (
            "Warga menata meja. Kursi-kursi baru tiba dari Jepara.",
            [("Kursi", "LOC")],
            [("Jepara", "LOC", (46, 52))],
        ),
        # the doubled word with a possessive glued on
        ("Jari-jarinya terluka saat memanen kopi.", [("Jari", "LOC")], []),
        # a route's second end repeats a word of the first, capitalised: two places
        (
            "Travel melayani rute Bandar Lampung-Lampung Barat setiap hari.",
            [("Bandar Lampung", "LOC")],
            [("Bandar Lampung", "LOC", (21, 35)), ("Lampung Barat", "LOC", (36, 49))],
        ),
    ],
)
def test_a_name_cut_before_its_doubled_word_is_none(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
