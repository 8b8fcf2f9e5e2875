"""A short name in title case that the article spells out by syllables in brackets right after
or inside a body's name (`Badan Pengelola Keuangan (Bapelkeu)`, `Balai Pelatihan Pertanian
(Bapeltan) Lampung`) is that body wherever it stands alone later, and with the region right after
it one ORG (`Bapeltan Lampung`), also where the model read it as a person. A head word in brackets
is a kind (`Satuan Tugas (Satgas)`), and a short name spelling a body named with its region
abbreviates the place (`Pemerintah Provinsi Papua Pegunungan (Papeg)`). Whole entity lists from
`resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

from tests.entity_records import model_entities
from tests.entity_records import resolved_entities as _out


def test_a_syllabic_short_name_alone_later_is_the_body() -> None:
    text = "Badan Pengelola Keuangan (Bapelkeu) merilis laporan. Menurut Bapelkeu, belanja pegawai turun."
    model = model_entities(
        text, [("Badan Pengelola Keuangan", "ORG"), ("Bapelkeu", "ORG"), ("Bapelkeu", "PER")]
    )
    assert _out(text, model) == [
        ("Badan Pengelola Keuangan", "ORG", (0, 24)),
        ("Bapelkeu", "ORG", (26, 34)),
        ("Bapelkeu", "ORG", (61, 69)),
    ]


def test_a_syllabic_short_name_inside_a_name_takes_the_region_after_it_later() -> None:
    text = (
        "Kepala Balai Pelatihan Pertanian (Bapeltan) Lampung meninjau panen bawang. "
        "Program itu hasil kerja sama Bank Indonesia dan Bapeltan Lampung."
    )
    model = model_entities(
        text,
        [
            ("Balai Pelatihan Pertanian (Bapeltan) Lampung", "ORG"),
            ("Bank Indonesia", "ORG"),
            ("Lampung", "LOC"),
        ],
    )
    assert _out(text, model) == [
        ("Balai Pelatihan Pertanian (Bapeltan) Lampung", "ORG", (7, 51)),
        ("Bank Indonesia", "ORG", (104, 118)),
        ("Bapeltan Lampung", "ORG", (123, 139)),
    ]


def test_a_head_word_in_brackets_is_no_body_alone() -> None:
    text = "Satuan Tugas (Satgas) Pangan memantau harga beras. Satgas menemukan beras oplosan di gudang."
    model = model_entities(text, [("Satuan Tugas (Satgas) Pangan", "ORG")])
    assert not any(t == "Satgas" for t, _, _ in _out(text, model))


def test_a_short_name_of_a_body_named_with_its_region_is_no_body_alone() -> None:
    text = (
        "Pemerintah Provinsi Papua Pegunungan (Papeg) membangun jalan baru. Warga Papeg menyambut proyek itu."
    )
    model = model_entities(text, [("Pemerintah Provinsi Papua Pegunungan", "ORG")])
    found = _out(text, model)
    assert not any(t == "Papeg" and s[0] > 50 and lab == "ORG" for t, lab, s in found)


def test_a_meeting_read_as_a_body_gives_its_short_name_no_body() -> None:
    text = "Rapat Kerja Teknis (Rakernis) digelar di Denpasar. Rakernis membahas pengamanan hari raya."
    model = model_entities(text, [("Rapat Kerja Teknis", "ORG"), ("Denpasar", "LOC")])
    assert not any(t == "Rakernis" and s[0] > 40 for t, _, s in _out(text, model))


def test_a_syllabic_short_name_of_a_kind_is_no_body() -> None:
    text = "Badan Usaha Milik Tiyuh (Bumti) mulai dibentuk di setiap tiyuh. Kesiapan Bumti terus dipantau."
    model = model_entities(text, [("Badan Usaha Milik Tiyuh", "ORG"), ("Bumti", "ORG")])
    assert _out(text, model) == []
