"""Officials on constructions found on unseen regional news (issue 13, session 16, news-raw lines
5000-5299, then every news-raw line with the construction): a regency's seat after a body's word,
post words the lexicon lacked, a village's last word after its first, a regional leaders' forum
written where a holder's name could stand.

Every sentence is written for the test: names, places and numbers are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials

from .test_roles import _officials, _per, _rec

# ------------------------------------------------------------- a regency's seat after a body


SEATS = [
    (
        "Penyaluran dihadiri Kepala Kantor Pos Cabang Menggala Hendra Wijaya dan warga penerima.",
        (),
        [
            (
                "Kepala Kantor Pos Cabang Menggala Hendra Wijaya",
                "Hendra Wijaya",
                "Kepala Kantor Pos Cabang Menggala",
            )
        ],
    ),
    (
        "Kalapas Sampit Rudi Hartawan mengatakan seluruh warga binaan sudah divaksin.",
        (),
        [("Kalapas Sampit Rudi Hartawan", "Rudi Hartawan", "Kalapas Sampit")],
    ),
    (
        # the model's name runs over the seat: the seat still ends the title
        "Stok beras aman, kata Kepala Gudang Bulog Liwa Sarman Effendi kepada wartawan.",
        ("Liwa Sarman Effendi",),
        [("Kepala Gudang Bulog Liwa Sarman Effendi", "Sarman Effendi", "Kepala Gudang Bulog Liwa")],
    ),
]


@pytest.mark.parametrize(("sentence", "per", "expected"), SEATS)
def test_a_regency_seat_after_a_body_ends_the_title(
    sentence: str, per: tuple[str, ...], expected: list[tuple[str, str, str]]
) -> None:
    got = _officials(sentence, _per(sentence, *per)) if per else extract_officials(sentence)
    assert got == [_rec(sentence, *e) for e in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kepala Cabang Bulog Krui mengatakan stok beras cukup hingga akhir tahun.",
        "Bupati meresmikan pasar baru di Menggala, Senin pagi.",
        "Warga Sampit dan Kuala Kapuas memadati lapangan kota.",
    ],
)
def test_a_seat_with_no_name_after_it_gives_no_official(sentence: str) -> None:
    assert extract_officials(sentence) == []
