"""Officials: a title of field words (`Dokter spesialis anak`, `Pakar kesehatan kulit`, `Guru besar
psikologi klinis`) then `dari`/`di` and the body it is held in, then the holder: after a comma, or
right after an honorific or a degree (`dr`, `Prof.`) that opens the name. The body is read whole
(a hospital's long name with its bracketed acronym, `dan` inside a society's name) and the post
is the title as written, body included (GUIDELINES §2). A lowercase occupation after a name and
`seorang` joins its body the same way (`Budi, seorang peneliti di Institut X`). A place after the
link is no body, and a role word with no holder after the body names no one.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import article_officials as _officials


def test_a_field_title_its_hospital_and_the_holder_after_a_comma_and_dr() -> None:
    s = "Dokter spesialis anak dari RSUD Sukamaju, dr Rina Kartika, mengatakan penyakit itu tidak menular."
    assert _officials(s, spans=True) == [
        ("Rina Kartika", "Dokter spesialis anak dari RSUD Sukamaju", (0, 57), (45, 57))
    ]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Praktisi kesehatan Dokter Spesialis Anak dari Rumah Sakit Umum Pusat (RSUP) Harapan Sehat"
            " Bandung, dr Rina Kartika, mengatakan kelainan itu tidak bergejala.",
            "Rina Kartika",
            "Dokter Spesialis Anak dari Rumah Sakit Umum Pusat (RSUP) Harapan Sehat Bandung",
        ),
        (
            "Pakar kesehatan kulit dari Perhimpunan Dokter Kulit dan Kelamin Nusantara dr Rina Kartika,"
            " Sp.KK mengatakan kulit perlu dibersihkan dulu.",
            "Rina Kartika",
            "Pakar kesehatan kulit dari Perhimpunan Dokter Kulit dan Kelamin Nusantara",
        ),
        (
            "Guru besar psikologi klinis dari Universitas Tanjung Harapan, Rudi Hartanto, berkata begitu.",
            "Rudi Hartanto",
            "Guru besar psikologi klinis dari Universitas Tanjung Harapan",
        ),
    ],
)
def test_the_body_after_the_field_belongs_to_the_title(text: str, name: str, title: str) -> None:
    assert _officials(text) == [(name, title)]


def test_the_model_s_person_ends_a_holder_opened_by_a_degree() -> None:
    s = (
        "Kami menghubungi ilmuwan biologi dari Badan Riset dan Inovasi Nasional (BRIN) Profesor Rudi"
        " Hartanto MPhil, PhD. Dia menjelaskan hal itu."
    )
    assert _officials(s) == [
        ("Rudi Hartanto", "ilmuwan biologi dari Badan Riset dan Inovasi Nasional (BRIN)")
    ]


def test_an_occupation_after_seorang_joins_the_body_after_di() -> None:
    s = "Rudi Hartanto, seorang peneliti di Institut Sains Nusantara, membenarkan temuan itu."
    assert _officials(s) == [("Rudi Hartanto", "peneliti di Institut Sains Nusantara")]


@pytest.mark.parametrize(
    "text",
    [
        "Dokter spesialis anak di Bandung, dr Rina Kartika, mengatakan penyakit itu tidak menular.",
        "Pakar kesehatan kulit dari Bandung dr Rina Kartika mengatakan kulit perlu dibersihkan dulu.",
        "Menurut para analis di bank, pasar saham masih akan bergejolak hingga akhir tahun.",
        "Rudi Hartanto, seorang warga di Desa Sukamaju, mengaku rumahnya terendam banjir.",
        "Rudi Hartanto, seorang peneliti, membenarkan temuan itu.",
    ],
)
def test_a_place_or_no_body_after_the_link_names_no_official(text: str) -> None:
    assert _officials(text) == []


def test_internal_medicine_as_a_field_before_the_hospital() -> None:
    s = "Dokter spesialis penyakit dalam dari RSUD Sukamaju, dr Yoga Pratama, menyarankan pasien berpuasa."
    assert _officials(s) == [("Yoga Pratama", "Dokter spesialis penyakit dalam dari RSUD Sukamaju")]


def test_an_expert_after_the_name_with_di_and_the_body() -> None:
    s = "Hal itu, kata Dimas Wicaksono, ahli paleontologi di Universitas Tanjung Harapan, wajar saja."
    assert _officials(s) == [("Dimas Wicaksono", "ahli paleontologi di Universitas Tanjung Harapan")]
