"""Officials: **weak head + body + dan + second body + itu** — `Bos Space X dan Tesla itu`:
the capitalised words after `dan` up to a pointer back are a second body of the same head, in
any case of the head and over more than one word (`apposition._second_body_pointed`, shared
with the former holder's `mantan pelatih X dan Y itu`), so no holder.

Session 32 (fix32a, review of off66). Every sentence is written for the test: names are made up."""

from __future__ import annotations

import pytest

from tests.official_records import article_officials


@pytest.mark.parametrize(
    "sentence",
    [
        "Warga menolak rencana itu. Bos Nusa Air dan Garuda itu mengunggah pesan di X.",
        "Warga menolak rencana itu. Bos Nusa Air dan Garuda Motor itu mengunggah pesan di X.",
        "Warga menolak rencana itu. Perwakilan Bank Sentosa dan Bank Makmur itu datang terlambat.",
        "Warga menolak rencana itu. Mantan pelatih Persija dan Persib Bandung itu tiba di Jakarta.",
    ],
)
def test_a_second_body_pointed_back_names_no_holder(sentence: str) -> None:
    assert article_officials(sentence) == []


def test_a_holder_after_two_bodies_without_a_pointer_stays() -> None:
    s = "Rapat itu dipimpin bos PT Nusa Air, Hendra Wijaya, di Jakarta."
    assert article_officials(s) == [("Hendra Wijaya", "bos PT Nusa Air")]
