"""Review of session 16's rules on unseen news-raw text: `network` ends a masthead in a dateline
(`Kalteng Network, Jakarta -`), but in the body `X Network` mostly ends a longer body's or a
platform's name, so the body's outlet finder takes no outlet from it. Whole entity lists from
`resolve_entities` on invented sentences, with the spans; outlets on other suffixes stay."""

from __future__ import annotations

import pytest

from extract.text.words import outlet_rows, outlet_words

from .test_entities_news import _found


@pytest.mark.parametrize(
    "text",
    [
        # a longer body's last two words are no outlet
        "Media itu kini tergabung dalam Global Fact Checking Network sejak tahun lalu.",
        # a telecom's feature
        "Operator seluler memamerkan fitur Smart Autonomous Network pada pameran pekan ini.",
        # a console's platform
        "Akun para pemain di PlayStation Network sempat tidak bisa diakses semalam.",
    ],
    ids=["longer-body", "feature", "platform"],
)
def test_a_capitalised_word_before_network_in_the_body_is_no_outlet(text: str) -> None:
    assert _found(text, []) == []


def test_other_outlet_suffixes_still_name_an_outlet_in_the_body() -> None:
    text = "Kabar itu pertama kali dimuat oleh Pasundan Ekspres pada Senin pagi."
    assert _found(text, []) == [("Pasundan Ekspres", "ORG", (35, 51))]


def test_network_stays_a_masthead_suffix_for_the_dateline() -> None:
    assert {"network", "berita"} <= set(outlet_words().suffixes)
    assert outlet_rows("dateline_suffix") == frozenset({"network", "berita"})


@pytest.mark.xfail(
    strict=True, reason="a publisher named `X Network` in the body is an ORG; no rule tells it from platforms"
)
def test_a_publisher_named_as_a_network_is_an_organisation() -> None:
    text = "Hasil riset itu terbit di JAMA Network bulan lalu."
    assert _found(text, []) == [("JAMA Network", "ORG", (26, 38))]
