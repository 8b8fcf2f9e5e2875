"""Page furniture and metadata of regional outlets the rules never saw, second round (issue 15,
session 6).

Reviewed on 42 more scraped pages (police and military news desks, regional portals, Blogger and
WordPress templates): a dateline on a line of its own parted by a dash or a bar, a web masthead
glued to its region, a masthead spelt `KabarNTB`, a police unit opening its own release, the site's
date strip above the headline, a ranked officer's photo caption under the headline, a recommended
box of excerpts cut with `..`, and a few template lines. The pages below are written in the same
style, not copied.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

TITLE = "Babinsa dan Warga Gotong Royong Cor Jalan Dusun\n"
LEDE = (
    "Babinsa Koramil setempat bersama warga Dusun Krajan melaksanakan pengecoran jalan desa "
    "sepanjang 150 meter secara gotong royong, Rabu (12/4/2023).\n"
)
REST = (
    "Dana pembangunan jalan berasal dari anggaran desa dan swadaya masyarakat setempat.\n"
    "“Jalan ini sangat dibutuhkan warga untuk mengangkut hasil panen,” kata Kepala Desa.\n"
)
BODY_LINES = [LEDE.strip(), *REST.strip().split("\n")]


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("Palembang – beritapolisi.id", Dateline(place="Palembang", outlet="beritapolisi.id")),
        ("Tribratanews Polres Kediri | Pare", Dateline(place="Pare", outlet="Tribratanews Polres Kediri")),
        ("Kendal - Jatengnews.com", Dateline(place="Kendal", outlet="Jatengnews.com")),
    ],
    ids=["place-dash-domain", "masthead-bar-place", "place-hyphen-domain"],
)
def test_a_dateline_on_its_own_line_parted_by_a_dash_or_a_bar(line: str, dateline: Dateline) -> None:
    page = clean(TITLE + line + "\n" + LEDE + REST)
    assert page.title == TITLE.strip()
    assert page.dateline == dateline
    assert page.text.split("\n") == [line, *BODY_LINES]


@pytest.mark.parametrize(
    "line",
    ["Berita Daerah – Nasional", "Beranda | Daerah", "Kabupaten Bogor – Jawa Barat"],
    ids=["section-names", "breadcrumb", "two-places"],
)
def test_a_dashed_line_with_no_outlet_is_no_standalone_dateline(line: str) -> None:
    page = clean(TITLE + line + "\n" + LEDE + REST)
    assert page.dateline is None
    assert page.text.split("\n")[-3:] == BODY_LINES


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Kabarkita.com Batu Bara — ", Dateline(place="Batu Bara", outlet="Kabarkita.com")),
        ("BeritaNTB, Sumbawa – ", Dateline(place="Sumbawa", outlet="BeritaNTB")),
        ("Polres Karanganyar – ", None),
        ("Polsek Babulu Polres PPU – ", None),
        ("Kota Batu – ", Dateline(place="Kota Batu", outlet=None)),
        ("POSMETRO MEDAN – ", Dateline(place=None, outlet="Posmetro Medan")),
        ("Serang // SerangNews.com - ", Dateline(place="Serang", outlet="SerangNews.com")),
    ],
    ids=[
        "domain-then-region",
        "inter-caps-masthead-comma-region",
        "police-unit-sends-its-release",
        "police-units",
        "city-is-a-place",
        "masthead-named-after-its-city",
        "double-slash",
    ],
)
def test_mastheads_and_senders_before_the_dash(opening: str, dateline: Dateline | None) -> None:
    page = clean(TITLE + opening + LEDE + REST)
    assert page.dateline == dateline
    # the dateline, or the sender's name, stays in the body
    assert page.text.split("\n") == [" ".join((opening + LEDE).split()), *BODY_LINES[1:]]


def test_a_date_under_the_headline_beats_the_site_date_strip_above_it() -> None:
    raw = (
        "Senin, 22 Desember 2025\n\n"
        + TITLE
        + "\n- Rabu, 27 Juni 2018 | 12:04 WIB\n\n"
        + "KUDUS – "
        + LEDE
        + REST
    )
    page = clean(raw)
    assert page.published == "2018-06-27"
    assert page.title == TITLE.strip()
    assert page.text.split("\n") == ["KUDUS – " + LEDE.strip(), *BODY_LINES[1:]]


def test_the_site_date_strip_alone_still_dates_the_page() -> None:
    raw = "Senin, 22 Desember 2025\n\n" + TITLE + "\nKUDUS – " + LEDE + REST
    page = clean(raw)
    assert page.published == "2025-12-22"
    assert page.title == TITLE.strip()


def test_a_ranked_officers_caption_under_the_headline_is_no_title() -> None:
    raw = (
        "Home / POLRI\n\n"
        "Polda Minta Polres Jajaran Perketat Patroli Malam\n\n"
        "18 Mei 2019\n"
        "Kapolda Maluku Utara, Brigjen (Pol) Budi Santoso\n\n"
        "TERNATE - Kapolda meminta seluruh polres jajaran meningkatkan patroli malam selama bulan "
        "Ramadhan untuk mencegah tindak kriminalitas.\n" + REST
    )
    page = clean(raw)
    assert page.title == "Polda Minta Polres Jajaran Perketat Patroli Malam"
    assert page.published == "2019-05-18"
    assert "Brigjen (Pol) Budi Santoso" not in page.text
    assert page.text.split("\n")[1:] == BODY_LINES[1:]


@pytest.mark.parametrize(
    "headline",
    [
        "Kapolres Tinjau Pos Pengamanan, Warga Sambut Kedatangan AKBP Budi",
        "Kapolda Maluku Utara, Brigjen Pol Budi Santoso",
    ],
    ids=["headline-with-a-rank-inside", "only-candidate"],
)
def test_a_headline_naming_a_rank_stays_the_title(headline: str) -> None:
    page = clean(headline + "\n\nTERNATE - " + LEDE + REST)
    assert page.title == headline


def test_a_recommended_box_of_cut_excerpts_is_removed() -> None:
    box = (
        "Berita yang direkomendasi\n-\n"
        "Kolaborasi Gerakan Literasi di Desa Pesisir\n"
        "Lamongan-Penggagas gerakan membaca di desa pesisir mengajak pemuda untuk memb..\n-\n"
        "Perpustakaan Keliling Sambangi Sekolah\n"
        "Tuban.Jatim-Mobil perpustakaan keliling kembali menyambangi sekolah dasar di pelo..\n-\n"
        "Tips Menulis Berita dari Humas Polri\n"
        "Jakarta - Menulis berita yang baik dimulai dari data yang akur..\n"
    )
    page = clean(TITLE + "PONOROGO – " + LEDE + REST + box)
    assert page.text.split("\n") == ["PONOROGO – " + LEDE.strip(), *BODY_LINES[1:]]


def test_body_sentences_with_ellipses_and_recommendations_are_kept() -> None:
    rest = (
        "Warga yang direkomendasikan oleh kepala dusun akan menerima bantuan semen tambahan.\n"
        "“Kami hanya bisa berharap...” ujar seorang warga.\n"
        "Pengecoran dilanjutkan pekan depan di ruas jalan berikutnya...\n"
    )
    page = clean(TITLE + "PONOROGO – " + LEDE + rest)
    assert page.text.split("\n") == ["PONOROGO – " + LEDE.strip(), *rest.strip().split("\n")]


@pytest.mark.parametrize(
    "furniture",
    ["%d blogger menyukai ini:", "doc. istimewa", "Dok. Pribadi"],
    ids=["wordpress-likes", "photo-credit", "photo-credit-private"],
)
def test_template_lines_are_removed(furniture: str) -> None:
    lines = REST.strip().split("\n")
    raw = TITLE + "PONOROGO – " + LEDE + lines[0] + "\n" + furniture + "\n" + lines[1] + "\n"
    page = clean(raw)
    assert page.text.split("\n") == ["PONOROGO – " + LEDE.strip(), *BODY_LINES[1:]]


def test_a_bare_bar_after_a_teaser_and_a_framed_headline_repeat_are_removed() -> None:
    lines = REST.strip().split("\n")
    raw = (
        TITLE
        + "| "
        + TITLE.strip()
        + " |\n"
        + "PONOROGO – "
        + LEDE
        + "Baca juga:\nKasad Resmikan Sumur Bor di Desa Tetangga\n|\n"
        + "\n".join(lines)
        + "\n"
    )
    page = clean(raw)
    assert page.title == TITLE.strip()
    assert page.text.split("\n") == ["PONOROGO – " + LEDE.strip(), *lines]


def test_a_photo_description_under_a_title_case_headline_is_no_title() -> None:
    raw = (
        "Diskominfo dan Wartawan Studi Tiru ke Kabupaten Malang, Jawa Timur (Seri 2)\n\n"
        "Awak media dan Diskominfo Karanganyar menyimak dengan cermat paparan kepala dinas setempat\n"
        + "KARANGANYAR – "
        + LEDE
        + REST
    )
    page = clean(raw)
    assert page.title == "Diskominfo dan Wartawan Studi Tiru ke Kabupaten Malang, Jawa Timur (Seri 2)"
    assert page.text.split("\n") == ["KARANGANYAR – " + LEDE.strip(), *BODY_LINES[1:]]


@pytest.mark.parametrize(
    "top",
    [
        "Bupati Lamtim dan rektor kunjungi calon mahasiswa penerima beasiswa di Jabung\n",
        "Berita Daerah\nBupati Lamtim dan rektor kunjungi calon mahasiswa penerima beasiswa di Jabung\n",
    ],
    ids=["sentence-case-headline-alone", "under-a-section-name"],
)
def test_a_sentence_case_headline_stays_the_title(top: str) -> None:
    page = clean(top + "\nSUKADANA – " + LEDE + REST)
    assert page.title == "Bupati Lamtim dan rektor kunjungi calon mahasiswa penerima beasiswa di Jabung"
    assert page.text.split("\n")[1:] == BODY_LINES[1:]


def test_a_caption_cut_inside_its_photo_credit_is_no_title() -> None:
    raw = "Kabid Humas Polda Maluku Kombes Budi Santoso (Foto: Polda Maluku\n\nAMBON – " + LEDE + REST
    page = clean(raw)
    assert page.title is None
    assert page.text.split("\n") == ["AMBON – " + LEDE.strip(), *BODY_LINES[1:]]


@pytest.mark.parametrize(
    ("credit", "byline"),
    [("Avatar of Zulkarnain", "Zulkarnain"), ("Avatar of Redaksi", None)],
    ids=["author", "desk"],
)
def test_the_authors_avatar_under_the_headline(credit: str, byline: str | None) -> None:
    page = clean(TITLE + "\n" + credit + "\n\nPALEMBANG – " + LEDE + REST)
    assert page.byline == byline
    assert page.title == TITLE.strip()
    assert page.text.split("\n") == ["PALEMBANG – " + LEDE.strip(), *BODY_LINES[1:]]


def test_a_site_notice_wrapped_over_two_lines_goes_whole() -> None:
    notice = (
        "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel\n"
        "di atas untuk konten akun media sosial komersil tanpa seizin redaksi.\n"
    )
    page = clean(TITLE + "BOGOR – " + LEDE + REST + "\n" + notice)
    assert page.text.split("\n") == ["BOGOR – " + LEDE.strip(), *BODY_LINES[1:]]


def test_a_paragraph_going_on_under_a_teaser_line_is_kept() -> None:
    raw = (
        TITLE
        + "BOGOR – Pemerintah desa akan membangun\n"
        + "Baca juga: Warga Tanam Seribu Pohon di Bantaran Sungai\n"
        + "jalan baru sepanjang dua kilometer tahun depan.\n"
        + REST
    )
    page = clean(raw)
    assert "jalan baru sepanjang dua kilometer tahun depan." in page.text
    assert "Baca juga" not in page.text


def test_a_wordpress_excerpt_loses_its_continue_reading_link() -> None:
    lede = (
        "MALANG – Kota Malang diusulkan menjadi kota metropolitan oleh pemerintah pusat tahun ini. "
        "Sebetulnya kita sudah …"
    )
    raw = TITLE + lede + " Continue reading " + TITLE.strip() + "\n"
    page = clean(raw)
    assert page.text == lede
    assert page.dateline == Dateline(place="Malang", outlet=None)


def test_continue_reading_inside_a_sentence_is_kept() -> None:
    rest = "Ia meminta warga continue reading buku panduan yang dibagikan panitia.\n"
    page = clean(TITLE + "MALANG – " + LEDE + rest)
    assert page.text.split("\n") == ["MALANG – " + LEDE.strip(), rest.strip()]
