"""A native-ad widget glued inside a paragraph (issue 15, GUIDELINES §1: ad slots are boilerplate): its
label `Iklan untuk Anda:`, the advertised headline and the `Advertisement by` tag are one ad, cut
whole; the body around it is kept (news-raw: 4 pages of one regional outlet). The label without the
tag is no widget: the words stay in the body.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import LineKind
from tests.clean_records import one_line_page

AD = "Iklan untuk Anda: Cara mudah merawat kulit kering sebelum tidur Advertisement by"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        pytest.param(
            "Wakil bupati meninjau jembatan gantung yang putus di Kecamatan Sukamaju, Kamis (7/9/2023).",
            '"Anak-anak sekolah sementara menyeberang dengan perahu," kata kepala desa. Perbaikan dimulai '
            "pekan depan.",
            id="between-two-sentences",
        ),
        pytest.param(
            "Dinas Pertanian menyalurkan 40 ton benih jagung kepada kelompok tani, Selasa.",
            "Penyaluran dilakukan bertahap hingga akhir bulan.",
            id="before-the-last-sentence",
        ),
    ],
)
def test_the_widget_is_cut_whole(before: str, after: str) -> None:
    assert clean(f"{before} {AD} {after}") == one_line_page(f"{before} {after}", cut=(AD, LineKind.AD))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Dinas Tenaga Kerja membuka lowongan ke luar negeri. Iklan untuk Anda: pekerjaan tanpa biaya "
            "penempatan, kata kepala dinas. Lowongan dibuka sampai akhir bulan.",
            id="the-label-without-the-tag",
        ),
        pytest.param(
            "Perusahaan itu memasang iklan untuk anda yang mencari rumah murah di pinggir kota. Harga unit "
            "mulai Rp150 juta.",
            id="the-words-in-a-sentence",
        ),
    ],
)
def test_no_widget_without_its_tag(text: str) -> None:
    assert clean(text) == one_line_page(text)
