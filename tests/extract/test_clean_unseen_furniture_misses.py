"""Known misses of page furniture and metadata found surveying news-raw and invented pages of unseen
outlets' shapes (issue 15, GUIDELINES §1: credits are the byline, not body; the date a page gives
for itself is `published`; the dateline gives place and outlet). Each is a strict xfail naming why
the cleaner misses it; no fix was kept because news-raw and the dev tune slice hold no page (or one
or two) of the shape.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import CleanedArticle, clean
from extract.records import Boilerplate, Dateline, LineKind
from tests.clean_records import one_line_page

LEDE = (
    "Pemerintah daerah meresmikan pusat pelatihan kerajinan bagi perajin muda di kawasan wisata itu, "
    "Rabu. Pusat pelatihan tersebut menampung 60 peserta setiap angkatan."
)


@pytest.mark.xfail(
    strict=True,
    reason="`KAB.` keeps its stop where `_masthead_before_region` looks it up among the administrative "
    "words: the regency's short form reads as a masthead before the region (outlet `Kab.`)",
)
def test_a_regency_short_form_is_part_of_the_place() -> None:
    text = f"KAB. PASER – {LEDE}"
    assert clean(text) == one_line_page(text, dateline=Dateline(place="Kab. Paser", outlet=None))


@pytest.mark.xfail(
    strict=True,
    reason="credits glued between the page's stamp and the dateline (`Editor: … Laporan Wartawan <outlet> "
    "/ <name>`) stay in the first paragraph: only a credit alone on its line or closing the text is read "
    "(news-raw: 2 pages, 7944 and 7975 of the survey)",
)
def test_credits_glued_before_the_dateline_are_the_byline() -> None:
    title = "Harga Cabai Naik Jelang Lebaran"
    stamp = "Senin, 4 April 2022 10:15"
    credit = "Editor: abc Laporan Wartawan Tribun Jambi / Dedi Kurniawan"
    body = f"TRIBUNJAMBI.COM, JAMBI - {LEDE}"
    assert clean(f"{title} {stamp} {credit} {body}") == CleanedArticle(
        text=body,
        title=title,
        published="2022-04-04",
        byline="Dedi Kurniawan",
        dateline=Dateline(place="Jambi", outlet="Tribunjambi.com"),
        boilerplate=(
            Boilerplate(line=1, text=title, kind=LineKind.TITLE),
            Boilerplate(line=1, text=stamp, kind=LineKind.PUBLISHED),
            Boilerplate(line=1, text=credit, kind=LineKind.BYLINE),
        ),
    )


@pytest.mark.xfail(
    strict=True,
    reason="a photo credit opening the text (`Kredit Foto: <name>`) runs into the masthead after it: no "
    "end of the name is read, so neither the credit is cut nor the dateline behind it found (news-raw: "
    "1 page)",
)
def test_a_photo_credit_before_the_dateline() -> None:
    credit = "Kredit Foto: Andi Saputra"
    body = f"Warta Kota, Jakarta - {LEDE}"
    assert clean(f"{credit} {body}") == one_line_page(
        body, cut=(credit, LineKind.CAPTION), dateline=Dateline(place="Jakarta", outlet="Warta Kota")
    )


@pytest.mark.xfail(
    strict=True,
    reason="an editor-marked line above the body (`Admin | 23 September 2021`) is cut without its date: only "
    "a reporter's credit line gives the page's date (`Oleh : admin | Senin, …` does); no news-raw or dev "
    "tune page writes the shape, so the one-line fix was not kept",
)
def test_the_date_on_an_uploaders_line_is_the_pages() -> None:
    stamp = "Admin | 23 September 2021"
    body = f"SAMARINDA – {LEDE}"
    assert clean(f"{stamp}\n{body}\n") == CleanedArticle(
        text=body,
        title=None,
        published="2021-09-23",
        byline=None,
        dateline=Dateline(place="Samarinda", outlet=None),
        boilerplate=(Boilerplate(line=1, text=stamp, kind=LineKind.EDITOR),),
    )
