"""Dates read on news-raw (issue 15, dates17): regional news without a published date.

The weekdays before a bracketed date or range are part of its mention, as the weekday next
to a date is (GUIDELINES §3): ``Sabtu dan Minggu (14-15 Maret 2020)``, ``Jumat hingga Minggu
(7-9 Agustus 2019)``, brackets and all, as ``Rabu (10 Juni 2020)`` already was; lower-case
``minggu`` after a count is a week and stays out. ``Jumat ini, 15 Mei 2020`` is one mention,
as ``Jumat kemarin, 15 Mei 2020`` is. A week of a month before ``bulan`` and a month without
a year (``minggu kedua Bulan Februari``) is one mention, as ``pekan kedua Maret 2024`` is.
Three full month names joined by commas alone are a list of dates, as with ``dan``; two
after a month cue (``alokasi April dan Mei``) too. A word shaped like a verb (``akan dilakukan
Desember``, ``dirapel Oktober dan November``) is a month cue, as it is a year cue; a capitalised
word after the month makes it a person (``diserahkan Juli Rahayu``), and so does a clause going
on after it (``menyambut Juni dan Desi di gerbang``): after a verb-shaped cue the month ends
its clause. A day and month then a dash and a four-digit year (``Kamis (14/3-2019)``) is one
date, as the slash would be; a dash and a day and month after it stay a range. A bare month
opening a clause of a price series (``Februari turun menjadi Rp8 ribu, dan Maret naik``) is a
date when its sentence names a month with its year; a verb-shaped word after it makes it a
person (``Juni menjelaskan``). A capitalised ``Tahun`` ending a programme's title-case name
(``Program Rehabilitasi Rumah Tidak Layak Huni Tahun 2022``) keeps its year, as a budget's
does (GUIDELINES §3: a programme's year is a date); an event's name still does not. A
decimal before ``tahun`` is a value, not a law's number (``68,12 tahun 2022``).

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from tests.date_records import D


def test_two_weekdays_before_a_bracketed_range_are_its_mention() -> None:
    text = "Pasar murah dibuka dua hari, Sabtu dan Minggu (14-15 Maret 2020), di halaman kantor camat."
    assert extract_dates(text) == [
        D("Sabtu dan Minggu (14-15 Maret 2020)", (29, 64), "2020-03-14", "2020-03-15")
    ]


def test_a_weekday_range_before_a_bracketed_range_is_its_mention() -> None:
    text = "Turnamen voli antardesa berlangsung Jumat hingga Minggu (7-9 Agustus 2019) di lapangan kecamatan."
    assert extract_dates(text) == [
        D("Jumat hingga Minggu (7-9 Agustus 2019)", (36, 74), "2019-08-07", "2019-08-09")
    ]


def test_one_weekday_before_a_bracketed_range_is_its_mention() -> None:
    text = "Pameran itu dibuka Selasa (3-5 November 2020) oleh wakil bupati."
    assert extract_dates(text) == [D("Selasa (3-5 November 2020)", (19, 45), "2020-11-03", "2020-11-05")]


def test_weekdays_and_a_past_word_before_a_bracketed_numeric_range() -> None:
    text = "Verifikasi berkas dilakukan Senin dan Selasa lalu (9-10/3/2020) oleh tim kabupaten."
    assert extract_dates(text) == [
        D("Senin dan Selasa lalu (9-10/3/2020)", (28, 63), "2020-03-09", "2020-03-10")
    ]


def test_weekdays_before_a_bracketed_range_across_two_months() -> None:
    text = "Musim tanam dimulai Kamis dan Jumat (30 April - 1 Mei 2020) serentak di tiga desa."
    assert extract_dates(text) == [
        D("Kamis dan Jumat (30 April - 1 Mei 2020)", (20, 59), "2020-04-30", "2020-05-01")
    ]


def test_a_bare_weekday_read_there_is_no_mention_of_its_own() -> None:
    text = "Kios pupuk ditutup Senin, lalu dibuka lagi Sabtu dan Minggu (16-17 Mei) untuk petani."
    assert extract_dates(text, published="2020-05-20") == [
        D("Senin", (19, 24), "2020-05-18"),
        D("Sabtu dan Minggu (16-17 Mei)", (43, 71), "2020-05-16", "2020-05-17"),
    ]


def test_a_counted_week_before_a_bracketed_range_stays_out() -> None:
    text = "Petani menanam padi selama dua minggu (1-14 Juni 2020) di lahan tadah hujan."
    assert extract_dates(text) == [D("1-14 Juni 2020", (39, 53), "2020-06-01", "2020-06-14")]


def test_a_weekday_then_ini_before_a_date_is_one_mention() -> None:
    text = "Penyaluran bantuan dilakukan pada Jumat ini, 15 Mei 2020, di kantor desa."
    assert extract_dates(text) == [D("Jumat ini, 15 Mei 2020", (34, 56), "2020-05-15")]


def test_a_week_of_a_month_before_bulan_without_a_year() -> None:
    text = "Sejak minggu kedua Bulan Februari harga cabai di pasar kecamatan terus turun."
    assert extract_dates(text) == [D("minggu kedua Bulan Februari", (6, 33), "XXXX-02")]


def test_weekdays_without_a_date_give_nothing() -> None:
    text = "Pasar ternak hanya buka Sabtu dan Minggu (pagi hari) di pinggir kota."
    assert extract_dates(text) == []


def test_three_months_joined_by_commas_alone_are_a_list() -> None:
    text = "Bantuan beras disalurkan untuk tiga bulan, Januari, Februari, Maret, kepada 1.200 keluarga."
    assert extract_dates(text) == [
        D("Januari", (43, 50), "XXXX-01"),
        D("Februari", (52, 60), "XXXX-02"),
        D("Maret", (62, 67), "XXXX-03"),
    ]


def test_two_months_after_a_month_cue_are_a_list() -> None:
    text = "Kuota pupuk mencakup alokasi April dan Mei bagi kelompok tani di Kecamatan Sukamaju."
    assert extract_dates(text) == [D("April", (29, 34), "XXXX-04"), D("Mei", (39, 42), "XXXX-05")]


def test_two_names_and_a_word_are_no_list() -> None:
    text = "Rapat itu dihadiri Juni, Juli, dan kawan-kawan dari karang taruna."
    assert extract_dates(text) == []


@pytest.mark.xfail(
    strict=True,
    reason="two months after yakni/yaitu: a cue there also dates a recurring pair (sekali setahun, "
    "yaitu Februari dan Agustus), which the project does not date (news-raw 652 vs 4872)",
)
def test_two_months_after_yakni_are_a_list() -> None:
    text = "Honor kader dibayarkan selama dua bulan yakni Agustus dan September oleh pemerintah desa."
    assert extract_dates(text) == [D("Agustus", (46, 53), "XXXX-08"), D("September", (58, 67), "XXXX-09")]


def test_a_month_after_a_verb_is_a_date() -> None:
    text = "Penyaluran bantuan pangan tahap berikutnya akan dilakukan Desember, kata kepala dinas sosial."
    assert extract_dates(text) == [D("Desember", (58, 66), "XXXX-12")]


def test_two_months_after_a_verb_are_a_list() -> None:
    text = "Menurut bendahara, honor guru mengaji itu dirapel Oktober dan November."
    assert extract_dates(text) == [D("Oktober", (50, 57), "XXXX-10"), D("November", (62, 70), "XXXX-11")]


def test_months_after_a_verb_with_the_clause_going_on_are_people() -> None:
    text = "Ketua panitia menyambut Juni dan Desi di gerbang balai desa."
    assert extract_dates(text) == []


def test_a_month_name_then_a_surname_after_a_verb_is_a_person() -> None:
    text = "Penghargaan tersebut diserahkan Juli Rahayu kepada para kader posyandu."
    assert extract_dates(text) == []


@pytest.mark.xfail(
    strict=True,
    reason="a one-word name after a verb reads as a month (none on news-raw: every verb-shaped cue "
    "before a bare month there was a date, 13 of 13)",
)
def test_a_one_word_name_after_a_verb_is_no_month() -> None:
    text = "Lomba itu dimenangkan Juni, siswa kelas lima dari sekolah dasar negeri."
    assert extract_dates(text) == []


def test_a_dash_before_a_four_digit_year_is_the_dates_year() -> None:
    text = "Gedung puskesmas itu diresmikan bupati, Kamis (14/3-2019) di Kecamatan Way Tenong."
    assert extract_dates(text) == [D("Kamis (14/3-2019)", (40, 57), "2019-03-14")]


def test_a_dash_before_a_day_and_month_is_still_a_range() -> None:
    text = "Pendaftaran calon kader dibuka Senin (10/8-12/8) di kantor desa."
    assert extract_dates(text) == [D("Senin (10/8-12/8)", (31, 48), "XXXX-08-10", "XXXX-08-12")]


def test_bare_months_of_a_series_dated_in_their_sentence() -> None:
    text = (
        "Harga karet pada Januari 2021 Rp9 ribu per kilo, Februari turun menjadi Rp8 ribu, "
        "dan Maret naik lagi ke Rp10 ribu."
    )
    assert extract_dates(text) == [
        D("Januari 2021", (17, 29), "2021-01"),
        D("Februari", (49, 57), "XXXX-02"),
        D("Maret", (86, 91), "XXXX-03"),
    ]


def test_bare_months_of_an_undated_series_give_nothing() -> None:
    text = "Harga karet masih Rp9 ribu per kilo, Februari turun menjadi Rp8 ribu, dan Maret naik lagi."
    assert extract_dates(text) == []


def test_a_month_name_then_a_verb_opening_a_clause_is_a_person() -> None:
    text = "Pada April 2021 panitia rapat, Juni menjelaskan rencana itu kepada warga."
    assert extract_dates(text) == [D("April 2021", (5, 15), "2021-04")]


@pytest.mark.xfail(
    strict=True,
    reason="GUIDELINES question: is a Javanese market day after the weekday (Jumat Kliwon) part "
    "of the weekday next to the date? (news-raw: 1 page)",
)
def test_a_javanese_market_day_joins_the_weekday() -> None:
    text = "Sedekah bumi di desa itu digelar pada Jumat Kliwon, 14 Agustus 2020 di balai dusun."
    assert extract_dates(text) == [D("Jumat Kliwon, 14 Agustus 2020", (38, 67), "2020-08-14")]


@pytest.mark.xfail(
    strict=True,
    reason="a bracketed day and month after a day word of the story (besoknya, keesokan harinya, "
    "petang nanti) is missed: 3 pages on news-raw",
)
def test_a_bracketed_date_after_a_story_day_word() -> None:
    text = "Panen raya digelar Selasa, padahal besoknya (15/09) hujan turun deras di kecamatan itu."
    assert extract_dates(text) == [D("besoknya (15/09)", (35, 51), "XXXX-09-15")]


def test_a_programmes_name_keeps_its_year() -> None:
    text = (
        "Bupati meninjau pelaksanaan Program Rehabilitasi Rumah Tidak Layak Huni Tahun 2022 "
        "di Kecamatan Sukadana."
    )
    assert extract_dates(text) == [D("Tahun 2022", (72, 82), "2022")]


def test_an_events_name_still_gives_no_year() -> None:
    text = "Tim kecamatan juara Lomba Desa Wisata Nasional Tahun 2022 di Jakarta."
    assert extract_dates(text) == []


def test_a_decimal_before_tahun_is_no_law_number() -> None:
    text = "Nilai IPM kabupaten naik dari 68,12 tahun 2022 menjadi 68,90 tahun 2023 menurut BPS."
    assert extract_dates(text) == [D("tahun 2022", (36, 46), "2022"), D("tahun 2023", (61, 71), "2023")]


def test_a_law_number_before_tahun_still_gives_no_year() -> None:
    text = "Aturan itu tertuang dalam Perda Nomor 12 Tahun 2019 tentang retribusi pasar."
    assert extract_dates(text) == []
