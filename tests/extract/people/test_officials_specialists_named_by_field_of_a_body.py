"""Officials: a specialist named by the field (`ahli biologi kelautan`, `arkeolog`, `entomolog`)
after a name and a comma holds a post with the university, institute or museum named after
`di`/`dari` (`Name, ahli zoologi di Universitas X`), as `pakar` does; without a body, or with a
country after `dari`, the word is an occupation and names no official, and `ahli waris` (an heir)
names none. `penyakit dalam` (internal medicine) is one field: its `dalam` is no preposition that
ends the title (`Pakar penyakit dalam dari Perhimpunan X dr Name, SpPD`).

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import article_officials as _officials
from tests.official_records import role_officials as _role_officials


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Temuan itu dibenarkan Andreas Kessler, ahli zoologi di Universitas Tanjung Harapan, Senin.",
            "Andreas Kessler",
            "ahli zoologi di Universitas Tanjung Harapan",
        ),
        (
            "Sampel dikirim ke laboratorium. Jonas Eriksen, seorang entomolog di Institut Sains Nordland, "
            "membenarkan temuan itu.",
            "Jonas Eriksen",
            "entomolog di Institut Sains Nordland",
        ),
        (
            "Menurut Clara Whitfield, arkeolog dari Universitas Tanjung Harapan, tembikar itu berumur "
            "3.000 tahun.",
            "Clara Whitfield",
            "arkeolog dari Universitas Tanjung Harapan",
        ),
    ],
)
def test_a_specialist_of_a_named_body_holds_a_post(text: str, name: str, title: str) -> None:
    assert _officials(text) == [(name, title)]


def test_the_specialist_s_spans() -> None:
    s = "Kata Andreas Kessler, ahli zoologi di Universitas Tanjung Harapan, hewan itu langka."
    assert _officials(s, spans=True) == [
        ("Andreas Kessler", "ahli zoologi di Universitas Tanjung Harapan", (5, 65), (5, 20))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no body: an occupation
        "Hal itu dikatakan Pierre Dumont, ahli virologi, kepada wartawan kemarin.",
        # a country after `dari`: where the expert is from, no body
        "Hal itu dikatakan Pierre Dumont, ahli virologi dari Prancis, kepada wartawan kemarin.",
        # an heir of a family holds no post
        "Rumah itu kemudian diwariskan kepada ahli waris dari keluarga Sutomo Hadi.",
        # capitalised field words name no body
        "Ahli Hukum Tata Negara Budi Santoso menjelaskan hal itu kepada wartawan.",
    ],
)
def test_a_specialist_without_a_body_is_no_official(text: str) -> None:
    assert _officials(text) == []


def test_internal_medicine_is_one_field_before_the_body() -> None:
    s = (
        "Pakar penyakit dalam dari Perhimpunan Ahli Gizi Nusantara dr Rina Kartika, SpPD "
        "mengingatkan bahaya gula berlebih."
    )
    assert _officials(s) == [("Rina Kartika", "Pakar penyakit dalam dari Perhimpunan Ahli Gizi Nusantara")]


def test_a_degree_string_with_no_name_gives_nothing() -> None:
    s = "Pemeriksaan dilakukan oleh pakar penyakit dalam dari Perhimpunan Ahli Gizi Nusantara, SpPD, kemarin."
    assert _officials(s) == []


@pytest.mark.xfail(
    strict=True,
    reason="a hospital the model reads as a place after `dari`, then a comma and `dr` Name: the "
    "scholar's guard finds no body in the title (facilities are places, GUIDELINES §6)",
)
def test_a_specialist_of_a_hospital_named_after_dari_and_a_comma() -> None:
    s = (
        "Dokter spesialis penyakit dalam dari Rumah Sakit Harapan Kita, dr Rina Kartika, SpPD, "
        "menegaskan anggapan itu keliru."
    )
    assert _officials(s) == [
        ("Rina Kartika", "Dokter spesialis penyakit dalam dari Rumah Sakit Harapan Kita")
    ]


def test_a_specialist_after_a_person_and_a_comma_describes_that_person() -> None:
    # the model's person before the comma holds the post; a capitalised word far after the
    # title (a bacterium's name after another comma) is no holder
    s = (
        "Sementara Nathan Pryce, ahli biokimia dari Universitas Tanjung Harapan di Kanada menemukan "
        "jenis bakteri kedua, Delftia acidovarans."
    )
    ents = [("Nathan Pryce", "PER"), ("Universitas Tanjung Harapan", "ORG"), ("Delftia", "PER")]
    assert _role_officials(s, ents) == [("Nathan Pryce", "ahli biokimia dari Universitas Tanjung Harapan")]


def test_the_level_of_a_functional_post_is_no_expert_s_post() -> None:
    s = (
        "Turut hadir Widyaprada Ahli Utama Direktorat SD Kemendikdasmen Jumeri, dan Kepala Dinas "
        "Pendidikan Demak Budi Santoso."
    )
    assert _officials(s) == [("Budi Santoso", "Kepala Dinas Pendidikan Demak")]


def test_an_expert_consultant_opens_no_post_that_takes_the_next_holder() -> None:
    s = (
        "Juri diketuai Budi Santoso selaku konsultan ahli Komite Nasional Tata Kelola (KNTK), "
        "Rina Kartika selaku Ketua Umum Asosiasi Pengusaha Nusantara (APN)."
    )
    assert _officials(s) == [("Rina Kartika", "Ketua Umum Asosiasi Pengusaha Nusantara (APN)")]


@pytest.mark.parametrize(
    "text",
    [
        "Sejumlah ahli dari Universitas Tanjung Harapan, Budi Santoso dan Rina Kartika, hadir di sidang.",
        "Beberapa ahli dari Universitas Tanjung Harapan, Budi Santoso dan Rina Kartika, hadir di sidang.",
        "Para ahli dari Institut Sains Nordland, Budi Santoso dan Rina Kartika, memeriksa sampel itu.",
        "Banyak pakar dari Universitas Tanjung Harapan, Budi Santoso salah satunya, meragukan data itu.",
    ],
)
def test_specialists_counted_in_the_plural_name_no_one_holder(text: str) -> None:
    assert _officials(text) == []


def test_a_capitalised_ahli_after_a_name_s_word_is_part_of_that_name() -> None:
    s = "Gelandang itu didatangkan dari Al Ahli Budi Santoso musim lalu dengan nilai transfer besar."
    assert _officials(s) == []
