"""Capitalised English words ending in a word that ends a body's name firmly (`Ltd`, `Foundation`,
`University`, `Agency`: entities_english_bodies.txt, `firm`) are an organisation where nothing else
covers them (GUIDELINES §6: companies, universities and associations are organisations), even
with no tag from the model. A run that is part of more (a capitalised word or a bracket right
before it, an article before it, a capitalised word after it), a product's or an event's last
word (`Watch`, `Party`) give nothing. Whole entity lists from `resolve_entities` on invented
sentences, with the spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Premi itu dibayarkan ke perusahaan reasuransi Harbourline Capital Ltd pada 2019.",
            [("Harbourline Capital Ltd", "ORG", (46, 69))],
        ),
        (
            "Tim peneliti dari Walter Bates Foundation menemukan karang baru di perairan itu.",
            [("Walter Bates Foundation", "ORG", (18, 41))],
        ),
        (
            "Ia meraih gelar doktor dari Halden Institute of Marine Science pada 2011.",
            [("Halden Institute of Marine Science", "ORG", (28, 62))],
        ),
    ],
)
def test_an_english_body_name_untagged_is_an_organisation(
    text: str, expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text, []) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a product's or an event's last word
        "Jam tangan pintar Garnet Watch dijual mulai pekan depan.",
        "Warga menikmati acara Harbour Block Party di kompleks itu.",
        # the run is part of more: an Indonesian capitalised word before it
        "Menurut Coastal Heritage Foundation kawasan itu perlu dilindungi.",
        # a bracket right before it: the name opens before the bracket
        "Kampanye itu digagas Koalisi Sanitasi Pemuda (Youth Sanitation Coalition) pekan lalu.",
        # a capitalised word goes on after it: an event's name
        "Menteri membuka Borneo Timber Association Convention di Balikpapan.",
        # after an article: a phrase's words, an award's category
        "Perusahaan itu meraih kategori A Leading Timber Trading Company tahun ini.",
        # one word alone names no body
        "Pendaftaran ke university itu dibuka hingga Juni.",
    ],
)
def test_no_english_body_where_the_words_name_none(text: str) -> None:
    ends = ("Watch", "Party", "Foundation", "Coalition", "Association", "Company", "university")
    assert [e for e in _found(text, []) if e[0].endswith(ends)] == []
