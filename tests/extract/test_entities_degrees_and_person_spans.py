"""The entity layer's degree test and persons' spans, made cheaper (issue 18): same outputs."""

from __future__ import annotations

import pytest

from extract.ner.entities import resolve_entities, with_persons
from extract.records import Person
from tests.entity_records import nth_entity as _at


def _mentions(text: str, name: str) -> Person:
    spans, at = [], text.find(name)
    while at >= 0:
        spans.append((at, at + len(name)))
        at = text.find(name, at + 1)
    return Person(name, tuple(spans))


def _out(
    text: str, model: list[tuple[str, str]], persons: tuple[str, ...] = ()
) -> list[tuple[str, str, tuple[int, int]]]:
    people = [_mentions(text, p) for p in persons]
    found = resolve_entities(text, [_at(text, part, label) for part, label in model], persons=people)
    assert all(text[e.span[0] : e.span[1]] == e.text for e in found)
    return [(e.text, str(e.label), e.span) for e in found]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a degree, a religious title and both together before a name: no body
        (
            "Sambutan dibacakan Asisten II Drs. H. Rusdi Hamzah di aula kantor bupati.",
            [("Drs. H.", "ORG")],
            [],
        ),
        (
            "Pasien ditangani dokter spesialis Arief Lubis, Sp.PD di ruang rawat inap.",
            [("Sp.PD", "ORG")],
            [],
        ),
        (
            "Peraturan itu tertuang dalam Perda No.8 tahun lalu tentang retribusi pasar.",
            [("Perda No.8", "ORG")],
            [],
        ),
        # a body's name is no degree
        (
            "Rapat digelar di kantor Dinas Perikanan Kabupaten Seruyan pada Selasa pagi.",
            [("Dinas Perikanan Kabupaten Seruyan", "ORG")],
            [("Dinas Perikanan Kabupaten Seruyan", "ORG", (24, 57))],
        ),
    ],
    ids=["degree-and-title", "degree-dotted", "numbered-rule", "body"],
)
def test_degrees_are_no_entities_and_bodies_stay(text: str, model, expected) -> None:
    assert _out(text, model) == expected


def test_a_person_cuts_the_body_before_the_name() -> None:
    text = "Kepala Dinas Sosial Rahmat Hidayat meninjau dapur umum. Rahmat mengatakan stok cukup."
    model = [("Dinas Sosial Rahmat Hidayat", "ORG")]
    assert _out(text, model, ("Rahmat Hidayat", "Rahmat")) == [("Dinas Sosial", "ORG", (7, 19))]


def test_a_one_word_mention_spelling_a_regency_leaves_the_body_whole() -> None:
    text = "Tim SAR Gabungan Basarnas Kendari mencari korban. Hal itu disampaikan Kendari Putra kemarin."
    model = [("Basarnas Kendari", "ORG")]
    assert _out(text, model, ("Kendari",)) == [("Tim SAR Gabungan Basarnas Kendari", "ORG", (0, 33))]


def test_with_persons_adds_every_mention_no_body_covers() -> None:
    text = "Bupati Seruyan Yulhaidir meresmikan pasar. Yulhaidir berharap pasar ramai."
    person = _mentions(text, "Yulhaidir")
    found = with_persons(text, [_at(text, "Seruyan", "LOC")], [person])
    assert [(e.text, str(e.label), e.span) for e in found] == [
        ("Seruyan", "LOC", (7, 14)),
        ("Yulhaidir", "PER", (15, 24)),
        ("Yulhaidir", "PER", (43, 52)),
    ]


def test_nothing_in_a_text_without_names() -> None:
    assert _out("harga cabai naik lagi di pasar pagi ini.", []) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Khatib mengajak jemaah meneladani Nabi Ibrahim dalam berkurban, Jumat pagi.", "Ibrahim"),
        ("Pengajian rutin itu diisi Ustaz Fauzan di serambi masjid desa.", "Fauzan"),
    ],
)
def test_a_one_word_name_after_a_religious_title_is_a_person(text: str, name: str) -> None:
    at = text.index(name)
    found = with_persons(text, [], [_mentions(text, name)])
    assert [(e.text, str(e.label), e.span) for e in found] == [(name, "PER", (at, at + len(name)))]


def test_a_one_word_mention_inside_a_company_name_stays_no_person() -> None:
    text = "Kapal milik PT Samudra Ferry bersandar di dermaga. Ferry lalu menyapa warga."
    found = with_persons(text, [], [_mentions(text, "Ferry")])
    assert [(e.text, str(e.label), e.span) for e in found] == [("Ferry", "PER", (51, 56))]


def test_a_one_word_place_after_a_title_word_stays_no_person() -> None:
    # `Pemangku` is a religious title and also a hamlet's word in Lampung: only a given name
    # after it is read as the person's
    text = "Banjir merendam Pemangku Sukajaya sejak pagi, kata warga setempat."
    assert with_persons(text, [], [_mentions(text, "Sukajaya")]) == []
