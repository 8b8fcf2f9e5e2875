"""Closing credits and agency datelines glued into one-line articles (issue 15): a reporter's given
name cut to its initial, a credit glued after the last teaser, reporters' codes after a teaser, and
an agency's dateline behind a pull quote that ends in a bracket, a comma, a number or capitals.

Invented articles of the constructions unlabelled news shows (other places, names and codes).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

LEDE = (
    "Sukamaju (ANTARA) - Pemerintah Kabupaten Sukamaju menyalurkan bantuan benih jagung kepada 35 "
    "kelompok tani di lima kecamatan, Selasa. "
)
LAST = "Benih itu dibagikan sebelum musim tanam kedua tiba, kata Kepala Dinas Pertanian Rusdi Hamzah."


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        (" Pewarta: M. Imam PranataEditor: Ani Lestari", "M. Imam Pranata"),
        (" Pewarta: M.Haris Setiadi AgusEditor: Ani Lestari", "M.Haris Setiadi Agus"),
        (" Pewarta: Muh. ArfandiEditor: Ani Lestari", "Muh. Arfandi"),
    ],
    ids=["initial-and-space", "initial-glued", "short-name"],
)
def test_a_credit_keeps_an_initials_stop(credit: str, byline: str) -> None:
    page = clean(LEDE + LAST + credit + " COPYRIGHT © ANTARA 2024\n")
    assert page.byline == byline
    assert page.text.endswith("Rusdi Hamzah.")


def test_a_credit_label_inside_a_sentence_stays_body() -> None:
    line = LEDE + "Ia membaca buku berjudul Penulis: Ani. Buku itu terbit pada 2020\n"
    page = clean(line)
    assert page.byline is None
    assert page.text.endswith("terbit pada 2020")


def test_a_credit_glued_to_the_last_teaser_is_the_byline() -> None:
    line = (
        LEDE + LAST + " Baca juga: Dinas Pertanian Salurkan Pupuk Baca juga: Petani Sukamaju Panen Raya "
        "Jagung di Musim KemarauPewarta: Rahmat HidayatEditor: Ani Lestari COPYRIGHT © ANTARA 2024\n"
    )
    page = clean(line)
    assert page.byline == "Rahmat Hidayat"
    assert page.text.endswith("Rusdi Hamzah.")
    related = [b.text for b in page.boilerplate if b.kind.value == "related"]
    assert related[-1].endswith("di Musim Kemarau")


@pytest.mark.parametrize(
    ("closing", "byline"),
    [
        (" Lihat Juga : Bupati Resmikan Pasar Rakyat Sukamaju (abc/dfg)", "abc/dfg"),
        (" Lihat Juga : Bupati Resmikan Pasar Sukamaju (abc/dfg/hij) [Gambas:Video CNN]", "abc/dfg/hij"),
        (" Lihat Juga : Bupati Resmikan Pasar Rakyat (Sukamaju)", None),  # a bracketed word, no code
    ],
    ids=["code", "three-codes-then-video", "bracketed-place"],
)
def test_reporters_codes_after_the_last_teaser(closing: str, byline: str | None) -> None:
    page = clean(LEDE.replace("(ANTARA)", "(Warta)") + LAST + closing + "\n")
    assert page.byline == byline
    assert page.text.endswith("Rusdi Hamzah.")


@pytest.mark.parametrize(
    ("quote", "place"),
    [
        ("Kami tidak akan mundur (dari rencana itu)", "Jakarta"),
        ("Semua pihak harus menahan diri,", "Ambon"),
        ("Hubungi layanan darurat 119", "Biak"),
        ("Pembangunan harus selesai sebelum HUT RI di IKN", "Jakarta"),
        # a title-case last word glued to the place reads as a masthead's inner capital (`UcokMedan`)
        ("Salam Bang Ucok", "Medan"),
        ("Salam Bang Ucok", "Palangka Raya"),
    ],
    ids=["bracket", "comma", "number", "capitals", "title-case-word", "title-case-word-two-word-place"],
)
def test_an_agency_dateline_behind_a_glued_pull_quote(quote: str, place: str) -> None:
    line = quote + LEDE.replace("Sukamaju (ANTARA)", f"{place} (ANTARA)", 1) + LAST + "\n"
    assert clean(line).dateline == Dateline(place=place, outlet="ANTARA")


def test_a_bracketed_agency_inside_a_sentence_is_no_dateline() -> None:
    line = "Pemerintah menyalurkan bantuan (ANTARA) - sebuah kabar yang disambut warga dengan gembira.\n"
    assert clean(line).dateline is None


TITLE = "Pemkab Salurkan Benih Jagung untuk Petani\n"
BODY = (
    " Pemerintah Kabupaten menyalurkan bantuan benih jagung kepada 35 kelompok tani di lima "
    "kecamatan, Selasa (12/3/2024).\n" + LAST + "\n"
)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Warmindo Gorontalo,-", Dateline(place="Gorontalo", outlet="Warmindo")),
        ("KP Nusantara Pekanbaru –", Dateline(place="Pekanbaru", outlet="KP Nusantara")),
        ("KNews, GORONTALO –", Dateline(place="Gorontalo", outlet="KNews")),
    ],
    ids=["masthead-space-region", "two-word-masthead", "initial-glued-masthead"],
)
def test_a_masthead_before_the_place(opening: str, dateline: Dateline) -> None:
    page = clean(TITLE + opening + BODY)
    assert page.dateline == dateline
    assert page.text.startswith(opening.split()[0])


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Limboto, Gorontalo –", Dateline(place="Limboto", outlet=None)),  # a district, then its regency
        ("Kota Gorontalo –", Dateline(place="Kota Gorontalo", outlet=None)),  # an administrative word
        ("Mataram (Warta Lombok) –", Dateline(place="Mataram", outlet="Warta Lombok")),  # after the place
        ("Tribun Jambi –", Dateline(place=None, outlet="Tribun Jambi")),  # a listed masthead
        ("Warga Gorontalo –", Dateline(place="Warga Gorontalo", outlet=None)),  # a common word: no masthead
    ],
    ids=["district-comma-regency", "admin-word", "bracketed-masthead", "listed-masthead", "common-word"],
)
def test_no_masthead_before_the_place(opening: str, dateline: Dateline) -> None:
    assert clean(TITLE + opening + BODY).dateline == dateline


@pytest.mark.parametrize(
    ("strip", "byline"),
    [
        ("Jumat, 26 September 2025    12:47 WIT    Samuel Hutapea", "Samuel Hutapea"),
        ("Jumat, 26 September 2025 | 12:47 WIB | Budi Santoso", "Budi Santoso"),
        ("Jumat, 26 September 2025 12:47 WIT Manokwari", None),  # a place, no name
        ("Jumat, 26 September 2025 | Berita Daerah", None),  # a site's section
    ],
    ids=["name-after-time", "bars", "place", "section"],
)
def test_a_reporter_named_on_the_date_strip(strip: str, byline: str | None) -> None:
    page = clean(TITLE + strip + "\n" + "SUKAMAJU –" + BODY)
    assert page.published == "2025-09-26"
    assert page.byline == byline


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("WARTASUKAMAJU, CIKANDE –", Dateline(place="Cikande", outlet="Wartasukamaju")),
        ("LIPUTANKITA, PALANGKA RAYA –", Dateline(place="Palangka Raya", outlet="Liputankita")),
        ("Kabarsukamaju, Cikande –", Dateline(place="Cikande", outlet="Kabarsukamaju")),
    ],
    ids=["shouted", "shouted-known-region", "title-case"],
)
def test_a_masthead_glued_to_its_name_word(opening: str, dateline: Dateline) -> None:
    assert clean(TITLE + opening + BODY).dateline == dateline


@pytest.mark.parametrize(
    ("closing", "byline"),
    [
        ("\nWartawan: Budi Santoso", "Budi Santoso"),
        ("\nLaporan Wartawan Informasi, Budi Santoso", "Budi Santoso"),
    ],
    ids=["label", "common-words"],
)
def test_a_common_word_opening_with_a_masthead_word_is_none(closing: str, byline: str) -> None:
    assert clean(TITLE + "SUKAMAJU –" + BODY + closing + "\n").byline == byline


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("Sukamaju (wartadesa.co.id)", Dateline(place="Sukamaju", outlet="wartadesa.co.id")),
        ("Wartadesa.com- Sukamaju", Dateline(place="Sukamaju", outlet="Wartadesa.com")),
        ("Kab Serang wartadesa.com", Dateline(place="Kab Serang", outlet="wartadesa.com")),
    ],
    ids=["domain-in-brackets", "dash-glued-after-domain", "space-before-domain"],
)
def test_a_dateline_on_its_own_line_above_the_lede(line: str, dateline: Dateline) -> None:
    page = clean(TITLE + line + "\n" + BODY.lstrip())
    assert page.dateline == dateline
    assert page.text.startswith(line)


@pytest.mark.parametrize("line", ["Berita Terkini wartadesa.com", "Daerah (Lihat Semua)"])
def test_no_dateline_on_a_line_of_its_own(line: str) -> None:
    page = clean(TITLE + line + "\n" + BODY.lstrip())
    assert page.dateline is None
    assert page.text.startswith("Pemerintah Kabupaten")


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Wartadesa.com –Tanggamus —", Dateline(place="Tanggamus", outlet="Wartadesa.com")),
        ("Wartadesa.com - Bupati Sukamaju -", Dateline(place=None, outlet="Wartadesa.com")),  # an official
    ],
    ids=["second-dash", "official-no-region"],
)
def test_a_place_between_two_dashes_after_the_masthead(opening: str, dateline: Dateline) -> None:
    assert clean(TITLE + opening + BODY).dateline == dateline


@pytest.mark.parametrize(
    ("credit", "byline"),
    [(" (abcd***)", "abcd"), (" (*rin*)", "rin"), (" (***)", None)],
    ids=["stars-after", "stars-around", "stars-only"],
)
def test_stray_stars_around_a_closing_code(credit: str, byline: str | None) -> None:
    page = clean(TITLE + "SUKAMAJU –" + BODY.rstrip("\n") + credit + "\n")
    assert page.byline == byline
    assert page.text.endswith("Rusdi Hamzah.")


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Bali Kini -", Dateline(place=None, outlet="Bali Kini")),
        ("JABAR MEMANGGIL–", Dateline(place=None, outlet="Jabar Memanggil")),
        ("Denpasar, Bali Kini -", Dateline(place="Denpasar", outlet="Bali Kini")),
        ("Bandung Barat -", Dateline(place="Bandung Barat", outlet=None)),  # a region's name goes on
        ("Palangka Raya -", Dateline(place="Palangka Raya", outlet=None)),
    ],
    ids=["region-and-common-word", "shouted", "place-then-masthead", "region-tail", "known-region"],
)
def test_a_masthead_named_after_its_region(opening: str, dateline: Dateline) -> None:
    assert clean(TITLE + opening + BODY).dateline == dateline


@pytest.mark.parametrize(
    "before",
    [" Sumber: Reuters", " SCROLL TO CONTINUE WITH CONTENT", " pada Juni 2024", ".*"],
    ids=["source-credit", "ad-words", "number", "star"],
)
def test_a_teaser_with_its_colon_after_any_word(before: str) -> None:
    line = (
        LEDE + LAST.rstrip(".") + before + " Baca juga: Dinas Pertanian salurkan pupuk bersubsidi"
        " Pewarta: Rahmat HidayatEditor: Ani Lestari COPYRIGHT © ANTARA 2024\n"
    )
    page = clean(line)
    assert "Baca juga" not in page.text and "pupuk bersubsidi" not in page.text
    assert page.byline == "Rahmat Hidayat"


def test_a_teaser_inside_a_paragraph_after_ad_words() -> None:
    line = (
        LEDE + "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Lihat Juga : Bupati Resmikan Pasar Rakyat "
        "Sukamaju Benih itu dibagikan sebelum musim tanam kedua. (abc/dfg)\n"
    )
    page = clean(line.replace("(ANTARA)", "(Warta)"))
    assert page.text.endswith("Selasa. Benih itu dibagikan sebelum musim tanam kedua.")
    assert page.byline == "abc/dfg"


def test_baca_juga_with_no_colon_inside_a_sentence_stays() -> None:
    line = LEDE + "Warga diminta membaca aturan itu dan Baca juga petunjuk teknisnya di kantor desa.\n"
    assert clean(line).text.endswith("petunjuk teknisnya di kantor desa.")


@pytest.mark.parametrize(
    ("box", "after"),
    [
        (
            " Pilihan Redaksi Daftar 8 Tim Tersingkir dari Liga Desa Jadwal Final Sukamaju Cup: Kapan,"
            " Jam Berapa, Tayang di Mana?",
            " Warga misalnya, datang sejak pagi.",
        ),
        (
            " Pilihan Redaksi Bupati Resmikan Pasar Rakyat Sukamaju Dinas Salurkan Pupuk untuk Petani",
            ' "Kami senang," kata warga.',
        ),
    ],
    ids=["question-then-body", "quote-after"],
)
def test_a_related_box_glued_inside_a_paragraph(box: str, after: str) -> None:
    lede = LEDE.replace("(ANTARA)", "(Warta)")
    line = lede + "Pasar itu ramai sejak dibuka." + box + after + " (abc/dfg)\n"
    page = clean(line)
    assert page.text.endswith("Pasar itu ramai sejak dibuka." + after)
    related = [b.text for b in page.boilerplate if b.kind.value == "related"]
    assert related == [box.strip()]


def test_an_opener_and_a_lowercase_word_end_the_headline() -> None:
    line = (
        LEDE + "Pasar itu ramai. Lihat Juga : Bupati Resmikan Pasar Rakyat Sukamaju Selain itu pedagang"
        " mendapat lapak baru. (abc/dfg)\n"
    )
    page = clean(line.replace("(ANTARA)", "(Warta)"))
    assert page.text.endswith("Pasar itu ramai. Selain itu pedagang mendapat lapak baru.")


def test_the_words_of_a_box_heading_inside_a_sentence_stay() -> None:
    line = LEDE + "Artikel itu masuk pilihan redaksi majalah desa pekan lalu.\n"
    assert clean(line).text.endswith("masuk pilihan redaksi majalah desa pekan lalu.")


def test_karena_and_a_lowercase_word_open_the_body_after_a_box() -> None:
    line = (
        LEDE.replace("(ANTARA)", "(Warta)") + "Pasar itu ramai. Pilihan Redaksi Bupati Resmikan Pasar Rakyat"
        " Sukamaju Karena itu, Budi Santoso menambah lapak. (abc/dfg)\n"
    )
    assert clean(line).text.endswith("Pasar itu ramai. Karena itu, Budi Santoso menambah lapak.")


def test_a_comma_dateline_behind_a_table_of_contents() -> None:
    line = (
        "Daftar Isi Kapan Final Digelar? Siapa Lawannya? Jakarta, Warta Indonesia -- Tim sepak bola "
        "Sukamaju akan bertanding di final pada Sabtu. " + LAST + " (abc/dfg)\n"
    )
    assert clean(line).dateline == Dateline(place="Jakarta", outlet="Warta Indonesia")


def test_a_place_and_a_name_before_a_double_dash_are_no_dateline() -> None:
    line = LEDE + "Warga menyebut Sukamaju, Budi Santoso -- sang kepala desa -- sudah datang.\n"
    assert clean(line.replace("Sukamaju (ANTARA) - ", "")).dateline is None


@pytest.mark.parametrize(
    ("standfirst", "place"),
    [
        ("Stok pangan di daerah ini aman hingga akhir tahunWonosobo", "Wonosobo"),
        ("Stok pangan di daerah ini aman hingga akhir tahun Wonosobo", "Wonosobo"),
        # a word that names no region before the comma is the standfirst's: the province stays
        ("Stok pangan aman, kata Pak Budi", "Jateng"),
    ],
    ids=["glued", "spaced", "no-region"],
)
def test_an_agency_dateline_with_its_province_behind_a_standfirst(standfirst: str, place: str) -> None:
    line = standfirst + LEDE.replace("Sukamaju (ANTARA)", ", Jateng (ANTARA)", 1) + LAST + "\n"
    assert clean(line).dateline == Dateline(place=place, outlet="ANTARA")
