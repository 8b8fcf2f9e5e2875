"""The organisation decision's known clubs (`decision._known_club`, entities_known_clubs.txt): a
club's name of two words or more that the openfootball club register (CC0) lists, and that no
evidence outside warta's output reads as a place (the register's own towns, the NER corpora's
train splits, warta's place lexicons), is read as the `body_word` feature is, so a foreign club
the model tags ORG stays; a town named like a club (`Le Havre`, `West Bromwich`) is weighed as
before. Whole records from `extract_article`, with spans, where the list can act; a unit test of
the feature and of the list's entries.

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

from extract import extract_article
from extract.ner.entities import tokens
from extract.ner.entities.decision import FEATURES, _known_club, org_features, org_groups
from extract.records import Entity, EntityLabel
from extract.text.patterns import whole_words
from extract.text.words import folded


def _record(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    return [(e.text, str(e.label), e.span) for e in extract_article(text.encode()).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crystal Palace menang 2-1 atas Brentford di Selhurst Park, Sabtu.",
            [
                ("Crystal Palace", "ORG", (0, 14)),
                ("Brentford", "ORG", (31, 40)),
                ("Selhurst Park", "LOC", (44, 57)),
            ],
        ),
        # clubs news-raw never writes: the register's names, not the corpus's, make the list
        (
            "Stoke City menang 2-0 atas tamunya pada laga Championship, Sabtu.",
            [("Stoke City", "ORG", (0, 10))],
        ),
        ("Pelatih Stoke City memuji permainan anak asuhnya usai laga.", [("Stoke City", "ORG", (8, 18))]),
        (
            "Norwich City menahan imbang tuan rumah tanpa gol pada Minggu malam.",
            [("Norwich City", "ORG", (0, 12))],
        ),
        ("Pemain itu pernah memperkuat Ipswich Town selama dua musim.", [("Ipswich Town", "ORG", (29, 41))]),
    ],
)
def test_a_listed_club_stays(text: str, expected: list) -> None:
    assert _record(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mobil curian itu akhirnya ditemukan di sebuah garasi di West Bromwich.",
            [("West Bromwich", "LOC", (56, 69))],
        ),
        (
            "Tim itu juga berlatih di San Antonio bersama pelatih asal Texas.",
            [("San Antonio", "LOC", (25, 36)), ("Texas", "LOC", (58, 63))],
        ),
        ("Rombongan tiba di New England pada Senin pagi.", [("New England", "LOC", (18, 29))]),
        # a listed club's name inside a longer run that is no body
        ("Penonton memadati pemutaran film Real Madrid Legends di bioskop kota.", []),
        ("Ia mengenakan seragam Aston Villa Edition saat berlibur ke Bali.", [("Bali", "LOC", (59, 63))]),
    ],
)
def test_a_town_named_like_a_club_or_a_longer_run_is_no_organisation(text: str, expected: list) -> None:
    assert _record(text) == expected


# the review's sentences: a town the register names as a club's other name and its town gives no ORG
# (GUIDELINES §6 wants it a LOC, which the record lacks: a strict xfail below)
TOWNS_LIKE_A_CLUB = [
    ("Rombongan menginap di hotel kawasan Le Havre sebelum pulang.", [("Le Havre", "LOC", (36, 44))]),
    ("Kepala sekolah mengatakan tur ke West Bromwich dibatalkan.", [("West Bromwich", "LOC", (33, 46))]),
]


@pytest.mark.parametrize(("text", "expected"), TOWNS_LIKE_A_CLUB)
def test_a_town_the_register_names_as_a_club_gives_no_organisation(text: str, expected: list) -> None:
    assert [e for e in _record(text) if e[1] == "ORG"] == []


@pytest.mark.xfail(
    strict=True,
    reason="known miss: a town the register names as a club's other name (`Le Havre`, `West Bromwich`) "
    "is no LOC in these sentences (GUIDELINES §6: a city is a LOC)",
)
@pytest.mark.parametrize(("text", "expected"), TOWNS_LIKE_A_CLUB)
def test_a_town_the_register_names_as_a_club_is_a_place(text: str, expected: list) -> None:
    assert _record(text) == expected


@pytest.mark.parametrize(
    ("name", "listed"),
    [
        ("Stoke City", True),
        ("Sheffield Wednesday", True),
        ("Brighton & Hove Albion", True),  # the register's `&` kept
        ("Skoda Xanthi", True),
        ("Fußball-Club Erzgebirge Aue", True),  # the decision's folded key (`ß` folds to `ss`)
        (
            "Stoke  City",
            True,
        ),  # spaces evened out  # the register's sponsor markup stripped (`$$Skoda$$ Xanthi`)
        ("$$Skoda$$ Xanthi", False),
        ("New Brighton Tower FC", True),  # its note dropped (`New Brighton Tower FC (1898-1901)`)
        ("New Brighton Tower FC (1898-1901)", False),
        ("Instituto", False),  # `Instituto (Córdoba)`: one word once its note is dropped
        ("Chelsea", False),  # one word: a town's, a word's or a person's as often as a club's
        ("Le Havre", False),  # the register's town of Le Havre AC
        ("West Bromwich", False),
        ("San Antonio", False),
        ("Al Ain", False),
        ("New England", False),
        ("KUHP Militer", False),
    ],
)
def test_the_list_s_entries(name: str, listed: bool) -> None:
    assert _known_club(folded(name)) is listed


def test_the_list_sets_the_body_word_feature() -> None:
    for text, name, value in (
        ("Aston Villa mengalahkan tim tamu 3-0 di Villa Park.", "Aston Villa", 1.0),
        ("Marcus Rashford mencetak gol kedua pada menit ke-70.", "Marcus Rashford", 0.0),
    ):
        (group,) = org_groups([Entity(name, EntityLabel.ORG, sp) for sp in whole_words(text, name)]).values()
        assert org_features(text, tokens(text), group, group, [])[FEATURES.index("body_word")] == value


@pytest.mark.xfail(
    strict=True,
    reason="known miss: the list is a feature of the organisation decision, so a listed club the model "
    "tags no ORG (`Aston Villa`, `Sheffield Wednesday` opening a sentence) gets none; and a one-word club "
    "is no list entry (news tune: Salernitana, Genoa, Sunderland)",
)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aston Villa mengalahkan tim tamu 3-0 di Villa Park.",
            [("Aston Villa", "ORG", (0, 11)), ("Villa Park", "LOC", (40, 50))],
        ),
        (
            "Sheffield Wednesday kalah 0-1 dari Leeds di kandang sendiri.",
            [("Sheffield Wednesday", "ORG", (0, 19)), ("Leeds", "ORG", (35, 40))],
        ),
        (
            "Salernitana menelan kekalahan ketiga beruntun di kandang sendiri.",
            [("Salernitana", "ORG", (0, 11))],
        ),
        ("Genoa menahan imbang tamunya tanpa gol pada Minggu malam.", [("Genoa", "ORG", (0, 5))]),
    ],
)
def test_a_club_the_model_tags_no_org_or_a_one_word_club(text: str, expected: list) -> None:
    assert _record(text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="known error: a listed club's other name that is a common phrase (`Forest Green`, of Forest Green "
    "Rovers) is kept where it names a colour (news-raw: 1 of the 48 organisations the list gains)",
)
def test_a_colour_named_like_a_club_is_no_organisation() -> None:
    assert (
        _record("Ponsel ini tersedia dalam dua pilihan warna, yaitu Glitter Purple dan Forest Green.") == []
    )


@pytest.mark.xfail(
    strict=True,
    reason="known error of the list (entities_known_clubs.txt): a listed club's name that also names a "
    "place, a product, a series or a phrase (`Western Sydney`, `Queens Park`, `Red Star`, `Chicago Fire`, "
    "`All Boys`) is kept as an ORG where the model tags it ORG; no source outside warta's output (the NER "
    "corpora's train splits, the register's fields, warta's place lexicons) reads these as no club",
)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ribuan warga Western Sydney kehilangan aliran listrik akibat badai semalam.",
            [("Western Sydney", "LOC", (13, 27))],
        ),
        (
            "Penonton memadati Queens Park di Glasgow untuk konser musim panas.",
            [("Queens Park", "LOC", (18, 29)), ("Glasgow", "LOC", (33, 40))],
        ),
        ("Pengusaha itu menjual minuman Red Star di warungnya sejak 2010.", []),
        ("Aktor itu membintangi serial Chicago Fire selama sepuluh tahun.", []),
        ("Ia menyebut kelompok remaja itu sebagai All Boys karena semuanya laki-laki.", []),
    ],
)
def test_a_place_product_series_or_phrase_named_like_a_club_is_no_organisation(
    text: str, expected: list
) -> None:
    assert _record(text) == expected
