# ruff: noqa: E501  (the pages hold scraped lines as they are, however long)
"""Cleaning on page formats of regional outlets and government desks (issue 15, session 5, round 2).

Written like the pages of ``test_clean_unseen.py`` (``kind|text`` a raw line, ``{kind:fragment}``
furniture glued inside a body line), each in a format seen on public regional pages that the dev
set does not use: a police news desk's credit line naming the editor before the reporter (`Editor :
… Penulis : … Publish : …`), a newspaper network's credits written as lowercase user names
(`Penulis: rudi hartono | Editor: sumarni`), a regional network's caption closed by two dashes and
a credit (`… libur akhir tahun.--humas`), a regency's news desk opening the dateline
(`Prokopim, Banjarbaru –`) with a bare partner link between paragraphs, an agency-style
reporter's code in lower case (`(mcr15/jpnn)`) that is no photo credit, a blog theme's meta line
(`By Admin On Rabu, Agustus 13, 2025`), and a date line going on with the clock time, its zone and the
reporter (`Kamis, 12 Juni 2025 10:21 WITA Oleh …`), and an advertorial's closing mark naming the desk
that paid for it (`(Adv/Setwan DPRD)`). Pages, names and words are
invented.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

from .test_clean_unseen import build, expected

# a police news desk: the editor's credit first on the shared credit line, the reporter after it
EDITOR_FIRST_CREDIT = """
title|Patroli Malam Jelang Pilkada, Polsek Timur Sambangi Permukiman Warga
published|Kamis, 14 Maret 2024
body|WAIKABUBAK – Personel Polsek Timur melaksanakan patroli malam di seputaran kecamatan untuk memantau permukiman warga dan sejumlah objek vital.
body|Kapolsek Timur Iptu Markus Lende mengatakan patroli digelar setiap malam hingga hari pemungutan suara.
body|"Kami imbau warga tidak terprovokasi berita bohong," ujarnya.
byline|Editor              : F Budiman Penulis            : I Ketut Wirawan Publish            : Y Ndapa
"""

# a newspaper network: the credits are the site's user names, in lower case
LOWERCASE_CREDITS = """
navigation|Beranda > Jateng > Politik
title|Laporan Dana Kampanye Calon Bupati Dinilai Terlalu Tipis
byline|Penulis: rudi hartono | Editor: sumarni
published|Senin, 9 Desember 2024 10:12 WIB
body|SEMARANG - Pengamat politik menilai laporan dana kampanye para calon bupati terlalu tipis dibanding biaya kegiatan yang terlihat di lapangan.
body|Menurut dia, masih ada transaksi di bawah tangan yang tidak tercatat dalam laporan resmi.
body|"Aturan dana kampanye punya banyak celah," katanya, Minggu (8/12/2024).
"""

# a regional network: the caption under the headline closed by `--` and the photo's source
DOUBLE_DASH_CAPTION = """
title|Polda Siapkan Tiga Skema Urai Kemacetan Libur Akhir Tahun
published|Senin, 22 Desember 2025
caption|Kapolda meninjau pos pengamanan di jalur lintas timur menjelang libur akhir tahun.--humas
body|PALEMBANG - Polda menyiapkan tiga skema pengaturan arus lalu lintas untuk mengurai kemacetan selama libur akhir tahun.
related|BACA JUGA:Wisata Air Terjun Di Lereng Bukit Ramai Dikunjungi Saat Libur
body|“Setiap kepala wilayah kami minta memetakan titik rawan macet,” terang Kapolda.
body|Personel juga disebar ke titik-titik rawan sesuai hasil pemetaan.
tags|Tag
share|Share
"""

# a regency's news desk: `Prokopim` opens the dateline before the place; a partner's bare link
# between paragraphs; a blog theme's view counter, poster, share and comment strips
DESK_DATELINE = """
title|Bupati Resmikan Pasar Rakyat di Kecamatan Cempaka
published|Senin, 12 Mei 2025 - 09:15 WIB
navigation|Diposting oleh admin
navigation|Dibaca: 1.245 kali
body|Prokopim, Banjarbaru – Bupati meresmikan pasar rakyat di Kecamatan Cempaka yang dibangun dengan dana alokasi khusus, Senin (12/5/2025).
body|Pasar tersebut menampung 240 pedagang yang sebelumnya berjualan di bahu jalan provinsi.
navigation|tautanmitra.co
body|"Kami ingin pedagang berjualan dengan nyaman dan pembeli tidak terganggu arus lalu lintas," kata Bupati.
editor|Redaktur: Fajar Nugraha
share|Share this:
share|Twitter
share|Facebook
navigation|Like this:
navigation|Like Loading...
related|Related
related|Posted in Berita Daerah
tags|Tags: pasar rakyat, bupati
comments|Leave a Reply Cancel reply
"""

# a blog theme's meta line: the poster and the date in English word order; an admin is no reporter
BLOG_META_ADMIN = """
title|Warga Desa Gelar Turnamen Sepak Bola Antar RW Sambut Hari Kemerdekaan
published|By Admin On Rabu, Agustus 13, 2025
body|SERANG, KabarDesa88.Com – Puluhan pemuda desa mengikuti turnamen sepak bola antar RW di lapangan desa, Rabu, 13 Agustus 2025.
body|Kepala desa yang turut hadir memberikan semangat kepada para pemain.
body|“Ini bentuk silaturahmi, bukan semata untuk juara,” ujar kepala desa. {byline:(Dodi)}
"""

# … and the same line naming a reporter
BLOG_META_REPORTER = """
title|Warga Desa Gelar Turnamen Sepak Bola Antar RW Sambut Hari Kemerdekaan
byline|By Rina Kartika On Rabu, Agustus 13, 2025
body|SERANG, KabarDesa88.Com – Puluhan pemuda desa mengikuti turnamen sepak bola antar RW di lapangan desa, Rabu, 13 Agustus 2025.
body|Kepala desa yang turut hadir memberikan semangat kepada para pemain.
"""

# an eastern outlet's date line: clock time and zone, then the reporter
DATE_CLOCK_THEN_REPORTER = """
title|Pemprov Salurkan Bantuan Benih Jagung untuk Ribuan Petani
byline|Kamis, 12 Juni 2025 10:21 WITA Oleh Yohanes Tefa
body|KUPANG – Pemerintah provinsi menyalurkan bantuan benih jagung kepada ribuan petani di sejumlah kabupaten, Kamis (12/6/2025).
body|Kepala dinas pertanian mengatakan bantuan tersebut diharapkan dapat meningkatkan hasil panen musim tanam berikutnya.
"""

# a council's paid release: the advertorial's mark names the desk that paid, no reporter
ADVERTORIAL_DESK = """
title|DPRD Setujui Ranperda Pengelolaan Air Bersih Jadi Perda
published|Selasa, 17 Juni 2025
body|ATAMBUA – Rapat paripurna DPRD menyetujui rancangan peraturan daerah tentang pengelolaan air bersih menjadi peraturan daerah, Selasa (17/6/2025).
body|Ketua DPRD mengatakan perda tersebut menjadi dasar pembenahan jaringan pipa di enam kecamatan.
body|"Kami minta pemerintah segera menyiapkan aturan pelaksanaannya," ujarnya. {endmark:(Adv/Setwan DPRD)}
"""

PAGES = [
    pytest.param(
        EDITOR_FIRST_CREDIT,
        {
            "title": "Patroli Malam Jelang Pilkada, Polsek Timur Sambangi Permukiman Warga",
            "published": "2024-03-14",
            "byline": "I Ketut Wirawan",
            "dateline": Dateline(place="Waikabubak", outlet=None),
        },
        id="editor-before-reporter-on-one-credit-line",
    ),
    pytest.param(
        LOWERCASE_CREDITS,
        {
            "title": "Laporan Dana Kampanye Calon Bupati Dinilai Terlalu Tipis",
            "published": "2024-12-09",
            "byline": "rudi hartono",
            "dateline": Dateline(place="Semarang", outlet=None),
        },
        id="lowercase-user-names-as-credits",
    ),
    pytest.param(
        DOUBLE_DASH_CAPTION,
        {
            "title": "Polda Siapkan Tiga Skema Urai Kemacetan Libur Akhir Tahun",
            "published": "2025-12-22",
            "dateline": Dateline(place="Palembang", outlet=None),
        },
        id="caption-closed-by-double-dash-credit",
    ),
    pytest.param(
        DESK_DATELINE,
        {
            "title": "Bupati Resmikan Pasar Rakyat di Kecamatan Cempaka",
            "published": "2025-05-12",
            "dateline": Dateline(place="Banjarbaru", outlet="Prokopim"),
        },
        id="regency-desk-dateline-and-bare-link",
    ),
    pytest.param(
        BLOG_META_ADMIN,
        {
            "title": "Warga Desa Gelar Turnamen Sepak Bola Antar RW Sambut Hari Kemerdekaan",
            "published": "2025-08-13",
            "byline": "Dodi",
            "dateline": Dateline(place="Serang", outlet="KabarDesa88.Com"),
        },
        id="blog-meta-line-by-admin-on-a-date",
    ),
    pytest.param(
        BLOG_META_REPORTER,
        {
            "title": "Warga Desa Gelar Turnamen Sepak Bola Antar RW Sambut Hari Kemerdekaan",
            "published": "2025-08-13",
            "byline": "Rina Kartika",
            "dateline": Dateline(place="Serang", outlet="KabarDesa88.Com"),
        },
        id="blog-meta-line-by-a-reporter-on-a-date",
    ),
    pytest.param(
        DATE_CLOCK_THEN_REPORTER,
        {
            "title": "Pemprov Salurkan Bantuan Benih Jagung untuk Ribuan Petani",
            "published": "2025-06-12",
            "byline": "Yohanes Tefa",
            "dateline": Dateline(place="Kupang", outlet=None),
        },
        id="date-clock-zone-then-reporter",
    ),
    pytest.param(
        ADVERTORIAL_DESK,
        {
            "title": "DPRD Setujui Ranperda Pengelolaan Air Bersih Jadi Perda",
            "published": "2025-06-17",
            "dateline": Dateline(place="Atambua", outlet=None),
        },
        id="advertorial-mark-naming-the-paying-desk",
    ),
]


@pytest.mark.parametrize(("spec", "meta"), PAGES)
def test_regional_format(spec: str, meta: dict[str, object]) -> None:
    raw, *_ = build(spec)
    assert clean(raw) == expected(spec, **meta)


LEDE = "JAYAPURA - Polisi menyeberangi sungai dengan perahu motor kecil untuk menyosialisasikan pemilu damai di kampung-kampung pesisir."


@pytest.mark.parametrize(
    "line",
    [
        # a reporter's code in lower case closing a paragraph that more paragraphs follow: no caption
        '"Kami juga mengimbau warga agar tidak golput," ujar AKBP Dedi Kurniawan. (mcr15/jpnn)',
        # two dashes inside prose set off a phrase; no stop before them, so no credit
        "Perahu itu melintasi rawa--yang dikenal sebagai sarang buaya--sebelum tiba di kampung terakhir.",
        # a sentence that names a site ends in a stop: no bare link
        "Jadwal sosialisasi dapat dilihat di laman resmi kepolisian setempat, polresjaya.go.id.",
    ],
)
def test_body_lines_like_regional_furniture_stay(line: str) -> None:
    raw = "\n".join(
        [
            "Polisi Seberangi Sungai Demi Sosialisasi Pemilu Damai",
            "Rabu, 13 November 2024",
            LEDE,
            line,
            "Menurut data kepolisian, sudah empat kali terjadi konflik warga dengan buaya di perairan itu tahun ini.",
        ]
    )
    assert line in clean(raw).text.split("\n")
