"""A name whose last syllable follows a hyphen in lowercase (Korean, Chinese and Taiwanese given
names: `Son Heung-min`, `Ki Dong-ju`) is one name to its end when the model stopped at the hyphen
(GUIDELINES §6: the fullest name); an enclitic, an honorific or a common word after the hyphen
is no part of it (`Prabowo-lah`, `Toshi-san`, `Affan-bahkan`).

Invented Indonesian sentences in the style of national sport and entertainment news; the model's
entities as given.
"""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from tests.extract.people.test_persons_news import _ents, _persons


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "Pelatih Park Hang-seo memanggil 25 pemain untuk laga uji coba melawan Filipina, Kamis.",
            [("Park Hang", "PER"), ("Filipina", "LOC")],
            [("Park Hang-seo", ["Park Hang-seo"])],
        ),
        (
            "Ganda putra tuan rumah Kang Min-hyuk/Seo Seung-jae lolos ke semifinal di Seoul, Jumat.",
            [("Kang Min", "PER"), ("Seo Seung", "PER"), ("Seoul", "LOC")],
            [("Kang Min-hyuk", ["Kang Min-hyuk"]), ("Seo Seung-jae", ["Seo Seung-jae"])],
        ),
        (
            "Aktris Kim Go-eun mengaku gugup. Menurut Kim Go-eun, naskah film itu menantang.",
            [("Kim Go", "PER"), ("Kim Go", "PER")],
            [("Kim Go-eun", ["Kim Go-eun", "Kim Go-eun"])],
        ),
    ],
)
def test_a_lowercase_syllable_after_a_names_hyphen_ends_the_name(text, found, expected):
    assert _persons(text, found) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an enclitic is no syllable of a name
        ("Menurut warga, Suharyanto-lah yang pertama menolong korban banjir itu.", [("Suharyanto", "PER")]),
        # a Japanese honorific is dropped like Bapak or Ibu
        ("Pemilik kedai, Kenji-san, menyambut tamu dari Bandung dengan ramah.", [("Kenji", "PER")]),
        # a dash used as a clause break before a common word
        ("Bek kiri Rudi Affan-bahkan sempat mencetak gol-dibawa keluar lapangan.", [("Rudi Affan", "PER")]),
        # a hyphenated pair of two persons keeps its halves
        (
            "Pasangan Agus Salim-Dewi Lestari unggul di TPS 4.",
            [("Agus Salim", "PER"), ("Dewi Lestari", "PER")],
        ),
    ],
)
def test_no_syllable_is_taken_after_a_hyphen_that_ends_the_name(text, found):
    ents = _ents(text, found)
    assert [(e.text, e.span) for e in vet_entities(text, ents)] == [(e.text, e.span) for e in ents]
