# ruff: noqa: E501  (the pages hold scraped lines as they are, however long)
"""Cleaning on page formats of outlets outside the dev set (issue 15, session 5).

Each page is written like the pages of ``test_clean_unseen.py`` (``kind|text`` a raw line,
``{kind:fragment}`` furniture glued inside a body line) and follows a format seen on public news
pages that none of the dev pages uses: a photo credit glued after the lede (`… pekan ini.//Foto:
…`, `… (Foto: Humas …)`), the page's date under a photo credit at the bottom, a photographer's
credit line, a dateline with a comma before a spaced dash (`TEGAL, - …`), no dash at all
(`TEMANGGUNG Ratusan …`), a radio station's band glued to the sentence (`Radio 92,4 FM-Kepolisian
…`) or to the place (`Radio 92,4 FM-SLAWI - …`), and a shouted place broken over two lines. The
pages, names and words are invented.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

from .test_clean_unseen import build, expected

TITLE = "Petani Kopi Lereng Sumbing Mulai Panen Raya"

# the lede and a long paragraph with a photographer's credit glued after the last sentence: the
# paragraphs stay, the credits go (a sentence or two closed by a credit is a caption)
CREDIT_AFTER_LEDE = f"""
title|{TITLE}
published|Senin, 17 Maret 2025
body|WONOSOBO - Ratusan petani kopi di lereng Gunung Sumbing mulai memanen kopi arabika sejak awal pekan ini.{{caption://Foto: Rudi Hartanto}}
body|Ketua Kelompok Tani Sumber Rejeki, Warsito, mengatakan hasil panen tahun ini naik dibanding tahun lalu.
caption|Bupati Wonosobo saat meninjau kebun kopi warga di Desa Reco, Minggu (16/3/2025) //Foto: Rudi Hartanto
body|"Cuaca sepanjang musim cukup bersahabat," ujarnya.
body|Harga kopi petik merah di tingkat petani saat ini mencapai Rp12.000 per kilogram, naik dari Rp9.000 pada musim lalu. Menurut Warsito, kenaikan itu terjadi karena permintaan dari kedai kopi di Yogyakarta dan Semarang terus bertambah, sementara luas kebun belum banyak berubah. Kelompoknya kini menyiapkan mesin pengupas baru agar petani bisa menjual biji kering dengan harga lebih baik. {{caption:(Foto: Humas Pemkab Wonosobo)}}
body|Pemerintah kabupaten berencana membuka gudang penyimpanan bersama di tiga kecamatan.
"""

# the page's date printed under the photographer's credit, below the body; the photographer is no byline
DATE_UNDER_PHOTO_CREDIT = f"""
title|{TITLE}
byline|Penulis: Nanda Prasetyo
body|WONOSOBO - Ratusan petani kopi di lereng Gunung Sumbing mulai memanen kopi arabika sejak awal pekan ini.
body|Ketua Kelompok Tani Sumber Rejeki, Warsito, mengatakan hasil panen tahun ini naik dibanding tahun lalu.
body|"Cuaca sepanjang musim cukup bersahabat," ujarnya.
caption|Foto: Rudi Hartanto
editor|Fotografer: Rudi Hartanto
published|Senin, 17 Maret 2025
"""

# `TEGAL, - …`: a comma, a space, then the dash
COMMA_SPACED_DASH = f"""
title|{TITLE}
published|Senin, 17 Maret 2025
body|BREBES, - Ratusan petani kopi di lereng Gunung Slamet mulai memanen kopi arabika sejak awal pekan ini.
body|Ketua Kelompok Tani Sumber Rejeki, Warsito, mengatakan hasil panen tahun ini naik dibanding tahun lalu.
body|"Cuaca sepanjang musim cukup bersahabat," ujarnya. {{byline:(wrs)}}
"""

# no dash and no stop: the shouted place, then the sentence
NO_DASH = f"""
title|{TITLE}
published|Senin, 17 Maret 2025
body|TEMANGGUNG Ratusan petani kopi di lereng Gunung Sindoro mulai memanen kopi arabika sejak awal pekan ini.
body|Ketua Kelompok Tani Sumber Rejeki, Warsito, mengatakan hasil panen tahun ini naik dibanding tahun lalu.
body|"Cuaca sepanjang musim cukup bersahabat," ujarnya.
"""

# a lede that shouts its first word, which opens a region's two-word name: no dateline
SHOUTED_FIRST_WORD = f"""
title|{TITLE}
published|Senin, 17 Maret 2025
body|ACEH Tengah mencatat kenaikan hasil panen kopi arabika gayo sejak awal pekan ini di tiga kecamatan.
body|Ketua Kelompok Tani Sumber Rejeki, Warsito, mengatakan hasil panen tahun ini naik dibanding tahun lalu.
"""

# a radio station's band glued to the sentence, the place before it
RADIO_GLUED = """
title|Polres Tegal Tangkap Dua Pelaku Pencurian Sepeda Motor
published|Rabu, 19 Maret 2025
body|Slawi, Radio 92,4 FM-Kepolisian Resor Tegal menangkap dua pelaku pencurian sepeda motor di Kecamatan Adiwerna.
body|Kapolres Tegal AKBP Hendra Wibisono mengatakan kedua pelaku sudah lama menjadi target operasi.
"""

# the station first, its band glued to the shouted place
RADIO_BEFORE_PLACE = """
title|Polres Tegal Tangkap Dua Pelaku Pencurian Sepeda Motor
published|Rabu, 19 Maret 2025
body|Radio 92,4 FM-SLAWI - Kepolisian Resor Tegal menangkap dua pelaku pencurian sepeda motor di Kecamatan Adiwerna.
body|Kapolres Tegal AKBP Hendra Wibisono mengatakan kedua pelaku sudah lama menjadi target operasi.
"""

# a shouted two-word place broken over two lines: both lines are the body's first paragraph
SPLIT_PLACE = """
title|Ribuan Warga Ikuti Jalan Sehat Hari Jadi Kota
published|Sabtu, 22 Maret 2025
body|TANJUNG
body|PINANG - Ribuan warga mengikuti jalan sehat dalam rangka hari jadi kota di kawasan tepi laut, Sabtu pagi.
body|Panitia menyiapkan hadiah utama berupa sepeda motor dan puluhan hadiah hiburan bagi peserta.
"""

# a category label above the lede is no part of the place
LABEL_ABOVE_DATELINE = """
title|Ribuan Warga Ikuti Jalan Sehat Hari Jadi Kota
published|Sabtu, 22 Maret 2025
navigation|KEPRI
body|BATAM - Ribuan warga mengikuti jalan sehat dalam rangka hari jadi kota di kawasan tepi laut, Sabtu pagi.
body|Panitia menyiapkan hadiah utama berupa sepeda motor dan puluhan hadiah hiburan bagi peserta.
"""

# a network of regional sites: the photo's text shown twice, the second copy with ` /Source` closing
# it, and a headline that opens with `Wartawan` (a noun here, no credit label)
CAPTION_SLASH_CREDIT = """
title|Wartawan dan Pemkab Rayakan Hari Pers, Resmikan Ruang Jumpa Pers Baru
published|- 12 Februari 2025, 09:41 WIB
duplicate|Peresmian ruang jumpa pers oleh bupati didampingi Sekretaris Daerah dan Kepala Dinas Kominfo di kompleks Pendopo Bupati Selasa 11 Februari 2025
caption|Peresmian ruang jumpa pers oleh bupati didampingi Sekretaris Daerah dan Kepala Dinas Kominfo di kompleks Pendopo Bupati Selasa 11 Februari 2025 /Dinas Kominfo Purbalingga
body|KABAR PURBALINGGA - Peringatan Hari Pers Nasional di Kabupaten Purbalingga ditandai dengan potong tumpeng sederhana bersama puluhan jurnalis.
related|Baca Juga: Jalan Desa Jadi Prioritas Pembangunan Tahun Ini
body|"Ruangan ini kami harap dipakai sebaik mungkin oleh rekan-rekan media," tutur bupati.
"""

# a one-word label with no colon opening a headline's clauses is no credit
REPORTER_NOUN_HEADLINE = """
title|Reporter Cilik Kunjungi Kantor Bupati, Belajar Menulis Berita
published|Kamis, 13 Maret 2025
body|SUMEDANG - Puluhan siswa sekolah dasar mengunjungi kantor bupati untuk belajar menulis berita bersama jurnalis setempat.
body|Mereka diajak berkeliling ruang rapat dan mewawancarai sejumlah pegawai.
"""

# `Kontributor <place>, <name>`: with no colon the words before the comma are where it reports from
CONTRIBUTOR_PLACE = """
title|Puluhan Siswa Belajar Menulis Berita di Kantor Bupati
published|Kamis, 13 Maret 2025
byline|Kontributor Cimalaka, Dedi Supriadi
body|SUMEDANG - Puluhan siswa sekolah dasar mengunjungi kantor bupati untuk belajar menulis berita bersama jurnalis setempat.
body|Mereka diajak berkeliling ruang rapat dan mewawancarai sejumlah pegawai.
"""

# a police news desk's shouted masthead with `NEWS` inside it, then the place; an aggregator's
# caption closed by `| Foto: …` under the headline
MASTHEAD_NEWS_INSIDE = """
navigation|Beranda / Berita / Polisi Amankan Tiga Pelaku Pencurian Kabel di Cikande
title|Polisi Amankan Tiga Pelaku Pencurian Kabel di Cikande
caption|Kapolsek Cikande AKP Rudi Hartono saat menunjukkan barang bukti. | Foto: Humas Polres Serang
body|BHAYANGKARA NEWS POLDA BANTEN, Kabupaten Serang – Tiga pelaku pencurian kabel milik perusahaan listrik diamankan polisi di Kecamatan Cikande, Senin (10/3/2025).
body|"Ketiganya kami tangkap saat hendak menjual kabel curian," ujar Kapolsek.
"""

# a print edition's page: standfirst, the reporter's bare name, the date, then the lede
NAME_ABOVE_DATE = """
title|Genangan di Bantaran Kali Belum Juga Surut
body|Target air surut dalam enam jam belum bisa dipenuhi petugas kelurahan.
byline|Rudi Kurniawan
published|Selasa, 9 Desember 2025
body|BEKASI — Enam petugas prasarana umum kelurahan membersihkan sisa lumpur di gang sempit permukiman di tepi kali, kemarin.
body|Genangan di RW 7 sudah terjadi sejak Jumat pekan lalu.
"""

# a headline that opens with a given name, right above the date, stays the title
HEADLINE_WITH_A_NAME_ABOVE_DATE = """
title|Agus Raih Medali Emas
published|Selasa, 9 Desember 2025
body|BEKASI - Atlet panjat tebing asal Bekasi meraih medali emas pada kejuaraan tingkat provinsi yang digelar akhir pekan lalu.
body|Ia mengalahkan lima pesaing di babak final.
"""

PAGES = [
    pytest.param(
        CREDIT_AFTER_LEDE,
        {"title": TITLE, "published": "2025-03-17", "dateline": Dateline(place="Wonosobo", outlet=None)},
        id="photo-credit-glued-after-the-lede",
    ),
    pytest.param(
        DATE_UNDER_PHOTO_CREDIT,
        {
            "title": TITLE,
            "published": "2025-03-17",
            "byline": "Nanda Prasetyo",
            "dateline": Dateline(place="Wonosobo", outlet=None),
        },
        id="date-under-the-photo-credit",
    ),
    pytest.param(
        COMMA_SPACED_DASH,
        {
            "title": TITLE,
            "published": "2025-03-17",
            "byline": "wrs",
            "dateline": Dateline(place="Brebes", outlet=None),
        },
        id="comma-then-spaced-dash",
    ),
    pytest.param(
        NO_DASH,
        {"title": TITLE, "published": "2025-03-17", "dateline": Dateline(place="Temanggung", outlet=None)},
        id="shouted-place-no-dash",
    ),
    pytest.param(
        SHOUTED_FIRST_WORD, {"title": TITLE, "published": "2025-03-17"}, id="shouted-first-word-no-dateline"
    ),
    pytest.param(
        RADIO_GLUED,
        {
            "title": "Polres Tegal Tangkap Dua Pelaku Pencurian Sepeda Motor",
            "published": "2025-03-19",
            "dateline": Dateline(place="Slawi", outlet="Radio 92,4 FM"),
        },
        id="radio-band-glued-to-the-sentence",
    ),
    pytest.param(
        RADIO_BEFORE_PLACE,
        {
            "title": "Polres Tegal Tangkap Dua Pelaku Pencurian Sepeda Motor",
            "published": "2025-03-19",
            "dateline": Dateline(place="Slawi", outlet="Radio 92,4 FM"),
        },
        id="radio-band-glued-to-the-place",
    ),
    pytest.param(
        SPLIT_PLACE,
        {
            "title": "Ribuan Warga Ikuti Jalan Sehat Hari Jadi Kota",
            "published": "2025-03-22",
            "dateline": Dateline(place="Tanjung Pinang", outlet=None),
        },
        id="place-broken-over-two-lines",
    ),
    pytest.param(
        LABEL_ABOVE_DATELINE,
        {
            "title": "Ribuan Warga Ikuti Jalan Sehat Hari Jadi Kota",
            "published": "2025-03-22",
            "dateline": Dateline(place="Batam", outlet=None),
        },
        id="category-label-above-the-dateline",
    ),
    pytest.param(
        CAPTION_SLASH_CREDIT,
        {
            "title": "Wartawan dan Pemkab Rayakan Hari Pers, Resmikan Ruang Jumpa Pers Baru",
            "published": "2025-02-12",
            "dateline": Dateline(place=None, outlet="Kabar Purbalingga"),
        },
        id="caption-twice-slash-credit-and-a-reporters-headline",
    ),
    pytest.param(
        REPORTER_NOUN_HEADLINE,
        {
            "title": "Reporter Cilik Kunjungi Kantor Bupati, Belajar Menulis Berita",
            "published": "2025-03-13",
            "dateline": Dateline(place="Sumedang", outlet=None),
        },
        id="headline-opening-with-a-credit-noun",
    ),
    pytest.param(
        CONTRIBUTOR_PLACE,
        {
            "title": "Puluhan Siswa Belajar Menulis Berita di Kantor Bupati",
            "published": "2025-03-13",
            "byline": "Dedi Supriadi",
            "dateline": Dateline(place="Sumedang", outlet=None),
        },
        id="contributor-place-then-name",
    ),
    pytest.param(
        MASTHEAD_NEWS_INSIDE,
        {
            "title": "Polisi Amankan Tiga Pelaku Pencurian Kabel di Cikande",
            "dateline": Dateline(place="Kabupaten Serang", outlet="Bhayangkara News Polda Banten"),
        },
        id="masthead-with-news-inside-and-bar-photo-credit",
    ),
    pytest.param(
        NAME_ABOVE_DATE,
        {
            "title": "Genangan di Bantaran Kali Belum Juga Surut",
            "published": "2025-12-09",
            "byline": "Rudi Kurniawan",
            "dateline": Dateline(place="Bekasi", outlet=None),
        },
        id="reporter-name-above-the-date",
    ),
    pytest.param(
        HEADLINE_WITH_A_NAME_ABOVE_DATE,
        {
            "title": "Agus Raih Medali Emas",
            "published": "2025-12-09",
            "dateline": Dateline(place="Bekasi", outlet=None),
        },
        id="headline-opening-with-a-name-above-the-date",
    ),
]


@pytest.mark.parametrize(("spec", "meta"), PAGES)
def test_unseen_format(spec: str, meta: dict[str, object]) -> None:
    raw, *_ = build(spec)
    assert clean(raw) == expected(spec, **meta)


@pytest.mark.parametrize(
    "line",
    [
        # a caption-like paragraph in the body that ends in brackets but holds no photo credit
        "Harga kopi petik merah di tingkat petani naik menjadi Rp12.000 per kilogram (naik/turun mengikuti pasar).",
        # `//` inside a web address is no photo credit
        "Pendaftaran peserta dibuka melalui laman https://contoh.go.id/foto: warga cukup mengisi formulir singkat.",
    ],
)
def test_body_lines_ending_like_a_credit_stay(line: str) -> None:
    raw = "\n".join(
        [
            TITLE,
            "Senin, 17 Maret 2025",
            "WONOSOBO - Ratusan petani kopi di lereng Gunung Sumbing mulai memanen kopi arabika sejak awal pekan ini.",
            line,
            "Ketua Kelompok Tani Sumber Rejeki, Warsito, mengatakan hasil panen tahun ini naik dibanding tahun lalu.",
        ]
    )
    assert line in clean(raw).text.split("\n")


# An agency's one-line page: teasers in sentence case glued between sentences; the next sentence
# opens with a common word (`Pertandingan`), a word after a proper noun (`… Panser Biru Namun`), a
# name and a speech verb (`Wahyu mengatakan`), or right after the marker (the headline left out)
ONE_LINE_TEASERS = (
    "Semarang (ANTARA) - Persis Solo menahan imbang tuan rumah PSIS Semarang pada laga lanjutan liga, Sabtu malam. "
    "Baca juga: Persis Solo tundukkan Persik Kediri 2-1 Pertandingan ini berjalan ketat sejak menit awal. "
    "Pelatih PSIS menilai timnya kurang tenang di depan gawang. "
    "Baca juga: Pelatih PSIS minta maaf kepada suporter Panser Biru Namun ia tetap memuji kerja keras para pemain. "
    "Baca juga: Kapten PSIS siap tampil pada laga tandang ke Bali Wahyu mengatakan timnya akan berbenah. "
    "Baca JugaSementara itu, kedua tim kini berada di papan tengah klasemen."
)


def test_sentence_case_teasers_in_a_one_line_page() -> None:
    page = clean(ONE_LINE_TEASERS)
    assert [b.text for b in page.boilerplate if b.kind.value == "related"] == [
        "Baca juga: Persis Solo tundukkan Persik Kediri 2-1",
        "Baca juga: Pelatih PSIS minta maaf kepada suporter Panser Biru",
        "Baca juga: Kapten PSIS siap tampil pada laga tandang ke Bali",
        "Baca Juga",
    ]
    assert page.text == (
        "Semarang (ANTARA) - Persis Solo menahan imbang tuan rumah PSIS Semarang pada laga lanjutan liga, Sabtu malam. "
        "Pertandingan ini berjalan ketat sejak menit awal. "
        "Pelatih PSIS menilai timnya kurang tenang di depan gawang. "
        "Namun ia tetap memuji kerja keras para pemain. "
        "Wahyu mengatakan timnya akan berbenah. "
        "Sementara itu, kedua tim kini berada di papan tengah klasemen."
    )
    assert page.dateline == Dateline(place="Semarang", outlet="ANTARA")
