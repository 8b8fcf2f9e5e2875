"""Organisation classes of session 34 (issue 12: spans never found, spans cut at a wrong
boundary) read on news-raw: a body named again in another case, a bracketed short name that
ends an office's name before a measure or a place of its own, and the military commands spelled
out. Whole entity lists with spans from `resolve_entities` on invented sentences, the model's
spans given, and cases where the rules must give nothing."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entity as _at
from tests.entity_records import resolved_entities as _out


def _found(text: str, model: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    return [(t, str(label), span) for t, label, span in _out(text, [_at(text, p, lab) for p, lab in model])]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a body named in capitals, then written low: the same body, an entry as written
        (
            "Gugatan ditolak Mahkamah Konstitusi (MK) pada Senin. Kata mahkamah konstitusi, dalilnya lemah.",
            [("Mahkamah Konstitusi", "ORG"), ("MK", "ORG")],
            [
                ("Mahkamah Konstitusi", "ORG", (16, 35)),
                ("MK", "ORG", (37, 39)),
                ("mahkamah konstitusi", "ORG", (58, 77)),
            ],
        ),
        # a one-word body news-raw seldom writes low
        (
            "Stok beras Bulog aman hingga akhir tahun. Gudang bulog di Metro juga penuh.",
            [("Bulog", "ORG"), ("Metro", "LOC")],
            [("Bulog", "ORG", (11, 16)), ("bulog", "ORG", (49, 54)), ("Metro", "LOC", (58, 63))],
        ),
    ],
)
def test_a_body_written_again_in_another_case_is_an_entry(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a one-word name that is a common word written low is the word (names_common_words.txt)
        (
            "Partai Prima mendaftar ke KPU. Kondisi tim tetap prima menjelang laga.",
            [("Partai Prima", "ORG"), ("KPU", "ORG")],
            [("Partai Prima", "ORG", (0, 12)), ("KPU", "ORG", (26, 29))],
        ),
        # a kind written low that news-raw seldom holds as a body's name: the kind, no body
        (
            "Perkara ditangani Kejaksaan Negeri (Kejari) sejak Mei. Hanya dua kejaksaan negeri menanganinya.",
            [("Kejaksaan Negeri", "ORG"), ("Kejari", "ORG")],
            [("Kejaksaan Negeri", "ORG", (18, 34)), ("Kejari", "ORG", (36, 42))],
        ),
        # a name no head opens and news-raw never holds as a body's: the model's slip stays alone
        (
            "Pasal itu diatur dalam KUHP Lama dan Undang-Undang. Dalam KUHP lama ada dua jenis hukuman.",
            [("KUHP Lama", "ORG")],
            [("KUHP Lama", "ORG", (23, 32))],
        ),
        # a name inside a web address is no mention of its own (the address is the outlet rule's)
        (
            "Stok beras Bulog aman. Informasi ada di laman bulog.co.id setiap hari.",
            [("Bulog", "ORG")],
            [("Bulog", "ORG", (11, 16)), ("bulog.co.id", "ORG", (46, 57))],
        ),
        # a short name of two letters written low is a word's letters (`bi` of `bi-lateral`)
        (
            "Kebijakan BI mendukung kerja sama bi-lateral kedua negara.",
            [("BI", "ORG")],
            [("BI", "ORG", (10, 12))],
        ),
    ],
)
def test_a_common_word_written_low_is_no_body(text: str, model: list, expected: list) -> None:
    assert [e for e in _found(text, model) if e[1] == "ORG"] == [e for e in expected if e[1] == "ORG"]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a measure after the bracket: the short name ends the name, an entry of its own
        (
            "Realisasi anggaran Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR) 16,91% pada semester ini.",
            [("Dinas Pekerjaan Umum dan Penataan Ruang", "ORG"), ("DPUPR", "ORG")],
            [
                ("Dinas Pekerjaan Umum dan Penataan Ruang", "ORG", (19, 58)),
                ("DPUPR", "ORG", (60, 65)),
            ],
        ),
        # a higher level after the bracket is a place of its own: the short name ends the name
        (
            "Pemerintah Kabupaten Tulang Bawang Barat (Tubaba) Provinsi Lampung mengembangkan program itu.",
            [("Pemerintah Kabupaten Tulang Bawang Barat", "ORG"), ("Provinsi Lampung", "LOC")],
            [
                ("Pemerintah Kabupaten Tulang Bawang Barat", "ORG", (0, 40)),
                ("Tubaba", "LOC", (42, 48)),
                ("Provinsi Lampung", "LOC", (50, 66)),
            ],
        ),
    ],
)
def test_a_bracketed_short_name_ending_the_name_is_its_own(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the region after the bracket goes on the name: the short name stays inside
        (
            "Kepala Dinas Sosial (Dinsos) DKI Jakarta meninjau lokasi banjir.",
            [("Dinas Sosial", "ORG"), ("DKI Jakarta", "LOC")],
            [("Dinas Sosial (Dinsos) DKI Jakarta", "ORG", (7, 40))],
        ),
        # a unit's own number after the bracket is no measure
        (
            "Anggota Komando Distrik Militer (Kodim) 0422/Lampung Barat membantu warga.",
            [("Barat", "LOC")],
            [("Komando Distrik Militer (Kodim) 0422/Lampung Barat", "ORG", (8, 58))],
        ),
    ],
)
def test_a_short_name_inside_the_name_stays_inside(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_military_command_spelled_out_heads_its_name() -> None:
    text = "Prajurit Komando Resor Militer 043/Garuda Hitam membantu warga membersihkan saluran."
    assert _found(text, []) == [("Komando Resor Militer 043/Garuda Hitam", "ORG", (9, 47))]


def test_a_command_written_low_heads_no_name() -> None:
    text = "Pasukan itu berada di bawah komando distrik militer setempat selama operasi."
    assert _found(text, []) == []
