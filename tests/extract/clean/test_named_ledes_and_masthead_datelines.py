"""Page furniture and metadata, issue 15 round meta13: a lede dense with names that drops its stop
under a dateline on its own line (`SAMARINDA, Poskota Kaltim`). The pages below are invented in the
shape of the pages reviewed, not copied."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

TITLE = "Pemkab Gelar Seleksi Perangkat Desa Serentak\n\n"
NAMED_LEDE = (
    "Kepala Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kutai Kartanegara H Arif Rahman Hakim "
    "meminta seluruh Calon Perangkat Desa (CPD) Kecamatan Tenggarong datang satu jam sebelum ujian "
    "tertulis yang akan digelar pada Hari Sabtu (12 November)\n"
)
REST = "Panitia juga menyiapkan ruang tunggu bagi peserta yang datang lebih awal dari jadwal ujian.\n"


def test_a_lede_dense_with_names_without_its_stop_stays_body() -> None:
    page = clean(TITLE + NAMED_LEDE + REST)
    assert page.text == NAMED_LEDE + REST.strip()
    assert page.title == TITLE.strip()


def test_the_dateline_on_its_own_line_with_a_title_case_masthead_over_that_lede() -> None:
    page = clean(TITLE + "TENGGARONG, Poskota Kaltim\n" + NAMED_LEDE + REST)
    assert page.dateline == Dateline(place="Tenggarong", outlet="Poskota Kaltim")
    assert page.text == "TENGGARONG, Poskota Kaltim\n" + NAMED_LEDE + REST.strip()


def test_a_long_menu_line_above_the_lede_is_no_lede() -> None:
    menu = (
        "Beranda Daerah Kutai Kartanegara Samarinda Balikpapan Bontang Berau Paser Penajam Kutai Timur "
        "Kutai Barat Mahakam Ulu Politik Hukum Ekonomi Olahraga Pendidikan Kesehatan Opini Video Foto\n"
    )
    page = clean(TITLE + menu + NAMED_LEDE.replace("(12 November)", "(12 November).") + REST)
    assert page.text == NAMED_LEDE.replace("(12 November)", "(12 November).") + REST.strip()


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("CAHAYA PAPUA (NABIRE)- ", Dateline(place="Nabire", outlet="Cahaya Papua")),
        ("Gema Sumbawa (Taliwang) - ", Dateline(place="Taliwang", outlet="Gema Sumbawa")),
        ("KABAR PAPUA (MERAUKE) - ", Dateline(place="Merauke", outlet="Kabar Papua")),
        ("AMBON (Antara) - ", Dateline(place="Ambon", outlet="Antara")),
        ("Mataram (Inside Lombok) – ", Dateline(place="Mataram", outlet="Inside Lombok")),
    ],
    ids=[
        "masthead-then-bracketed-region",
        "title-case-masthead",
        "outlet-word-masthead",
        "place-then-agency",
        "place-then-masthead",
    ],
)
def test_a_masthead_named_after_its_region_before_the_place_in_brackets(
    opening: str, dateline: Dateline
) -> None:
    lede = "Pemerintah daerah menyalurkan bantuan beras kepada warga terdampak banjir di tiga kecamatan.\n"
    page = clean(TITLE + opening + lede + REST)
    assert page.dateline == dateline
    assert page.text == opening + lede + REST.strip()


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("KabarRakyat Sumedang - ", Dateline(place="Sumedang", outlet="KabarRakyat")),
        ("WARTA ONLINE KARIMUN - ", Dateline(place="Karimun", outlet="Warta Online")),
        ("Tribratanews Polres Kudus – ", Dateline(place=None, outlet="Tribratanews Polres Kudus")),
    ],
    ids=["camel-case-masthead-then-region", "suffix-word-masthead-then-region", "masthead-then-police-unit"],
)
def test_a_masthead_whole_by_its_spelling_before_a_known_region(opening: str, dateline: Dateline) -> None:
    lede = "Pemerintah daerah menyalurkan bantuan beras kepada warga terdampak banjir di tiga kecamatan.\n"
    page = clean(TITLE + opening + lede + REST)
    assert page.dateline == dateline


@pytest.mark.xfail(
    strict=True,
    reason="a shouted masthead word that is a common word (`METRO`) before a region reads as one place",
)
def test_a_common_word_masthead_before_a_region() -> None:
    lede = "Pemerintah daerah menyalurkan bantuan beras kepada warga terdampak banjir di tiga kecamatan.\n"
    page = clean(TITLE + "METRO TOMOHON- " + lede + REST)
    assert page.dateline == Dateline(place="Tomohon", outlet="Metro")


CAPTION = (
    "MONITORING - Ketua Komisi C DPRD Kabupaten Gresik bersama anggota fraksi melakukan monitoring "
    "rencana pemangkasan anggaran pendidikan dalam rapat paripurna pekan lalu.\n"
)
DATED_LEDE = (
    "Gresik (kabarjatim.com) - Sejumlah fraksi di DPRD Kabupaten Gresik menyoroti rancangan "
    "anggaran tahun depan yang dinilai belum menjawab kebutuhan warga.\n"
)


def test_a_shouted_label_naming_no_place_above_the_dateline_is_a_caption() -> None:
    page = clean(TITLE + CAPTION + CAPTION + "\n" + DATED_LEDE + REST)
    assert page.dateline == Dateline(place="Gresik", outlet="kabarjatim.com")
    assert page.text == DATED_LEDE + REST.strip()


def test_a_shouted_kecamatan_above_the_dateline_stays_the_lede() -> None:
    lede = CAPTION.replace("MONITORING", "MANYAR")
    page = clean(TITLE + lede + "\n" + DATED_LEDE + REST)
    assert page.dateline == Dateline(place="Manyar", outlet=None)
    assert page.text == lede + DATED_LEDE + REST.strip()


def test_a_shouted_label_with_no_dateline_under_it_stays_body() -> None:
    page = clean(TITLE + CAPTION + REST)
    assert page.text == CAPTION + REST.strip()
