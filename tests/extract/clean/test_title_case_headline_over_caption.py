"""Two headline-like lines above the page's date: a photo's caption (the lede's first sentence)
written without its stop (`Gubernur …, resmi melantik … sebagai … untuk masa jabatan 2025–2030`)
and the headline in title case (`Gubernur Lantik Bupati …, Titip Pesan …`): the title-case line is
the title, the longer caption is furniture (issue 15, meta21). Invented pages.
"""

from __future__ import annotations

from extract.clean import clean
from extract.records import Dateline

CAPTION = (
    "Gubernur Maluku Utara, Yusuf Kaliba, resmi melantik Andreas Loleo sebagai Bupati Halmahera "
    "Timur dan Rusli Hamid sebagai Wakil Bupati untuk masa jabatan 2025–2030"
)
HEADLINE = "Gubernur Lantik Bupati Halmahera Timur, Titip Pesan Soal Tambang"
LEDE = f"MALUTPOST.ID-{CAPTION}. Pelantikan digelar di aula kantor gubernur, Senin (14/7/2025)."
LAST = '"Awasi tambang dengan sungguh-sungguh," pesan Yusuf kepada bupati yang baru dilantik.'


def test_the_title_case_headline_beats_a_longer_caption_above_it() -> None:
    strip = "Posted on 2025-07-14 10:12:05 dibaca 310 kali"
    page = clean(f"{CAPTION}\n\n{HEADLINE}\n\n{strip}\n\n{LEDE}\n\n{LAST}")
    assert page.title == HEADLINE
    assert page.published == "2025-07-14"
    assert page.dateline == Dateline(place=None, outlet="Malutpost.id")
    assert page.text == f"{LEDE}\n{LAST}"
    assert CAPTION in [b.text for b in page.boilerplate]


def test_a_sentence_case_headline_alone_stays_the_title() -> None:
    headline = "Gubernur lantik bupati baru dan titip pesan soal tambang"
    page = clean(f"{headline}\n\nPosted on 2025-07-14 10:12:05 dibaca 310 kali\n\n{LEDE}\n\n{LAST}")
    assert page.title == headline
