"""Officials: where the same person gets two titles, the long one wins (GUIDELINES §2); a
bracketed abbreviation adds no word of the post (`Ketua Umum (Ketum) Partai Maju` is shorter
than `Ketua Umum Partai Maju`). Between the same post with and without its
abbreviation, the one written with it wins as before.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

from tests.official_records import text_officials


def test_a_bracketed_abbreviation_does_not_lengthen_the_post() -> None:
    s = (
        "Ketua Umum Partai Maju Hendra Gunawan membuka rapat itu. Dalam rapat, "
        "Ketua Umum (Ketum) Maju Hendra Gunawan meminta kader bekerja keras."
    )
    assert text_officials(s) == [("Hendra Gunawan", "Ketua Umum Partai Maju")]


def test_the_same_post_with_its_abbreviation_still_wins() -> None:
    s = (
        "Menteri Keuangan (Menkeu) Rudi Hartanto membuka acara itu. Usai acara, "
        "Menteri Keuangan Rudi Hartanto menjawab pertanyaan wartawan."
    )
    assert text_officials(s) == [("Rudi Hartanto", "Menteri Keuangan (Menkeu)")]
