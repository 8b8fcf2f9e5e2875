"""A shouted short name the model reads as ORG, listed beside a body named in other than capitals
(`Pemerintah Kabupaten Lombok Timur, ITDC, MGPA, dan …`), is a body's short name as a defined one
is, there and wherever it stands alone in the article (GUIDELINES §6: organisations); a list of
shouted words alone, a degree's list after a doctor's name and a kind's short name tell nothing.
Whole outputs on invented sentences."""

from __future__ import annotations

from tests.entity_records import article_entities as _entities


def test_short_names_listed_after_a_government_are_bodies() -> None:
    text = (
        "Rapat itu dihadiri Pemerintah Kabupaten Lombok Timur, ITDC, MGPA, dan unsur lain yang "
        "terlibat dalam penyelenggaraan balapan."
    )
    assert _entities(text) == [
        ("Pemerintah Kabupaten Lombok Timur", "ORG", (19, 52)),
        ("ITDC", "ORG", (54, 58)),
        ("MGPA", "ORG", (60, 64)),
    ]


def test_a_listed_short_name_is_the_body_alone_later_too() -> None:
    text = (
        "Rapat itu dihadiri Pemerintah Kabupaten Lombok Timur, ITDC, dan unsur lain. "
        "Pihak ITDC menyiapkan lahan parkir baru."
    )
    assert _entities(text) == [
        ("Pemerintah Kabupaten Lombok Timur", "ORG", (19, 52)),
        ("ITDC", "ORG", (54, 58)),
        ("ITDC", "ORG", (82, 86)),
    ]


def test_short_names_between_named_bodies_are_bodies() -> None:
    text = (
        "Pengaduan itu diajukan oleh Perhimpunan Advokat Muda, TPDI, KIPP, dan Lembaga Bantuan "
        "Hukum Surabaya ke Mahkamah Konstitusi."
    )
    assert _entities(text) == [
        ("Perhimpunan Advokat Muda", "ORG", (28, 52)),
        ("TPDI", "ORG", (54, 58)),
        ("KIPP", "ORG", (60, 64)),
        ("Lembaga Bantuan Hukum Surabaya", "ORG", (70, 100)),
        ("Mahkamah Konstitusi", "ORG", (104, 123)),
    ]


def test_a_short_name_alone_is_no_body() -> None:
    assert _entities("Lahan parkir baru disiapkan ITDC di kawasan itu.") == []


def test_a_short_name_after_a_bodys_noun_is_a_body() -> None:
    # `pihak` before a short name no list holds names a body's side (`cuts._acts_as_body`)
    assert _entities("Pihak ITDC menyiapkan lahan parkir baru di kawasan itu.") == [("ITDC", "ORG", (6, 10))]


def test_kinds_of_civil_servants_listed_with_bodies_are_none() -> None:
    text = "Bantuan diberikan kepada PNS, CPNS, PPPK, TNI, dan Polri di daerah itu."
    assert _entities(text) == [("TNI", "ORG", (42, 45)), ("Polri", "ORG", (51, 56))]


def test_a_degree_listed_after_a_doctors_name_is_no_body() -> None:
    text = (
        '"Pola makan perlu dijaga," kata dr. Rina Sari, M.Gizi, SpGK, AIFO-K, FINEM dari Rumah '
        "Sakit Harapan Bandung, Selasa (19/5/2026)."
    )
    assert [e for e in _entities(text) if e[1] == "ORG"] == []


def test_a_kind_of_company_beside_a_body_is_none() -> None:
    text = "Pemerintah meminta Danantara dan BUMN lebih aktif berinvestasi di sektor haji."
    assert _entities(text) == [("Danantara", "ORG", (19, 28))]


def test_a_persons_initials_after_a_credited_outlet_are_no_body() -> None:
    text = (
        "Anggota Komisi VII DPR RI Bambang Haryo Soekartono (BHS) menyoroti transportasi. "
        "Dilansir detikFinance, BHS membandingkan masalah itu dengan Jakarta."
    )
    assert _entities(text) == [
        ("Komisi VII DPR RI", "ORG", (8, 25)),
        ("Bambang Haryo Soekartono", "PER", (26, 50)),
        ("detikFinance", "ORG", (90, 102)),
        ("Jakarta", "LOC", (141, 148)),
    ]
