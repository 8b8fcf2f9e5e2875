"""Page shapes of Sumatra and Java regional papers and RRI stations (issue 15, meta24): a photo's
caption glued before the lede's dateline with no space at the seam (`… Kantor Camat.Bireuen – …`,
`… secara simbolis (2)MUARA ENIM, ME – …`); a broadcaster's dateline closed by a colon while a dash
stands further on in the sentence (`KBRN, Sukadana: … ke -12 …`).

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE

CAPTION = "Wakil Bupati menyerahkan bibit kopi kepada ketua kelompok tani di halaman Kantor Camat"


@pytest.mark.parametrize(
    ("seam", "dateline"),
    [
        (".Bireuen – ", Dateline(place="Bireuen", outlet=None)),
        (" (2)MUARA ENIM, ME – ", Dateline(place="Muara Enim", outlet="ME")),
    ],
    ids=["stop-then-region", "numbered-photo-then-shouted-region-and-initials"],
)
def test_a_dateline_glued_after_a_caption_is_the_ledes(seam: str, dateline: Dateline) -> None:
    first = f"{CAPTION}{seam}{LEDE}"
    page = clean(f"Bibit Kopi untuk Petani Lereng Bukit\n\n{first}\n\n{LAST}")
    assert page.dateline == dateline
    assert page.title == "Bibit Kopi untuk Petani Lereng Bukit"
    assert page.text == f"{first}\n{LAST}"


@pytest.mark.parametrize(
    "seam",
    [
        # the words after the seam name no region
        ".Warga Desa – ",
        # a region after the seam but no dash: the caption's next sentence
        ".Bireuen menjadi tuan rumah tahun ini. ",
        # an abbreviation's stop glued to a region, a stop before any dash: the sentence goes on
        " di Pasar Kab.Way Kanan. Di lokasi itu warga membeli beras dan minyak goreng. ",
    ],
    ids=["no-region", "no-dash", "abbreviation-then-region"],
)
def test_a_seam_without_a_regions_dateline_gives_none(seam: str) -> None:
    first = f"{CAPTION}{seam}{LEDE}"
    page = clean(f"Bibit Kopi untuk Petani Lereng Bukit\n\n{first}\n\n{LAST}")
    assert page.dateline is None
    assert page.text == f"{first}\n{LAST}"


def test_a_colon_dateline_before_a_dash_in_the_sentence_is_read() -> None:
    lede = (
        "KBRN, Sukadana: Pemerintah kabupaten menyiapkan rangkaian acara hari jadi ke -12 bersama "
        "dinas pariwisata dan para camat."
    )
    page = clean(f"Rangkaian Hari Jadi Disiapkan\n\n{lede}\n\n{LAST}")
    assert page.dateline == Dateline(place="Sukadana", outlet="Kbrn")
    assert page.text == f"{lede}\n{LAST}"


def test_a_colon_after_words_with_no_comma_leaves_the_dash() -> None:
    # one run of words before the colon: no outlet and place, so the dash after it is the head's
    lede = (
        "Rapat Bupati Sukadana: warga diminta menjaga kebersihan - para camat memantau tiap desa "
        "setiap pekan."
    )
    page = clean(f"{LEDE}\n\n{lede}\n\n{LAST}")
    assert page.dateline is None
    assert page.text == f"{LEDE}\n{lede}\n{LAST}"
