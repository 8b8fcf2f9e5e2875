"""Officials: the model's person that opens with a company's words (`Askara Syariah
Sulistyarto`) is that company's holder called by one word: when the article calls the person by
the last word alone (`Sulistyarto menjelaskan`) and writes the words before it elsewhere without
that name after them (`citra Askara Syariah`), those words are the title's body and the name is
the one word. A given name before the word keeps the name whole (`Budi Santoso … kata Santoso`).

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

from tests.official_records import role_officials

TEXT = (
    "PT Penjamin Kredit Askara Syariah meluncurkan logo baru di Jakarta. Direktur Utama Askara "
    "Syariah Sulistyarto mengatakan logo itu menandai babak baru. Sulistyarto menjelaskan warna "
    "biru dipilih karena Askara Syariah ingin tampil lebih segar."
)


def test_company_words_before_a_one_word_name_are_the_title_s() -> None:
    found = [("PT Penjamin Kredit Askara Syariah", "ORG"), ("Askara Syariah Sulistyarto", "PER")]
    start = TEXT.index("Direktur Utama")
    name = TEXT.index("Sulistyarto")
    assert role_officials(TEXT, found, spans=True) == [
        ("Sulistyarto", "Direktur Utama Askara Syariah", (start, name + 11), (name, name + 11))
    ]


def test_a_given_name_before_the_word_keeps_the_name_whole() -> None:
    s = "Direktur Utama Bank Karya Budi Santoso mengatakan laba naik. Santoso menjelaskan kredit tumbuh."
    assert role_officials(s, [("Budi Santoso", "PER")]) == [("Budi Santoso", "Direktur Utama Bank Karya")]


def test_words_never_written_without_the_name_stay_the_name() -> None:
    s = "Direktur Utama Askara Wiryo Sulistyarto mengatakan laba naik. Sulistyarto menjelaskan kredit tumbuh."
    assert role_officials(s, [("Askara Wiryo Sulistyarto", "PER")]) == [
        ("Askara Wiryo Sulistyarto", "Direktur Utama")
    ]
