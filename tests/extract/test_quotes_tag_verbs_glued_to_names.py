"""A tag verb that a scraper glued to the name or the title after it (``,” kataRina``,
``,” ujarKepala Dinas …``) still tags the quotation: the verb ends where the capital starts. A
word glued so that is no tag verb (``"iPhone …``) tags nothing.

Invented Indonesian sentences; whole quotes with spans, including texts that must give nothing.
"""

from __future__ import annotations

import pytest

from extract import extract_quotes
from tests.extract.test_quotes import _person, _quote, _span


@pytest.mark.parametrize(
    ("text", "words", "name", "cue"),
    [
        pytest.param(
            "Petugas gabungan menertibkan lapak di trotoar Jalan Ahmad Yani. "
            '"Kami beri waktu tiga hari untuk membongkar sendiri," kataRina Wulandari, Senin.',
            "Kami beri waktu tiga hari untuk membongkar sendiri,",
            "Rina Wulandari",
            "kata",
            id="glued-to-a-name",
        ),
        pytest.param(
            "Pasar murah digelar di halaman kantor kecamatan. "
            "“Stok beras dan minyak goreng cukup sampai akhir bulan,” ujarKepala Dinas Perdagangan "
            "Kota Metro Hendra Saputra saat meninjau lokasi.",
            "Stok beras dan minyak goreng cukup sampai akhir bulan,",
            "Hendra Saputra",
            "ujar",
            id="glued-to-a-title-reaches-the-name-after-it",
        ),
    ],
)
def test_a_glued_tag_verb_tags_the_quotation(text: str, words: str, name: str, cue: str) -> None:
    speaker = _person(text, name)
    assert extract_quotes(text, persons=[speaker]) == [
        _quote(text, words, name, cue, speaker_span=_span(text, name))
    ]


def test_a_glued_word_that_is_no_tag_verb_tags_nothing() -> None:
    text = 'Ia menunjukkan ponselnya. "Ponsel ini jatuh saat saya menyelam," "iPhone itu masih menyala."'
    got = extract_quotes(text, persons=[])
    assert got == [_quote(text, "Ponsel ini jatuh saat saya menyelam,", None, None)]
