"""Invisible characters and datelines on layouts the first rules missed (issue 15)."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

REST = (
    "Pemerintah Kabupaten menyalurkan bantuan benih padi kepada 40 kelompok tani di enam "
    "kecamatan, Rabu (6/3/2024).\n"
    '"Benih ini kami bagikan menjelang musim tanam," kata Kepala Dinas Pertanian.\n'
)


def test_invisible_characters_are_dropped_from_the_cleaned_text() -> None:
    zw, shy, lrm = "\u200b", "\u00ad", "\u200e"
    raw = (
        f"Pemkab Bagikan Benih Padi untuk 40 Kelompok{zw} Tani\n"
        f"Rabu, 6{zw} Maret 2024{lrm} 10:15 WIB\n"
        f"KEDIRI{zw} – Pemerin{shy}tah Kabupaten Kediri menyalurkan bantuan benih padi kepada 40 kelompok "
        "tani di enam kecamatan, Rabu (6/3/2024).\n"
        '"Benih ini kami bagikan menjelang musim tanam," kata Kepala Dinas Pertanian.\n'
    )
    page = clean(raw)
    assert page.title == "Pemkab Bagikan Benih Padi untuk 40 Kelompok Tani"
    assert page.published == "2024-03-06"
    assert page.dateline == Dateline(place="Kediri", outlet=None)
    assert page.text.startswith("KEDIRI – Pemerintah Kabupaten Kediri menyalurkan")
    assert not any(ch in page.text for ch in (zw, shy, lrm))


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("KEDIRI,-", Dateline(place="Kediri", outlet=None)),  # a comma glued to the dash
        ("KEDIRI, (KB).-", Dateline(place="Kediri", outlet="KB")),  # bracketed outlet, a stop
        ("Kedirinews.com - Kediri. ", Dateline(place="Kediri", outlet="Kedirinews.com")),
        ("KEDIRINEWS.ID |\nKEDIRI —", Dateline(place="Kediri", outlet="Kedirinews.id")),
    ],
    ids=["comma-dash", "bracket-outlet-stop", "outlet-then-place-with-stop", "over-two-lines"],
)
def test_dateline_forms(opening: str, dateline: Dateline) -> None:
    page = clean("Pemkab Bagikan Benih Padi\n" + opening + " " + REST)
    assert page.dateline == dateline
    assert page.text.startswith(" ".join(opening.split("\n")[0].split()))  # the dateline stays in the body


def test_an_agency_dateline_behind_a_glued_standfirst() -> None:
    raw = (
        "Pemkab bagikan benih padi\n"
        "Dengan benih unggul diharapkan panen petani meningkat Kediri (ANTARA) - Pemerintah Kabupaten "
        "Kediri menyalurkan bantuan benih padi kepada 40 kelompok tani.\n"
    )
    assert clean(raw).dateline == Dateline(place="Kediri", outlet="ANTARA")


@pytest.mark.parametrize(
    ("glued", "place"),
    [
        ("Tidak ada yang perlu dikhawatirkanJakarta", "Jakarta"),
        ("Modal inti bank itu mencapai Rp2,5 triliunPalangka Raya", "Palangka Raya"),
        ("Harga minyak naik sejak awal tahun 2022.Bengaluru", "Bengaluru"),
    ],
)
def test_an_agency_dateline_glued_to_its_standfirst(glued: str, place: str) -> None:
    # the standfirst's last word and the dateline's place lost the space between them
    raw = (
        "Pemkab bagikan benih padi\n"
        f"{glued} (ANTARA) - Pemerintah Kabupaten Kediri menyalurkan bantuan benih padi kepada 40 "
        "kelompok tani.\n"
    )
    assert clean(raw).dateline == Dateline(place=place, outlet="ANTARA")


def test_a_caption_above_the_dateline_paragraph_is_furniture() -> None:
    caption = "PANEN RAYA: Bupati Kediri saat memanen padi bersama kelompok tani di Desa Sumberejo, kemarin."
    raw = "Pemkab Bagikan Benih Padi\n" + caption + "\nKEDIRI – " + REST
    page = clean(raw)
    assert page.dateline == Dateline(place="Kediri", outlet=None)
    assert caption not in page.text
    assert page.text.startswith("KEDIRI – Pemerintah")


def test_a_standfirst_above_the_dateline_paragraph_stays() -> None:
    standfirst = "Bantuan benih padi diharapkan menaikkan hasil panen petani tahun ini."
    raw = "Pemkab Bagikan Benih Padi\n" + standfirst + "\nKEDIRI – " + REST
    page = clean(raw)
    assert page.text.startswith(standfirst)


def test_a_sentence_with_a_dash_is_no_dateline() -> None:
    raw = (
        "Pemkab Bagikan Benih Padi\n"
        "Menurut dia, bantuan itu – yang datang terlambat – tetap disambut petani. " + REST
    )
    assert clean(raw).dateline is None


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("KEDIRI, Radio 99,5 FM –", Dateline(place="Kediri", outlet="Radio 99,5 FM")),  # digits, a comma
        ("KEDIRI, Kedirinews.com", Dateline(place="Kediri", outlet="Kedirinews.com")),  # no dash at all
        ("Kedirinews.com, KEDIRI", Dateline(place="Kediri", outlet="Kedirinews.com")),  # outlet first
        ("JAWA TIMUR –", Dateline(place="Jawa Timur", outlet=None)),  # a province as the place
    ],
    ids=["radio-frequency", "no-dash", "no-dash-outlet-first", "province"],
)
def test_more_dateline_forms(opening: str, dateline: Dateline) -> None:
    assert clean("Pemkab Bagikan Benih Padi\n" + opening + " " + REST).dateline == dateline


def test_two_capitalised_words_and_a_comma_without_a_domain_are_no_dateline() -> None:
    # `Menurut Bupati, Pemerintah …`: no dash and no outlet's domain, a sentence's opening words
    assert clean("Pemkab Bagikan Benih Padi\nMenurut Bupati, " + REST).dateline is None


def test_a_month_level_page_date_gives_year_and_month() -> None:
    page = clean("Pemkab Bagikan Benih Padi\nMaret 2024\nKEDIRI – " + REST)
    assert page.published == "2024-03"


def test_a_month_and_year_inside_a_headline_is_no_page_date() -> None:
    page = clean("Panen Raya Maret 2024 Diprediksi Melimpah\nKEDIRI – " + REST)
    assert (page.title, page.published) == ("Panen Raya Maret 2024 Diprediksi Melimpah", None)


def test_a_known_region_before_a_colon_is_a_dateline_a_label_is_not() -> None:
    assert clean("Pemkab Bagikan Benih Padi\nKediri: " + REST).dateline == Dateline(
        place="Kediri", outlet=None
    )
    assert clean("Pemkab Bagikan Benih Padi\nCatatan: " + REST).dateline is None


@pytest.mark.parametrize("opening", ["KEDIRI.", "KEDIRI,"], ids=["stop", "comma"])
def test_a_shouted_region_with_a_stop_or_comma_is_a_dateline(opening: str) -> None:
    assert clean("Pemkab Bagikan Benih Padi\n" + opening + " " + REST).dateline == Dateline(
        place="Kediri", outlet=None
    )


def test_a_shouted_acronym_with_a_stop_is_no_dateline() -> None:
    assert clean("Pemkab Bagikan Benih Padi\nBAZNAS. " + REST).dateline is None


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Kediri, Kedirinews.com:", Dateline(place="Kediri", outlet="Kedirinews.com")),  # place first, colon
        ("Kediri.", Dateline(place="Kediri", outlet=None)),  # a known region in title case with a stop
    ],
    ids=["place-outlet-colon", "title-case-region-stop"],
)
def test_colon_and_stop_datelines(opening: str, dateline: Dateline) -> None:
    assert clean("Pemkab Bagikan Benih Padi\n" + opening + " " + REST).dateline == dateline


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("INDUSTRY.co.id - Balikpapan, ", Dateline(place="Balikpapan", outlet="INDUSTRY.co.id")),
        ("Gentra News Bali – Buleleng, ", Dateline(place="Buleleng", outlet="Gentra News Bali")),
    ],
    ids=["domain-dash-place-comma", "masthead-dash-place-comma"],
)
def test_a_place_after_the_outlet_with_a_comma(opening: str, dateline: Dateline) -> None:
    page = clean("Pemkab Bagikan Benih Padi\n" + opening + REST)
    assert page.dateline == dateline
    assert page.text == opening + REST.strip()


@pytest.mark.parametrize(
    "after",
    [
        "Bupati Kediri, Hanindhito Himawan Pramana, meninjau lumbung padi di Desa Sumberejo kemarin.",
        "Kediri, Blitar dan Tulungagung menjadi lumbung padi utama di wilayah selatan Jawa Timur.",
        "Ketua kelompok tani mengatakan panen tahun ini lebih baik dari tahun lalu.",
    ],
    ids=["an-official-after-the-outlet", "a-list-of-places", "lowercase-sentence"],
)
def test_no_place_after_the_outlet_where_no_region_and_a_comma_follow(after: str) -> None:
    page = clean("Pemkab Bagikan Benih Padi\nKedirinews.com - " + after + "\n" + REST)
    assert page.dateline == Dateline(place=None, outlet="Kedirinews.com")


@pytest.mark.parametrize(
    "lede",
    [
        "KARANGANYAR – Rabu lalu (02/11) Diskominfo Karanganyar dan wartawan melakukan studi tiru ke Malang.",
        "TRIBUNNEWS.COM, KARANGANYAR – Selasa (8/5/2018) warga digemparkan oleh banjir di lereng Lawu.",
    ],
    ids=["weekday-opens-the-lede", "weekday-and-date-open-the-lede"],
)
def test_a_lede_that_opens_with_its_weekday_keeps_its_dateline(lede: str) -> None:
    page = clean("Diskominfo Studi Tiru ke Malang\n" + lede + "\n" + REST)
    assert page.dateline is not None and page.dateline.place == "Karanganyar"
    assert page.text == lede + "\n" + REST.strip()


def test_a_credit_and_date_line_after_a_dash_is_no_dateline() -> None:
    page = clean("Pemkab Bagikan Benih Padi\nRedaksi - Senin, 12 Maret 2024 08:00 WIB\n" + REST)
    assert page.dateline is None
    assert page.published == "2024-03-12"
    assert page.text == REST.strip()


def test_captions_a_pull_quote_and_a_kicker_above_the_dateline_are_furniture() -> None:
    captions = [
        "Gubernur meninjau lumbung padi bersama Bupati Kediri di Desa Sumberejo, Rabu (6/3/2024) siang.",
        "Bupati Kediri menandatangani prasasti gudang benih di Desa Sumberejo, Rabu (6/3/2024) siang.",
        "Gubernur : Benih Unggul Harus Sampai ke Petani Kecil",
    ]
    raw = "Pemkab Bagikan Benih Padi\n" + "\n".join(captions) + "\nKediri, (Mimbar) - " + REST
    page = clean(raw)
    assert page.dateline == Dateline(place="Kediri", outlet="Mimbar")
    assert page.text == "Kediri, (Mimbar) - " + REST.strip()
    assert [(b.line, b.kind.value) for b in page.boilerplate] == [
        (1, "title"),
        (2, "caption"),
        (3, "caption"),
        (4, "caption"),
    ]


@pytest.mark.parametrize(
    "above",
    [
        "“Kunjungan ini diharapkan memantik perubahan di dinas dari sekadar pengelola dokumentasi kegiatan.”",
        "Begini suasana gudang benih di Desa Sumberejo menjelang musim tanam tahun ini",
    ],
    ids=["pull-quote", "caption-without-its-stop"],
)
def test_one_pull_quote_or_caption_above_the_dateline_is_furniture(above: str) -> None:
    page = clean("Pemkab Bagikan Benih Padi\n" + above + "\nKEDIRI – " + REST)
    assert page.dateline == Dateline(place="Kediri", outlet=None)
    assert page.text == "KEDIRI – " + REST.strip()


def test_a_roundup_whose_second_section_opens_with_a_shouted_place_keeps_its_lede() -> None:
    lede = (
        "Hujan deras yang mengguyur sejumlah daerah di Jawa Timur sejak Selasa sore membuat ratusan "
        "rumah warga terendam banjir, memutus akses jalan antardesa dan memaksa pemerintah daerah "
        "membuka dapur umum serta posko pengungsian di balai desa dan sekolah yang aman dari genangan, "
        "sementara petugas gabungan terus mendata kerugian yang dialami warga di tiap kecamatan."
    )
    second = "Petugas BPBD bersiaga di titik rawan sepanjang malam bersama relawan desa."
    section = "SURABAYA – Di Surabaya, genangan setinggi lutut merendam kawasan Kenjeran hingga Rabu pagi."
    raw = "Banjir Rendam Jawa Timur\n" + "\n".join([lede, second, section]) + "\n"
    page = clean(raw)
    assert page.text == "\n".join([lede, second, section])
    assert [(b.line, b.kind.value) for b in page.boilerplate] == [(1, "title")]


def test_a_title_case_place_glued_by_a_hyphen_to_the_lede() -> None:
    lede = "Bengkalis-Dalam rangka menyambut Hari Bhayangkara, Polres Bengkalis mengunjungi tokoh masyarakat."
    page = clean("Kunjungi Parpol dan Timses\n" + lede + "\n" + REST)
    assert page.dateline == Dateline(place="Bengkalis", outlet=None)
    assert page.text == lede + "\n" + REST.strip()


@pytest.mark.parametrize(
    "lede",
    [
        "Jakarta-Bandung kini bisa ditempuh dalam waktu empat puluh menit dengan kereta cepat.",
        "Trans-Papua menjadi jalan terpanjang di Indonesia timur yang dibangun pemerintah pusat.",
        "Kediri-Kertosono Ditutup",
    ],
    ids=["a-route-of-two-regions", "no-region-before-the-hyphen", "too-short-for-a-sentence"],
)
def test_no_glued_hyphen_dateline(lede: str) -> None:
    assert clean("Jalan Baru Dibuka\n" + lede + "\n" + REST).dateline is None


def test_a_route_to_a_place_named_again_is_no_glued_dateline() -> None:
    lede = (
        "Jakarta-Ciwidey bisa ditempuh dengan kereta menuju Bandung, lalu angkot. "
        "Kawasan Ciwidey memiliki banyak destinasi wisata."
    )
    assert clean("Wisata Akhir Pekan\n" + lede + "\n" + REST).dateline is None
