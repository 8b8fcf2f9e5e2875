"""Page furniture and metadata of regional pages, session 15 round meta11.

A dateline may part a masthead and its place by stops instead of a dash (`KUPANG RAYA. KOTA KUPANG.
Pemerintah …`): the known region, perhaps after its administrative word, is the place and the other
shouted part the outlet. After a known region and its comma, a few capitalised words that name no
region, kecamatan, body, post or weekday are the masthead (`PESSEL, WARTAPESISIR –`, `Kota Kupang,
Suara Timor | …`); a short word there may be a region's abbreviation (`Sentani, Jpr –`) and stays
no outlet. A page's first line that has a headline's shape but closes on one stop is the title when
the line right under it opens with a dateline (`BPBD Kabupaten Mamuju Salurkan Bantuan ….` above
`MAMUJU – …`); one-sentence lines with no dateline under them stay body. The texts are written in
the style of the pages read, not copied from them.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind
from extract.records import Dateline

SECOND = (
    "Menurut kepala dinas, pembangunan jaringan pipa ditargetkan rampung sebelum musim kemarau. "
    "Warga diminta ikut menjaga fasilitas yang sudah dibangun."
)


def _lede(opening: str) -> str:
    return f"{opening} Pemerintah daerah meresmikan jaringan air bersih di tiga kelurahan, Senin (3/3/2025)."


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("KUPANG RAYA. KOTA KUPANG.", Dateline(place="Kota Kupang", outlet="Kupang Raya")),
        ("PESSEL, WARTAPESISIR –", Dateline(place="Pessel", outlet="Wartapesisir")),
        ("Kota Kupang, Suara Timor |", Dateline(place="Kota Kupang", outlet="Suara Timor")),
        ("PADANG, SUARA MINANG –", Dateline(place="Padang", outlet="Suara Minang")),
    ],
    ids=["stops-between", "shouted-word-after-region", "bar-after-city", "two-shouted-words"],
)
def test_a_masthead_after_the_region_is_the_outlet(opening: str, dateline: Dateline) -> None:
    lede = _lede(opening)
    page = clean(f"{lede}\n{SECOND}\n")
    assert page.dateline == dateline
    assert page.text == f"{lede}\n{SECOND}"


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("UBUD, Gianyar –", Dateline(place="Gianyar", outlet="Ubud")),
        ("KUPANG, NTT –", Dateline(place="Kupang", outlet=None)),
        ("JAKARTA, KPK –", Dateline(place="Jakarta", outlet=None)),
        ("Medan, Polda Sumut –", Dateline(place="Medan", outlet=None)),
        ("Sentani, Jpr –", Dateline(place="Sentani", outlet=None)),
        ("Kupang, Kamis –", Dateline(place="Kupang", outlet=None)),
    ],
    ids=["kecamatan-first", "province", "body-acronym", "police-unit", "abbreviation", "weekday"],
)
def test_a_region_body_or_abbreviation_after_the_place_is_no_outlet(opening: str, dateline: Dateline) -> None:
    page = clean(f"{_lede(opening)}\n{SECOND}\n")
    assert page.dateline == dateline


def test_shouted_words_parted_by_stops_need_a_known_region() -> None:
    lede = "DINAS KESEHATAN. PERINGATAN DINI. Warga diminta memeriksakan kesehatan secara rutin di puskesmas."
    page = clean(f"{lede}\n{SECOND}\n")
    assert page.dateline is None
    assert page.text == f"{lede}\n{SECOND}"


TITLE = "BPBD Kabupaten Mamuju Salurkan Bantuan Kepada Nenek Penghuni Gubuk Reyot."
LEDE = (
    "MAMUJU, Warta Sulbar – Badan Penanggulangan Bencana Daerah menyalurkan bantuan kepada seorang "
    "nenek di Kecamatan Kalukku, Selasa (19/11/2024)."
)


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["adjacent", "blank-line-between"])
def test_a_first_line_closed_by_a_stop_above_a_dateline_is_the_title(gap: str) -> None:
    page = clean(f"{TITLE}{gap}{LEDE}\n{SECOND}\n")
    assert page.title == TITLE
    assert page.dateline == Dateline(place="Mamuju", outlet="Warta Sulbar")
    assert page.text == f"{LEDE}\n{SECOND}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(1, TITLE, LineKind.TITLE)]


def test_a_sentence_closed_by_a_stop_above_a_dateline_stays_body() -> None:
    sentence = "Pemerintah daerah terus menyalurkan bantuan bagi warga yang rumahnya rusak akibat banjir."
    page = clean(f"{sentence}\n{LEDE}\n{SECOND}\n")
    assert page.title is None
    assert page.text == f"{sentence}\n{LEDE}\n{SECOND}"


def test_stopped_title_case_lines_with_no_dateline_under_them_stay_body() -> None:
    lines = [
        "Harga Cabai Merah Di Pasar Induk Kembali Naik Tajam.",
        "Pedagang di pasar tradisional mengeluhkan pasokan yang terus berkurang sejak pekan lalu.",
    ]
    page = clean("\n".join(lines) + "\n")
    assert page.title is None
    assert LineKind.TITLE not in {b.kind for b in page.boilerplate}
    assert page.text.endswith(lines[1])
