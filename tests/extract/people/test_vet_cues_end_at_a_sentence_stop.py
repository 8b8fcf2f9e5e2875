"""Entity vetting (`extract.ner.vet`): a thing word before a full stop ends its sentence, so it
says nothing of a name opening the next one (`… Kepala Kampung. Warsito berharap …`); an
abbreviation's dot (`Jl.`, `Univ.`, `Kab.`) ends no sentence, and the name after it is still
the facility's or the body's."""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from extract.records import Entity
from tests.entity_records import model_entities as _ents


@pytest.mark.parametrize(
    "t",
    [
        "Bantuan bibit itu diserahkan langsung oleh Kepala Kampung. Warsito berharap warga merawatnya.",
        "Penyaluran pupuk bersubsidi kini diawasi ketat oleh BUMN. Warsito menyebut stok masih aman.",
        "Uang itu dikirim lewat transfer bank. Warsito kemudian melapor ke kantor polisi terdekat.",
        "Pelaku sudah mencoba membobol rumah itu dua kali. Warsito mengaku mendengar suara pintu.",
    ],
)
def test_a_name_opening_a_sentence_after_a_thing_word_stays_a_person(t: str) -> None:
    s = t.index("Warsito")
    assert vet_entities(t, _ents(t, [("Warsito", "PER")])) == [Entity("Warsito", "PER", (s, s + 7))]


@pytest.mark.parametrize(
    ("t", "surface"),
    [
        ("Posko bantuan dibuka di Jl. Sudirman sejak pagi hari.", "Sudirman"),
        ("Seminar itu digelar di Univ. Trisakti pada Senin pagi.", "Trisakti"),
        ("Banjir kembali merendam dua desa di Kab. Sumbawa pekan ini.", "Sumbawa"),
        ("Pabrik itu milik PT. Sinar Mulia yang berdiri sejak lama.", "Sinar Mulia"),
    ],
)
def test_a_name_after_an_abbreviations_dot_still_names_the_facility_or_body(t: str, surface: str) -> None:
    assert vet_entities(t, _ents(t, [(surface, "PER")])) == []


def test_a_thing_word_without_a_stop_still_names_the_thing_after_it() -> None:
    t = "Warga antre di depan bank Mandiri sejak pukul tujuh pagi."
    assert vet_entities(t, _ents(t, [("Mandiri", "PER")])) == []
