"""A shouted place and a masthead's initials on a line of their own above the lede (meta12): what
they give, and what stays as it was."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

TITLE = "Pemkab Gelar Upacara Hari Jadi dengan Pakaian Adat"
BODY = (
    "Upacara hari jadi kabupaten tahun ini dipusatkan di halaman kantor bupati dan diikuti seluruh "
    "aparatur sipil negara, Rabu (8/10/2025).\n"
    "Para peserta mengenakan pakaian adat dari berbagai daerah."
)


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("MIMIKA, BM", Dateline(place="Mimika", outlet="BM")),
        ("SORONG, WP", Dateline(place="Sorong", outlet="WP")),
    ],
)
def test_a_shouted_region_and_a_mastheads_initials_on_their_own_line_are_the_dateline(
    line: str, dateline: Dateline
) -> None:
    page = clean(f"{TITLE}\n\n{line}\n\n{BODY}\n")
    assert page.dateline == dateline
    assert page.text == f"{line}\n{BODY}"


@pytest.mark.parametrize(
    "line",
    [
        # two regions, or a listed body's short name, are no masthead's initials
        "ACEH, NTB",
        "MIMIKA, KPK",
    ],
)
def test_a_shouted_region_before_a_region_or_a_body_gives_no_dateline(line: str) -> None:
    page = clean(f"{TITLE}\n\n{line}\n\n{BODY}\n")
    assert page.dateline is None
    assert page.text == BODY
