"""English unit words before an English post that news-raw writes for hospitals, fields, car makers'
after-sales arms and press offices (issue 13, session 24, every news-raw line with one of the words):
`Hospital Director <hospital>`, `Facility Manager <field>`, `Aftersales Director <maker>`, `Public
Relation Manager <company>`, `Product Enablement Manager <company>`. The unit word is part of the
title (GUIDELINES §2: the position as written), not left before it.

Every sentence is written for the test: names, companies and numbers are made up.
"""

from __future__ import annotations

import pytest

from .test_roles import _officials, _per


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Layanan itu dibuka pekan ini. Hospital Director Rumah Sakit Harapan Sehat Bekasi, Budi Santoso, "
            "mengatakan antrean berkurang.",
            "Budi Santoso",
            "Hospital Director Rumah Sakit Harapan Sehat Bekasi",
        ),
        (
            "Produksi gas naik. Facility Manager Pertamina EP Zona 9 Rudi Hartono menyampaikan inovasi itu.",
            "Rudi Hartono",
            "Facility Manager Pertamina EP Zona 9",
        ),
        (
            "Baterai mobil itu utuh, ujar Aftersales Director Sinar Motors Agus Wijaya di Jakarta.",
            "Agus Wijaya",
            "Aftersales Director Sinar Motors",
        ),
        (
            "Pendirinya tak hadir. Public Relation Manager Jalan Tiket Dewi Lestari membantah kabar itu.",
            "Dewi Lestari",
            "Public Relation Manager Jalan Tiket",
        ),
        (
            "Kartu grafis baru dijual bulan depan, kata Retail and Product Enablement Manager Cipta Chip "
            "Indonesia Hendra Wijaya.",
            "Hendra Wijaya",
            "Retail and Product Enablement Manager Cipta Chip Indonesia",
        ),
    ],
)
def test_the_english_unit_word_opens_the_title(sentence: str, name: str, title: str) -> None:
    assert [(o.name, o.title) for o in _officials(sentence, _per(sentence, name))] == [(name, title)]


def test_a_hospital_in_a_body_name_is_no_post() -> None:
    # `Hospital` inside the hospital's own name, with no post word after it: no official
    s = "Pasien itu dirawat di Mayapada Hospital Jakarta Selatan, kata keluarganya, Rudi Hartono."
    assert _officials(s, _per(s, "Rudi Hartono")) == []
