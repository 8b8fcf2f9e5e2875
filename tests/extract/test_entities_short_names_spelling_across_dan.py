"""An office's name whose bracketed short name in capitals spells it whole by initials goes on past
`dan`, even when the words after `dan` open with a new head or a level (`Dinas Pemberdayaan
Masyarakat dan Pemerintah Desa (DPMPD)`): one ORG and its short name an entry of its own
(GUIDELINES §6). A model's body that stops before such a `dan` takes the spelled words after it,
and a slogan so spelled is then no body. Without such a short name, `dan` + a new head is a second
body. Whole outputs on invented sentences."""

from __future__ import annotations

from tests.entity_records import article_entities as _entities


def test_a_government_field_after_dan_stays_in_the_spelled_office() -> None:
    text = (
        "Berkas pencairan diserahkan melalui Dinas Pemberdayaan Masyarakat dan Pemerintah Tiyuh "
        "(DPMPT) pekan lalu."
    )
    assert _entities(text) == [
        ("Dinas Pemberdayaan Masyarakat dan Pemerintah Tiyuh", "ORG", (36, 86)),
        ("DPMPT", "ORG", (88, 93)),
    ]


def test_a_level_after_dan_stays_in_the_spelled_office_before_its_holder() -> None:
    text = (
        "Kepala Badan Pemberdayaan Masyarakat dan Pemerintah Kampung (BPMPK) Rudi Hartono "
        "meninjau jalan desa."
    )
    assert _entities(text) == [
        ("Badan Pemberdayaan Masyarakat dan Pemerintah Kampung", "ORG", (7, 59)),
        ("BPMPK", "ORG", (61, 66)),
        ("Rudi Hartono", "PER", (68, 80)),
    ]


def test_a_second_government_after_dan_without_a_short_name_is_a_second_body() -> None:
    text = "Rapat itu dihadiri Dinas Sosial dan Pemerintah Kota Metro di aula kantor."
    assert _entities(text) == [
        ("Dinas Sosial", "ORG", (19, 31)),
        ("Pemerintah Kota Metro", "ORG", (36, 57)),
    ]


def test_a_short_name_that_spells_only_the_words_after_dan_joins_nothing() -> None:
    text = "Bantuan itu disalurkan Dinas Sosial dan Pemerintah Kabupaten Lampung Barat (PKLB) kemarin."
    assert [e for e in _entities(text) if e[0].startswith("Dinas")] == [("Dinas Sosial", "ORG", (23, 35))]


def test_a_model_body_before_dan_takes_the_words_its_short_name_spells() -> None:
    text = "Mahasiswa Sekolah Kajian Stratejik dan Global (SKSG) menggelar diskusi publik."
    assert _entities(text) == [("Sekolah Kajian Stratejik dan Global", "ORG", (10, 45))]


def test_a_slogan_spelled_across_dan_is_no_body() -> None:
    text = "Guru itu mengajak siswa menerapkan Pola Hidup Bersih dan Sehat (PHBS) di sekolah."
    assert _entities(text) == []
