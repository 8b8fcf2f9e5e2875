"""A post's own word the article writes alone after a speech verb (`tambah Wapres`, `kata Bupati`)
stands for that post's holder, not for a first name (issue 13, session 24, found on news-raw while
measuring holders lost after a title): `Kepala Sekretariat Wapres <Name>` keeps `Wapres` in the
title when the article elsewhere writes `…, tambah Wapres.`; a first name said alone still opens the
name (`Dinkes Riki Alfaris … ujar Riki`).

Every sentence is written for the test: names and places are made up.
"""

from __future__ import annotations

from .test_roles import _officials, _per


def test_a_post_word_said_alone_stays_in_the_title() -> None:
    s = (
        "Wakil Presiden Budi Santoso tiba di Medan. Kami akan bertemu para bupati, tambah Wapres. "
        "Ia didampingi Kepala Sekretariat Wapres Agus Wijaya Kusuma, Deputi Bidang Administrasi Rudi Hartono."
    )
    ents = _per(s, "Budi Santoso", "Agus Wijaya Kusuma", "Rudi Hartono")
    assert [(o.name, o.title) for o in _officials(s, ents)] == [
        ("Budi Santoso", "Wakil Presiden"),
        ("Agus Wijaya Kusuma", "Kepala Sekretariat Wapres"),
        ("Rudi Hartono", "Deputi Bidang Administrasi"),
    ]


def test_a_first_name_said_alone_still_opens_the_name() -> None:
    s = "Kepala Dinkes Riki Alfaris meninjau puskesmas. Stok obat cukup, ujar Riki."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Alfaris"))] == [
        ("Riki Alfaris", "Kepala Dinkes")
    ]
