"""Pages of regional press offices, police and army news sites and regional papers (meta5,
issue 15): a sponsor's ad slot, a closed comment form, a glued scroll prompt; and what stays."""

from __future__ import annotations

from extract.clean import clean
from extract.records import Boilerplate

TITLE = "Pemkab Sijunjung Salurkan Bantuan Bibit Kakao"
LEDE = (
    "SIJUNJUNG – Pemerintah Kabupaten Sijunjung menyalurkan 12 ribu bibit kakao kepada kelompok tani "
    "di empat kecamatan, Kamis (6/3/2025)."
)
QUOTE = '"Bibit ini kami harap menambah penghasilan petani," kata Kepala Dinas Pertanian, Rina Yulianti.'


def test_an_ad_slot_naming_its_sponsor_in_capitals_is_an_ad() -> None:
    page = clean("\n".join([TITLE, LEDE, "IKLAN GUBERNUR", QUOTE]) + "\n")
    assert page.text == LEDE + "\n" + QUOTE
    assert Boilerplate(3, "IKLAN GUBERNUR", "ad") in page.boilerplate


def test_a_subheading_opening_with_iklan_in_title_case_stays_body() -> None:
    sub = "Iklan Rokok Dilarang di Sekolah"
    page = clean("\n".join([TITLE, LEDE, sub, QUOTE]) + "\n")
    assert sub in page.text.split("\n")


def test_a_closed_comment_form_is_comment_furniture() -> None:
    note = "Comments are closed, but trackbacks and pingbacks are open."
    page = clean("\n".join([TITLE, LEDE, QUOTE, note]) + "\n")
    assert page.text == LEDE + "\n" + QUOTE
    assert Boilerplate(4, note, "comments") in page.boilerplate


def test_a_scroll_prompt_with_its_direction_glued_is_an_ad() -> None:
    prompt = "Scroll kebawah untuk lihat konten"
    page = clean("\n".join([TITLE, LEDE, prompt, QUOTE]) + "\n")
    assert page.text == LEDE + "\n" + QUOTE
    assert Boilerplate(3, prompt, "ad") in page.boilerplate


def test_a_sentence_about_comments_being_closed_stays_body() -> None:
    line = "Kolom komentar ditutup oleh pengelola akun setelah unggahan itu ramai dibicarakan, Jumat malam."
    page = clean("\n".join([TITLE, LEDE, line]) + "\n")
    assert line in page.text.split("\n")


def test_a_sentence_opened_by_komentar_ditutup_stays_body() -> None:
    line = "Komentar ditutup sementara oleh admin grup itu setelah unggahan tersebut viral, kata polisi."
    page = clean("\n".join([TITLE, LEDE, line, QUOTE]) + "\n")
    assert page.text == LEDE + "\n" + line + "\n" + QUOTE
    assert [b.kind for b in page.boilerplate] == ["title"]


def test_a_closed_comment_form_in_indonesian_is_comment_furniture() -> None:
    page = clean("\n".join([TITLE, LEDE, QUOTE, "Komentar ditutup."]) + "\n")
    assert page.text == LEDE + "\n" + QUOTE
    assert Boilerplate(4, "Komentar ditutup.", "comments") in page.boilerplate


def test_a_desk_code_with_the_reporter_number_after_a_hyphen_is_the_byline() -> None:
    page = clean("\n".join([TITLE, LEDE, QUOTE + " (mag-11)"]) + "\n")
    assert (page.byline, page.text) == ("mag-11", LEDE + "\n" + QUOTE)
    assert Boilerplate(3, "(mag-11)", "byline") in page.boilerplate


def test_a_capitalised_name_with_a_number_in_brackets_is_no_byline() -> None:
    last = "Kegiatan serupa sudah digelar sejak pandemi. (Covid-19)"
    page = clean("\n".join([TITLE, LEDE, last]) + "\n")
    assert (page.byline, page.text) == (None, LEDE + "\n" + last)


def test_a_space_beside_the_slash_between_bracketed_mastheads_keeps_the_dateline() -> None:
    lede = (
        "Beijing, (ANTARA /PRNewswire)- Presiden Tiongkok Xi Jinping, Kamis lalu, mengunjungi penduduk desa "
        "yang terdampak banjir di Provinsi Gansu."
    )
    page = clean("Xi Kunjungi Korban Banjir di Gansu\n" + lede + "\n")
    assert (page.dateline.place, page.dateline.outlet) == ("Beijing", "ANTARA/PRNewswire")
    assert page.text == lede


def test_a_neighbourhood_in_brackets_with_a_spaced_slash_is_no_dateline() -> None:
    lede = (
        "Warga Kelurahan Sukamaju (RT 03 / RW 05) - sebanyak 40 kepala keluarga - menerima bantuan beras "
        "dari Pemkot Bima, Senin (3/3/2025)."
    )
    page = clean("Pemkot Bima Salurkan Bantuan Beras\n" + lede + "\n")
    assert (page.dateline, page.text) == (None, lede)


def test_a_labelled_writer_in_brackets_with_his_desk_after_a_slash_is_the_byline() -> None:
    credit = "(Penulis: Harmin/staf Prokopim Paser)"
    page = clean("\n".join([credit, LEDE, QUOTE]) + "\n")
    assert (page.byline, page.text) == ("Harmin", LEDE + "\n" + QUOTE)
    assert Boilerplate(1, credit, "byline") in page.boilerplate


def test_two_writers_parted_by_a_slash_stay_one_credit() -> None:
    page = clean("\n".join([TITLE, "Penulis: Harmin/Rudi Hartono", LEDE, QUOTE]) + "\n")
    assert page.byline == "Harmin/Rudi Hartono"


def test_a_writer_and_a_lowercase_code_after_the_slash_stay_one_credit() -> None:
    page = clean("\n".join([TITLE, LEDE, QUOTE, "Pewarta: Imam Hanafi/ant"]) + "\n")
    assert page.byline == "Imam Hanafi/ant"


def test_the_outlet_initials_after_a_region_in_title_case_are_no_part_of_the_place() -> None:
    lede = (
        "Pasaman Barat PN— Kapolres Pasaman Barat melarang pesta kembang api dan konvoi kendaraan "
        "pada malam pergantian tahun."
    )
    page = clean("Kapolres Larang Kembang Api di Malam Tahun Baru\n" + lede + "\n")
    assert (page.dateline.place, page.dateline.outlet) == ("Pasaman Barat", "PN")
    assert page.text == lede


def test_a_body_short_name_after_a_region_in_title_case_is_no_outlet() -> None:
    lede = "Medan BRI – Bank menyalurkan kredit usaha rakyat kepada 3.000 pedagang pasar tradisional."
    page = clean("BRI Salurkan KUR untuk Pedagang Pasar\n" + lede + "\n")
    assert page.dateline is None or page.dateline.outlet is None


def test_a_title_case_headline_ending_as_a_sentence_over_a_dated_lede_is_the_title() -> None:
    head = "Pimpin Apel Perdana Usai Libur Lebaran, Wali Kota : Jangan Ada lagi Pungli Di Kelurahan!"
    lede = (
        "Medan – Wali Kota Medan masih menemukan pungutan liar di tingkat kelurahan dan kecamatan, "
        "Selasa (8/4/2025)."
    )
    page = clean("\n".join([head, lede, QUOTE]) + "\n")
    assert (page.title, page.dateline.place, page.text) == (head, "Medan", lede + "\n" + QUOTE)


def test_a_sentence_case_first_paragraph_over_a_dated_one_stays_body() -> None:
    first = "Warga mengeluhkan pungutan liar di kantor kelurahan sejak awal tahun ini!"
    lede = (
        "Medan – Wali Kota Medan masih menemukan pungutan liar di tingkat kelurahan dan kecamatan, "
        "Selasa (8/4/2025)."
    )
    page = clean("\n".join([first, lede]) + "\n")
    assert (page.title, page.text) == (None, first + "\n" + lede)
