"""The organisation decision's known clubs (`decision._known_club`, entities_known_clubs.txt): a
club's name of two words or more that the openfootball club register (CC0) lists and news-raw
writes is read as the `body_word` feature is, so a foreign club the model tags ORG stays; a
product, a law, an event or a person tagged ORG is weighed as before, and a register name that
is one word or a town's is no list entry.

Measured on news tune's 1,000 articles before the rule (the model's whole ORG surfaces the later
stages drop): the decision drops 109 annotated bodies and 363 other surfaces, the lone-capitals
veto (`cuts._unexplained_acronym`) 75 and 425. Lists tried and left out: the register's one-word
names (6 right drops of the veto, `ROMA`, `BAKU`, `KB`, against 1 body, `PSV`), the
supraverden list of international bodies (CC BY-SA 4.0: 9 right drops of the veto, `NDF`, `EP`,
`ETF`, against 1 body, `WHO`; in the decision 1 chance match) and the freebie list of news
outlets (MIT: 1 body, `Business Insider`, against 1 right drop); no list reached tells the veto's
lost short names (`CIA`, `NBA`, `TSMC`) from its right drops (`KUHP`, `QRIS`)."""

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


@pytest.mark.xfail(
    strict=True,
    reason="known miss: a one-word club name is no list entry (the register's one-word names are towns', "
    "words' and persons' as often), and the decision drops it (news tune: Salernitana, Genoa, Sunderland)",
)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Salernitana menelan kekalahan ketiga beruntun di kandang sendiri.", "Salernitana"),
        ("Genoa menahan imbang tamunya tanpa gol pada Minggu malam.", "Genoa"),
    ],
)
def test_a_one_word_club_stays(text: str, name: str) -> None:
    assert _decided(text, name) == _orgs(text, name)


@pytest.mark.xfail(
    strict=True,
    reason="known error: a listed club named by its town (`West Bromwich`) is kept where the model tags "
    "the town ORG (news-raw: 1 of the 40 items the list gained)",
)
def test_a_club_s_town_tagged_org_is_dropped() -> None:
    text = "Mobil curian itu akhirnya ditemukan di sebuah garasi di West Bromwich."
    assert _decided(text, "West Bromwich") == []
