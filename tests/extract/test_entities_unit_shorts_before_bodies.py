"""A unit's short name in capitals right before its parent body's name (`TMC Polda Metro Jaya`,
`BEM Undip`, `TRC BPBD`: entities_unit_shorts.txt) is one ORG with it (GUIDELINES §6: the
longest name, a unit with its parent); any other capitalised short name before a body (a
programme's, a levy's) stays out. Whole entity lists from `resolve_entities` on invented
sentences, with spans."""

from __future__ import annotations

from .test_entities_news import _found


def test_a_police_unit_before_its_regional_police() -> None:
    text = "Menurut akun TMC Polda Sukamaju, arus lalu lintas di Jalan Merdeka padat sore ini."
    model = [("Polda Sukamaju", "ORG"), ("Jalan Merdeka", "LOC")]
    assert _found(text, model) == [
        ("TMC Polda Sukamaju", "ORG", (13, 31)),
        ("Jalan Merdeka", "LOC", (53, 66)),
    ]


def test_a_student_body_before_its_university_under_a_title() -> None:
    text = "Ketua BEM Universitas Sukamaju, Rian Hidayat, memimpin aksi di depan gedung dewan."
    model = [("Universitas Sukamaju", "ORG"), ("Rian Hidayat", "PER")]
    assert _found(text, model) == [
        ("BEM Universitas Sukamaju", "ORG", (6, 30)),
        ("Rian Hidayat", "PER", (32, 44)),
    ]


def test_a_quick_reaction_team_before_its_agency() -> None:
    text = "Petugas TRC BPBD dibantu warga membersihkan material longsor."
    model = [("BPBD", "ORG")]
    assert _found(text, model) == [("TRC BPBD", "ORG", (8, 16))]


def test_a_programme_short_name_before_a_bank_stays_out() -> None:
    text = "Penyaluran KUR BRI di Kabupaten Sukamaju naik tahun ini."
    model = [("BRI", "ORG"), ("Kabupaten Sukamaju", "LOC")]
    assert _found(text, model) == [("BRI", "ORG", (15, 18)), ("Kabupaten Sukamaju", "LOC", (22, 40))]


def test_a_unit_short_name_apart_from_the_body_stays_out() -> None:
    text = "Data itu dihimpun TMC, lalu Polda Sukamaju mengumumkannya."
    model = [("Polda Sukamaju", "ORG")]
    assert _found(text, model) == [("Polda Sukamaju", "ORG", (28, 42))]
