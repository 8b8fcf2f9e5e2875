"""Holders lost on unseen news (issue 13, session 34: news-raw lines where a title of the lexicon
stood right before or after the model's person and no official came out).

* the same title and name written twice, once with the abbreviation in lowercase (`kata jubir
  KPK Budi …` … `Juru Bicara KPK Budi …`): the pair `KPK Budi` after a post both times is no
  body's fixed phrase;
* an occupation's place phrase (`petani di Sembalun …`) running into another post before the
  comma and a name: the name is that post's holder, not the occupation's.

Every sentence is written for the test: names, places and numbers are made up.
"""

from __future__ import annotations

from .test_roles import _officials, _per, _rec

# ------------------------------------- the same title and name, once with a lowercase abbreviation

JUBIR = (
    '"Kami sudah menerima laporan itu," ujar Juru Bicara KPK Budi Prasetyo di Jakarta. '
    'Sebelumnya, "laporan itu kami tindak lanjuti," kata jubir KPK Budi Prasetyo kepada wartawan.'
)


def test_a_lowercase_abbreviation_before_the_same_title_and_name_is_no_fixed_phrase() -> None:
    ents = _per(JUBIR, "Budi Prasetyo")
    second = JUBIR.index("Budi Prasetyo", JUBIR.index("jubir"))
    ents.append(type(ents[0])("Budi Prasetyo", "PER", (second, second + len("Budi Prasetyo"))))
    assert _officials(JUBIR, ents) == [
        _rec(JUBIR, "Juru Bicara KPK Budi Prasetyo", "Budi Prasetyo", "Juru Bicara KPK"),
    ]


def test_a_body_written_again_after_a_lowercase_word_that_is_no_post_stays_the_body() -> None:
    # `Galeri Huma Lilis` also stands after `oleh`, no post: the three words are the gallery's
    s = (
        "Pameran itu diikuti oleh Galeri Huma Lilis dan Sanggar Tari Melati. "
        "Pemilik UMKM Galeri Huma Lilis Lamiang mengatakan penjualan naik."
    )
    assert _officials(s, _per(s, "Lilis Lamiang")) == [
        _rec(s, "Pemilik UMKM Galeri Huma Lilis Lamiang", "Lamiang", "Pemilik UMKM Galeri Huma Lilis")
    ]


# ------------------------------------------- a post inside an occupation's place phrase holds the name

SEMBALUN = (
    "Keluhan petani di Sembalun akhirnya ditanggapi Dirjen Hortikultura Kementan, Suwarno. "
    "Kepada wartawan, Suwarno mengaku belum menerima laporan itu."
)


def test_a_post_inside_the_place_phrase_of_an_occupation_holds_the_name_after_the_comma() -> None:
    assert _officials(SEMBALUN, _per(SEMBALUN, "Suwarno")) == [
        _rec(SEMBALUN, "Dirjen Hortikultura Kementan, Suwarno", "Suwarno", "Dirjen Hortikultura Kementan"),
    ]


def test_an_occupation_with_only_a_place_before_the_comma_names_no_official() -> None:
    # no post in the phrase: the name after the comma is the farmer's, a person and no official
    s = "Seorang petani di Desa Sukamaju, Kecamatan Wanasari, Darsono, mengaku panennya gagal."
    assert _officials(s, _per(s, "Darsono")) == []


def test_a_head_glued_to_a_number_inside_the_place_phrase_is_no_post() -> None:
    # `2PM` is a band's name: the member after the comma holds no prime minister's post
    s = "Aktor sekaligus anggota dari grup idola 2PM, Lee Min-jae, akan menggelar jumpa penggemar."
    assert _officials(s, _per(s, "Lee Min-jae")) == []
