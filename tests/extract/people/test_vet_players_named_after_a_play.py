"""A player named right after a play of his (`gol`, `umpan`, `tendangan`: entities_play_nouns.txt),
past a lowercase qualifier or `dari`, is a person even where the model reads him as a body or a
place (`extract.ner.vet._played_by`, `extract.people.names.after_play`; GUIDELINES §6: a player
is a PER, a club an ORG, a country a LOC). A side after the same words stays what it is: a word
news-raw holds as a body's or a place's name (`gol Persib`, `umpan Jerman`), a side after a
function word (`gol untuk Liverpool`) or after a word that counts a side's goals (`gol ketiga
Atalanta`: entities_play_tallies.txt). Invented sentences, whole outputs."""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from extract.people.decision import vouched
from extract.people.names import after_play
from extract.records import Entity, Person
from tests.entity_records import model_entities as _ents
from tests.person_records import person_spans


@pytest.mark.parametrize(
    ("text", "found", "name"),
    [
        # `gol` and a lowercase qualifier before a two-word name the model reads as a body
        (
            "Tuan rumah menyamakan skor lewat gol telat Dario Velkovic pada masa tambahan waktu.",
            [("Dario Velkovic", "ORG")],
            "Dario Velkovic",
        ),
        # `umpan` and two qualifiers
        (
            "Gol itu lahir dari umpan bebas apik Tomas Vrabec di menit ke-56.",
            [("Tomas Vrabec", "ORG")],
            "Tomas Vrabec",
        ),
        # `umpan dari` before one word the model reads as a place
        (
            "Ia mencetak gol pada menit ke-83 setelah memanfaatkan umpan dari Otavinho.",
            [("Otavinho", "LOC")],
            "Otavinho",
        ),
    ],
)
def test_a_name_after_a_play_is_the_player(text: str, found: list[tuple[str, str]], name: str) -> None:
    ents = _ents(text, found)
    assert vet_entities(text, ents) == [Entity(name, "PER", ents[0].span)]


def test_every_mention_of_the_player_is_the_player() -> None:
    # one sense per article: the model's second reading as a body goes with the first
    t = "Skor berubah lewat sundulan Rafael Guedes. Rafael Guedes kini mencetak empat gol musim ini."
    ents = _ents(t, [("Rafael Guedes", "ORG"), ("Rafael Guedes", "ORG")])
    assert vet_entities(t, ents) == [Entity("Rafael Guedes", "PER", e.span) for e in ents]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a club news-raw holds as a body's name
        ("Dua dari tiga gol Persib itu dicetak pada babak kedua.", [("Persib", "ORG")]),
        # a country
        ("Umpan Jerman yang memusatkan bola ke kotak penalti terus dipatahkan.", [("Jerman", "LOC")]),
        # a function word between the play and the side
        ("Striker itu telah mencetak 44 gol untuk Liverpool pada musim ini.", [("Liverpool", "ORG")]),
        # a word that counts a side's goals
        ("Pemain pengganti itu memastikan gol ketiga Valdoria pada menit ke-62.", [("Valdoria", "ORG")]),
        # a club's form
        ("Laga itu ditentukan oleh gol FC Valdoria pada menit akhir.", [("FC Valdoria", "ORG")]),
        # a side the article writes after a team's word
        (
            "Kiper itu menepis tendangan Valdoria United. Skuad Valdoria United pulang dengan kecewa.",
            [("Valdoria United", "ORG"), ("Valdoria United", "ORG")],
        ),
        # no play before the name
        ("Pertandingan itu digelar di markas Otavinho pada Sabtu malam.", [("Otavinho", "LOC")]),
    ],
)
def test_a_side_after_the_same_words_stays_a_side(text: str, found: list[tuple[str, str]]) -> None:
    ents = _ents(text, found)
    assert vet_entities(text, ents) == ents


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("Inter unggul lewat umpan matang dari Lautaro Martinez.", "Lautaro", True),
        ("Ancaman datang dari tendangan Haaland yang ditepis kiper.", "Haaland", True),
        ("Ia mencetak 44 gol untuk Liverpool.", "Liverpool", False),
        ("Ia memastikan gol kemenangan Bilbao di akhir laga.", "Bilbao", False),
        ("Ia mencetak gol. Marco Tolli kemudian diganti.", "Marco", False),
    ],
)
def test_after_play(text: str, at: str, expected: bool) -> None:
    assert after_play(text, text.index(at)) is expected


def test_a_one_word_player_after_a_play_is_a_person() -> None:
    t = "Real Valdoria unggul setelah menerima umpan dari Rodrinho pada menit ke-61."
    found = [("Real Valdoria", "ORG"), ("Rodrinho", "PER")]
    assert person_spans(t, found) == [("Rodrinho", ((49, 57),))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the one word closes a club's longer name elsewhere in the article
        (
            "Athletic Valdora menang 2-0. Kedua gol cepat Valdora dibukukan pada babak pertama.",
            [("Athletic Valdora", "ORG"), ("Valdora", "PER")],
        ),
        # a word that counts a side's goals
        (
            "Pemain pengganti itu memastikan gol ketiga Valdora pada menit ke-62.",
            [("Valdora", "PER")],
        ),
    ],
)
def test_a_side_after_a_play_is_no_person(text: str, found: list[tuple[str, str]]) -> None:
    assert person_spans(text, found) == []


def test_the_decision_vouches_for_a_player_after_a_play() -> None:
    t = "Tuan rumah menyamakan skor lewat gol telat Dario Velkovic pada masa tambahan waktu."
    s = t.index("Dario Velkovic")
    assert vouched(t, Person("Dario Velkovic", ((s, s + 14),)), (), ())
    t = "Dario Velkovic tiba di Jakarta pada Senin."
    assert not vouched(t, Person("Dario Velkovic", ((0, 14),)), (), ())


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        pytest.param(
            # a hyphenated given name the model cuts at its hyphen: the play names only its first part
            "Tim tamu memperkecil ketertinggalan lewat gol Jean-Pierre Matelo pada menit ke-70.",
            [("Jean", "LOC"), ("Pierre Matelo", "PER")],
            [("Jean-Pierre Matelo", ((46, 64),))],
            marks=pytest.mark.xfail(strict=True, reason="model cuts the hyphenated name; session 38"),
        ),
        pytest.param(
            # `gol yang dicetak X`: a relative clause between the play and the scorer is not read
            "Kemenangan itu hadir berkat gol yang dicetak Rodrinho pada babak kedua.",
            [("Rodrinho", "ORG")],
            [("Rodrinho", ((45, 53),))],
            marks=pytest.mark.xfail(strict=True, reason="`yang dicetak` not read; session 38"),
        ),
    ],
)
def test_known_misses(text: str, found: list[tuple[str, str]], expected: list) -> None:
    assert person_spans(text, found) == expected
