"""Officials: `Presiden Lee dan Perdana Menteri Han Seung-woo`: a title whose part before
`dan`/`serta` ends with a word of another person's name the article gives joins two people,
each with a post; the second holder's title is the part after the conjunction. A post whose
own field holds `dan` (`Menteri Kelautan dan Perikanan`) stays whole.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

from tests.official_records import article_officials


def test_the_second_holder_takes_the_post_after_dan() -> None:
    s = (
        "Seoul (ANTARA) - Presiden Korea Selatan Lee Jae-won menerima kunjungan Perdana Menteri Jepang. "
        "Dalam pertemuan itu, Presiden Lee dan Perdana Menteri Han Seung-woo membahas kerja sama perdagangan."
    )
    got = dict(article_officials(s))
    assert got.get("Han Seung-woo") == "Perdana Menteri"


def test_a_post_whose_field_holds_dan_stays_whole() -> None:
    s = "Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono meninjau pelabuhan itu pada Senin."
    assert article_officials(s) == [("Sakti Wahyu Trenggono", "Menteri Kelautan dan Perikanan")]
