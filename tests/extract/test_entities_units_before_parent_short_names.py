"""A council's or a body's unit (`Majelis Umum`, `Komite Disiplin (Komdis)`, `Kantor Perwakilan`)
written one space before a known body's short name in capitals (`PBB`, `PSSI`, `BI Jawa Barat`)
is one organisation with its parent (GUIDELINES §6: the longest name; a bracketed short name
inside a name stays in it). Whole entity lists from `resolve_entities` on invented sentences,
and the cases that must give nothing new: two bodies joined by `dan`, a body then a place or a
person, a meeting's name or a common word before a body."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a council's unit, then the parent's short name the model read alone
        (
            "Sejak 2012, Majelis Umum PBB memperingati hari itu setiap bulan Mei.",
            [("Majelis Umum", "ORG"), ("PBB", "ORG")],
            [("Majelis Umum PBB", "ORG", (12, 28))],
        ),
        # the unit's own bracketed short name between them stays inside the name
        (
            "Klub itu dijatuhi denda oleh Komite Disiplin (Komdis) PSSI karena suporternya menyalakan suar.",
            [("Komite Disiplin", "ORG"), ("Komdis", "ORG"), ("PSSI", "ORG")],
            [("Komite Disiplin (Komdis) PSSI", "ORG", (29, 58))],
        ),
        # the parent's own ORG, its region included, ends the name
        (
            "Aduan warga itu diterima Mahkamah Kehormatan Dewan (MKD) DPR RI pada Senin siang.",
            [("Mahkamah Kehormatan Dewan", "ORG"), ("MKD", "ORG"), ("DPR RI", "ORG")],
            [("Mahkamah Kehormatan Dewan (MKD) DPR RI", "ORG", (25, 63))],
        ),
        (
            "Pameran itu digelar Kantor Perwakilan BI Jawa Timur bersama para perajin batik.",
            [("Kantor Perwakilan", "ORG"), ("BI Jawa Timur", "ORG")],
            [("Kantor Perwakilan BI Jawa Timur", "ORG", (20, 51))],
        ),
    ],
)
def test_a_unit_before_its_parents_short_name_is_one_body(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # two bodies joined by `dan` stay two
        (
            "Rapat itu dihadiri Kemenkes dan BPOM untuk membahas obat sirop anak.",
            [("Kemenkes", "ORG"), ("BPOM", "ORG")],
            [("Kemenkes", "ORG", (19, 27)), ("BPOM", "ORG", (32, 36))],
        ),
        # a body then a place, a body then a person: no short name of a body after it
        (
            "Berkas perkara itu dilimpahkan Polres Malang di Kepanjen pada Selasa.",
            [("Polres Malang", "ORG"), ("Kepanjen", "LOC")],
            [("Polres Malang", "ORG", (31, 44)), ("Kepanjen", "LOC", (48, 56))],
        ),
        (
            "Putusan Majelis Kehormatan Ahmad Fauzi dibacakan pekan lalu.",
            [("Majelis Kehormatan", "ORG"), ("Ahmad Fauzi", "PER")],
            [("Majelis Kehormatan", "ORG", (8, 26)), ("Ahmad Fauzi", "PER", (27, 38))],
        ),
        # a meeting's name and a sentence's opening word are no unit of the body after them
        (
            "Rapat Kerja Nasional KONI digelar di sebuah hotel di Jakarta Pusat.",
            [("KONI", "ORG"), ("Jakarta Pusat", "LOC")],
            [("KONI", "ORG", (21, 25)), ("Jakarta Pusat", "LOC", (53, 66))],
        ),
        (
            "Kemarin BPOM menarik tiga merek obat sirop dari pasaran.",
            [("BPOM", "ORG")],
            [("BPOM", "ORG", (8, 12))],
        ),
    ],
)
def test_no_unit_is_joined_to_a_body_it_does_not_name(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
