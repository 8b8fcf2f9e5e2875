"""A paragraph of titles and names is a sentence, not a menu, when a word prose writes lowercase opens
it, a conjunction joins its last item and a stop closes it (session 36, issue 15).

`Hadir Wakil Bupati …, Sekda … dan Camat ….` has one lowercase word, its list's `dan`: the page
classifier read it as navigation when it closed the page. Menus, tag lists, related headlines and
bylines of capitalised words keep going. The texts below are written in the style of regional news,
not copied.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind

LEDE = (
    "Pemerintah Kabupaten Pesawaran meresmikan gedung pelayanan terpadu di Kecamatan Gedong Tataan, "
    "Rabu (14/5/2025), yang akan melayani perizinan dan administrasi kependudukan."
)
QUOTE = "“Warga kini cukup datang ke satu tempat untuk semua urusan,” kata Bupati."
NAMES = [
    "Hadir Wakil Bupati Antoni Imam, Sekda Wildan, Kepala Dinas Kesehatan Media Apriliana dan "
    "Camat Gedong Tataan Yusfriadi.",
    "Didampingi Kapolres Pesawaran AKBP Heri Sulistyo Nugroho, Dandim 0410 Letkol Inf Agus Rahmat "
    "serta Ketua DPRD Ahmad Rico Julian.",
    "Yakni Desa Bernung, Desa Sukadadi, Desa Kebagusan dan Desa Wiyono.",
]


@pytest.mark.parametrize("names", NAMES, ids=["hadir", "didampingi", "yakni"])
def test_a_paragraph_of_names_closing_the_page_stays_body(names: str) -> None:
    page = clean(f"{LEDE}\n{QUOTE}\n{names}\n")
    assert page.text == f"{LEDE}\n{QUOTE}\n{names}"
    assert page.boilerplate == ()


@pytest.mark.parametrize("names", NAMES, ids=["hadir", "didampingi", "yakni"])
def test_a_paragraph_of_names_mid_page_stays_body(names: str) -> None:
    page = clean(f"{LEDE}\n{names}\n{QUOTE}\n")
    assert page.text == f"{LEDE}\n{names}\n{QUOTE}"
    assert page.boilerplate == ()


def test_a_paragraph_of_names_before_a_teaser_stays_body() -> None:
    teaser = "Baca juga: Jembatan Putus, Warga Way Lima Seberangi Sungai"
    page = clean(f"{LEDE}\n{NAMES[0]} {teaser}\n")
    assert page.text == f"{LEDE}\n{NAMES[0]}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(2, teaser, LineKind.RELATED)]


@pytest.mark.parametrize(
    ("furniture", "kind"),
    [
        ("Beranda Berita Daerah Politik Olahraga Hiburan dan Gaya Hidup", LineKind.RELATED),
        ("Tags: Pesawaran, Gedong Tataan, Pelayanan Terpadu, Dukcapil", LineKind.TAGS),
        ("Bupati Pesawaran Tinjau Banjir di Way Ratai dan Padang Cermin", LineKind.RELATED),
        ("Hadir di Pesawaran, Menteri dan Gubernur Tanam Jagung Bersama Petani", LineKind.RELATED),
        (
            "Hadir Wakil Bupati Antoni Imam, Sekda Wildan, Kepala Dinas Kesehatan Media Apriliana, Camat "
            "Gedong Tataan Yusfriadi",
            LineKind.RELATED,
        ),
        (
            "Wakil Bupati Antoni Imam, Sekda Wildan, Kepala Dinas Kesehatan Media Apriliana dan Camat Gedong "
            "Tataan Yusfriadi.",
            LineKind.NAVIGATION,
        ),
        (
            "HADIR WAKIL BUPATI ANTONI IMAM, SEKDA WILDAN, KEPALA DINAS KESEHATAN MEDIA APRILIANA dan CAMAT "
            "GEDONG TATAAN YUSFRIADI.",
            LineKind.NAVIGATION,
        ),
        (
            "Seperti Ini Cara Warga Pesawaran Urus KTP, KK, Akta Kelahiran dan Surat Pindah Tanpa Antre "
            "Lama.",
            LineKind.NAVIGATION,
        ),
    ],
    ids=[
        "menu-with-dan",
        "tags",
        "related-headline",
        "related-headline-opening-hadir",
        "names-without-conjunction-or-stop",
        "names-without-opener",
        "shouted-names",
        "stopped-headline-opening-seperti",
    ],
)
def test_capitalised_lists_under_the_body_still_go(furniture: str, kind: LineKind) -> None:
    page = clean(f"{LEDE}\n{QUOTE}\n{furniture}\n")
    assert page.text == f"{LEDE}\n{QUOTE}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(3, furniture, kind)]
