"""A year opening an English event's name belongs to the name (GUIDELINES §3 "Not dates": years
inside the names of events): ``di 2018 Asian Games Fun Run``, ``acara 2023 ... FANMEETING``. The
year stands before one to three capitalised words and a capitalised event head (``event_head``
in ``dates_blockers.txt``); a year with its own year word (``pada tahun 2018 Asian Games``) dates
the event, and a lone capitalised head after the year opens a new clause (``Sejak 2019
Festival itu digelar``): both stay dates.

Invented Indonesian sentences of the constructions unlabelled news shows (news-raw 3777, 3780,
9481); whole records with spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Semangat itu terlihat jelas di 2018 Asian Games Fun Run yang berlangsung di Bishkek.", []),
        ("Ribuan penggemar memadati acara bertema 2023 KIM SOO HYUN FANMEETING di Jakarta.", []),
        ("Atlet muda itu menargetkan medali pada 2026 Asian Games di Nagoya.", []),
        # a year word of its own dates the event; a lone head after the year opens a clause
        ("Pada tahun 2018 Asian Games digelar di Jakarta dan Palembang.", [D("tahun 2018", (5, 15), "2018")]),
        ("Sejak 2019 Festival itu digelar di tepi pantai.", [D("2019", (6, 10), "2019")]),
        ("Sejak 2014 Tatang membuka usaha kerajinan di desanya.", [D("2014", (6, 10), "2014")]),
    ],
    ids=["fun-run", "fanmeeting", "games", "tahun-cue", "lone-head", "name-after"],
)
def test_a_year_opening_an_english_events_name(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
