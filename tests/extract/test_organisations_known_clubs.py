"""The organisation decision's known clubs (`decision._known_club`, entities_known_clubs.txt): a
club's name of two words or more that the openfootball club register (CC0) lists and news-raw
writes is read as the `body_word` feature is, so a foreign club the model tags ORG stays; a
product, a law, an event or a person tagged ORG is weighed as before, and a register name that
is one word or a town's is no list entry."""

from __future__ import annotations

import pytest

from extract.ner.entities import tokens
from extract.ner.entities.decision import FEATURES, _known_club, decided_orgs, org_features, org_groups
from extract.records import Entity, EntityLabel
from extract.text.patterns import whole_words


def _orgs(text: str, name: str) -> list[Entity]:
    """Every whole-word mention of ``name`` as an ORG entity, in text order."""
    return sorted((Entity(name, EntityLabel.ORG, sp) for sp in whole_words(text, name)), key=lambda e: e.span)


def _decided(text: str, name: str) -> list[Entity]:
    """The decision on ``name``, tagged ORG by the model at every mention."""
    ents = _orgs(text, name)
    return decided_orgs(text, tokens(text), ents, ents, [])


@pytest.mark.parametrize(
    ("text", "name", "span"),
    [
        ("Crystal Palace menang 2-1 atas Brentford di Selhurst Park, Sabtu.", "Crystal Palace", (0, 14)),
        ("Werder Bremen menahan imbang tuan rumah 1-1 pada laga pekan ke-10.", "Werder Bremen", (0, 13)),
        ("Pelatih Sporting CP memuji permainan anak asuhnya usai laga.", "Sporting CP", (8, 19)),
    ],
)
def test_a_listed_club_stays(text: str, name: str, span: tuple[int, int]) -> None:
    assert _decided(text, name) == [Entity(name, EntityLabel.ORG, span)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Revisi KUHP Militer dibahas di DPR pekan ini.", "KUHP Militer"),
        ("Marcus Rashford mencetak gol kedua pada menit ke-70.", "Marcus Rashford"),
        ("Piala Dunia Antarklub digelar di Amerika Serikat tahun depan.", "Piala Dunia Antarklub"),
        ("Ponsel itu memakai cip Dimensity 9500s yang hemat daya.", "Dimensity 9500s"),
    ],
)
def test_a_law_a_person_an_event_or_a_product_tagged_org_is_still_dropped(text: str, name: str) -> None:
    assert _decided(text, name) == []


@pytest.mark.parametrize(
    "name",
    [
        "Chelsea",  # one word: a town's, a word's or a person's as often as a club's
        "Le Mans",  # the register's club, news-raw's town and race
        "Den Haag",
        "Manchester",
        "KUHP Militer",
    ],
)
def test_a_one_word_name_a_town_or_no_club_is_no_list_entry(name: str) -> None:
    assert not _known_club(name)


def test_the_list_sets_the_body_word_feature() -> None:
    text = "Aston Villa mengalahkan tim tamu 3-0 di Villa Park."
    (group,) = org_groups(_orgs(text, "Aston Villa")).values()
    assert org_features(text, tokens(text), group, group, [])[FEATURES.index("body_word")] == 1.0
    text = "Marcus Rashford mencetak gol kedua pada menit ke-70."
    (group,) = org_groups(_orgs(text, "Marcus Rashford")).values()
    assert org_features(text, tokens(text), group, group, [])[FEATURES.index("body_word")] == 0.0
