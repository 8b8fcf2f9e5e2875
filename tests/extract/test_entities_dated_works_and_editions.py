"""A name right before a year in brackets is an author cited or a work dated (`Bartels (2016)`,
`film … (1985)`), and an ORG that ends in a year no head opens is an event's edition (`…
Forum (MIF) 2025`): no body and no place (GUIDELINES §6), read on national news (ents46). Whole
entity lists from `resolve_entities` on invented sentences, with the spans, and the names that
must stay."""

from __future__ import annotations

import pytest

from tests.entity_records import model_entities, resolved_entities


def _found(text: str, model: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    return resolved_entities(text, model_entities(text, model))


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # an author cited with the year of the work: nothing
        (
            "Menurut Mahoney (2019), partisipasi warga menentukan mutu demokrasi lokal.",
            [("Mahoney", "ORG")],
            [],
        ),
        (
            "Penelitian Kurniasih dan Halloran (2021) menemukan hal serupa di Bandung.",
            [("Halloran", "LOC"), ("Bandung", "LOC")],
            [("Bandung", "LOC", (65, 72))],
        ),
        # a film dated in brackets: nothing; the place after it stays
        (
            "Film Rumah Kenangan (2018) kembali diputar di bioskop Jakarta.",
            [("Rumah Kenangan", "ORG"), ("Jakarta", "LOC")],
            [("Jakarta", "LOC", (54, 61))],
        ),
        # a head, a shouted short name or the name written elsewhere without a year: a body
        (
            "Data Kementerian Kesehatan (2023) mencatat kenaikan kasus di Surabaya.",
            [("Kementerian Kesehatan", "ORG"), ("Surabaya", "LOC")],
            [("Kementerian Kesehatan", "ORG", (5, 26)), ("Surabaya", "LOC", (61, 69))],
        ),
        (
            "Laporan UNICEF (2022) juga menyebut angka serupa.",
            [("UNICEF", "ORG")],
            [("UNICEF", "ORG", (8, 14))],
        ),
        (
            "Ia membela Ducati sejak musim lalu. Bersama Ducati (2017), ia naik podium tiga kali.",
            [("Ducati", "ORG"), ("Ducati", "ORG")],
            [("Ducati", "ORG", (11, 17)), ("Ducati", "ORG", (44, 50))],
        ),
    ],
)
def test_a_name_before_a_bracketed_year_is_an_author_or_a_work(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # an event's edition: nothing
        (
            "Pertemuan itu dibahas dalam Borneo Trade Forum (BTF) 2025 di Balikpapan.",
            [("Borneo Trade Forum (BTF) 2025", "ORG"), ("Balikpapan", "LOC")],
            [("Balikpapan", "LOC", (61, 71))],
        ),
        (
            "Ia tetap berjuang setelah Proklamasi 17 Agustus 1945 di Jawa.",
            [("Proklamasi 17 Agustus 1945", "ORG"), ("Jawa", "LOC")],
            [("Jawa", "LOC", (56, 60))],
        ),
        # a head keeps the body, without its budget year (cuts._without_century_year)
        (
            "Utang pemerintah kepada Perum Bulog 2020 belum dibayar.",
            [("Perum Bulog 2020", "ORG")],
            [("Perum Bulog", "ORG", (24, 35))],
        ),
    ],
)
def test_an_org_ending_in_a_year_no_head_opens_is_an_edition(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
