"""Page shapes of regional papers and press offices of Sulawesi, Kalimantan, NTB, NTT and Papua
(issue 15, meta21): a dateline whose parts a hyphen glues with no space, the sentence glued after
it (`Kabarnusa-Ende, …`, `Selong-Diskominfo. …`, `MUARA TEWEH-KT:Bupati …`), the place glued to the
sentence after the outlet's comma (`WARTAKOLAKA.com, Kolaka-Sebanyak …`), and the dash glued after a
masthead in square brackets (`KUPANG [POSKU]-Ratusan …`); place and outlet parted from the sentence by
a comma, no dash (`SABU RAIJUA, Sabu News, Pemerintah …`); a region glued to the sentence's first
word after the outlet's bar (`kabarbali.co.id | SemarapuraSebanyak …`).

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Kabarnusa-Ende, ", Dateline(place="Ende", outlet="Kabarnusa")),
        ("Selong-Diskominfo. ", Dateline(place="Selong", outlet="Diskominfo")),
        ("MUARA TEWEH-KT:", Dateline(place="Muara Teweh", outlet="KT")),
        ("KENDARI-KT:", Dateline(place="Kendari", outlet="KT")),
        ("Gerung-Diskominfotik. ", Dateline(place="Gerung", outlet="Diskominfotik")),
        ("WARTAKOLAKA.com, Kolaka-", Dateline(place="Kolaka", outlet="WARTAKOLAKA.com")),
        ("KUPANG [POSKU]-", Dateline(place="Kupang", outlet="POSKU")),
    ],
    ids=["outlet-place-comma", "place-outlet-stop", "two-word-place", "place-initials-colon", "seat",
         "place-glued-after-domain", "bracketed-masthead"],
)  # fmt: skip
def test_a_dateline_glued_by_hyphens_is_read(opening: str, dateline: Dateline | None) -> None:
    page = clean(f"{opening}{LEDE}\n{LAST}")
    assert page.dateline == dateline
    assert page.text == f"{opening}{LEDE}\n{LAST}"
    assert page.boilerplate == ()


@pytest.mark.parametrize(
    "opening",
    [
        "Media-media sosial ramai membicarakan bantuan itu. ",
        "Jakarta-Bandung, ",
        "Pro-Kontra. ",
        "Kota Baru, Sumber-",
    ],
    ids=["common-word", "two-places", "no-region", "no-outlet"],
)
def test_words_joined_by_a_hyphen_are_no_dateline(opening: str) -> None:
    page = clean(f"{opening}{LEDE}\n{LAST}")
    assert page.dateline is None
    assert page.text == f"{opening}{LEDE}\n{LAST}"


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("SABU RAIJUA, Sabu News, ", Dateline(place="Sabu Raijua", outlet="Sabu News")),
        ("LARANTUKA, FLOTIMNEWS.com,", Dateline(place="Larantuka", outlet="FLOTIMNEWS.com")),
    ],
    ids=["suffix-masthead", "domain-glued-comma"],
)
def test_place_and_outlet_parted_from_the_sentence_by_a_comma_are_a_dateline(
    opening: str, dateline: Dateline
) -> None:
    page = clean(f"{opening}{LEDE}\n{LAST}")
    assert page.dateline == dateline
    assert page.text == f"{opening}{LEDE}\n{LAST}"


@pytest.mark.parametrize(
    "opening",
    ["ENDE, MAUMERE, ", "Warga Ende, Maumere, ", "Kepala Dinas, Yohanes Bere, "],
    ids=["two-places", "no-place-first", "post-and-name"],
)
def test_a_place_and_words_that_are_no_masthead_before_a_comma_are_no_dateline(opening: str) -> None:
    assert clean(f"{opening}{LEDE}\n{LAST}").dateline is None


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("kabarbali.co.id | Semarapura", Dateline(place="Semarapura", outlet="kabarbali.co.id")),
        ("kabarbali.co.id | Palangka Raya", Dateline(place="Palangka Raya", outlet="kabarbali.co.id")),
        ("kabarbali.co.id | Pemerintah", Dateline(place=None, outlet="kabarbali.co.id")),
    ],
    ids=["region-glued", "two-word-region-glued", "no-region"],
)
def test_a_region_glued_to_the_sentence_after_the_outlets_bar_is_the_place(
    opening: str, dateline: Dateline
) -> None:
    page = clean(f"{opening}{LEDE}\n{LAST}")
    assert page.dateline == dateline
    assert page.text == f"{opening}{LEDE}\n{LAST}"


def test_a_place_and_a_press_office_of_two_words_glued_by_a_hyphen_before_a_colon() -> None:
    page = clean(f"KUPANG-HUMAS UNDANA: {LEDE}\n{LAST}")
    assert page.dateline == Dateline(place="Kupang", outlet="Humas Undana")


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Tanjung Pinang # WartaKepri.com _ ", Dateline(place="Tanjung Pinang", outlet="WartaKepri.com")),
        ("Natuna (Humas)_", Dateline(place="Natuna", outlet="Humas")),
    ],
    ids=["hash-between-place-and-masthead", "underscore-glued-after-desk"],
)
def test_a_hash_or_an_underscore_glued_after_a_bracket_parts_a_dateline(
    opening: str, dateline: Dateline | None
) -> None:
    page = clean(f"{opening}{LEDE}\n{LAST}")
    assert page.dateline == dateline
    assert page.text == f"{opening}{LEDE}\n{LAST}"
