"""The short titles of ministries the 2024 cabinet split or renamed (issue 13, session 24, every
news-raw line with one of them): `Menkomdigi <Name>`, `Mendiktisaintek, <Name>`, `Mendikdasmen
<Name>`, `Menbud <Name>`, and in a glued list of ministers `Menteri ESDM <Name>, Mendikti Saintek
<Name> dan …`, where the unknown short title took the next holder into the first one's title.

Every sentence is written for the test: names are made up.
"""

from __future__ import annotations

import pytest

from .test_roles import _officials, _per


@pytest.mark.parametrize(
    ("sentence", "names", "expected"),
    [
        (
            "Menkomdigi Rina Kartika menyatakan akun penipu diblokir.",
            ["Rina Kartika"],
            [("Rina Kartika", "Menkomdigi")],
        ),
        (
            "Hal itu disampaikan Mendiktisaintek, Agus Wijaya, yang menyatakan WNI itu bukan dosen.",
            ["Agus Wijaya"],
            [("Agus Wijaya", "Mendiktisaintek")],
        ),
        (
            "Mendikdasmen Budi Santoso memaparkan jumlah sekolah terdampak banjir.",
            ["Budi Santoso"],
            [("Budi Santoso", "Mendikdasmen")],
        ),
        (
            "Hadir Menteri ESDM Rudi Hartono, Mendikti Saintek Dewi Lestari dan Seskab Agus Salim.",
            ["Rudi Hartono", "Dewi Lestari", "Agus Salim"],
            [
                ("Rudi Hartono", "Menteri ESDM"),
                ("Dewi Lestari", "Mendikti Saintek"),
                ("Agus Salim", "Seskab"),
            ],
        ),
    ],
)
def test_a_new_ministry_short_title_heads_its_holder(
    sentence: str, names: list[str], expected: list[tuple[str, str]]
) -> None:
    assert [(o.name, o.title) for o in _officials(sentence, _per(sentence, *names))] == expected


def test_a_short_title_in_a_decree_name_has_no_holder() -> None:
    s = "Aturan itu merujuk Peraturan Menkum dan HAM Nomor 19 Tahun 2020 tentang asimilasi."
    assert _officials(s, []) == []
