"""Officials: a title's last word that opens the holder's name as news-raw writes it whole
(issue 13, session 40).

`Ketua Umum KOI Raja Sapta Oktohari` was read as title `Ketua Umum KOI Raja` with name `Sapta
Oktohari`: the lexicon knows `Raja` as a common word. News-raw holds `Raja Sapta Oktohari` whole
as one person's name in three articles (people_counts_derived.txt), so the word before the model's
name opens it (`titles.reader._held_whole`, `corpus.held_as_person`); a body's own name that
news-raw holds so by the model's slip (`Danantara Rosan Roeslani`) stays in the title. The
sentences are written for the test around public figures news-raw names.
"""

from __future__ import annotations

import pytest

from tests.official_records import official_record as _rec

from .test_roles import _officials, _per


@pytest.mark.parametrize(
    ("sentence", "model_name", "mention", "name", "title"),
    [
        (
            "Ketua Umum KOI Raja Sapta Oktohari mengatakan penghargaan itu untuk semua atlet.",
            "Sapta Oktohari",
            "Ketua Umum KOI Raja Sapta Oktohari",
            "Raja Sapta Oktohari",
            "Ketua Umum KOI",
        ),
        (
            "Kepala BPOM Taruna Ikrar mengatakan produk itu sudah ditarik dari pasaran.",
            "Ikrar",
            "Kepala BPOM Taruna Ikrar",
            "Taruna Ikrar",
            "Kepala BPOM",
        ),
        (
            "Rapat itu dipimpin Komisaris Utama Juri Ardiantoro di kantor pusat perseroan.",
            "Ardiantoro",
            "Komisaris Utama Juri Ardiantoro",
            "Juri Ardiantoro",
            "Komisaris Utama",
        ),
    ],
)
def test_a_title_word_that_opens_a_name_news_raw_holds_whole(
    sentence: str, model_name: str, mention: str, name: str, title: str
) -> None:
    assert _officials(sentence, _per(sentence, model_name)) == [_rec(sentence, mention, name, title)]


@pytest.mark.parametrize(
    ("sentence", "model_name", "expected"),
    [
        # a body's own name news-raw holds before the same name by the model's slip: the body's
        (
            "CEO BPI Danantara Rosan Roeslani menjelaskan rencana investasi itu.",
            "Rosan Roeslani",
            [("Rosan Roeslani", "CEO BPI Danantara")],
        ),
        # a common word news-raw never holds before the name: the body's name goes on
        (
            "Direktur Utama BPJS Kesehatan Ali Rahman Mukti menjelaskan aturan itu.",
            "Ali Rahman Mukti",
            [("Ali Rahman Mukti", "Direktur Utama BPJS Kesehatan")],
        ),
    ],
)
def test_words_news_raw_does_not_hold_in_the_name_stay_in_the_title(
    sentence: str, model_name: str, expected: list[tuple[str, str]]
) -> None:
    assert [(o.name, o.title) for o in _officials(sentence, _per(sentence, model_name))] == expected


@pytest.mark.xfail(
    strict=True,
    reason="known miss: a place's name that opens a person's name (Padang Priyo Utomo, held whole in "
    "two articles) is read as a region of the title before the rule reads the word",
)
def test_a_place_word_that_opens_a_name_news_raw_holds_whole() -> None:
    s = "Kepala BPBD Lambar Padang Priyo Utomo mengatakan banjir sudah surut."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Priyo Utomo"))] == [
        ("Padang Priyo Utomo", "Kepala BPBD Lambar")
    ]


@pytest.mark.xfail(
    strict=True,
    reason="known miss: a ministry's short name right after `Menteri` (Imipas), unknown to the lexicon and "
    "held by news-raw in no name, is read as the first word of a one-word holder's name",
)
def test_a_ministrys_short_name_before_a_one_word_holder() -> None:
    s = "Gagasan itu digagas oleh Menteri Imipas Andrianto saat bertemu pihak PLN."
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Imipas Andrianto"))] == [
        ("Andrianto", "Menteri Imipas")
    ]
