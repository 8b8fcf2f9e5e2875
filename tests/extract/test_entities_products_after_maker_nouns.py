"""A name right after a noun a maker's name may follow too (`produk`, `game`, `gim`,
`teknologi`, `layanan`, `platform`: entities_maker_cues.txt) names the product, the game, the
technology or the service, no body (GUIDELINES §6), where the article writes it nowhere else
without such a noun. The maker stays an organisation: the name written again on its own, a
body's kind before the noun (`perusahaan teknologi …`), a body's word in the name, a place's
name listed with it, a person's name after the noun, and the noun capitalised inside a title.
Whole entity lists from `resolve_entities` on invented sentences, with the model's entities
given."""

from __future__ import annotations

import pytest

from tests.entity_records import every_place_entities as _every
from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Nasabah kini bisa membeli produk Tabungan Emas Sejahtera lewat aplikasi.",
            [("Tabungan Emas Sejahtera", "ORG")],
        ),
        ("Anak-anak itu sering memainkan game Naga Sakti sepulang sekolah.", [("Naga Sakti", "ORG")]),
        (
            "Ponsel ini dibekali teknologi Rapid Cool Chamber agar tidak cepat panas.",
            [("Rapid Cool Chamber", "ORG")],
        ),
        ("Klinik itu membuka layanan Senyum Pertama untuk pasien anak.", [("Senyum Pertama", "ORG")]),
    ],
    ids=["produk", "game", "teknologi", "layanan"],
)
def test_a_name_after_a_maker_noun_written_nowhere_else_is_none(text: str, model: list) -> None:
    assert _out(text, _model(text, model)) == []


def test_a_maker_written_again_on_its_own_stays_a_body() -> None:
    text = "Harga produk Lumira naik sejak Mei. Lumira menyebut bahan baku kini lebih mahal."
    found = _out(text, _every(text, [("Lumira", "ORG")]))
    assert found == [("Lumira", "ORG", (13, 19)), ("Lumira", "ORG", (36, 42))]


def test_a_company_kind_before_the_noun_names_the_maker() -> None:
    text = "Perusahaan teknologi Lumira membuka kantor baru pekan ini."
    assert _out(text, _model(text, [("Lumira", "ORG")])) == [("Lumira", "ORG", (21, 27))]


def test_a_body_word_in_the_name_keeps_the_body() -> None:
    text = "Ketua umum itu hasil musyawarah produk Komite Olahraga Daerah tahun lalu."
    found = _out(text, _model(text, [("Komite Olahraga Daerah", "ORG")]))
    assert found == [("Komite Olahraga Daerah", "ORG", (39, 61))]


def test_operators_listed_with_a_place_stay_bodies() -> None:
    text = "Skema tarif itu berlaku pada layanan Transkota, MRT Jakarta, dan LRT Jakarta."
    model = [("Transkota", "ORG"), ("MRT Jakarta", "ORG"), ("LRT Jakarta", "ORG")]
    assert _out(text, _model(text, model)) == [
        ("Transkota", "ORG", (37, 46)),
        ("MRT Jakarta", "ORG", (48, 59)),
        ("LRT Jakarta", "ORG", (65, 76)),
    ]


def test_a_capitalised_noun_inside_a_title_keeps_the_maker() -> None:
    text = "Hal itu disampaikan Manajer Produk Lumira Indonesia Rina Kartika di Jakarta."
    found = _out(
        text, _model(text, [("Lumira Indonesia", "ORG"), ("Rina Kartika", "PER"), ("Jakarta", "LOC")])
    )
    assert ("Lumira Indonesia", "ORG", (35, 51)) in found


def test_a_person_after_the_technology_noun_stays_a_person() -> None:
    text = "Miliarder di bidang teknologi Budi Santoso kembali membeli saham."
    assert _out(text, _model(text, [("Budi Santoso", "PER")])) == [("Budi Santoso", "PER", (30, 42))]


def test_the_noun_opening_a_sentence_is_no_title() -> None:
    """A sentence's first word is capitalised as any: `Game` there reads as `game` does."""
    text = "Game Naga Sakti kini bisa diunduh secara gratis di ponsel."
    assert _out(text, _model(text, [("Naga Sakti", "ORG")])) == []


def test_products_named_after_their_region_are_no_operators() -> None:
    """A region after a common noun (`Batik`, `Tenun`) says where the product comes from: no
    operator's name, so the list stays products."""
    text = "Pengunjung memborong produk Batik Sragen, Batik Lasem, dan Tenun Sikka di pameran."
    model = [("Batik Sragen", "ORG"), ("Batik Lasem", "ORG"), ("Tenun Sikka", "ORG")]
    assert _out(text, _model(text, model)) == []


def test_a_bank_closed_by_its_region_is_an_operator() -> None:
    text = "Nasabah bisa memakai layanan Bank Jateng dan Bank DKI untuk membayar pajak."
    model = [("Bank Jateng", "ORG"), ("Bank DKI", "ORG")]
    assert _out(text, _model(text, model)) == [
        ("Bank Jateng", "ORG", (29, 40)),
        ("Bank DKI", "ORG", (45, 53)),
    ]
