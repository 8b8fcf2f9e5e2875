"""Officials: a title's last word that opens the holder's name as news-raw writes it whole
(issue 13, session 40).

`Ketua Umum KOI Raja Sapta Oktohari` was read as title `Ketua Umum KOI Raja` with name `Sapta
Oktohari`: the lexicon knows `Raja` as a common word. News-raw holds `Raja Sapta Oktohari` whole
as one person's name in three articles (people_counts_derived.txt), so the word before the model's
name opens it (`titles.reader._held_whole`, `corpus.held_as_person`); a body's own name that
news-raw holds so by the model's slip (`Danantara Rosan Roeslani`) stays in the title.

Since the review of session 40 (fix40c) the word may not end a body's name: no word after a body's
word, no body's word after a word other than an acronym (`Ketua Dewan Juri Ardiantoro`, `Ketua
Karang Taruna Ikrar`, with or without the model's ORG, though news-raw holds `Juri Ardiantoro` and
`Taruna Ikrar`); and no body's name news-raw holds may end with the pair (`PT Jasa Raharja`:
`Jasa Raharja` held as a person's by the model's slip). The sentences are written for the test
around public figures news-raw names, or made up.
"""

from __future__ import annotations

import pytest

from extract.records import Entity
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


@pytest.mark.parametrize(
    ("sentence", "model_name", "model_org", "mention", "name", "title"),
    [
        # a body's own name news-raw also holds as a person's (Taruna Ikrar, 13 articles): the body's
        (
            "Ketua Karang Taruna Ikrar mengatakan kegiatan itu diikuti 200 pemuda.",
            "Ikrar",
            "Karang Taruna",
            "Ketua Karang Taruna Ikrar",
            "Ikrar",
            "Ketua Karang Taruna",
        ),
        (
            "Ketua Karang Taruna Ikrar mengatakan kegiatan itu diikuti 200 pemuda.",
            "Ikrar",
            None,
            "Ketua Karang Taruna Ikrar",
            "Ikrar",
            "Ketua Karang Taruna",
        ),
        (
            "Ketua Dewan Juri Ardiantoro mengumumkan pemenang lomba itu.",
            "Ardiantoro",
            None,
            "Ketua Dewan Juri Ardiantoro",
            "Ardiantoro",
            "Ketua Dewan Juri",
        ),
        # a pair news-raw holds as a person's by the model's slip and as a company's name's end
        (
            "Kepala Desa Jasa Raharja mengatakan warga siap.",
            "Raharja",
            None,
            "Kepala Desa Jasa Raharja",
            "Raharja",
            "Kepala Desa Jasa",
        ),
    ],
)
def test_a_bodys_word_news_raw_also_holds_in_a_name_stays_in_the_title(
    sentence: str, model_name: str, model_org: str | None, mention: str, name: str, title: str
) -> None:
    ents = _per(sentence, model_name)
    if model_org:
        start = sentence.index(model_org)
        ents.append(Entity(model_org, "ORG", (start, start + len(model_org))))
    assert _officials(sentence, ents) == [_rec(sentence, mention, name, title)]
