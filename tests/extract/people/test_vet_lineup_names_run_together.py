"""Entity vetting and persons (`extract.ner.vet`, `extract.people.persons`): a lineup that writes
two players' names with no comma between them (`Dario Montesi Luca Ferrante`) gives two names,
not one person of four words; a pair the page names as a club elsewhere is that club. A list of
people does not vouch for such a run of four words, and a four-word name of known given names
stays whole.

Invented Indonesian sentences in the style of sport news.
"""

from __future__ import annotations

from extract.ner.vet import vet_entities
from tests.entity_records import model_entities as _ents
from tests.person_records import person_mentions


def _read(text: str, found: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    return [(e.text, e.label, e.span) for e in vet_entities(text, _ents(text, found))]


def test_four_unknown_words_of_a_lineup_are_two_players() -> None:
    t = (
        "Susunan pemain Sporting Velmora: Ilkan Verhoef, Dario Montesi Luca Ferrante, Tomas Keller. "
        "Gol tunggal dicetak Luca Ferrante."
    )
    found = [("Sporting Velmora", "ORG"), ("Ilkan Verhoef", "PER"), ("Dario Montesi Luca Ferrante", "PER")]
    assert _read(t, [*found, ("Tomas Keller", "PER"), ("Luca Ferrante", "PER")]) == [
        ("Sporting Velmora", "ORG", (15, 31)),
        ("Ilkan Verhoef", "PER", (33, 46)),
        ("Dario Montesi", "PER", (48, 61)),
        ("Luca Ferrante", "PER", (62, 75)),
        ("Tomas Keller", "PER", (77, 89)),
        ("Luca Ferrante", "PER", (111, 124)),
    ]


def test_four_unknown_words_written_once_stay_one_name() -> None:
    t = "Atlet asal Jayapura, Yoram Elmeko Tandiar Kafiru, menembus final lari 400 meter."
    assert _read(t, [("Jayapura", "LOC"), ("Yoram Elmeko Tandiar Kafiru", "PER")]) == [
        ("Jayapura", "LOC", (11, 19)),
        ("Yoram Elmeko Tandiar Kafiru", "PER", (21, 48)),
    ]


def test_a_pair_the_page_names_as_a_club_is_the_next_team() -> None:
    t = (
        "Susunan pemain Atletico Brenza: Ilkan Verhoef, Tomas Keller, Piero Salvani Fiorenza Corvena: "
        "Dario Montesi, Renzo Calloni. Laga Atletico Brenza melawan Fiorenza Corvena berakhir imbang."
    )
    found = [
        ("Atletico Brenza", "ORG"),
        ("Ilkan Verhoef", "PER"),
        ("Tomas Keller", "PER"),
        ("Piero Salvani Fiorenza Corvena", "PER"),
        ("Dario Montesi", "PER"),
        ("Renzo Calloni", "PER"),
        ("Atletico Brenza", "ORG"),
        ("Fiorenza Corvena", "ORG"),
    ]
    assert _read(t, found) == [
        ("Atletico Brenza", "ORG", (15, 30)),
        ("Ilkan Verhoef", "PER", (32, 45)),
        ("Tomas Keller", "PER", (47, 59)),
        ("Piero Salvani", "PER", (61, 74)),
        ("Fiorenza Corvena", "ORG", (75, 91)),
        ("Dario Montesi", "PER", (93, 106)),
        ("Renzo Calloni", "PER", (108, 121)),
        ("Atletico Brenza", "ORG", (128, 143)),
        ("Fiorenza Corvena", "ORG", (152, 168)),
    ]


def test_a_four_word_name_of_known_given_names_stays_one_person() -> None:
    t = "Penghargaan diserahkan kepada Muhammad Rizki Fauzan Hakim di pendopo kabupaten."
    assert _read(t, [("Muhammad Rizki Fauzan Hakim", "PER")]) == [
        ("Muhammad Rizki Fauzan Hakim", "PER", (30, 57))
    ]


def test_a_list_of_players_makes_no_person_of_four_unknown_words() -> None:
    t = (
        "Lini tengah diisi Ilkan Verhoef, Tomas Keller, Dario Montesi Luca Ferrante, Renzo Calloni "
        "dan Piero Salvani."
    )
    found = [("Ilkan Verhoef", "PER"), ("Tomas Keller", "PER")]
    found += [("Renzo Calloni", "PER"), ("Piero Salvani", "PER")]
    assert person_mentions(t, found) == [
        ("Ilkan Verhoef", ["Ilkan Verhoef"]),
        ("Tomas Keller", ["Tomas Keller"]),
        ("Renzo Calloni", ["Renzo Calloni"]),
        ("Piero Salvani", ["Piero Salvani"]),
    ]


def test_four_unknown_words_outside_a_lineups_commas_stay_one_name() -> None:
    t = "Ia akan bertarung melawan Sakda Phirun Nuchap Somkhit dari Thailand. Sakda Phirun tampil tenang."
    found = [("Sakda Phirun Nuchap Somkhit", "PER"), ("Thailand", "LOC"), ("Sakda Phirun", "PER")]
    assert _read(t, found) == [
        ("Sakda Phirun Nuchap Somkhit", "PER", (26, 53)),
        ("Thailand", "LOC", (59, 67)),
        ("Sakda Phirun", "PER", (69, 81)),
    ]
