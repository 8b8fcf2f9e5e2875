"""Page furniture and metadata of regional pages, session 15 round meta11.

A dateline may part a masthead and its place by stops instead of a dash (`KUPANG RAYA. KOTA KUPANG.
Pemerintah …`): the known region, perhaps after its administrative word, is the place and the other
shouted part the outlet. After a known region and its comma, a few capitalised words that name no
region, kecamatan, body, post or weekday are the masthead (`PESSEL, WARTAPESISIR –`, `Kota Kupang,
Suara Timor | …`); a short word there may be a region's abbreviation (`Sentani, Jpr –`) and stays
no outlet. A page's first line that has a headline's shape but closes on one stop is the title when
the line right under it opens with a dateline (`BPBD Kabupaten Mamuju Salurkan Bantuan ….` above
`MAMUJU – …`); one-sentence lines with no dateline under them stay body. The texts are written in
the style of the pages read, not copied from them.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind
from extract.records import Dateline

SECOND = (
    "Menurut kepala dinas, pembangunan jaringan pipa ditargetkan rampung sebelum musim kemarau. "
    "Warga diminta ikut menjaga fasilitas yang sudah dibangun."
)


def _lede(opening: str) -> str:
    return f"{opening} Pemerintah daerah meresmikan jaringan air bersih di tiga kelurahan, Senin (3/3/2025)."


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("KUPANG RAYA. KOTA KUPANG.", Dateline(place="Kota Kupang", outlet="Kupang Raya")),
        ("PESSEL, WARTAPESISIR –", Dateline(place="Pessel", outlet="Wartapesisir")),
        ("Kota Kupang, Suara Timor |", Dateline(place="Kota Kupang", outlet="Suara Timor")),
        ("PADANG, SUARA MINANG –", Dateline(place="Padang", outlet="Suara Minang")),
    ],
    ids=["stops-between", "shouted-word-after-region", "bar-after-city", "two-shouted-words"],
)
def test_a_masthead_after_the_region_is_the_outlet(opening: str, dateline: Dateline) -> None:
    lede = _lede(opening)
    page = clean(f"{lede}\n{SECOND}\n")
    assert page.dateline == dateline
    assert page.text == f"{lede}\n{SECOND}"


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("UBUD, Gianyar –", Dateline(place="Gianyar", outlet="Ubud")),
        ("KUPANG, NTT –", Dateline(place="Kupang", outlet=None)),
        ("JAKARTA, KPK –", Dateline(place="Jakarta", outlet=None)),
        ("Medan, Polda Sumut –", Dateline(place="Medan", outlet=None)),
        ("Sentani, Jpr –", Dateline(place="Sentani", outlet=None)),
        ("Kupang, Kamis –", Dateline(place="Kupang", outlet=None)),
    ],
    ids=["kecamatan-first", "province", "body-acronym", "police-unit", "abbreviation", "weekday"],
)
def test_a_region_body_or_abbreviation_after_the_place_is_no_outlet(opening: str, dateline: Dateline) -> None:
    page = clean(f"{_lede(opening)}\n{SECOND}\n")
    assert page.dateline == dateline


def test_shouted_words_parted_by_stops_need_a_known_region() -> None:
    lede = "DINAS KESEHATAN. PERINGATAN DINI. Warga diminta memeriksakan kesehatan secara rutin di puskesmas."
    page = clean(f"{lede}\n{SECOND}\n")
    assert page.dateline is None
    assert page.text == f"{lede}\n{SECOND}"


TITLE = "BPBD Kabupaten Mamuju Salurkan Bantuan Kepada Nenek Penghuni Gubuk Reyot."
LEDE = (
    "MAMUJU, Warta Sulbar – Badan Penanggulangan Bencana Daerah menyalurkan bantuan kepada seorang "
    "nenek di Kecamatan Kalukku, Selasa (19/11/2024)."
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["adjacent", "blank-line-between"])
def test_a_first_line_closed_by_a_stop_above_a_dateline_is_the_title(gap: str) -> None:
    page = clean(f"{TITLE}{gap}{LEDE}\n{SECOND}\n")
    assert page.title == TITLE
    assert page.dateline == Dateline(place="Mamuju", outlet="Warta Sulbar")
    assert page.text == f"{LEDE}\n{SECOND}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(1, TITLE, LineKind.TITLE)]


def test_a_sentence_closed_by_a_stop_above_a_dateline_stays_body() -> None:
    sentence = "Pemerintah daerah terus menyalurkan bantuan bagi warga yang rumahnya rusak akibat banjir."
    page = clean(f"{sentence}\n{LEDE}\n{SECOND}\n")
    assert page.title is None
    assert page.text == f"{sentence}\n{LEDE}\n{SECOND}"


def test_stopped_title_case_lines_with_no_dateline_under_them_stay_body() -> None:
    lines = [
        "Harga Cabai Merah Di Pasar Induk Kembali Naik Tajam.",
        "Pedagang di pasar tradisional mengeluhkan pasokan yang terus berkurang sejak pekan lalu.",
    ]
    page = clean("\n".join(lines) + "\n")
    assert page.title is None
    assert LineKind.TITLE not in {b.kind for b in page.boilerplate}
    assert page.text.endswith(lines[1])


HEAD = "Pemkab Salurkan Bantuan Bibit Jagung bagi Kelompok Tani"
OPENING = (
    "SUKAMAJU – Pemerintah kabupaten menyalurkan bantuan bibit jagung kepada dua puluh kelompok tani, "
    "Rabu (5/3/2025)."
)


@pytest.mark.parametrize(
    ("furniture", "kind"),
    [
        ("spot_img", LineKind.NAVIGATION),
        ("spot_imgspot_imgspot_img", LineKind.NAVIGATION),
        ("adv", LineKind.AD),
        ("Isi komentar menjadi tanggung jawab penulisnya sesuai UU ITE.", LineKind.COMMENTS),
    ],
    ids=["theme-placeholder", "placeholders-glued", "ad-slot-label", "comment-disclaimer"],
)
def test_theme_and_comment_furniture_between_or_under_paragraphs_goes(furniture: str, kind: LineKind) -> None:
    page = clean("\n\n".join([HEAD, OPENING, furniture, SECOND]) + "\n")
    assert page.text == f"{OPENING}\n{SECOND}"
    removed = [(b.line, b.text, b.kind) for b in page.boilerplate]
    assert removed == [(1, HEAD, LineKind.TITLE), (5, furniture, kind)]


def test_a_caption_shortcode_glued_before_a_paragraph_is_cut_and_the_paragraph_stays() -> None:
    code = '[caption id="attachment_812" align="aligncenter" width="900"]'
    page = clean("\n\n".join([HEAD, OPENING, code + SECOND]) + "\n")
    assert page.text == f"{OPENING}\n{SECOND}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [
        (1, HEAD, LineKind.TITLE),
        (5, code, LineKind.CAPTION),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Warga mengisi komentar di media sosial dan menyebut bantuan itu tanggung jawab bersama.",
        "Isi komentar warga dalam forum itu sebagian besar mendukung program pemerintah desa.",
        "Tim adv hukum desa mendampingi warga dalam proses penyelesaian sengketa lahan tersebut.",
    ],
    ids=["comments-mentioned", "comments-as-subject", "adv-inside-a-sentence"],
)
def test_sentences_that_mention_comments_or_adv_stay_body(sentence: str) -> None:
    page = clean("\n\n".join([HEAD, OPENING, sentence, SECOND]) + "\n")
    assert page.text == f"{OPENING}\n{sentence}\n{SECOND}"


KICKER_TITLE = "Pemkab Serahkan Dokumen Lima Distrik Hasil Pemekaran"
KICKER_LEDE = (
    "TRIBUNWARTA.COM, MANOKWARI - Pemerintah kabupaten menyerahkan dokumen dan personel kepada lima "
    "distrik baru hasil pemekaran, Senin (2/6/2025)."
)


@pytest.mark.parametrize(
    "caption",
    [
        "DISTRIK BARU - Suasana penyerahan dokumen kepada para kepala distrik di aula kantor bupati.",
        "KUNJUNGAN-Wakil Gubernur berjalan bersama rombongan menteri menuju ruang rapat kantor gubernur.",
    ],
    ids=["spaced-dash", "glued-dash"],
)
def test_a_shouted_caption_label_and_dash_above_the_dateline_is_a_caption(caption: str) -> None:
    page = clean("\n\n".join([KICKER_TITLE, caption, KICKER_LEDE, SECOND]) + "\n")
    assert page.dateline == Dateline(place="Manokwari", outlet="Tribunwarta.com")
    assert page.text == f"{KICKER_LEDE}\n{SECOND}"
    assert [(b.line, b.kind) for b in page.boilerplate] == [(1, LineKind.TITLE), (3, LineKind.CAPTION)]


@pytest.mark.parametrize(
    ("first", "dateline"),
    [
        (
            "MAKASSAR - Pemerintah kota menyiapkan posko pengaduan bagi warga yang belum menerima bantuan.",
            Dateline(place="Makassar", outlet=None),
        ),
        (
            "SIDIKWARTA - Pemerintah kota menyiapkan posko pengaduan bagi warga yang belum menerima bantuan.",
            Dateline(place="Sidikwarta", outlet=None),
        ),
    ],
    ids=["shouted-region", "unknown-shouted-word"],
)
def test_a_shouted_place_or_masthead_and_dash_above_another_dateline_stays_the_lede(
    first: str, dateline: Dateline
) -> None:
    page = clean("\n\n".join([KICKER_TITLE, first, KICKER_LEDE, SECOND]) + "\n")
    assert page.text == f"{first}\n{KICKER_LEDE}\n{SECOND}"
    assert page.dateline == dateline


ALONE_LEDE = (
    "Kapolda meresmikan gedung baru polres dalam upacara di alun-alun kabupaten yang dihadiri "
    "unsur pimpinan daerah, Senin (9/12/2024)."
)


def test_a_lone_dateline_line_with_a_web_masthead_is_the_dateline_not_the_title() -> None:
    line = "Deli Serdang , wartapolisi.id"
    page = clean(f"{line}\n{ALONE_LEDE}\n{SECOND}\n")
    assert page.title is None
    assert page.dateline == Dateline(place="Deli Serdang", outlet="wartapolisi.id")
    assert page.text == f"{line}\n{ALONE_LEDE}\n{SECOND}"


@pytest.mark.parametrize(
    "line",
    ["Deli Serdang, Kota Para Petani Tangguh", "Tapanuli Tengah, Garda Bhayangkara"],
    ids=["headline-with-comma", "unknown-masthead"],
)
def test_a_lone_headline_line_naming_no_outlet_stays_the_title(line: str) -> None:
    page = clean(f"{line}\n{ALONE_LEDE}\n{SECOND}\n")
    assert page.title == line
    assert page.text == f"{ALONE_LEDE}\n{SECOND}"


def test_search_box_chrome_lets_the_date_under_the_headline_date_the_page() -> None:
    headline = "Warga Tolak Rencana Pemindahan Pasar Tradisional ke Pinggir Kota"
    lede = (
        "Ambon, WM.— Ratusan pedagang pasar menolak rencana pemindahan pasar ke pinggir kota yang "
        "dinilai akan menurunkan pendapatan mereka."
    )
    top = ["Wartamaluku", "No Result", "View All Result", "Saturday, October 25, 2025", "Home Daerah"]
    page = clean("\n".join([*top, headline, "July 15, 2025", lede, SECOND]) + "\n")
    assert page.title == headline
    assert page.published == "2025-07-15"
    assert page.text == f"{lede}\n{SECOND}"


@pytest.mark.parametrize(
    "sentence",
    ["No result was found in the search, said the officer.", "Hasil pencarian tidak ditemukan oleh petugas."],
    ids=["english-sentence", "indonesian-sentence"],
)
def test_sentences_about_search_results_stay_body(sentence: str) -> None:
    page = clean("\n\n".join([HEAD, OPENING, sentence, SECOND]) + "\n")
    assert sentence in page.text


def test_a_masthead_opened_by_inside_is_the_outlet_not_the_place() -> None:
    lede = "INSIDE JAMBI– Tiga desa baru resmi terbentuk setelah penyerahan surat keputusan bupati kemarin."
    page = clean(f"{lede}\n{SECOND}\n")
    assert page.dateline == Dateline(place=None, outlet="Inside Jambi")


BLOG_LEDE = (
    "Warga perantauan asal daerah ini dinilai lebih berhasil ketika berada di luar kampung halaman, "
    "kata bupati dalam acara halal bihalal."
)


def test_a_blog_tagline_above_the_date_loses_to_the_headline_under_it() -> None:
    tagline = "Mengabarkan Kabar Kampung Untuk Daerah yang Lebih Maju"
    headline = "Banyak Perantau Daerah yang Sukses di Luar Kampung"
    page = clean("\n\n".join([tagline, "Sabtu, 30 Agustus 2014", headline, BLOG_LEDE, SECOND]) + "\n")
    assert page.title == headline
    assert page.published == "2014-08-30"
    assert page.text == f"{BLOG_LEDE}\n{SECOND}"


def test_a_caption_naming_its_subject_under_the_date_does_not_win_the_title() -> None:
    headline = "Ribuan Tenaga Honorer Resmi Diangkat Jadi Pegawai Paruh Waktu di Daerah"
    caption = "Kepala Badan Kepegawaian Daerah, Budi Santoso"
    page = clean("\n\n".join([headline, "Senin, 15 September 2025", caption, BLOG_LEDE, SECOND]) + "\n")
    assert page.title == headline


CREDIT_HEADLINE = "Sekda Siap Maju dalam Pemilihan Bupati Tahun Depan"
CREDIT_LEDE = (
    "Wartabali.co.id | Bangli - Persaingan dalam pemilihan bupati tahun depan diperkirakan akan "
    "berlangsung ketat karena sejumlah tokoh mulai menyatakan diri siap maju."
)


@pytest.mark.parametrize(
    "credit",
    [
        "Bali Tribune/IB Sudarma dan Made Wiratha",
        "Bali Tribune/SUDARMA – Pasangan calon bupati dan wakil bupati menyapa warga di alun-alun kota.",
        "TribunWarta.com/Fransiskus Budi Santoso",
    ],
    ids=["subjects-after-slash", "subject-and-caption", "photographer"],
)
def test_a_masthead_and_slash_opening_a_line_above_the_lede_is_a_photo_credit(credit: str) -> None:
    page = clean("\n\n".join([CREDIT_HEADLINE, credit, CREDIT_LEDE, SECOND]) + "\n")
    assert page.title == CREDIT_HEADLINE
    assert page.dateline == Dateline(place="Bangli", outlet="Wartabali.co.id")
    assert page.text == f"{CREDIT_LEDE}\n{SECOND}"
    assert [(b.line, b.kind) for b in page.boilerplate] == [(1, LineKind.TITLE), (3, LineKind.CAPTION)]


def test_a_unit_with_a_slash_in_the_lede_stays_body() -> None:
    lede = (
        "Kodim 1611/Badung menggelar karya bakti membersihkan saluran air bersama warga di tiga "
        "kelurahan, Sabtu (4/10/2025)."
    )
    page = clean("\n\n".join([CREDIT_HEADLINE, lede, SECOND]) + "\n")
    assert page.text == f"{lede}\n{SECOND}"


def test_a_title_case_caption_closed_by_a_credit_after_its_stop_is_no_title() -> None:
    caption = "Wakil Bupati Kepulauan Sula, Ahmad Basri. Foto: Rudi Hartono/warta"
    lede = (
        "Desa di ujung pulau itu berpeluang dimekarkan menjadi ibu kota kabupaten baru setelah "
        "moratorium dicabut, kata wakil bupati."
    )
    page = clean(f"{caption}\n{lede}\n{SECOND}\n")
    assert page.title is None
    assert page.text == f"{lede}\n{SECOND}"
    assert [(b.line, b.kind) for b in page.boilerplate] == [(1, LineKind.CAPTION)]


def test_an_agency_keyword_strip_under_the_headline_is_tags_not_the_title() -> None:
    headline = "Kemendagri tetapkan Sekda jadi penjabat bupati"
    strip = "id Kemendagri,Penjabat Bupati Sukamaju,NTB,Kabupaten Sukamaju"
    lede = (
        "Mataram (ANTARA) - Kementerian Dalam Negeri menetapkan sekretaris daerah sebagai penjabat "
        "bupati hingga kepala daerah definitif dilantik."
    )
    page = clean("\n\n".join([headline, strip, headline, lede, SECOND]) + "\n")
    assert page.title == headline
    assert page.dateline == Dateline(place="Mataram", outlet="ANTARA")
    assert page.text == f"{lede}\n{SECOND}"
    assert (3, strip, LineKind.TAGS) in [(b.line, b.text, b.kind) for b in page.boilerplate]
