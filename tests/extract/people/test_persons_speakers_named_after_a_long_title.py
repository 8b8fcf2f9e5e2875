"""A speaker named after a long title (issue 13): after a speech verb, a title and its body,
the name that ends the capitalised run before a lowercase word is the person and the quote is
theirs, also where the model reads no person there (`kata Vice President of … Orbitek Kelvan
Drosse dalam …`) or swallows the name into the body (`… Pemerintah Kabupaten Lebak Y Sarwanto`).
A title alone or a body alone names nobody, and a run that ends at a comma leaves the name to
the words after it.

Invented Indonesian sentences; whole persons and quotes with spans, including speakers that
must stay null.
"""

from __future__ import annotations

import pytest

from extract import extract_article
from extract.records import Official, Person
from tests.extract.test_quotes import _quote, _span

LEDE_PHONE = "Produsen ponsel itu meluncurkan dua model baru, Rabu. "
SAID_PHONE = "Kami menambah dua model baru tahun ini untuk pembeli di kawasan ini,"

TEXT_ENGLISH_TITLE = (
    LEDE_PHONE + f"“{SAID_PHONE}” kata Vice President of Worldwide oPhone Product Marketing "
    "Orbitek Kelvan Drosse dalam keterangannya, Rabu."
)


@pytest.mark.xfail(
    strict=True,
    reason="known miss (session 41): the person decision's inside_longer_name feature reads a name written "
    "only right after a body's name (`Orbitek Kelvan Drosse`) as a piece of a longer name and drops it, "
    "and the quote loses its speaker",
)
def test_a_name_ending_an_english_title_and_its_body_speaks() -> None:
    rec = extract_article(TEXT_ENGLISH_TITLE.encode())
    name = _span(TEXT_ENGLISH_TITLE, "Kelvan Drosse")
    assert rec.persons == (Person("Kelvan Drosse", (name,)),)
    assert rec.quotes == (_quote(TEXT_ENGLISH_TITLE, SAID_PHONE, "Kelvan Drosse", "kata", speaker_span=name),)


SAID_REGION = "Setiap kecamatan wajib membentuk tim terpadu sebelum akhir bulan ini,"
TEXT_REGIONAL_TITLE = (
    "Pemerintah daerah memperkuat ikatan sosial warga, Selasa. "
    f"“{SAID_REGION}” ujar Asisten Perekonomian dan Pembangunan Pemerintah Kabupaten Lebak "
    "Y Sarwanto dalam rapat di Rangkasbitung, Selasa."
)


def test_a_name_after_a_regional_body_and_its_region_speaks() -> None:
    rec = extract_article(TEXT_REGIONAL_TITLE.encode())
    name = _span(TEXT_REGIONAL_TITLE, "Y Sarwanto")
    assert rec.persons == (Person("Y Sarwanto", (name,)),)
    title = "Asisten Perekonomian dan Pembangunan Pemerintah Kabupaten Lebak"
    quote = _quote(TEXT_REGIONAL_TITLE, SAID_REGION, "Y Sarwanto", "ujar", speaker_span=name, title=title)
    assert rec.quotes == (quote,)


def test_the_speaker_after_a_long_regional_title_is_its_official() -> None:
    """Officials38: a weak head's two fields joined by `dan`, then the body, then the holder."""
    rec = extract_article(TEXT_REGIONAL_TITLE.encode())
    title = "Asisten Perekonomian dan Pembangunan Pemerintah Kabupaten Lebak"
    start = TEXT_REGIONAL_TITLE.index(title)
    name = _span(TEXT_REGIONAL_TITLE, "Y Sarwanto")
    assert rec.officials == (Official("Y Sarwanto", title, (start, name[1]), name),)


SAID_HEALTH = "Kami ingin semua balita mendapat imunisasi lengkap tahun ini,"
TEXT_TITLE_ALONE = (
    "Dinas setempat menambah jumlah posyandu di daerah terpencil, Rabu. "
    f"“{SAID_HEALTH}” kata Kepala Dinas Kesehatan Kota Bandung dalam keterangannya."
)


def test_a_title_and_its_region_alone_name_nobody() -> None:
    rec = extract_article(TEXT_TITLE_ALONE.encode())
    assert rec.persons == ()
    assert rec.quotes == (_quote(TEXT_TITLE_ALONE, SAID_HEALTH, None, "kata"),)


SAID_PROFIT = "Penjualan kami naik karena permintaan dari luar negeri terus tumbuh,"
TEXT_BODY_ALONE = (
    "Perusahaan itu mencatat kenaikan laba pada kuartal ketiga, Senin. "
    f"“{SAID_PROFIT}” kata Direktur Keuangan Lembaga Survei Nusantara, dalam paparan publik."
)


def test_a_title_and_its_body_before_a_comma_name_nobody() -> None:
    rec = extract_article(TEXT_BODY_ALONE.encode())
    assert rec.persons == ()
    assert rec.quotes == (_quote(TEXT_BODY_ALONE, SAID_PROFIT, None, "kata"),)
