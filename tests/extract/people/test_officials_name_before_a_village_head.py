"""Officials: **Name Kepala Desa/Kampung <Village>** with no comma — a name written right before a
village head's title holds it when the title names its village in capitals after the head
(`roles.apposition._village_named`; people_roles `village_head`): the village is the post's body,
as an organisation, a region or an acronym is for other posts (`Yudianto Kadis LH Kota Bekasi`).

Session 32 (off66): `Sementara Name Kepala Kampung <Village>, mengatakan` gave nobody, while
`Name Camat <District>` did. Must give nothing: a village head with no village named after it.
Every sentence is written for the test: names are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import official_record as _rec

from .test_roles import _officials, _per


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        (
            "Sementara Budi Hartono Kepala Kampung Sukamaju Jaya, mengatakan dirinya siap bekerja sama.",
            "Kepala Kampung Sukamaju Jaya",
        ),
        (
            "Sementara Budi Hartono Kepala Desa Sukamaju mengatakan jalan desa sudah diperbaiki.",
            "Kepala Desa Sukamaju",
        ),
        (
            "Budi Hartono Peratin Pekon Way Tenong menyampaikan bantuan sudah disalurkan.",
            "Peratin Pekon Way Tenong",
        ),
    ],
)
def test_a_name_right_before_a_village_head_with_its_village_holds_it(sentence: str, post: str) -> None:
    assert _officials(sentence, _per(sentence, "Budi Hartono")) == [
        _rec(sentence, f"Budi Hartono {post}", "Budi Hartono", post)
    ]


def test_a_name_before_a_village_head_with_no_village_holds_nothing() -> None:
    s = "Warga mendatangi Budi Hartono kepala desa yang baru mengatakan jalan rusak."
    assert _officials(s, _per(s, "Budi Hartono")) == []
