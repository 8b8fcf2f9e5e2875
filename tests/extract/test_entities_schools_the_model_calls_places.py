"""A school named by its kind's word, an Islamic boarding school (`Ponpes`, `Pondok Pesantren`), a
special-needs school (`SLB`) or an academy (`Akademi`), is an organisation wherever the model calls
it a place (GUIDELINES §6: schools and universities are organisations; entities_heads.txt). The
kind alone names no school, and `Pondok` alone heads a place's name (`Pondok Indah`). Whole entity
lists from `resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Kapolres menyerahkan bantuan kepada santri Ponpes Santri Manjung, Rabu.",
            [("Ponpes Santri Manjung", "LOC")],
            [("Ponpes Santri Manjung", "ORG", (43, 64))],
        ),
        (
            "Bupati meresmikan asrama baru Pondok Pesantren Al Hidayah pada Sabtu pagi.",
            [("Pondok Pesantren Al Hidayah", "LOC")],
            [("Pondok Pesantren Al Hidayah", "ORG", (30, 57))],
        ),
        (
            "Mahasiswa KKN menemukan tiga kendala di SLB Autisme River Kids.",
            [("SLB Autisme River Kids", "LOC")],
            [("SLB Autisme River Kids", "ORG", (40, 62))],
        ),
        (
            "Ia lulus dari Akademi Kebidanan Murung Raya tahun lalu.",
            [("Akademi Kebidanan Murung Raya", "LOC")],
            [("Akademi Kebidanan Murung Raya", "ORG", (14, 43))],
        ),
        (
            "Prabowo masuk Akademi Angkatan Bersenjata Republik Indonesia (AKABRI) pada 1970.",
            [("Akademi Angkatan Bersenjata Republik Indonesia", "LOC"), ("AKABRI", "ORG")],
            [
                ("Akademi Angkatan Bersenjata Republik Indonesia", "ORG", (14, 60)),
                ("AKABRI", "ORG", (62, 68)),
            ],
        ),
    ],
)
def test_a_school_the_model_calls_a_place_is_a_body(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the kind alone, after a quantifier: no school named
        (
            "Dinas Sosial menyalurkan bantuan ke beberapa Pondok Pesantren di Sidoarjo.",
            [
                ("Dinas Sosial", "ORG"),
                ("Pondok Pesantren", "LOC"),
                ("Sidoarjo", "LOC"),
            ],
            [("Dinas Sosial", "ORG", (0, 12)), ("Sidoarjo", "LOC", (65, 73))],
        ),
        # `Pondok` alone heads a neighbourhood's name: a place
        (
            "Kebakaran terjadi di Pondok Indah, Jakarta Selatan.",
            [
                ("Pondok Indah", "LOC"),
                ("Jakarta Selatan", "LOC"),
            ],
            [("Pondok Indah", "LOC", (21, 33)), ("Jakarta Selatan", "LOC", (35, 50))],
        ),
        # a city after `di` stays a place
        (
            "Lomba tahfiz digelar di Tuban, Jawa Timur.",
            [("Tuban", "LOC"), ("Jawa Timur", "LOC")],
            [
                ("Tuban", "LOC", (24, 29)),
                ("Jawa Timur", "LOC", (31, 41)),
            ],
        ),
    ],
)
def test_a_school_kind_alone_and_other_places_give_no_school(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.xfail(
    strict=True, reason="a short name glued after an academy's name without brackets is read into it"
)
def test_an_academy_before_its_unbracketed_short_name() -> None:
    text = "Tim meninjau lahan untuk kompleks Akademi Teknik Mesin Indonesia ATMI. Pembangunan ATMI dimulai."
    model = [("Akademi Teknik Mesin Indonesia", "ORG"), ("ATMI", "ORG")]
    assert _found(text, model) == [
        ("Akademi Teknik Mesin Indonesia", "ORG", (34, 64)),
        ("ATMI", "ORG", (65, 69)),
        ("ATMI", "ORG", (83, 87)),
    ]
