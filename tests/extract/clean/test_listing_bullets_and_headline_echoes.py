"""Listing pages, headline echoes and bracketed mastheads of regional outlets (issue 15, session 10).

Reviewed on 46 scraped pages of regional portals and government press offices (Kalimantan,
Sulawesi, NTT, Papua, Sumatra): a category or author listing puts a list mark before the
article's headline (`• Bus Vaksin Terbakar …`); an agency-fed portal shows the headline again
under its photo with a stop or the agency's name (`… regional 2025. (ANTARA)`); a Makassar weekly
opens with the place, a comma, its masthead in brackets and a stop (`GOWA, (PEDOMAN KARYA).`).
The pages below are written in the same style, not copied.
"""

from __future__ import annotations

import pytest

from extract.clean import LineKind, clean
from extract.records import Dateline

HEADLINE = "Truk Bermuatan Sawit Terguling di Jalan Lintas Kabupaten"
LEDE = (
    "SANGGAU - Sebuah truk bermuatan tandan buah segar sawit terguling di jalan lintas kabupaten, "
    "Senin (3/3/2025), setelah sopirnya menghindari lubang di tikungan."
)
REST = [
    "Sopir truk selamat dan hanya mengalami luka ringan di bagian tangan.",
    "“Jalan ini memang sudah lama rusak dan sering memakan korban,” kata seorang warga setempat.",
]


@pytest.mark.parametrize("mark", ["• ", "▪ ", "► "], ids=["bullet", "square", "pointer"])
def test_a_listings_list_mark_is_not_part_of_the_headline(mark: str) -> None:
    raw = "\n\n".join(
        [
            "Kategori: Sanggau",
            f"  {mark}{HEADLINE}",
            f"    {HEADLINE}",
            f"    {LEDE}",
            *(f"    {line}" for line in REST),
        ]
    )
    page = clean(raw + "\n")
    assert page.title == HEADLINE
    assert page.dateline == Dateline(place="Sanggau", outlet=None)
    assert page.text.split("\n") == [LEDE, *REST]


def test_a_headline_with_no_list_mark_keeps_its_first_character() -> None:
    """`- Warga …` or `» …` only lose a list's glyph; a headline opening with a word is untouched."""
    page = clean(f"{HEADLINE}\n\n{LEDE}\n\n" + "\n\n".join(REST) + "\n")
    assert page.title == HEADLINE
    assert page.text.split("\n") == [LEDE, *REST]


ECHO_TITLE = "Pemprov dan BI sinergi susun kebijakan ekonomi daerah 2025"
ECHO_LEDE = (
    "Pontianak - Pemerintah provinsi bersama kantor perwakilan Bank Indonesia menyusun rekomendasi "
    "kebijakan ekonomi daerah untuk mendukung target pembangunan pada 2025."
)
ECHO_REST = [
    "“Kami menargetkan pertumbuhan ekonomi di atas lima persen,” kata asisten sekda di Pontianak, Senin.",
]


@pytest.mark.parametrize(
    "echo",
    [f"{ECHO_TITLE}. (ANTARA)", f"{ECHO_TITLE}."],
    ids=["agency-after-stop", "stop-only"],
)
def test_the_headline_shown_again_under_its_photo_is_no_paragraph(echo: str) -> None:
    raw = "\n".join(
        [
            "Berita Portalkalbar.com",
            "",
            "Senin, 02 Desember 2024",
            "",
            ECHO_TITLE,
            "",
            ECHO_TITLE,
            echo,
            ECHO_LEDE,
            "",
            *ECHO_REST,
        ]
    )
    page = clean(raw + "\n")
    assert page.title == ECHO_TITLE
    assert page.published == "2024-12-02"
    assert page.dateline == Dateline(place="Pontianak", outlet=None)
    assert page.text.split("\n") == [ECHO_LEDE, *ECHO_REST]
    assert echo in [b.text for b in page.boilerplate if b.kind in (LineKind.DUPLICATE, LineKind.TITLE)]


def test_a_paragraph_that_only_opens_like_the_headline_stays() -> None:
    """A paragraph saying more than the headline is body, however it opens."""
    longer = f"{ECHO_TITLE} dibahas dalam rapat koordinasi di Pontianak, Senin."
    raw = "\n\n".join([ECHO_TITLE, ECHO_LEDE, longer, *ECHO_REST])
    page = clean(raw + "\n")
    assert page.text.split("\n") == [ECHO_LEDE, longer, *ECHO_REST]


BRACKET_LEDE = (
    "Pengurus palang merah kabupaten periode 2019-2024 menargetkan memiliki markas sendiri "
    "setelah dilantik di rumah jabatan bupati."
)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("GOWA, (PEDOMAN KARYA). ", Dateline(place="Gowa", outlet="PEDOMAN KARYA")),
        ("MAKASSAR, (SUARA CELEBES). ", Dateline(place="Makassar", outlet="SUARA CELEBES")),
        ("PALU, (ANTARA). ", Dateline(place="Palu", outlet="ANTARA")),
    ],
    ids=["two-word-masthead", "another-masthead", "agency"],
)
def test_place_comma_bracketed_masthead_and_stop(opening: str, dateline: Dateline) -> None:
    page = clean(f"{HEADLINE}\n\n{opening}{BRACKET_LEDE}\n\n" + "\n\n".join(REST) + "\n")
    assert page.dateline == dateline
    assert page.text.split("\n") == [opening + BRACKET_LEDE, *REST]


@pytest.mark.parametrize(
    "opening",
    [
        "GOWA (PEDOMAN KARYA). ",  # no comma: a body's name and its spelling out
        "GOWA, (PEDOMAN KARYA) ",  # no stop after the brackets
        "GOWA, (Pedoman Karya). ",  # not shouted: a name spelt out
        "KPK, (KOMISI PEMBERANTASAN KORUPSI). ",  # a body, no place
    ],
    ids=["no-comma", "no-stop", "title-case-in-brackets", "body-spelt-out"],
)
def test_a_bracketed_name_without_the_whole_shape_is_no_masthead(opening: str) -> None:
    page = clean(f"{HEADLINE}\n\n{opening}{BRACKET_LEDE}\n\n" + "\n\n".join(REST) + "\n")
    assert page.dateline is None or page.dateline.outlet is None


CAPTION = "Tangki pengolahan limbah cair rumah sakit daerah di belakang gedung rawat inap."
HOSPITAL_LEDE = (
    "SINTANG – Rumah sakit umum daerah menghasilkan limbah medis rata-rata 60 kilogram sehari "
    "atau hampir dua ton setiap bulan."
)
HOSPITAL_REST = [
    "Limbah padat ditumpuk di gudang penampungan sementara sebelum diangkut pihak ketiga.",
    "“Kami memakai jasa pihak ketiga untuk mengangkut limbah itu,” ujar kepala seksi penunjang.",
]
HOSPITAL_TITLE = "RSUD Hasilkan Dua Ton Limbah Medis Sebulan, Diangkut ke Luar Daerah"


def test_a_short_line_between_the_headlines_copy_and_dateline_lede_is_the_photos_caption() -> None:
    raw = "\n".join(["Selasa, 20 Mei 2025", "", HOSPITAL_TITLE, "", HOSPITAL_TITLE, CAPTION, HOSPITAL_LEDE])
    page = clean(raw + "\n\n" + "\n\n".join(HOSPITAL_REST) + "\n")
    assert page.title == HOSPITAL_TITLE
    assert page.dateline == Dateline(place="Sintang", outlet=None)
    assert page.text.split("\n") == [HOSPITAL_LEDE, *HOSPITAL_REST]
    assert [b.kind for b in page.boilerplate if b.text == CAPTION] == [LineKind.CAPTION]


def test_a_short_line_right_under_the_headline_is_a_standfirst_and_stays() -> None:
    raw = "\n".join(["Selasa, 20 Mei 2025", "", HOSPITAL_TITLE, CAPTION, HOSPITAL_LEDE])
    page = clean(raw + "\n\n" + "\n\n".join(HOSPITAL_REST) + "\n")
    assert page.title == HOSPITAL_TITLE
    assert page.text.split("\n") == [CAPTION, HOSPITAL_LEDE, *HOSPITAL_REST]


def test_a_short_first_paragraph_over_a_lede_without_dateline_stays() -> None:
    lede = HOSPITAL_LEDE.removeprefix("SINTANG – ")
    raw = "\n".join([HOSPITAL_TITLE, CAPTION, lede])
    page = clean(raw + "\n\n" + "\n\n".join(HOSPITAL_REST) + "\n")
    assert page.title == HOSPITAL_TITLE
    assert page.text.split("\n") == [CAPTION, lede, *HOSPITAL_REST]


def test_a_long_standfirst_under_the_headline_is_not_taken_for_a_caption() -> None:
    standfirst = (
        "Rumah sakit daerah belum memiliki mesin pengolah limbah sendiri sehingga seluruh limbah medis "
        "padat harus dibawa keluar daerah oleh perusahaan pengangkut yang ditunjuk."
    )
    raw = "\n".join([HOSPITAL_TITLE, standfirst, HOSPITAL_LEDE])
    page = clean(raw + "\n\n" + "\n\n".join(HOSPITAL_REST) + "\n")
    assert standfirst not in [b.text for b in page.boilerplate if b.kind == LineKind.CAPTION]


NTT_TITLE = "Sembilan Bupati di NTT Dilantik Gubernur Hari Ini"
NTT_BODY = [
    (
        "KUPANG - Sebanyak sembilan bupati dan wakil bupati hasil pilkada serentak dijadwalkan "
        "dilantik gubernur, Rabu."
    ),
    "“Pelantikan dilakukan secara serentak di aula kantor gubernur,” kata kepala biro pemerintahan.",
]


def test_a_shouted_reporters_name_alone_under_the_last_paragraph_is_the_byline() -> None:
    raw = "\n\n".join([NTT_TITLE, *NTT_BODY, "", "", "YOHANES BUDI", "Berita terkait"])
    page = clean(raw + "\n")
    assert page.byline == "YOHANES BUDI"
    assert page.dateline == Dateline(place="Kupang", outlet=None)
    assert page.text.split("\n") == NTT_BODY
    assert [b.kind for b in page.boilerplate if b.text == "YOHANES BUDI"] == [LineKind.BYLINE]


@pytest.mark.parametrize(
    "closing",
    [
        "KOTA KUPANG",  # a place, no given name first
        "Yohanes Seo",  # not shouted: a name in title case may be anything under the body
        "YOHANES BUDI DAN KAWAN KAWAN BERSAMA WARGA",  # too long for a name
    ],
    ids=["shouted-place", "title-case-name", "shouted-phrase"],
)
def test_other_lines_under_the_last_paragraph_are_no_byline(closing: str) -> None:
    raw = "\n\n".join([NTT_TITLE, *NTT_BODY, closing, "Berita terkait"])
    page = clean(raw + "\n")
    assert page.byline is None


POLICE_BODY = [
    (
        "SUMBARNET.COM - Menyambut Hari Bhayangkara, Polda mengadakan kegiatan sepeda santai "
        "bersama warga, Minggu (19/6)."
    ),
    "“Selain menjaga kesehatan, kegiatan ini menjaga sinergi bersama masyarakat,” ungkap Kabid Humas.",
]


@pytest.mark.parametrize(
    "label_line",
    [
        "Tampilkan postingan dengan label Kabar Polisi. Tampilkan semua postingan",
        "Showing posts with label Polri. Show all posts",
    ],
    ids=["indonesian", "english"],
)
def test_a_blogs_label_strip_is_no_headline(label_line: str) -> None:
    raw = "\n".join([label_line, label_line, "", "", *POLICE_BODY])
    page = clean(raw + "\n")
    assert page.title is None
    assert page.text.split("\n") == POLICE_BODY


def test_a_headline_naming_one_prompt_phrase_stays_the_headline() -> None:
    headline = "Polisi Imbau Warga Waspadai Undangan Palsu di Grup Telegram"
    page = clean("\n\n".join([headline, *POLICE_BODY]) + "\n")
    assert page.title == headline


FESTIVAL_REST = ["Bupati mengatakan festival itu untuk memperkenalkan objek wisata religius di daerahnya."]


def test_a_cameras_folder_name_glued_before_the_dateline() -> None:
    lede = (
        "DCIM106MEDIAAirmadidi,KLABATNEWS-Bupati Minahasa Utara membuka festival wisata alam di "
        "kaki gunung, Jumat (14/02)."
    )
    page = clean("\n\n".join(["Festival Kaki Gunung Promosi Wisata Alam", lede, *FESTIVAL_REST]) + "\n")
    assert page.dateline == Dateline(place="Airmadidi", outlet="Klabatnews")
    assert page.text.split("\n") == [lede, *FESTIVAL_REST]


def test_a_camera_folder_name_before_a_plain_sentence_gives_no_dateline() -> None:
    lede = "DCIM100MEDIA Bupati Minahasa Utara membuka festival wisata alam di kaki gunung, Jumat (14/02)."
    page = clean("\n\n".join(["Festival Kaki Gunung Promosi Wisata Alam", lede, *FESTIVAL_REST]) + "\n")
    assert page.dateline is None


AUDIENCE_TITLE = "Kapolda Terima Audiensi dengan Tim Divisi Humas Polri"
AUDIENCE_REST = ["Turut hadir mendampingi Kapolda para pejabat utama dan kepala bidang humas."]


def test_a_lowercase_web_address_opening_the_lede_under_the_headline_parts_them() -> None:
    lede = (
        "ntt.tribratanews.com, - Kapolda menerima audiensi tim Divisi Humas Polri di ruang kerjanya, "
        "Senin pagi (21/8)."
    )
    page = clean("\n".join([AUDIENCE_TITLE, lede, *AUDIENCE_REST]) + "\n")
    assert page.title == AUDIENCE_TITLE
    assert page.dateline == Dateline(place=None, outlet="ntt.tribratanews.com")
    assert page.text.split("\n") == [lede, *AUDIENCE_REST]


def test_a_sentence_wrapped_onto_a_line_naming_a_web_address_stays_body() -> None:
    """A wrapped sentence whose next piece names a site without a dateline's mark stays one."""
    lines = [
        "JAKARTA - Kapolda menyampaikan informasi lengkap kegiatan dapat dibaca di laman",
        "tribratanews.com yang dikelola Divisi Humas Polri setiap hari.",
    ]
    page = clean("\n".join([AUDIENCE_TITLE, "", *lines, "", *AUDIENCE_REST]) + "\n")
    assert page.title == AUDIENCE_TITLE
    assert page.dateline == Dateline(place="Jakarta", outlet=None)
    assert page.text.split("\n") == [*lines, *AUDIENCE_REST]


PILKADA_REST = ["Kapolda mengimbau warga menggunakan hak pilihnya di tempat pemungutan suara."]


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("MPA,PADANG - ", Dateline(place="Padang", outlet="Mpa")),
        ("SKB, PADANG - ", Dateline(place="Padang", outlet="Skb")),
        # a body's short name before the place is no masthead and no place: the place follows
        ("KPK, PADANG - ", Dateline(place="Padang", outlet=None)),
        # a village before its regency: the first is the place
        ("SUKAMAJU, LAMPUNG - ", Dateline(place="Sukamaju", outlet=None)),
    ],
    ids=["initials-glued", "initials-spaced", "body-acronym", "village-then-region"],
)
def test_a_mastheads_initials_before_a_known_region(opening: str, dateline: Dateline) -> None:
    lede = opening + "Kepolisian daerah memastikan rasa aman saat pemilihan kepala daerah serentak."
    page = clean("\n\n".join(["Polda Siap Amankan TPS Saat Pilkada", lede, *PILKADA_REST]) + "\n")
    assert page.dateline == dateline
    assert page.text.split("\n") == [lede, *PILKADA_REST]
