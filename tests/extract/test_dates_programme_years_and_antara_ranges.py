"""Dates read on news-raw (issue 15, dates18): national and Lampung regional news.

A social-aid, scholarship or recruitment programme, a fiscal-policy paper, the national
legislation programme and a yearly tax return name the year they run for (``bansos PKH
2024``, ``beasiswa PIP 2023``, ``KEM-PPKF 2027``, ``Prolegnas 2026``, ``formasi CPNS 2019``,
``SPT Tahunan 2024``, ``dana APBNP 2023``, ``alokasi dana pekon (ADP) 2024``): GUIDELINES §3
makes programme and fiscal years dates, as ``APBD 2024``.
Two dates joined by ``dan`` after ``antara`` are one range, the span between them (``antara
tahun 2019 dan 2022``, ``antara 3 Mei dan 9 Juni``), as two joined by ``hingga`` are; without
``antara`` they stay two points. A span of years a from-word opens and a word closes (``dari
2006 hingga 2019``) is a range however long, as ``tahun 1980 hingga 2013`` already was; a bare
``1945-2045`` still is not.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

from extract.dates import extract_dates
from tests.date_records import D


def test_a_social_aid_programme_names_its_year() -> None:
    text = "Dinas Sosial mulai menyalurkan bansos PKH 2024 kepada warga di tiga kecamatan."
    assert extract_dates(text) == [D("2024", (42, 46), "2024")]


def test_a_bracketed_scholarship_programme_names_its_year() -> None:
    text = "Sebanyak 210 siswa menerima Program Indonesia Pintar (PIP) 2023 melalui sekolah masing-masing."
    assert extract_dates(text) == [D("2023", (59, 63), "2023")]


def test_a_fiscal_policy_paper_names_its_year() -> None:
    text = "Pemerintah menyerahkan dokumen KEM-PPKF 2027 kepada DPR dalam rapat paripurna."
    assert extract_dates(text) == [D("2027", (40, 44), "2027")]


def test_the_legislation_programme_names_its_year() -> None:
    text = "Rancangan aturan itu diusulkan masuk Prolegnas 2026 oleh badan legislasi."
    assert extract_dates(text) == [D("2026", (47, 51), "2026")]


def test_a_recruitment_round_names_its_year() -> None:
    text = "Ada 96 kuota formasi CPNS 2019 yang diperebutkan para pelamar di kabupaten itu."
    assert extract_dates(text) == [D("2019", (26, 30), "2019")]


def test_a_yearly_tax_return_names_its_year() -> None:
    text = "Wajib pajak yang belum melapor SPT Tahunan 2024 diimbau segera datang ke kantor pajak."
    assert extract_dates(text) == [D("2024", (43, 47), "2024")]


def test_a_pekon_fund_and_an_unhyphenated_revised_budget_name_their_year() -> None:
    text = "Pekon itu menerima alokasi dana pekon (ADP) 2024 dan bantuan dari dana APBNP 2023."
    assert extract_dates(text) == [D("2024", (44, 48), "2024"), D("2023", (77, 81), "2023")]


def test_a_programme_acronym_without_a_year_gives_nothing() -> None:
    text = "Pendamping PKH di desa itu memeriksa data 2.000 keluarga penerima."
    assert extract_dates(text) == []


def test_years_between_antara_and_dan_are_one_range() -> None:
    text = "Survei itu dikerjakan antara tahun 2019 dan 2022 oleh tim dari dua kampus."
    assert extract_dates(text) == [D("tahun 2019 dan 2022", (29, 48), "2019", "2022")]


def test_days_between_antara_and_dan_are_one_range() -> None:
    text = "Pendaftaran dibuka antara 3 Mei dan 9 Juni 2024 di kantor kelurahan."
    assert extract_dates(text) == [D("3 Mei dan 9 Juni 2024", (26, 47), "2024-05-03", "2024-06-09")]


def test_months_between_antara_and_dan_with_a_part_word_are_one_range() -> None:
    text = "Kasus demam berdarah naik antara Juli 2023 dan awal Maret 2024 menurut dinas kesehatan."
    assert extract_dates(text) == [D("Juli 2023 dan awal Maret 2024", (33, 62), "2023-07", "2024-03")]


def test_two_dates_joined_by_dan_without_antara_stay_two_points() -> None:
    text = "Rapat digelar pada 3 Mei dan 9 Juni 2024 di aula kantor bupati."
    assert extract_dates(text) == [
        D("3 Mei", (19, 24), "2024-05-03"),
        D("9 Juni 2024", (29, 40), "2024-06-09"),
    ]


def test_a_count_between_antara_and_dan_gives_nothing() -> None:
    text = "Setiap pekan datang antara 35 dan 60 pengunjung ke taman kota itu."
    assert extract_dates(text) == []


def test_a_long_span_of_years_a_from_word_opens_is_one_range() -> None:
    text = "Luas sawah di desa itu menyusut dari 2006 hingga 2019, kata kepala desa."
    assert extract_dates(text) == [D("2006 hingga 2019", (37, 53), "2006", "2019")]


def test_a_long_span_of_years_from_sampai_is_one_range() -> None:
    text = "Dari 1968 sampai 1985, ia mengajar di sekolah rakyat di kampungnya."
    assert extract_dates(text) == [D("1968 sampai 1985", (5, 21), "1968", "1985")]


def test_a_long_dashed_span_of_years_stays_out() -> None:
    text = "Peta jalan pembangunan 1945-2045 itu dibahas dari 1945-2045 pula oleh peserta."
    assert extract_dates(text) == []


# the news tune annotation (nr01537) dates `gaji ke-13 tahun 2026`; after a name (HUT ke-80) the
# year stays an edition's (test_dates_years_after_an_ordinal.py)
def test_the_year_after_an_ordinal_salary_is_its_fiscal_year() -> None:
    text = "Pencairan gaji ke-13 tahun 2026 bagi pegawai dimulai pekan depan."
    assert extract_dates(text) == [D("tahun 2026", (21, 31), "2026")]
