"""Furniture glued into a paragraph of a page stored as one line (issue 15): an op-ed's disclaimer
(`*) Tulisan ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan Redaksi
contoh.com`), the site's note and not the writer's words, and a shouted pager link closing the last
paragraph (`HALAMAN SELANJUTNYA ==============>`). The essay's own sentence about a private opinion
and the words `halaman selanjutnya` inside a sentence stay.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean

ESSAY = (
    "Pendidikan vokasi menuntut kerja sama sekolah dan industri sejak kurikulum disusun. Tanpa itu, "
    "lulusan sulit terserap pasar kerja di daerahnya sendiri."
)


@pytest.mark.parametrize(
    ("page", "cut", "kind"),
    [
        (
            f"{ESSAY} *) Tulisan ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan "
            "Redaksi contoh.com",
            "*) Tulisan ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan "
            "Redaksi contoh.com",
            "editor",
        ),
        (  # the footnote mark glued to the essay's last word goes with the note
            f"{ESSAY}*) Tulisan ini adalah pendapat pribadi dan tidak mencerminkan sikap redaksi contoh.com",
            "*) Tulisan ini adalah pendapat pribadi dan tidak mencerminkan sikap redaksi contoh.com",
            "editor",
        ),
        (
            "Tulisan ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan Redaksi. " + ESSAY,
            "Tulisan ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan Redaksi.",
            "editor",
        ),
        (f"{ESSAY} HALAMAN SELANJUTNYA ==============>", "HALAMAN SELANJUTNYA ==============>", "navigation"),
        (f"{ESSAY} HALAMAN SELANJUTNYA>>>", "HALAMAN SELANJUTNYA>>>", "navigation"),
    ],
    ids=["disclaimer-after", "disclaimer-glued-mark", "disclaimer-before", "pager-arrow", "pager-chevrons"],
)
def test_the_glued_furniture_is_cut(page: str, cut: str, kind: str) -> None:
    cleaned = clean(f"{page}\n")
    assert cleaned.text == ESSAY
    assert [(b.kind.value, b.text) for b in cleaned.boilerplate] == [(kind, cut)]


@pytest.mark.parametrize(
    "text",
    [
        f"{ESSAY} Menurut saya, tulisan ini adalah pendapat pribadi yang lahir dari pengalaman mengajar.",
        # a person's quoted or reported words, not the site's note (no `penulis`, `redaksi`,
        # `tidak mencerminkan`)
        'Budi menjelaskan soal polemik itu. "Tulisan ini merupakan opini pribadi saya, bukan sikap partai," '
        "tulis Budi di akun Instagram miliknya pada Senin malam.",
        "Budi akhirnya menghapus unggahannya. Tulisan ini adalah pendapat pribadi saya sebagai warga, "
        "tulisnya dalam unggahan baru pada Selasa.",
        # a quoted note in the site's words is still a quote
        'Ia menjawab kritik itu. "Tulisan ini merupakan opini pribadi penulis dan tidak mencerminkan '
        'pandangan redaksi," ujar Budi menirukan catatan itu.',
        pytest.param(
            f"{ESSAY} Panduan lengkapnya dimuat pada halaman selanjutnya dari buku saku itu.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the pager marker `halaman selanjutnya` cuts these words inside a sentence too (s33)",
            ),
        ),
    ],
    ids=["essay-sentence", "quoted-opinion", "reported-opinion", "quoted-note", "pager-words-in-prose"],
)
def test_prose_that_only_looks_like_it_stays(text: str) -> None:
    cleaned = clean(f"{text}\n")
    assert cleaned.text == text
    assert cleaned.boilerplate == ()
