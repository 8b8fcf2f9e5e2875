"""Officials: a post naming its body, then a bare `bernama` (is named) and a name the model
reads as a person, names the post's holder (`Kepala Desa Sukamaju bernama Sutrisno`), as
`yang bernama` does; a place phrase after `di` between the post and `bernama` belongs to the
title. A post with no body (`Seorang petani bernama …`), a plural post (`Para kepala desa`), a
`bernama` that names a thing, a person named in a later sentence or inside a quote name no
official.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import article_officials as _officials


def test_a_post_and_its_place_before_bernama() -> None:
    s = (
        "Ketua Koperasi Nelayan Sejahtera di Kecamatan Rawa Jaya Kabupaten Tulang Bawang bernama Sutrisno "
        "mengatakan produksi udang naik."
    )
    assert _officials(s, spans=True) == [
        (
            "Sutrisno",
            "Ketua Koperasi Nelayan Sejahtera di Kecamatan Rawa Jaya Kabupaten Tulang Bawang",
            (0, 96),
            (88, 96),
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kepala Desa Sukamaju bernama Sutrisno mengatakan panen tahun ini bagus.",
            [("Sutrisno", "Kepala Desa Sukamaju")],
        ),
        (
            "Ketua Kelompok Tani Makmur bernama Sutrisno dan Ketua Kelompok Tani Subur bernama Hasan "
            "menandatangani kesepakatan itu.",
            [("Sutrisno", "Ketua Kelompok Tani Makmur"), ("Hasan", "Ketua Kelompok Tani Subur")],
        ),
        (
            "Perancang mobil itu adalah seorang dosen jurusan Teknik Mesin Unnes bernama Widya Santoso.",
            [("Widya Santoso", "dosen jurusan Teknik Mesin Unnes")],
        ),
        (
            "Lurah Gedong yang bernama Hasan mengatakan warga sudah dievakuasi.",
            [("Hasan", "Lurah Gedong")],
        ),
    ],
)
def test_bernama_names_the_holder_of_a_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert _officials(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an occupation with no body
        "Seorang petani bernama Sutrisno mengatakan panen tahun ini bagus.",
        # a plural post
        "Para kepala desa bernama Sutrisno dan Hasan hadir dalam rapat itu.",
        # `bernama` names the company
        "Pendiri perusahaan rintisan bernama Altura, Budi Santoso, mengatakan modal sudah cukup.",
        # the post far from a different person's name
        "Kepala Desa Sukamaju meminta warga waspada. Seorang warga bernama Sutrisno mengatakan "
        "air sudah surut.",
        "Ketua Kelompok Tani Makmur di Kecamatan Sukajaya mengatakan panen bagus. Anaknya bernama "
        "Sutrisno ikut membantu.",
        # a post whose body is written by its kind: the place phrase names no body
        "Ketua koperasi di Desa Mekarjaya bernama Siti Aminah itu kini mengelola 250 anggota.",
        # a post in a quote about someone unnamed
        '"Kepala desa kami bernama apa saja tidak penting, yang penting jalan diperbaiki," '
        "kata seorang warga.",
    ],
)
def test_no_holder_named_by_bernama(text: str) -> None:
    assert _officials(text) == []


@pytest.mark.xfail(
    strict=True,
    reason="the company a founder's post names after a bare `bernama` (`startup call center AI bernama "
    "Altura`) is cut from the title: `pendiri startup call center AI` is read, a founder with no "
    "organisation, no official (GUIDELINES §2)",
)
def test_bernama_names_the_company_of_a_holder_named_before_salah_satu() -> None:
    """`bernama Altura` names the company, no holder; the name before `, salah satu` holds the post
    (session 36: `salah satu` reads as `salah seorang`, as news-raw's Pedro Fernandez), and the
    title goes on to the company's name."""
    t = (
        "Rudi Santos, salah satu pendiri startup call center AI bernama Altura, mengatakan penagih utang "
        "memakai teknologi itu. Altura, misalnya, melakukan jutaan panggilan."
    )
    title = "pendiri startup call center AI bernama Altura"
    assert _officials(t, spans=True) == [("Rudi Santos", title, (0, 69), (0, 11))]
