"""Cleaning: boilerplate lines and fragments out, body lines kept, page metadata read.

Cases are real lines of the sample articles (data/raw) and of the dev set, plus
invented but realistic furniture of sites that appear nowhere in the dev set (a
share strip, a Google News prompt, a copyright footer, a tag list, related links).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.clean import CleanedArticle, clean, decode
from extract.errors import InputError
from extract.records import Boilerplate, Dateline
from extract.resources import load_lines
from tests.clean_pages import fold
from tests.growth import LINEAR_BOUND, growth, scaled

from ..conftest import SHARED, score_module

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"


def raw_lines(name: str) -> list[str]:
    return (RAW / f"{name}.txt").read_text(encoding="utf-8").split("\n")


def removed(lines: list[str], *items: tuple[int, str]) -> tuple[Boilerplate, ...]:
    """Whole-line removals, text taken from the raw file (1-based line numbers)."""
    return tuple(Boilerplate(line=n, text=fold(lines[n - 1]), kind=kind) for n, kind in items)


# --------------------------------------------------------------------------- the sample articles


def test_sample_000_byline_line_and_comment_count() -> None:
    lines = raw_lines("000_6f22f28ed07a7b44")
    page = clean("\n".join(lines))
    assert page == CleanedArticle(
        text="\n".join(fold(line) for line in lines[:8]),
        title=None,
        published=None,
        byline="Deddi",
        dateline=Dateline(place="Palangka Raya", outlet=None),
        boilerplate=removed(lines, (9, "byline"), (10, "comments")),
    )


def test_sample_001_blogger_page() -> None:
    lines = raw_lines("001_4a7a91cfc16e80c6")
    body = [16, 19, 23, 26, 30, 33, 37, 40, 43]
    last = fold(lines[42])
    assert last.endswith("ujarnya.(Husni)")
    text = [fold(lines[n - 1]) for n in body[:-1]] + [last.removesuffix("(Husni)")]
    page = clean("\n".join(lines))
    assert page == CleanedArticle(
        text="\n".join(text),
        title="Dekranasda Kota Metro Dukung Produk UMKM dan Menggelar Rakor Internal",
        published="2021-09-01",
        byline="Husni",
        dateline=Dateline(place="Metro", outlet="Harian Koridor.com"),
        boilerplate=(
            *removed(lines, (1, "title"), (3, "navigation"), (5, "ad"), (7, "navigation"), (9, "ad")),
            *removed(lines, (11, "published"), (13, "title")),
            Boilerplate(line=43, text="(Husni)", kind="byline"),
            *removed(lines, (45, "comments"), (47, "comments"), (49, "ad"), (51, "navigation")),
        ),
    )


def test_sample_002_initials_glued_to_last_paragraph() -> None:
    lines = raw_lines("002_b4771714306e938f")
    page = clean("\n".join(lines))
    text = [fold(line) for line in lines[:13]]
    text[-1] = text[-1].removesuffix(" (daq/fm)")
    assert page == CleanedArticle(
        text="\n".join(text),
        byline="daq/fm",
        dateline=Dateline(place="Palangka Raya", outlet=None),
        boilerplate=(Boilerplate(line=13, text="(daq/fm)", kind="byline"),),
    )


def test_sample_003_wordpress_page_with_teaser_of_the_lede() -> None:
    lines = raw_lines("003_ee705c5b5ed4b12b")
    body = [6, 8, 12, 14, 16, 18, 20, 22, 24]
    text = [fold(lines[n - 1]) for n in body]
    text[-1] = text[-1].removesuffix(" (MN/yogi-HJ)")
    page = clean("\n".join(lines))
    assert page == CleanedArticle(
        text="\n".join(text),
        title="Teleconference dengan UKM, Tampung Keluh Kesah, Ingatkan Jangan Putus Asa",
        byline="MN/yogi-HJ",
        dateline=Dateline(place="Jembrana", outlet="Mangupuranews"),
        boilerplate=(
            *removed(lines, (1, "title"), (3, "duplicate"), (4, "ad"), (10, "related")),
            Boilerplate(line=24, text="(MN/yogi-HJ)", kind="byline"),
            *removed(lines, (26, "ad"), (28, "related"), (30, "ad")),
            *removed(lines, (32, "comments"), (34, "comments"), (36, "comments")),
        ),
    )


def test_sample_004_category_strip_and_read_also_lines() -> None:
    lines = raw_lines("004_7268ae706cf333d5")
    body = [5, 7, 11, 13, 17, 19, 21, 25]
    text = [fold(lines[n - 1]) for n in body]
    text[-1] = text[-1].removesuffix(" (jus/kb)")
    page = clean("\n".join(lines))
    assert page == CleanedArticle(
        text="\n".join(text),
        title="IKM dan UKM Bertahan di Tengah Pandemi",
        byline="jus/kb",
        dateline=Dateline(place="Bangli", outlet="Kilasbali.com"),
        boilerplate=(
            *removed(
                lines, (1, "navigation"), (3, "title"), (9, "related"), (15, "related"), (23, "related")
            ),
            Boilerplate(line=25, text="(jus/kb)", kind="byline"),
            *removed(lines, (27, "navigation"), (29, "navigation")),
        ),
    )


def test_samples_keep_the_cleaned_text_free_of_removed_lines() -> None:
    for path in sorted(RAW.glob("*.txt")):
        page = clean(decode(path.read_bytes()))
        kept = set(page.text.split("\n"))
        for item in page.boilerplate:
            assert item.text not in kept, (path.name, item)


# --------------------------------------------------------------------------- page shapes seen on news sites


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            "Bisnis.com, PROBOLINGGO - Pemerintah Kabupaten Probolinggo berkumpul dengan sejumlah "
            'kabupaten tetangga."Ada pula petani bawang merah yang sudah hampir menuntaskan masa '
            'panen," ujarnya.Baca JugaSementara itu, seorang petani bawang merah di Desa Sumberanyar '
            "mengaku lega.Cek Berita dan Artikel yang lain di Google                                "
            "News",
            CleanedArticle(
                text="Bisnis.com, PROBOLINGGO - Pemerintah Kabupaten Probolinggo berkumpul dengan "
                'sejumlah kabupaten tetangga."Ada pula petani bawang merah yang sudah hampir '
                'menuntaskan masa panen," ujarnya. Sementara itu, seorang petani bawang merah di '
                "Desa Sumberanyar mengaku lega.",
                dateline=Dateline(place="Probolinggo", outlet="Bisnis.com"),
                boilerplate=(
                    Boilerplate(line=1, text="Baca Juga", kind="related"),
                    Boilerplate(
                        line=1,
                        text="Cek Berita dan Artikel yang lain di Google News",
                        kind="share",
                    ),
                ),
            ),
            id="one-line-article-glued-markers",
        ),
        pytest.param(
            "Pekanbaru , Riau – Pemerintah Kota Pekanbaru menyalurkan dana bergulir sebesar Rp250 "
            "juta kepada 48 kelompok usaha Kelurahan Sejahtera. Baca Juga : Bank Daerah Dukung "
            "Kelompok Tani Muda di Kampar untuk Dorong Panen Raya Ini cara mudah untuk mengecilkan "
            "perut Anda! -7 KG dalam 3 MINGGU Langsing tanpa diet ketat! Penyaluran dilakukan dalam "
            "acara Pekan UMKM Daerah ke-12 di Gedung Serbaguna. Baca Juga : Warga Desa Sumber Makmur "
            "Laporkan Kepala Dusun ke Polisi, Soroti Dugaan Pungutan Liar Rina menjelaskan bahwa "
            'pihaknya telah menggandeng Asosiasi Akuntan Daerah. Halaman Selanjutnya "Usaha bersama '
            'harus menjadi jalan keluar warga," tambahnya.',
            CleanedArticle(
                text="Pekanbaru , Riau – Pemerintah Kota Pekanbaru menyalurkan dana bergulir sebesar "
                "Rp250 juta kepada 48 kelompok usaha Kelurahan Sejahtera. Penyaluran dilakukan dalam "
                "acara Pekan UMKM Daerah ke-12 di Gedung Serbaguna. Rina menjelaskan bahwa pihaknya "
                'telah menggandeng Asosiasi Akuntan Daerah. "Usaha bersama harus menjadi jalan '
                'keluar warga," tambahnya.',
                dateline=Dateline(place="Pekanbaru", outlet=None),
                boilerplate=(
                    Boilerplate(
                        line=1,
                        text="Baca Juga : Bank Daerah Dukung Kelompok Tani Muda di Kampar untuk Dorong "
                        "Panen Raya",
                        kind="related",
                    ),
                    Boilerplate(line=1, text="Ini cara mudah untuk mengecilkan perut Anda!", kind="ad"),
                    Boilerplate(
                        line=1,
                        text="-7 KG dalam 3 MINGGU Langsing tanpa diet ketat!",
                        kind="ad",
                    ),
                    Boilerplate(
                        line=1,
                        text="Baca Juga : Warga Desa Sumber Makmur Laporkan Kepala Dusun ke Polisi, "
                        "Soroti Dugaan Pungutan Liar",
                        kind="related",
                    ),
                    Boilerplate(line=1, text="Halaman Selanjutnya", kind="navigation"),
                ),
            ),
            id="inline-teasers-ad-copy-and-pager",
        ),
        pytest.param(
            "Laporan Wartawan Tribun-Papua.com, Yohanes Marthen Kogoya\nTRIBUN-PAPUA.COM, WAMENA - "
            "Bupati\xa0Yahukimo, Provinsi Papua\xa0Pegunungan, Markus\xa0Weya menyampaikan terima "
            "kasih kepada Pemerintah Kabupaten\xa0Jayawijaya.\nBaca juga: Bupati Yahukimo Serahkan "
            "Rp500 Juta Untuk Sidang Sinode Gereja di Wamena\n“Kami akan terus berdiri di samping "
            "jemaat, mendukung pelayanan dan pendidikan anak-anak di kampung,” tuturnya.(*)",
            CleanedArticle(
                text="TRIBUN-PAPUA.COM, WAMENA - Bupati Yahukimo, Provinsi Papua Pegunungan, Markus Weya "
                "menyampaikan terima kasih kepada Pemerintah Kabupaten Jayawijaya.\n“Kami akan terus "
                "berdiri di samping jemaat, mendukung pelayanan dan pendidikan anak-anak di "
                "kampung,” tuturnya.",
                byline="Yohanes Marthen Kogoya",
                dateline=Dateline(place="Wamena", outlet="Tribun-Papua.com"),
                boilerplate=(
                    Boilerplate(
                        line=1,
                        text="Laporan Wartawan Tribun-Papua.com, Yohanes Marthen Kogoya",
                        kind="byline",
                    ),
                    Boilerplate(
                        line=3,
                        text="Baca juga: Bupati Yahukimo Serahkan Rp500 Juta Untuk Sidang Sinode Gereja "
                        "di Wamena",
                        kind="related",
                    ),
                    Boilerplate(line=4, text="(*)", kind="endmark"),
                ),
            ),
            id="reporter-credit-line-and-end-mark",
        ),
        pytest.param(
            "Bandar Lampung (\nLampost.co\n)\n — Dinas Pemuda dan Olahraga (Dispora) \nLampung\n"
            "mengirim 24 atlet pelajar se Lampung. Mereka akan bertanding pada ajang Pekan Olahraga "
            "Pelajar (POPNAS) Nasional.\nADVERTISEMENT\n\n\n“Target kami, para atlet bisa menambah "
            "perolehan medali dibanding POPNAS dua tahun lalu,” ujarnya.\n\n\nTags:\n \nDispora\n"
            "Kabid Pelajar\npekan olahraga pelajar\nBenny Saragih",
            CleanedArticle(
                text="Bandar Lampung (\nLampost.co\n)\n— Dinas Pemuda dan Olahraga (Dispora)\nLampung\n"
                "mengirim 24 atlet pelajar se Lampung. Mereka akan bertanding pada ajang Pekan "
                "Olahraga Pelajar (POPNAS) Nasional.\n“Target kami, para atlet bisa menambah "
                "perolehan medali dibanding POPNAS dua tahun lalu,” ujarnya.",
                dateline=Dateline(place="Bandar Lampung", outlet="Lampost.co"),
                boilerplate=(
                    Boilerplate(line=7, text="ADVERTISEMENT", kind="ad"),
                    Boilerplate(line=13, text="Tags:", kind="tags"),
                    Boilerplate(line=15, text="Dispora", kind="tags"),
                    Boilerplate(line=16, text="Kabid Pelajar", kind="tags"),
                    Boilerplate(line=17, text="pekan olahraga pelajar", kind="tags"),
                    Boilerplate(line=18, text="Benny Saragih", kind="tags"),
                ),
            ),
            id="dateline-split-over-lines-and-tag-list",
        ),
        pytest.param(
            "POSMETRO MEDAN– Fraksi Gerindra DPRD Medan meminta Wali Kota Medan mendesak Inspektorat "
            "Pemko Medan memeriksa Kepala Bagian Umum, Camat dan Kepala Lingkungan.\n“Kami paham "
            "persoalan ini muncul jauh sebelum periode kepemimpinan sekarang,” ujar Rosmawati.(*)\n"
            "Editor: Hendra Sitepu",
            CleanedArticle(
                text="POSMETRO MEDAN– Fraksi Gerindra DPRD Medan meminta Wali Kota Medan mendesak "
                "Inspektorat Pemko Medan memeriksa Kepala Bagian Umum, Camat dan Kepala Lingkungan.\n"
                "“Kami paham persoalan ini muncul jauh sebelum periode kepemimpinan sekarang,” ujar "
                "Rosmawati.",
                dateline=Dateline(place=None, outlet="Posmetro Medan"),
                boilerplate=(
                    Boilerplate(line=2, text="(*)", kind="endmark"),
                    Boilerplate(line=3, text="Editor: Hendra Sitepu", kind="editor"),
                ),
            ),
            id="outlet-only-dateline-editor-is-not-byline",
        ),
        pytest.param(
            "Sebanyak seribu dua ratus relawan kebersihan dari Dinas Pertamanan terbagi dalam 14 "
            "regu dikumpulkan untuk mengikuti apel, Kamis (03/11).\nBerikut Tribunjateng.com sajikan "
            "Jadwal Kunjungan Kerja Bupati dan Wakil Bupati Brebes tahun 2025.\n-Desa Kaliwlingi, "
            "Kecamatan Brebes, Selasa (3/6/2025)\n-Desa Pebatan, Kecamatan Wanasari, pada Selasa "
            "(10/6/2025)",
            CleanedArticle(
                text="Sebanyak seribu dua ratus relawan kebersihan dari Dinas Pertamanan terbagi dalam 14 "
                "regu dikumpulkan untuk mengikuti apel, Kamis (03/11).\nBerikut Tribunjateng.com "
                "sajikan Jadwal Kunjungan Kerja Bupati dan Wakil Bupati Brebes tahun 2025.\n-Desa "
                "Kaliwlingi, Kecamatan Brebes, Selasa (3/6/2025)\n-Desa Pebatan, Kecamatan Wanasari, "
                "pada Selasa (10/6/2025)",
            ),
            id="closing-list-announced-by-berikut-is-body",
        ),
    ],
)
def test_dev_snippets(raw: str, expected: CleanedArticle) -> None:
    assert clean(raw) == expected


# --------------------------------------------------------------------------- unseen furniture

WORDPRESS_PAGE = """\
Beranda
Berita
Daerah
Bupati Sleman Resmikan Pasar Rakyat Baru di Kecamatan Depok
Oleh Redaksi
Senin, 12 Februari 2024 | 14:30 WIB
Bagikan:
Facebook
Twitter
WhatsApp
Telegram

SLEMAN, Jogjaterkini.id – Bupati Sleman Kustini Sri Purnomo meresmikan Pasar Rakyat Condongcatur di \
Kecamatan Depok, Senin (12/2/2024). Pasar itu menampung 240 pedagang.

Pasar tersebut dibangun dengan anggaran Rp 4,5 miliar dari APBD 2023.

Foto: Bupati Sleman saat meresmikan pasar (Dok. Humas Pemkab Sleman)

"Kami berharap pasar ini dapat meningkatkan perekonomian warga," kata Kustini.

Penulis: Rina Setyawati
Editor: Agus Salim

Follow kami di Google News
Copyright © 2024 Jogjaterkini.id. All Rights Reserved.
Tentang Kami | Redaksi | Pedoman Media Siber | Kontak
"""


def test_unseen_wordpress_page() -> None:
    page = clean(WORDPRESS_PAGE)
    assert page.text == (
        "SLEMAN, Jogjaterkini.id – Bupati Sleman Kustini Sri Purnomo meresmikan Pasar Rakyat Condongcatur di "
        "Kecamatan Depok, Senin (12/2/2024). Pasar itu menampung 240 pedagang.\n"
        "Pasar tersebut dibangun dengan anggaran Rp 4,5 miliar dari APBD 2023.\n"
        '"Kami berharap pasar ini dapat meningkatkan perekonomian warga," kata Kustini.'
    )
    assert (page.title, page.published, page.byline, page.dateline) == (
        "Bupati Sleman Resmikan Pasar Rakyat Baru di Kecamatan Depok",
        "2024-02-12",
        "Rina Setyawati",
        Dateline(place="Sleman", outlet="Jogjaterkini.id"),
    )
    kinds = {b.line: b.kind for b in page.boilerplate}
    assert kinds == {
        1: "navigation", 2: "navigation", 3: "navigation", 4: "title", 5: "navigation", 6: "published",
        7: "share", 8: "share", 9: "share", 10: "share", 11: "share", 17: "caption",
        21: "byline", 22: "editor", 24: "share", 25: "navigation", 26: "navigation",
    }  # fmt: skip


DETIK_ONE_LINER = (
    "Jakarta - Pemerintah Provinsi DKI Jakarta menyiapkan 1.200 personel untuk mengamankan malam pergantian "
    "tahun "
    "di kawasan Monas. SCROLL TO CONTINUE WITH CONTENT Kepala Satpol PP DKI Jakarta Arifin mengatakan "
    "personel "
    'akan disiagakan sejak sore hari. Baca juga: Pemprov DKI Siapkan 50 Titik Kembang Api di Jakarta "Kami '
    "sudah "
    'koordinasi dengan kepolisian," kata Arifin, Senin (30/12/2024). Ia mengimbau warga tidak membawa '
    "petasan. "
    'Simak Video "Suasana Monas Jelang Tahun Baru" [Gambas:Video 20detik] (nkn/nkn)'
)


def test_unseen_one_line_article_with_video_teaser() -> None:
    assert clean(DETIK_ONE_LINER) == CleanedArticle(
        text="Jakarta - Pemerintah Provinsi DKI Jakarta menyiapkan 1.200 personel untuk mengamankan malam "
        "pergantian "
        "tahun di kawasan Monas. Kepala Satpol PP DKI Jakarta Arifin mengatakan personel akan disiagakan "
        "sejak sore "
        'hari. "Kami sudah koordinasi dengan kepolisian," kata Arifin, Senin (30/12/2024). Ia mengimbau '
        "warga "
        "tidak membawa petasan.",
        byline="nkn/nkn",
        dateline=Dateline(place="Jakarta", outlet=None),
        boilerplate=(
            Boilerplate(line=1, text="SCROLL TO CONTINUE WITH CONTENT", kind="ad"),
            Boilerplate(
                line=1, text="Baca juga: Pemprov DKI Siapkan 50 Titik Kembang Api di Jakarta", kind="related"
            ),
            Boilerplate(line=1, text='Simak Video "Suasana Monas Jelang Tahun Baru"', kind="related"),
            Boilerplate(line=1, text="[Gambas:Video 20detik]", kind="ad"),
            Boilerplate(line=1, text="(nkn/nkn)", kind="byline"),
        ),
    )


@pytest.mark.parametrize(
    ("furniture", "kind"),
    [
        ("Bagikan: Facebook Twitter WhatsApp Telegram Salin Link", "share"),
        ("Follow kami di Google News", "share"),
        ("Ikuti Berita Terkini Lainnya di WhatsApp Channel Kabar Banten", "share"),
        ("Dapatkan update berita pilihan setiap hari di aplikasi kami", "share"),
        ("Copyright © 2024 Radar Tegal. All Rights Reserved.", "navigation"),
        ("Hak Cipta Dilindungi Undang-Undang", "navigation"),
        (
            "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas",
            "navigation",
        ),
        ("Tag: pasar murah, beras, Pemkot Semarang", "tags"),
        ("Lanjutkan Membaca", "ad"),
        ("- Advertisement -", "ad"),
        ("banner 728x90", "ad"),
        ("Sponsored Content", "ad"),
        ("5 Komentar", "comments"),
        ("Tulis Komentar", "comments"),
        ("Halaman 2 dari 3", "navigation"),
        ("Editor: Yoyok Prasetyo", "editor"),
        ("Foto: ANTARA/Budi Santoso", "caption"),
        ("Artikel ini sudah tayang di Kabarbanten.com dengan judul Harga Beras Naik", "related"),
        ("Baca Juga: Harga Cabai di Pasar Kramat Jati Turun Jelang Akhir Pekan", "related"),
        ("Baca: Harga Beras di Semarang Naik Lagi", "related"),
        ("Pilihan Untuk Anda", "navigation"),
        ("Konten Promosi", "ad"),
        ("Promo Spesial Ramadhan! Diskon 50% untuk Anda", "ad"),
        ("#pasarmurah #semarang #beras", "tags"),
        ("View this post on Instagram", "navigation"),
        ("Dengarkan berita ini", "navigation"),
        ("[Gambas:Video CNN]", "ad"),
    ],
)
def test_unseen_furniture_line_in_the_middle_of_a_body(furniture: str, kind: str) -> None:
    raw = (
        "SEMARANG – Pemerintah Kota Semarang menggelar operasi pasar murah di 16 kecamatan mulai Selasa.\n"
        f"{furniture}\n"
        "Kepala Dinas Perdagangan Kota Semarang Nurkholis mengatakan setiap warga dapat membeli dua karung "
        "beras."
    )
    page = clean(raw)
    assert page.boilerplate == (Boilerplate(line=2, text=furniture, kind=kind),)
    assert furniture not in page.text
    assert page.text.count("\n") == 1


def test_unseen_related_list_after_a_bare_heading_and_comment_form() -> None:
    raw = (
        "Semarang (ANTARA) - Pemerintah Kota Semarang menggelar operasi pasar murah di 16 kecamatan mulai "
        "Selasa "
        "(5/3) untuk menekan harga beras.\n"
        "Harga Tetap Terjangkau\n"
        "Menurut dia, harga beras dalam operasi pasar dipatok Rp 51.000 per karung.\n"
        "(ant/rs)\n"
        "\n"
        "BERITA TERKAIT\n"
        "Gubernur Jateng Tinjau Banjir di Demak\n"
        "Harga Beras di Pasar Johar Naik Lagi\n"
        "12 Januari 2024\n"
        "Leave a Reply Cancel reply\n"
        "Your email address will not be published. Required fields are marked *\n"
        "© 2024 Semarangnews. Powered by WordPress."
    )
    page = clean(raw)
    # a subheading inside the body stays; the date under a related headline is not the page's date
    assert page.text.split("\n")[1] == "Harga Tetap Terjangkau"
    assert (page.byline, page.published, page.dateline) == ("ant/rs", None, Dateline("Semarang", "ANTARA"))
    assert [(b.line, b.kind) for b in page.boilerplate] == [
        (4, "byline"), (6, "related"), (7, "related"), (8, "related"), (9, "related"),
        (10, "comments"), (11, "comments"), (12, "navigation"),
    ]  # fmt: skip


def test_unseen_photo_caption_after_lihat_foto() -> None:
    raw = (
        "JAKARTA, KOMPAS.com - Badan Meteorologi, Klimatologi, dan Geofisika memprakirakan hujan lebat akan "
        "mengguyur sebagian besar wilayah Jawa Barat.\n"
        "Lihat Foto\n"
        "Warga melintasi banjir di Jalan Raya Bogor, Jumat (15/3/2024). (KOMPAS.com/ADITYA)\n"
        "Kepala Pusat Meteorologi Publik BMKG Andri Ramdhani meminta warga mewaspadai banjir dan tanah "
        "longsor."
    )
    page = clean(raw)
    assert [(b.line, b.kind) for b in page.boilerplate] == [(2, "caption"), (3, "caption")]
    assert page.dateline == Dateline(place="Jakarta", outlet="KOMPAS.com")  # the masthead's own spelling


def test_title_with_site_name_and_a_date_line_that_is_not_a_dateline() -> None:
    raw = (
        "Headline News\n"
        "Jumat, 03 Mei 2019 - 10:15 WIB\n"
        "Pemkab Tegal Gelar Festival Kuliner Nusantara\n"
        "Slawi, Pantura Post - Pemerintah Kabupaten Tegal menggelar Festival Kuliner Nusantara di Alun-alun "
        "Hanggawana Slawi selama tiga hari.\n"
        "Pemkab Tegal Gelar Festival Kuliner Nusantara\n"
        "Festival diikuti 120 pelaku UMKM dari berbagai kecamatan."
    )
    page = clean(raw)
    assert (page.title, page.published, page.dateline) == (
        "Pemkab Tegal Gelar Festival Kuliner Nusantara",
        "2019-05-03",
        Dateline(place="Slawi", outlet="Pantura Post"),
    )
    assert [(b.line, b.kind) for b in page.boilerplate] == [
        (1, "related"), (2, "published"), (3, "title"), (5, "duplicate"),
    ]  # fmt: skip


PORTAL_PAGE = """\
Menu
Cari
Login
Nasional
Ekonomi
Gaya Hidup
Sabtu, 2 Maret 2024 08:00
Pemprov Jatim Salurkan Bantuan untuk Korban Banjir Sidoarjo
Tim Redaksi
SIDOARJO, Jatimnow.com - Pemerintah Provinsi Jawa Timur menyalurkan bantuan logistik kepada ribuan korban \
banjir di Kecamatan Porong, Sabtu (2/3/2024).
Bantuan berupa beras, mi instan, dan selimut diserahkan langsung oleh Pj Gubernur Jatim Adhy Karyono.
Advertisement
Banjir merendam 3.000 rumah sejak Kamis malam.
Ikuti Jatimnow.com di Google News
Berita Terkait
Banjir Sidoarjo Meluas, 5 Desa Terendam
BPBD Jatim Siagakan Perahu Karet
Terpopuler
Harga Emas Antam Hari Ini Turun
Jatimnow.com © 2024 | Pedoman Media Siber | Tentang Kami | Kontak
"""


def test_unseen_portal_page_menu_related_and_popular_lists() -> None:
    page = clean(PORTAL_PAGE)
    assert page.text == (
        "SIDOARJO, Jatimnow.com - Pemerintah Provinsi Jawa Timur menyalurkan bantuan logistik kepada ribuan "
        "korban "
        "banjir di Kecamatan Porong, Sabtu (2/3/2024).\n"
        "Bantuan berupa beras, mi instan, dan selimut diserahkan langsung oleh Pj Gubernur Jatim Adhy "
        "Karyono.\n"
        "Banjir merendam 3.000 rumah sejak Kamis malam."
    )
    assert (page.title, page.published, page.byline, page.dateline) == (
        "Pemprov Jatim Salurkan Bantuan untuk Korban Banjir Sidoarjo",
        "2024-03-02",
        None,
        Dateline(place="Sidoarjo", outlet="Jatimnow.com"),
    )
    assert [(b.line, b.kind) for b in page.boilerplate] == [
        (1, "navigation"), (2, "navigation"), (3, "navigation"), (4, "navigation"), (5, "navigation"),
        (6, "navigation"), (7, "published"), (8, "title"), (9, "navigation"), (12, "ad"), (14, "share"),
        (15, "related"), (16, "related"), (17, "related"), (18, "related"), (19, "related"), (20, "related"),
    ]  # fmt: skip


def test_body_subheading_list_and_closing_sentence_without_period_are_kept() -> None:
    raw = (
        "Harga Beras Naik, Warga Antre Operasi Pasar\n\n"
        "MAKASSAR - Ratusan warga antre sejak pagi di Kantor Kelurahan Tamalanrea untuk membeli beras "
        "murah.\n\n"
        "HARGA DI PASAR\n\n"
        "Pedagang menyebut tiga penyebab kenaikan:\n"
        "1. Pasokan dari Sidrap berkurang\n"
        "2. Ongkos angkut naik\n\n"
        "Kepala Dinas Perdagangan Makassar Arlin Ariesta mengatakan operasi pasar digelar di 15 kecamatan\n\n"
        "Editor : Hasrul"
    )
    page = clean(raw)
    assert page.text == (
        "MAKASSAR - Ratusan warga antre sejak pagi di Kantor Kelurahan Tamalanrea untuk membeli beras "
        "murah.\n"
        "HARGA DI PASAR\nPedagang menyebut tiga penyebab kenaikan:\n1. Pasokan dari Sidrap berkurang\n"
        "2. Ongkos angkut naik\n"
        "Kepala Dinas Perdagangan Makassar Arlin Ariesta mengatakan operasi pasar digelar di 15 kecamatan"
    )
    assert page.title == "Harga Beras Naik, Warga Antre Operasi Pasar"
    assert [(b.line, b.kind) for b in page.boilerplate] == [(1, "title"), (13, "editor")]


@pytest.mark.parametrize(
    ("raw", "text", "removed_text", "kind", "byline"),
    [
        pytest.param(
            'KOMPAS.com - Harga cabai rawit di Kota Malang naik hingga Rp 80.000 per kilogram. "Pasokan '
            "dari petani "
            'berkurang," kata Siti. Simak breaking news dan berita pilihan kami langsung di ponselmu. '
            "Pilih saluran "
            "andalanmu akses berita Kompas.com WhatsApp Channel : "
            "https://www.whatsapp.com/channel/0029VaFPbed. "
            "Pastikan kamu sudah install aplikasi WhatsApp ya.",
            'KOMPAS.com - Harga cabai rawit di Kota Malang naik hingga Rp 80.000 per kilogram. "Pasokan '
            "dari petani "
            'berkurang," kata Siti.',
            "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses "
            "berita "
            "Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbed. Pastikan kamu sudah "
            "install aplikasi WhatsApp ya.",
            "share",
            None,
            id="whatsapp-channel-prompt",
        ),
        pytest.param(
            "Jakarta, 5 Maret 2024 – PT Telkom Indonesia mengumumkan laba bersih naik 10 persen pada tahun "
            "buku "
            "2023. Penulis: Budi Santoso Editor: Ani Lestari",
            "Jakarta, 5 Maret 2024 – PT Telkom Indonesia mengumumkan laba bersih naik 10 persen pada tahun "
            "buku "
            "2023.",
            "Penulis: Budi Santoso Editor: Ani Lestari",
            "byline",
            "Budi Santoso",
            id="credits-glued-to-the-end",
        ),
        pytest.param(
            "Baca juga: Pemkot Gelar Pasar Murah di 16 Kecamatan Kepala Dinas Perdagangan mengatakan operasi "
            "pasar "
            "digelar mulai pekan depan di seluruh kecamatan.",
            "Kepala Dinas Perdagangan mengatakan operasi pasar digelar mulai pekan depan di seluruh "
            "kecamatan.",
            "Baca juga: Pemkot Gelar Pasar Murah di 16 Kecamatan",
            "related",
            None,
            id="teaser-opening-a-paragraph",
        ),
        pytest.param(
            "Baca juga: TERUNGKAP Sosok Pelukis Muda, Dari Keluarga Nelayan? Kepala Satpol PP "
            "Tabanan, I Made Sudarsana saat ditemui mengaku sudah menerima laporan.",
            "Kepala Satpol PP Tabanan, I Made Sudarsana saat ditemui mengaku sudah menerima laporan.",
            "Baca juga: TERUNGKAP Sosok Pelukis Muda, Dari Keluarga Nelayan?",
            "related",
            None,
            id="teaser-headline-ending-in-a-question",
        ),
        pytest.param(
            "Harga cabai naik lagi pekan ini di seluruh pasar tradisional kota. Update berita lainnya di "
            "PROHABA.co dan Google News",
            "Harga cabai naik lagi pekan ini di seluruh pasar tradisional kota.",
            "Update berita lainnya di PROHABA.co dan Google News",
            "share",
            None,
            id="google-news-prompt",
        ),
    ],
)
def test_furniture_glued_into_a_paragraph(
    raw: str, text: str, removed_text: str, kind: str, byline: str | None
) -> None:
    page = clean(raw)
    assert (page.text, page.byline) == (text, byline)
    assert page.boilerplate == (Boilerplate(line=1, text=removed_text, kind=kind),)


def test_sentence_case_headlines_under_a_finished_paragraph_are_not_body() -> None:
    raw = (
        "SEMARANG – Pemerintah Kota Semarang menggelar operasi pasar murah di 16 kecamatan.\n"
        "Kepala Dinas Perdagangan Nurkholis mengatakan setiap warga dapat membeli dua karung beras.\n"
        "\n"
        "Pemkot Semarang siapkan 10 ton beras untuk operasi pasar\n"
        "Harga cabai di Semarang turun jelang akhir pekan"
    )
    page = clean(raw)
    assert page.text.count("\n") == 1
    assert [b.line for b in page.boilerplate] == [4, 5]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        pytest.param(
            "Jakarta - Harga beras naik pekan ini. Baca juga: Bupati Bogor Resmikan Pasar Baru "
            "Kepala Dinas Perdagangan mengatakan stok beras aman.",
            "Jakarta - Harga beras naik pekan ini. Kepala Dinas Perdagangan mengatakan stok beras aman.",
            id="headline-opening-with-an-official",
        ),
        pytest.param(
            "SEMARANG – Pemerintah Kota Semarang menggelar operasi pasar murah di 16 kecamatan.\n"
            "Terima Kasih Telah Membaca\n"
            "Kepala Dinas Perdagangan Nurkholis mengatakan setiap warga dapat membeli beras.",
            "SEMARANG – Pemerintah Kota Semarang menggelar operasi pasar murah di 16 kecamatan.\n"
            "Kepala Dinas Perdagangan Nurkholis mengatakan setiap warga dapat membeli beras.",
            id="unknown-title-case-chrome-between-paragraphs",
            marks=pytest.mark.xfail(strict=True, reason="reads as a subheading; no marker or chrome word"),
        ),
    ],
)
def test_known_limits(raw: str, text: str) -> None:
    assert clean(raw).text == text


def test_teasers_in_a_row_and_syndication_note_glued_to_the_end() -> None:
    raw = (
        "Angin kencang merusak tujuh rumah warga di Bireuen. (*) Baca juga: Diduga Pengemudi "
        "Mengantuk, Truk Tabrak Tiang Listrik di Lhokseumawe Baca juga: Banjir Rendam Sawah di "
        "Meureudu Baca juga: Seorang Pemuda Diamankan di Bireuen, Kini Diperiksa Polisi Artikel ini "
        "telah tayang di SerambiNews.com dengan judul Tujuh Rumah Warga Rusak Diterjang Angin"
    )
    assert clean(raw) == CleanedArticle(
        text="Angin kencang merusak tujuh rumah warga di Bireuen.",
        boilerplate=(
            Boilerplate(line=1, text="(*)", kind="endmark"),
            Boilerplate(
                line=1,
                text="Baca juga: Diduga Pengemudi Mengantuk, Truk Tabrak Tiang Listrik di Lhokseumawe "
                "Baca juga: Banjir Rendam Sawah di Meureudu Baca juga: Seorang Pemuda Diamankan di "
                "Bireuen, Kini Diperiksa Polisi",
                kind="related",
            ),
            Boilerplate(
                line=1,
                text="Artikel ini telah tayang di SerambiNews.com dengan judul Tujuh Rumah Warga Rusak "
                "Diterjang Angin",
                kind="related",
            ),
        ),
    )


def test_sentence_mentioning_whatsapp_is_body() -> None:
    raw = (
        "Warga dapat melaporkan kerusakan jalan melalui aplikasi WhatsApp di nomor pengaduan yang disediakan "
        "Dinas PU. Laporan akan ditindaklanjuti dalam tiga hari."
    )
    assert clean(raw) == CleanedArticle(text=raw)


@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("Pemkab Tegal Gelar Festival Kuliner - Radar Tegal", "Pemkab Tegal Gelar Festival Kuliner"),
        ("Pemkab Tegal Gelar Festival Kuliner | Jatimnow", "Pemkab Tegal Gelar Festival Kuliner"),
        (
            "Mengajari 114 Siswa Disabilitas Melukis - Membatik",
            "Mengajari 114 Siswa Disabilitas Melukis - Membatik",
        ),
        (
            "Bupati Lamtim dan Rektor Unila kunjungi calon mahasiswa",
            "Bupati Lamtim dan Rektor Unila kunjungi calon mahasiswa",
        ),
        ("Beranda / Berita Daerah / Jawa Tengah", None),
        ("BangliEkonomi BisnisSeni BudayaSosialTokoh", None),
    ],
)
def test_title_above_the_body(top: str, title: str | None) -> None:
    raw = f"{top}\nSLAWI - Pemerintah Kabupaten Tegal menggelar Festival Kuliner Nusantara selama tiga hari."
    assert clean(raw).title == title


@pytest.mark.parametrize(
    ("first_line", "dateline"),
    [
        ("TRIBUNKALTENG.COM, SAMPIT - Bupati Kotawaringin Timur mendukung program pemutihan pajak.",
         Dateline("Sampit", "Tribunkalteng.com")),
        ("PROHABA.CO, BLANGPIDIE -\xa0 Hujan lebat sejak sore merendam puluhan rumah di dua kecamatan.",
         Dateline("Blangpidie", "Prohaba.co")),
        ("Lampung Timur (ANTARA) - Bupati Lampung Timur mengunjungi sejumlah calon mahasiswa.",
         Dateline("Lampung Timur", "ANTARA")),
        ("Liputan6.com, Bandung - Dinas Kesehatan Kota Bandung mencatat 350 kasus demam berdarah.",
         Dateline("Bandung", "Liputan6.com")),
        ("REPUBLIKA.CO.ID, JAKARTA -- Kementerian Agama membuka pendaftaran haji reguler.",
         Dateline("Jakarta", "Republika.co.id")),
        ("KOMPAS.com - Harga cabai rawit di sejumlah pasar tradisional di Kota Malang naik.",
         Dateline(None, "KOMPAS.com")),
        ("SUKABUMI — Pemkab Sukabumi menyiapkan tiga desa wisata baru untuk libur sekolah.",
         Dateline("Sukabumi", None)),
        ("Jakarta, 5 Maret 2024 – PT Telkom Indonesia mengumumkan laba bersih naik 10 persen.",
         Dateline("Jakarta", None)),
        ("JAKARTA: Gubernur Ahmad Suryana meresmikan Bendungan Cibeet di Karawang, Jawa Barat.",
         Dateline("Jakarta", None)),
        ("SLEMAN-Pemkab Sleman menggelar pasar murah di enam kecamatan mulai Senin.",
         Dateline("Sleman", None)),
        ("Jakarta, 12/3 (ANTARA) - Pemerintah menyiapkan anggaran untuk program makan bergizi.",
         Dateline("Jakarta", "ANTARA")),
    ],
)  # fmt: skip
def test_datelines(first_line: str, dateline: Dateline) -> None:
    assert clean(first_line + "\nIa menambahkan bahwa program ini berjalan baik.").dateline == dateline


def test_dateline_below_a_short_standfirst() -> None:
    raw = (
        "Pemprov DKI siapkan 1.200 personel untuk malam tahun baru.\n"
        "JAKARTA - Pemerintah Provinsi DKI Jakarta menyiapkan 1.200 personel untuk malam tahun baru di Monas."
    )
    page = clean(raw)
    assert page.dateline == Dateline(place="Jakarta", outlet=None)
    assert page.boilerplate == ()


@pytest.mark.parametrize(
    "first_line",
    [
        "Pemerintah Kota (Pemkot) Mataram meresmikan Bank Sampah Berbasis Kelurahan di Ampenan.",
        "Bupati Lamongan, Sutrisno Hadi menyampaikan terima kasih kepada PT Semen Lamongan.",
        "Sebanyak seribu tujuh ratus petugas kebersihan dikumpulkan - kata panitia - di Gedung Graha "
        "Bintang.",
    ],
)
def test_no_dateline(first_line: str) -> None:
    assert clean(first_line).dateline is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Rabu, 01 September 2021", "2021-09-01"),
        ("Senin, 12 Feb 2024 10:30 WIB", "2024-02-12"),
        ("Diterbitkan 7 Oktober 2021 | 09:12 WIB", "2021-10-07"),
        ("12/02/2024, 10:30 WIB", "2024-02-12"),
        ("2023-11-30 08:00", "2023-11-30"),
        ("Feb 12, 2024", "2024-02-12"),
        ("2021/09/01 10:00", "2021-09-01"),
        ("Oleh Admin - Rabu, 01 September 2021 | 10:00 WIB", "2021-09-01"),
        ("Posted by Admin on Rabu, 1 September 2021", "2021-09-01"),
        ("Festival Kuliner 12 Mei 2024 Digelar Meriah", None),  # a headline holding a date
        ("Reporter: Dimas Prasetyo | Kamis, 7 Oktober 2021", "2021-10-07"),
        ("Kamis, 31 Februari 2024", None),  # no such day: not a date
    ],
)
def test_published_date_line_above_the_body(line: str, published: str | None) -> None:
    raw = (
        f"{line}\nPALANGKA RAYA – Wakil Wali Kota Palangka Raya Umi Mastikah membuka pelatihan rotan bagi "
        "pelaku usaha."
    )
    page = clean(raw)
    assert page.published == published
    assert page.text.startswith("PALANGKA RAYA")


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("Pewarta: Agus Wira Sukarta", "Agus Wira Sukarta"),
        ("Penulis: Rina Setyawati | Editor: Agus Salim", "Rina Setyawati"),
        ("Reporter : Dimas Prasetyo", "Dimas Prasetyo"),
        ("Laporan Wartawan Tribunnews.com, Fransiskus Adhiyuda", "Fransiskus Adhiyuda"),
        ("Laporan\xa0Zulfikar Harun I Aceh\xa0Barat\xa0Daya", "Zulfikar Harun"),
        ("Oleh Yuliana Lestari", "Yuliana Lestari"),
    ],
)
def test_labelled_credit_gives_the_reporter(credit: str, byline: str) -> None:
    raw = (
        "PALANGKA RAYA – Wakil Wali Kota Palangka Raya Umi Mastikah membuka pelatihan rotan bagi pelaku "
        "usaha.\n"
        f"{credit}\nEditor: Yoyok Prasetyo"
    )
    page = clean(raw)
    assert page.byline == byline
    assert [b.kind for b in page.boilerplate] == ["byline", "editor"]


@pytest.mark.parametrize(
    "body",
    [
        "Laporan keuangan daerah tahun ini dinilai wajar tanpa pengecualian oleh BPK.",
        "Oleh karena itu, warga diminta tetap waspada terhadap pohon tumbang.",
        "Berita terbaru soal banjir membuat warga Kecamatan Bukit Batu semakin resah.",
        "Baca puisi karya siswa SMP Negeri 2 Denpasar menjadi penutup acara tersebut.",
        "Warga diimbau ikut vaksinasi di puskesmas. Ayo ikut vaksinasi gratis! Layanan buka setiap hari.",
    ],
)
def test_body_sentences_that_start_like_furniture_are_kept(body: str) -> None:
    raw = f"{body}\nIa menambahkan, kegiatan serupa akan digelar kembali tahun depan di seluruh kecamatan."
    page = clean(raw)
    assert page.text.split("\n")[0] == body
    assert page.boilerplate == ()
    assert page.byline is None


def test_phone_number_line_between_paragraphs_is_body() -> None:
    raw = (
        "SEMARANG – Pemkot menggelar operasi pasar murah di 16 kecamatan mulai Selasa ini.\n"
        "0812 3456 7890\n"
        "Ia menambahkan stok beras aman hingga akhir tahun ini."
    )
    assert clean(raw).boilerplate == ()


def test_repeated_lede_as_teaser_keeps_one_copy() -> None:
    lede = (
        "Wakil Bupati Jembrana I Made Kembang Hartawan menggelar teleconference dengan puluhan pelaku UKM "
        "se-Jembrana di Executive Room Kantor Bupati Jembrana."
    )
    raw = (
        f"{lede}\nbanner 468x60\nJEMBRANA, MANGUPURANEWS – {lede}\nTeleconference itu bertujuan membangun "
        "sinergi."
    )
    page = clean(raw)
    assert page.text.split("\n")[0] == f"JEMBRANA, MANGUPURANEWS – {lede}"
    assert [(b.line, b.kind) for b in page.boilerplate] == [(1, "duplicate"), (2, "ad")]


# --------------------------------------------------------------------------- bad input


def test_decode_utf8_with_bom_and_crlf() -> None:
    data = "\ufeffPALANGKA RAYA – Wakil Wali Kota\r\nUmi Mastikah membuka pelatihan.\r\n".encode()
    assert decode(data) == "PALANGKA RAYA – Wakil Wali Kota\nUmi Mastikah membuka pelatihan.\n"


def test_decode_old_mac_line_ends() -> None:
    assert decode(b"Baris pertama.\rBaris kedua.") == "Baris pertama.\nBaris kedua."


def test_decode_cp1252_curly_quotes() -> None:
    text = "“Kami setuju dengan acara KIM ini,” imbuhnya. Harga Rp 5.000 – 150 ribu."
    assert decode(text.encode("cp1252")) == text


def test_decode_latin1_letters() -> None:
    text = "Café Nusantara di Jalan Gajah Mada menjual kopi seharga Rp 25.000 per cangkir."
    assert decode(text.encode("latin-1")) == text


def test_decode_utf8_with_stray_cp1252_quotes_keeps_both() -> None:
    data = "Harga “naik” di pasar – kata Budi.".encode() + b" \x93Kami setuju\x94 katanya."
    assert decode(data) == "Harga “naik” di pasar – kata Budi. “Kami setuju” katanya."


def test_decode_keeps_text_with_emoji_read_as_latin1() -> None:
    # a scraper that read UTF-8 as Latin-1 leaves C1 controls of every emoji (`ð\x9f\x99\x8f`):
    # two in a short post are over 1% of its characters, yet it is text, not a binary file
    emoji = "😊🙏".encode().decode("latin-1")
    text = f"Warga Desa Sukamaju gotong royong membersihkan saluran air {emoji}, Minggu (12/5/2024)."
    assert decode(text.encode()) == text


def test_decode_utf16_with_bom() -> None:
    assert decode("Bupati Tegal meninjau pasar.".encode("utf-16")) == "Bupati Tegal meninjau pasar."


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty article"),
        (b"   \n\t\r\n  ", "empty article"),
        (b"Bupati Tegal\x00\x00\x00meninjau pasar", "NUL bytes"),
        (bytes(random.Random(7).randrange(256) for _ in range(4096)), "binary file"),
        (b"\x1b\x02\x03\x04\x05\x06\x07\x08" * 64 + b"teks", "control characters"),
        (b"<html><head><script>var a=1;</script></head><body>  </body></html>", "empty article"),
    ],
    ids=["empty", "whitespace", "nul", "random", "controls", "empty-html"],
)
def test_decode_rejects_bad_input(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode(data)


def test_decode_html_saved_as_text() -> None:
    data = (
        b"<!DOCTYPE html><html><head><title>Pemkab Tegal Gelar Festival Kuliner</title>"
        b"<style>p{color:red}</style><script>var x = '<p>no</p>';</script></head><body>"
        b"<nav><a href='/'>Beranda</a></nav><h1>Pemkab Tegal Gelar Festival Kuliner</h1>"
        b"<p>SLAWI &ndash; Pemerintah Kabupaten Tegal menggelar Festival Kuliner Nusantara di Alun-alun "
        b"Hanggawana selama tiga hari.</p><p>Festival diikuti 120 pelaku UMKM.<br>Pengunjung&nbsp;ramai.</p>"
        b"</body></html>"
    )
    text = decode(data)
    assert text == (
        "Pemkab Tegal Gelar Festival Kuliner\nBeranda\nPemkab Tegal Gelar Festival Kuliner\n"
        "SLAWI – Pemerintah Kabupaten Tegal menggelar Festival Kuliner Nusantara di Alun-alun Hanggawana "
        "selama tiga hari.\nFestival diikuti 120 pelaku UMKM.\nPengunjung ramai.\n"
    )
    page = clean(text)
    assert page.title == "Pemkab Tegal Gelar Festival Kuliner"
    assert page.dateline == Dateline(place="Slawi", outlet=None)
    assert page.text.startswith("SLAWI – Pemerintah")


def test_clean_takes_text_only() -> None:
    with pytest.raises(TypeError, match="str"):
        clean(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="bytes"):
        decode("text")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "raw",
    ["", "\n\n", "   ", "(*)", "Baca juga:", "Rabu, 01 September 2021", "a", "—", "(", ")" * 50, "Tags:\nx"],
)
def test_degenerate_pages_never_raise(raw: str) -> None:
    page = clean(raw)
    assert isinstance(page.text, str)
    assert all(b.line >= 1 for b in page.boilerplate)


_PIECES = [
    "Baca juga:", "Baca Juga", "(*)", "(daq/fm)", "Tags:", "\n", "\n\n", " ", "–", "-", "JAKARTA",
    "Kompas.com", ",",
    ".", "!", "Anda!", '"', "“", "”", "(", ")", "Rabu, 01 September 2021", "Lihat Foto", "ADVERTISEMENT",
    "kata dia", "Pemerintah Kota", "https://t.me/x", "Google News", "Editor:", "Penulis: Budi", "1.", "-Desa",
    " I ", "\xa0", "\u2028", "\r", "Laporan Wartawan", "berikut:", "Berita Terkait", "[Gambas:Video 20detik]",
]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=8)), max_size=40))
def test_any_text_cleans_without_error(parts: list[str]) -> None:
    raw = "".join(parts)
    page = clean(raw)
    n_lines = raw.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    assert all(1 <= b.line <= n_lines for b in page.boilerplate)
    assert "\n\n" not in page.text and page.text == page.text.strip()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_raise_input_error(data: bytes) -> None:
    try:
        text = decode(data)
    except InputError:
        return
    assert "\r" not in text and text.strip()


# --------------------------------------------------------------------------- size and speed


@pytest.mark.parametrize(
    "raw",
    [
        "1." * 500_000,
        "a" * 100_000,
        "Rp " * 100_000,
        scaled(("(", 50_000), (")", 50_000)),
        '"Anda! ' * 50_000,
        "x. Baca Juga " * 30_000,
        "A - " * 100_000,
        "x. (a" * 50_000,
        "Baca juga: Judul\n" * 20_000,
        "!" * 100_000,
        "! " * 50_000,
        "Anda! " * 20_000,
    ],
    ids=[
        "dots",
        "long-word",
        "rp",
        "brackets",
        "exclaim",
        "teasers",
        "dashes",
        "parens",
        "many-lines",
        "bangs",
        "spaced-bangs",
        "ad-copy",
    ],
)
def test_adversarial_input_grows_linearly(raw: str) -> None:
    # four times the input costs about four times the work; a quadratic path costs sixteen
    assert growth(clean, raw) < LINEAR_BOUND


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("kata dia bahwa warga akan datang\n", 5_000),  # lowercase lines: each continues the one above
        ("Kepala Dinas Pekerjaan Umum –\n", 5_000),  # open dash
        ("Warga desa berkumpul di balai pertemuan,\n", 5_000),  # open comma
        ("Bandar Lampung (\n", 5_000),  # open bracket
        ('Kata dia, "kami\nsiap\n', 2_000),
    ],
    ids=["lowercase", "dash", "comma", "bracket", "quote"],
)
def test_lines_that_continue_the_previous_one_grow_linearly(line: str, count: int) -> None:
    # issue 16 item 8: 400k characters of such lines took 2.5 s and 800k 24.5 s (each new line
    # rescanned the unit grown so far)
    assert growth(clean, lambda n: line * (count * n)) < LINEAR_BOUND


def test_dev_pages_repeated_grow_linearly() -> None:
    one = "\n".join(decode(p.read_bytes()) for p in sorted(RAW.glob("*.txt")))
    page = clean(one * 8)
    assert page.text  # repeated paragraphs collapse to one copy
    assert growth(clean, lambda n: one * (2 * n)) < LINEAR_BOUND


# --------------------------------------------------------------------------- data files


@pytest.mark.parametrize(
    "name",
    [
        "clean_markers.txt", "clean_chrome_words.txt",
        "clean_outlets.txt", "clean_function_words.txt", "clean_ad_words.txt", "clean_chrome_phrases.txt",
        "clean_sentence_openers.txt", "clean_not_reporters.txt", "clean_labels.txt", "clean_connectives.txt",
    ],
)  # fmt: skip
def test_data_files_have_a_source_header_and_no_duplicates(name: str) -> None:
    path = ROOT / "extract" / "resources" / name
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# source:") and "licence:" in first
    entries = load_lines(name)
    assert entries and len(entries) == len(set(entries))
    if name != "clean_markers.txt":
        assert all(e == e.lower() for e in entries), "word lists are lowercase"


def test_markers_name_known_modes() -> None:
    for entry in load_lines("clean_markers.txt"):
        kind, mode, rx = entry.split(" ", 2)
        assert mode in {"line", "start", "intro", "inline"}, entry
        assert kind.isalpha() and rx


def test_month_table_is_complete() -> None:
    months = dict(e.split()[:2] for e in load_lines("months.txt"))
    assert sorted({int(v) for v in months.values()}) == list(range(1, 13))
    assert months["agustus"] == "8" and months["nopember"] == "11"


# --------------------------------------------------------------------------- dev-set gate for cleaning


# Floors per slice of the dev set (dev/check.txt names the check slice; the rest is the tune
# slice), pinned at what the cleaner reaches on branch `clean` (issue 15): recall for the two
# line-level fields, F1 for the metadata. Raising one is the point; lowering one is an explicit act.
_CLEANING_FLOORS = {
    "tune": {"boilerplate_removed": 0.99, "body_kept": 0.99, "title": 0.96, "published": 0.99,
             "byline": 0.95, "dateline_place": 0.98},
    "check": {"boilerplate_removed": 0.89, "body_kept": 0.99, "title": 0.84, "published": 0.66,
              "byline": 0.86, "dateline_place": 0.82},
}  # fmt: skip


@pytest.mark.skipif(
    not (SHARED / "dev" / "gold").is_dir(), reason="needs ../shared/dev (absent on a fresh checkout)"
)
@pytest.mark.parametrize("slice_name", sorted(_CLEANING_FLOORS))
def test_dev_set_cleaning_floors(tmp_path: Path, slice_name: str) -> None:
    check = set((SHARED / "dev" / "check.txt").read_text(encoding="utf-8").split())
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in sorted((SHARED / "dev" / "gold").glob("*.json")):
        if (path.stem in check) == (slice_name == "check"):
            (gold / path.name).write_bytes(path.read_bytes())
    records = tmp_path / "records.jsonl"
    with records.open("w", encoding="utf-8") as fh:
        for path in sorted((SHARED / "dev" / "raw").glob("*.txt")):
            if not (gold / f"{path.stem}.json").exists():
                continue
            page = clean(decode(path.read_bytes()))
            dateline = (
                None
                if page.dateline is None
                else {"place": page.dateline.place, "outlet": page.dateline.outlet}
            )
            rec = {"doc_id": path.stem, "text": page.text, "title": page.title, "published": page.published,
                   "byline": page.byline, "dateline": dateline}  # fmt: skip
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    rows, _ = score_module().score(gold, records)
    for field, floor in _CLEANING_FLOORS[slice_name].items():
        key = "r" if field in {"boilerplate_removed", "body_kept"} else "f1"
        assert rows[field][key] >= floor, (slice_name, field, rows[field])
