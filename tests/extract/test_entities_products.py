"""Made things named after a naming verb (GUIDELINES §6: products and features are no entities):
a name right after `bernama`, `dinamai` or `dinamakan` whose lowercase words before it hold a made
thing's noun (`fitur baru bernama …`, `sepatu kasual bernama …`, names_made_things.txt) is no
person and no body, while a person after a maker's or user's noun (`pengembang gim bernama …`)
or after a rider (`pengendara motor bernama …`) stays. Whole lists with spans from
`vet_entities`, `resolve_entities` and `extract_persons` on invented sentences, with the model's
spans given."""

from __future__ import annotations

import pytest

from extract.people.lexicon import named_made_thing
from extract.people.persons import extract_persons
from tests.entity_records import first_entities as _model
from tests.entity_records import first_vetted as _vetted

from .test_entities_news import _out


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Bank daerah itu meluncurkan fitur baru bernama Tabung Ceria bagi pelajar di Sukamaju.",
            [("Tabung Ceria", "PER"), ("Sukamaju", "LOC")],
            [("Sukamaju", "LOC", (76, 84))],
        ),
        (
            "Perajin lokal memamerkan sepatu kulit bernama Langkah Raja di pameran UMKM.",
            [("Langkah Raja", "PER")],
            [],
        ),
        (
            "Dinas Pertanian menerbangkan drone penyemprot yang dinamai Elang Hijau ke sawah warga.",
            [("Dinas Pertanian", "ORG"), ("Elang Hijau", "PER")],
            [("Dinas Pertanian", "ORG", (0, 15))],
        ),
        # a person after a maker's or a user's noun, or after a rider, stays
        (
            "Polisi memeriksa pengembang gim bernama Yoga Pratama di Mapolres Sukamaju.",
            [("Yoga Pratama", "PER")],
            [("Yoga Pratama", "PER", (40, 52))],
        ),
        (
            "Petugas menghentikan pengendara motor bernama Andi Saputra di simpang empat.",
            [("Andi Saputra", "PER")],
            [("Andi Saputra", "PER", (46, 58))],
        ),
    ],
)
def test_a_name_after_a_made_things_naming_verb_is_no_person(text: str, model: list, expected: list) -> None:
    assert _vetted(text, model) == expected


def test_a_made_things_name_after_a_naming_verb_is_no_body() -> None:
    text = "Perusahaan itu merilis konsol genggam bernama Nusa Play di Jakarta."
    model = _model(text, [("Nusa Play", "ORG"), ("Jakarta", "LOC")])
    assert _out(text, model) == [("Jakarta", "LOC", (59, 66))]


def test_a_made_things_name_after_a_naming_verb_is_no_speaker() -> None:
    text = "Pemkab memperkenalkan fitur pengaduan bernama Lapor Cepat, kata Rudi Hartono."
    found = extract_persons(text, _model(text, [("Lapor Cepat", "PER"), ("Rudi Hartono", "PER")]))
    assert [(p.name, p.mentions) for p in found] == [("Rudi Hartono", ((64, 76),))]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("sebuah laptop tipis yang bernama", True),
        ("Konsol bernama", True),
        ("perusahaan teknologi bernama", False),  # the company's name
        ("Pembocor teknologi bernama", False),  # the leaker's
        ("karakter utama film tersebut bernama", False),  # `film` is no made thing here
        ("warga Desa Sukamaju bernama", False),
        ("bernama", False),
    ],
)
def test_which_words_before_a_naming_verb_say_a_made_thing_is_named(before: str, expected: bool) -> None:
    assert named_made_thing(before.split()) is expected
