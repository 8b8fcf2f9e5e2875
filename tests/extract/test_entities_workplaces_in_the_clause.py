"""A firm named after `di` and before its city stays the body where a verb of working or studying
stands in the clause before `di`, a few lowercase words back (`bekerja sebagai staf di Tokopedia,
Jakarta`: the firm one works at); a verb in an earlier clause, past a comma, leaves the venue
reading (GUIDELINES §6). Whole entity lists from `resolve_entities` on invented sentences."""

from __future__ import annotations

from .test_entities_news import _found


def test_a_firm_one_works_at_as_a_post_before_its_city_stays_a_body() -> None:
    text = "Ia bekerja sebagai staf di Sentosamart, Jakarta, sejak 2019."
    model = [("Sentosamart", "ORG"), ("Jakarta", "LOC")]
    assert _found(text, model) == [("Sentosamart", "ORG", (27, 38)), ("Jakarta", "LOC", (40, 47))]


def test_a_verb_of_working_in_an_earlier_clause_leaves_the_venue() -> None:
    text = "Setelah bekerja, mereka berlatih di Kartika Stable, Cinere, Depok, Minggu."
    model = [("Kartika Stable", "ORG"), ("Cinere", "LOC"), ("Depok", "LOC")]
    assert _found(text, model) == [
        ("Kartika Stable", "LOC", (36, 50)),
        ("Cinere", "LOC", (52, 58)),
        ("Depok", "LOC", (60, 65)),
    ]
