"""A tag verb that a scraper glued to the name or the title after it (``,” kataRina``,
``,” ujarKepala Dinas …``) still tags the quotation: the verb ends where the capital starts. A
word glued so that is no tag verb (``"iPhone …``) tags nothing.

Invented Indonesian sentences; whole quotes with spans, including texts that must give nothing.
"""

from __future__ import annotations

from extract import extract_quotes
from tests.extract.test_quotes import _person, _quote, _span


def test_a_tag_verb_glued_to_a_name_tags_the_quotation() -> None:
    text = (
        "Petugas gabungan menertibkan lapak di trotoar Jalan Ahmad Yani. "
        '"Kami beri waktu tiga hari untuk membongkar sendiri," kataRina Wulandari, Senin.'
    )
    rina = _person(text, "Rina Wulandari")
    assert extract_quotes(text, persons=[rina]) == [
        _quote(
            text,
            "Kami beri waktu tiga hari untuk membongkar sendiri,",
            "Rina Wulandari",
            "kata",
            speaker_span=_span(text, "Rina Wulandari"),
        )
    ]


def test_a_tag_verb_glued_to_a_title_reaches_the_name_after_it() -> None:
    text = (
        "Pasar murah digelar di halaman kantor kecamatan. "
        "“Stok beras dan minyak goreng cukup sampai akhir bulan,” ujarKepala Dinas Perdagangan "
        "Kota Metro Hendra Saputra saat meninjau lokasi."
    )
    hendra = _person(text, "Hendra Saputra")
    assert extract_quotes(text, persons=[hendra]) == [
        _quote(
            text,
            "Stok beras dan minyak goreng cukup sampai akhir bulan,",
            "Hendra Saputra",
            "ujar",
            speaker_span=_span(text, "Hendra Saputra"),
        )
    ]


def test_a_glued_word_that_is_no_tag_verb_tags_nothing() -> None:
    text = 'Ia menunjukkan ponselnya. "Ponsel ini jatuh saat saya menyelam," "iPhone itu masih menyala."'
    got = extract_quotes(text, persons=[])
    assert got == [_quote(text, "Ponsel ini jatuh saat saya menyelam,", None, None)]
