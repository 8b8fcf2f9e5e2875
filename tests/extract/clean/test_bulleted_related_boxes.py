"""A related-headlines box inside the body under `Berita Terkini:` whose headlines each open with a
list mark (issue 15): every marked headline goes with the box, however many; prose, and a body's
own list after a paragraph, stay.

Invented pages of the constructions unlabelled news shows (other places and headlines).
"""

from __future__ import annotations

from extract.clean import clean
from extract.records import Dateline

TITLE = "Pemkab Salurkan Benih Jagung untuk Petani\n"
LEDE = (
    "Sukamaju (Warta Satu) – Pemerintah Kabupaten Sukamaju menyalurkan bantuan benih jagung kepada 35 "
    "kelompok tani di lima kecamatan, Selasa (12/3/2024).\n"
)
AFTER = (
    "Selain itu, kata Rusdi, dinas juga menyiapkan pupuk bersubsidi bagi kelompok tani yang sama.\n"
    '"Benih ini kami bagikan sebelum musim tanam kedua tiba," kata Kepala Dinas Pertanian Rusdi Hamzah.\n'
)
BOX = (
    "Berita Terkini:\n"
    "- Perbaikan Irigasi Desa Sukamaju Rampung Akhir Bulan\n"
    "- Pemprov Tetapkan Upah Minimum 2026\n"
    "- Wabup Ajak Guru Ciptakan Pendidikan Berdampak\n"
    "- Kafe Tepi Pantai Raih Penghargaan Kuliner\n"
    "- Dinas Sosial Salurkan Beras untuk Lansia\n"
)


def test_every_marked_headline_of_the_box_goes() -> None:
    page = clean(TITLE + LEDE + BOX + AFTER)
    assert page.text == (LEDE + AFTER).strip()
    related = [b.text for b in page.boilerplate if b.kind.value == "related"]
    assert related[0] == "Berita Terkini:"
    assert related[-1] == "- Dinas Sosial Salurkan Beras untuk Lansia"


def test_a_sentence_opening_with_the_words_stays() -> None:
    line = "Berita terkini dari BMKG menyebutkan hujan lebat turun pekan depan sehingga petani waspada.\n"
    page = clean(TITLE + LEDE + line + AFTER)
    assert line.strip() in page.text.split("\n")


def test_a_bodys_list_after_a_paragraph_stays() -> None:
    items = (
        "- benih jagung hibrida 10 ton\n- pupuk organik 5 ton\n- alat semprot 40 unit\n- terpal 60 lembar\n"
    )
    page = clean(TITLE + LEDE + "Bantuan yang disalurkan meliputi:\n" + items + AFTER)
    assert "- terpal 60 lembar" in page.text.split("\n")


CAPTION = (
    "Bupati Sukamaju Rahmat Hidayat menyerahkan benih jagung kepada ketua kelompok tani, Selasa (12/3).\n"
)


def test_a_caption_under_its_label_above_the_lede() -> None:
    page = clean(TITLE + "Ket. Foto:\n" + CAPTION + "Laporan Reporter : Budi\n" + LEDE + AFTER)
    assert page.text == (LEDE + AFTER).strip()
    assert page.dateline is not None and page.dateline.place == "Sukamaju"
    assert page.byline == "Budi"


def test_a_caption_after_its_label_on_one_line() -> None:
    page = clean(TITLE + "Ket. Foto: " + CAPTION + LEDE + AFTER)
    assert page.text == (LEDE + AFTER).strip()


def test_a_label_with_no_caption_leaves_the_lede() -> None:
    page = clean(TITLE + "Keterangan Gambar :\n" + LEDE + AFTER)
    assert page.text == (LEDE + AFTER).strip()
    assert page.dateline is not None and page.dateline.place == "Sukamaju"


def test_a_sentence_wrapped_after_a_preposition_stays_body() -> None:
    wrapped = (
        '"Ada sepuluh orang yang sudah diperiksa," kata Kepala Bidang Humas Rusdi Hamzah kepada\n'
        "Wartasukamaju.com\n"
        ", Jumat (10/10/2025).\n"
    )
    page = clean(TITLE + LEDE + wrapped + AFTER)
    assert page.published is None
    assert page.text == (LEDE + wrapped + AFTER).strip()


def test_the_pages_date_under_a_closed_paragraph_still_dates_it() -> None:
    page = clean(TITLE + "Jumat, 10 Oktober 2025\n" + LEDE + AFTER)
    assert page.published == "2025-10-10"


def test_a_list_of_marked_headlines_above_the_article_gives_no_title() -> None:
    latest = (
        "- Kades Ditangkap Polisi, Terbitkan Surat Tanah Ilegal\n"
        "- Kapolsek Pimpin Upacara di Sekolah Dasar, Tanamkan Peduli Lingkungan\n"
        "- Jalan Lintas Diselimuti Kabut Asap Tebal, Warga Mengungsi\n"
    )
    page = clean(latest + TITLE + LEDE + AFTER)
    assert page.title == TITLE.strip()
    assert page.text == (LEDE + AFTER).strip()


def test_a_lone_marked_headline_is_the_title() -> None:
    page = clean("• " + TITLE + LEDE + AFTER)
    assert page.title == TITLE.strip()


def test_a_caption_closed_by_a_credit_in_square_brackets_is_no_title() -> None:
    page = clean(
        "Rahmat Hidayat\nSelasa, 12 Maret 2024 | 10:15 WIB\n"
        "Ketua kelompok tani menerima benih jagung di balai desa, Selasa (12/3/2024) pagi."
        " [Kontributor Wartadesa.id / Budi Santoso]\n" + LEDE + AFTER
    )
    assert page.title is None
    assert page.byline == "Rahmat Hidayat"
    assert page.published == "2024-03-12"
    assert page.text == (LEDE + AFTER).strip()


def test_a_reporters_code_in_square_brackets_closes_the_body() -> None:
    page = clean(TITLE + LEDE + AFTER.rstrip("\n") + " [abc/dfg]\n")
    assert page.byline == "abc/dfg"
    assert page.text.endswith("Rusdi Hamzah.")


def test_a_dateline_alone_on_its_line_over_the_lede() -> None:
    page = clean(
        TITLE + "Rina Wulandari - detikNews\nSelasa, 12 Mar 2024 10:15 WIB\n\n"
        "TNI-Polri-BPBD bahu membahu menyalurkan benih kepada petani. (Foto: dok. Humas)\n"
        "Pekanbaru -\n\n" + LEDE.split("– ", 1)[1] + AFTER
    )
    assert page.dateline == Dateline(place="Pekanbaru", outlet=None)
    assert page.byline == "Rina Wulandari"
    assert page.text.startswith("Pekanbaru -\nPemerintah Kabupaten")


def test_a_body_acronym_glued_to_the_next_word_is_no_place() -> None:
    page = clean(TITLE + "TNI-Polri menyalurkan benih jagung kepada petani di lima kecamatan.\n" + AFTER)
    assert page.dateline is None


def test_a_name_with_the_outlet_after_its_dash_over_the_date() -> None:
    page = clean(TITLE + "Mei Amelia R - detikNews\nSelasa, 12 Mar 2024 10:15 WIB\n\n" + LEDE + AFTER)
    assert page.byline == "Mei Amelia R"
    assert page.published == "2024-03-12"


def test_a_desk_with_the_outlet_after_its_dash_is_no_byline() -> None:
    page = clean(TITLE + "Tim Redaksi - detikNews\nSelasa, 12 Mar 2024 10:15 WIB\n\n" + LEDE + AFTER)
    assert page.byline is None


def test_a_headline_broken_after_its_comma() -> None:
    page = clean(
        "Jumat, 03 Mei 2024\n\nDesa Sukamaju Siap Gelar Festival Panen 2024,\n\n"
        + TITLE
        + "\n"
        + LEDE
        + AFTER
    )
    assert page.title == "Desa Sukamaju Siap Gelar Festival Panen 2024, " + TITLE.strip()
    assert page.text == (LEDE + AFTER).strip()


def test_a_menu_line_ending_in_a_comma_over_the_headline_stays_apart() -> None:
    page = clean("Beranda, berita hari ini dan arsip,\n\n" + TITLE + "\n" + LEDE + AFTER)
    assert page.title == TITLE.strip()
