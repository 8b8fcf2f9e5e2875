"""Officials: **Name, salah satu <post> <Body>** — `salah satu` ("one of") between a name's comma
and the post describing it reads as `seorang` and `salah seorang` do (`roles.mentions.one_of_before`;
people_roles `one_of`): the post describes that name.

Session 36 (issue 13, survey of news-raw): `Romy, salah satu owner Mega Padel, dalam …` and
`Surya Midha, salah satu pendiri startup AI Mercor …` gave nobody, while `salah seorang` did.
Must give nothing: an occupation with no body (`salah satu penumpang`), a resident or a student
(`salah satu warga Desa …`, `salah satu mahasiswa Universitas …`), and `salah satu` before a thing.
Every sentence is written for the test: names are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import official_record as _rec

from .test_roles import _officials, _per


@pytest.mark.parametrize(
    ("sentence", "name", "post"),
    [
        (
            "Budi Santoso, salah satu pendiri PT Maju Jaya, mengatakan usaha itu terus berkembang.",
            "Budi Santoso",
            "pendiri PT Maju Jaya",
        ),
        (
            '"Kompetisi ini kami gelar tiap tahun," kata Rama, salah satu pemilik CV Sinar Jaya, kemarin.',
            "Rama",
            "pemilik CV Sinar Jaya",
        ),
        (
            "Siti Aminah, salah satu pengurus Yayasan Pendidikan Nusantara, mengatakan beasiswa dibuka lagi.",
            "Siti Aminah",
            "pengurus Yayasan Pendidikan Nusantara",
        ),
        # one of many holders of a post held in many places still holds it (GUIDELINES §2: a
        # village head, a neighbourhood head); the title is read as after a bare comma
        (
            "Asep Sunandar, salah satu kepala desa di Kecamatan Sukamaju, mengatakan jalan itu rusak.",
            "Asep Sunandar",
            "kepala desa di Kecamatan Sukamaju",
        ),
        (
            "Dedi, salah satu ketua RT di Kelurahan Sukajadi, mengatakan warga sudah mengungsi.",
            "Dedi",
            "ketua RT",
        ),
        pytest.param(
            "Siti Aminah, salah satu pengurus Koperasi Sido Makmur, mengatakan simpanan anggota naik.",
            "Siti Aminah",
            "pengurus Koperasi Sido Makmur",
            # without the model's organisation the cooperative's name of two unknown words after
            # `pengurus Koperasi` is read as a second holder (as after `salah seorang`)
            marks=pytest.mark.xfail(strict=True, reason="a body's name after a group word read as holder"),
        ),
        (
            "Budi Santoso, salah seorang pendiri PT Maju Jaya, mengatakan usaha itu terus berkembang.",
            "Budi Santoso",
            "pendiri PT Maju Jaya",
        ),
    ],
)
def test_salah_satu_between_a_name_and_its_post_gives_the_official(
    sentence: str, name: str, post: str
) -> None:
    mention = sentence[sentence.index(name) : sentence.index(post) + len(post)]
    assert _officials(sentence, _per(sentence, name)) == [_rec(sentence, mention, name, post)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Budi Santoso, salah satu warga Desa Sukamaju, mengatakan banjir datang tiba-tiba.", "Budi Santoso"),
        ("Danu, salah satu mahasiswa Universitas Indonesia, mengatakan aksi berjalan damai.", "Danu"),
        ("Hato, salah satu penumpang, menceritakan kapal sempat oleng sebelum berlabuh.", "Hato"),
        ("Menurut Budi Santoso, salah satu cara menjaga harga adalah operasi pasar.", "Budi Santoso"),
        # a member's wife is a relative with no post of her own (GUIDELINES §2), after `salah
        # satu`, `salah seorang` or the comma alone
        (
            "Rika Amalia, salah satu istri anggota DPRD Kota Bandung, mengatakan ia ikut berdonasi.",
            "Rika Amalia",
        ),
        (
            "Rika Amalia, salah seorang istri anggota DPRD Kota Bandung, mengatakan ia ikut berdonasi.",
            "Rika Amalia",
        ),
        ("Rika Amalia, istri anggota DPRD Kota Bandung, mengatakan ia ikut berdonasi.", "Rika Amalia"),
    ],
)
def test_salah_satu_before_an_occupation_or_a_thing_gives_no_official(sentence: str, name: str) -> None:
    assert _officials(sentence, _per(sentence, name)) == []
