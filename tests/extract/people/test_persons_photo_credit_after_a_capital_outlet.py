"""Persons on unseen news (issue 12): a photo's caption glued into the body closes with the
agency's name in capitals, a slash and the photographer (`… Selasa (9/12/2025). ANTARA/Rudi
Hartono`): a credit is boilerplate (GUIDELINES §1, §6), so the photographer is no person of the
article. The same outlet written as a word (`Antara/`) or a pair of players with a slash
(`Rian/Fajar`) credits no one.

Invented Indonesian sentences; whole person lists with every mention's span.
"""

from __future__ import annotations

from tests.person_records import person_spans as _found
from tests.spans import span_of as _at

TEXT_CAPTION = (
    "Warga memadati alun-alun untuk menyaksikan pesta kembang api di Kota Bogor, Rabu (31/12/2025). "
    "ANTARA/Rudi Hartono Wali Kota Bogor Dedie Rachim mengatakan acara berlangsung tertib."
)


def test_a_name_after_a_capital_agency_and_a_slash_is_no_person() -> None:
    found = _found(
        TEXT_CAPTION,
        [("Kota Bogor", "LOC"), ("Rudi Hartono", "PER"), ("Dedie Rachim", "PER")],
    )
    assert found == [("Dedie Rachim", (_at(TEXT_CAPTION, "Dedie Rachim"),))]


TEXT_PAIR = "Ganda putra Rian Ardianto/Fajar Alfian melaju ke babak final setelah menang dua gim."


def test_a_pair_of_players_with_a_slash_stays_two_persons() -> None:
    found = _found(TEXT_PAIR, [("Rian Ardianto", "PER"), ("Fajar Alfian", "PER")])
    assert found == [
        ("Rian Ardianto", (_at(TEXT_PAIR, "Rian Ardianto"),)),
        ("Fajar Alfian", (_at(TEXT_PAIR, "Fajar Alfian"),)),
    ]
