"""A club's or a squad's nickname written as an article and one word, a European plural
article (`Los`, `Les`, `Die`, `Gli`: names_team_articles.txt) or English `The` before a plural,
on a sports page (`laga`, `gol`, `klasemen`), is no organisation: team nicknames are not listed
(data/annotations convention). A band or a gang so named off a sports page stays a body, as do a
newspaper's masthead (`The Times`), a city after an article marked `name` (`Le Havre`, `Las
Palmas`) and a name right after the locative `di` (`di The Arenas`). Whole entity
lists from `resolve_entities` on invented sentences, with the model's entities given."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    "text",
    [
        "The Rovers menang 2-0 dalam laga tandang di kandang lawan, Sabtu malam.",
        "Dua gol di babak kedua membawa Los Toros naik ke puncak klasemen.",
        "Die Adler kembali kehilangan poin dalam laga pekan ini.",
    ],
    ids=["the-plural", "los", "die"],
)
def test_a_nickname_on_a_sports_page_is_none(text: str) -> None:
    name = next(n for n in ("The Rovers", "Los Toros", "Die Adler") if n in text)
    assert _out(text, _model(text, [(name, "ORG")])) == []


def test_a_band_off_a_sports_page_stays_a_body() -> None:
    text = "Grup asal Bandung itu membawakan lagu-lagu The Wanderers dalam konser semalam."
    found = _out(text, _model(text, [("Bandung", "LOC"), ("The Wanderers", "ORG")]))
    assert found == [("Bandung", "LOC", (10, 17)), ("The Wanderers", "ORG", (43, 56))]


def test_a_masthead_on_a_sports_page_stays_a_body() -> None:
    text = "Seperti dilaporkan The Times, pelatih itu terancam dipecat usai laga akhir pekan."
    assert _out(text, _model(text, [("The Times", "ORG")])) == [("The Times", "ORG", (19, 28))]


def test_a_city_after_a_singular_article_stays() -> None:
    text = "Gol tunggal itu memastikan Le Havre menang dalam laga tandang."
    assert _out(text, _model(text, [("Le Havre", "ORG")])) == [("Le Havre", "ORG", (27, 35))]


def test_a_singular_english_word_after_the_stays_a_body() -> None:
    text = "Menurut The Athletic, klub itu menyiapkan dana besar sebelum laga pembuka."
    assert _out(text, _model(text, [("The Athletic", "ORG")])) == [("The Athletic", "ORG", (8, 20))]


def test_a_club_after_an_article_marked_name_stays() -> None:
    """`Las` opens a city's or a club's own name as often (names_team_articles.txt `name`)."""
    text = "Las Palmas menang 2-1 atas tim tamu dalam laga pekan ke-20."
    assert _out(text, _model(text, [("Las Palmas", "ORG")])) == [("Las Palmas", "ORG", (0, 10))]


def test_a_name_after_the_locative_di_stays() -> None:
    text = "Laga final akan digelar di Las Vegas pada Minggu, sedangkan semifinal di The Arenas."
    found = _out(text, _model(text, [("Las Vegas", "ORG"), ("The Arenas", "ORG")]))
    assert found == [("Las Vegas", "ORG", (27, 36)), ("The Arenas", "ORG", (73, 83))]


def test_the_sports_page_word_is_read_once_an_article() -> None:
    """A nickname is read on a page with a match's word anywhere, before or after it."""
    text = "Les Canaris menutup musim dengan kemenangan. Mereka finis ketiga di klasemen."
    assert _out(text, _model(text, [("Les Canaris", "ORG")])) == []
