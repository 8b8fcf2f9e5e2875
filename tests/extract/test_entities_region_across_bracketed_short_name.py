"""Organisation and place classes of session 15 read on news-raw lines where a body's or a
facility's full name, its bracketed short name and a region follow each other (`Rumah Sakit Umum
Daerah (RSUD) …`, `Mal Pelayanan Publik (MPP) Kabupaten …`): one name of the full name's label,
the short name inside it (GUIDELINES §6: `Dinas Sosial (Dinsos) DKI Jakarta`). Whole entity lists
with spans from `resolve_entities` on invented sentences, the model's spans given, and cases where
the rule must leave the names as they are."""

from __future__ import annotations

import pytest

from .test_entities_news import _at, _out, _person


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a facility's name, its short name, then its town
        (
            "Pasien itu dirujuk ke Rumah Sakit Umum Daerah (RSUD) Pringsewu untuk dirawat.",
            [("Rumah Sakit Umum Daerah", "LOC"), ("RSUD", "ORG"), ("Pringsewu", "LOC")],
            [("Rumah Sakit Umum Daerah (RSUD) Pringsewu", "LOC", (22, 62))],
        ),
        # a level and its regency after the short name
        (
            "Warga bisa mengurus izin di Mal Pelayanan Publik (MPP) Kabupaten Pesawaran setiap hari.",
            [("Mal Pelayanan Publik", "LOC"), ("MPP", "ORG"), ("Kabupaten Pesawaran", "LOC")],
            [("Mal Pelayanan Publik (MPP) Kabupaten Pesawaran", "LOC", (28, 74))],
        ),
        # a town the model left out, spelled as the gazetteer lists it
        (
            "Berkas pencairan dikirim ke Kantor Pelayanan Perbendaharaan Negara (KPPN) Kotabumi besok.",
            [("Kantor Pelayanan Perbendaharaan Negara", "LOC"), ("KPPN", "LOC")],
            [("Kantor Pelayanan Perbendaharaan Negara (KPPN) Kotabumi", "LOC", (28, 82))],
        ),
        # a regency seat the model tagged, not a regency's name (clean_region_seats.txt)
        (
            "Berkas dana desa diproses di Kantor Pelayanan Perbendaharaan Negara (KPPN) Liwa pekan ini.",
            [("Kantor Pelayanan Perbendaharaan Negara", "LOC"), ("KPPN", "LOC"), ("Liwa", "LOC")],
            [("Kantor Pelayanan Perbendaharaan Negara (KPPN) Liwa", "LOC", (29, 79))],
        ),
        # a body's name, the same way
        (
            "Perusahaan Daerah Air Minum (PDAM) Kota Metro menambah sambungan bagi warga.",
            [("Perusahaan Daerah Air Minum", "ORG"), ("PDAM", "ORG"), ("Kota Metro", "LOC")],
            [("Perusahaan Daerah Air Minum (PDAM) Kota Metro", "ORG", (0, 45))],
        ),
    ],
)
def test_a_name_takes_its_region_across_its_short_name(text: str, model: list, expected: list) -> None:
    assert _out(text, [_at(text, part, label) for part, label in model]) == expected


def test_a_person_after_the_short_name_is_no_part_of_the_name() -> None:
    text = "Pasien dirawat di Rumah Sakit Jiwa Daerah (RSJD) Suryo Wibowo sejak Senin."
    model = [("Rumah Sakit Jiwa Daerah", "LOC"), ("RSJD", "LOC"), ("Suryo Wibowo", "PER")]
    assert _out(
        text, [_at(text, part, label) for part, label in model], persons=[_person(text, "Suryo Wibowo")]
    ) == [
        ("Rumah Sakit Jiwa Daerah", "LOC", (18, 41)),
        ("RSJD", "LOC", (43, 47)),
        ("Suryo Wibowo", "PER", (49, 61)),
    ]


def test_a_place_cut_short_after_the_short_name_is_left_as_it_is() -> None:
    text = "Investor melirik Kawasan Ekonomi Khusus (KEK) Bintan Raya Timur tahun ini."
    model = [("Kawasan Ekonomi Khusus", "LOC"), ("KEK", "LOC"), ("Bintan", "LOC")]
    found = _out(text, [_at(text, part, label) for part, label in model])
    assert ("Kawasan Ekonomi Khusus (KEK) Bintan", "LOC", (17, 52)) not in found
    # the zone's kind alone names no zone (entities_kind_words.txt, places22): no span grows or stays
    assert not any(t.startswith("Kawasan Ekonomi Khusus") for t, _, _ in found)


def test_a_name_cut_at_its_start_takes_no_region() -> None:
    text = "Sumbangan sektor itu terhadap Produk Domestik Regional (PDRB) Lampung naik."
    model = [("Domestik Regional", "ORG"), ("Lampung", "LOC")]
    found = _out(text, [_at(text, part, label) for part, label in model])
    assert ("Lampung", "LOC", (62, 69)) in found
    assert not any("(PDRB) Lampung" in t for t, _, _ in found)
