"""Officials: `Dokter` right after an association's noun inside a title names the members'
calling (`Perhimpunan Dokter Spesialis …`), no holder's degree (issue 13, round officials s35).

Found over news-raw: `Ketua Satgas … Perhimpunan Dokter Spesialis Penyakit Dalam Indonesia (PB
PAPDI), dr <Name>` gave no official and `Ketua Kelompok Studi … Perhimpunan Dokter Spesialis Kulit
…` gave the holder `Spesialis Kulit`: the form of address opened a name inside the body. The
association nouns are the entity layer's (entities_association_nouns.txt). Every sentence here is
written for the test: the names are made up.
"""

from __future__ import annotations

from .test_roles import _officials, _per, _rec


def test_doctor_after_an_association_noun_is_a_word_of_the_body() -> None:
    s = (
        "Ketua Kelompok Studi Kusta Perhimpunan Dokter Spesialis Kulit Indonesia Dr dr Rina Wulandari "
        "mengungkapkan bedanya."
    )
    want = [
        _rec(
            s,
            "Ketua Kelompok Studi Kusta Perhimpunan Dokter Spesialis Kulit Indonesia Dr dr Rina Wulandari",
            "Rina Wulandari",
            "Ketua Kelompok Studi Kusta Perhimpunan Dokter Spesialis Kulit Indonesia",
        )
    ]
    assert _officials(s, _per(s, "Rina Wulandari")) == want


def test_the_holder_after_the_comma_that_closes_the_association() -> None:
    s = (
        "Ketua Satgas Imunisasi Perhimpunan Dokter Spesialis Penyakit Dalam Indonesia (PAPDI), "
        "dr Budi Santoso, SpPD, memaparkan data."
    )
    want = [
        _rec(
            s,
            "Ketua Satgas Imunisasi Perhimpunan Dokter Spesialis Penyakit Dalam Indonesia (PAPDI), "
            "dr Budi Santoso",
            "Budi Santoso",
            "Ketua Satgas Imunisasi Perhimpunan Dokter Spesialis Penyakit Dalam Indonesia (PAPDI)",
        )
    ]
    assert _officials(s, _per(s, "Budi Santoso")) == want


def test_doctor_before_a_name_after_a_post_stays_a_degree() -> None:
    s = "Direktur RSUD Sukamaju Dokter Rina Wulandari meninjau ruang isolasi."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Rina Wulandari"))] == [
        ("Rina Wulandari", "Direktur RSUD Sukamaju")
    ]


def test_an_association_of_doctors_alone_gives_no_official() -> None:
    s = "Perhimpunan Dokter Spesialis Kulit Indonesia menggelar seminar di Jakarta."
    assert _officials(s) == []
