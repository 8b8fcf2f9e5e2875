"""A religious title (`Hajah`, a spelling of `Hajjah`) and a martial-arts master's title
(`Shihan`) before a name are no part of it (GUIDELINES §2: persons without honorifics, degrees or
ranks), as `Hj.` and `Bapak` are not.

Invented Indonesian sentences in the style of regional news; the model's entities as given.
"""

from __future__ import annotations

import pytest

from tests.person_records import person_spans


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "Hajah Rohani Siregar membagikan takjil kepada warga. Rohani berharap kegiatan berlanjut.",
            [("Hajah Rohani Siregar", "PER"), ("Rohani", "PER")],
            [("Rohani Siregar", ((6, 20), (53, 59)))],
        ),
        (
            "Ketua dewan guru, Shihan Dedi Kurniawan, membuka ujian kenaikan sabuk di Bandung.",
            [("Shihan Dedi Kurniawan", "PER"), ("Bandung", "LOC")],
            [("Dedi Kurniawan", ((25, 39),))],
        ),
    ],
)
def test_a_religious_or_martial_arts_title_is_no_part_of_the_name(text, found, expected):
    assert person_spans(text, found) == expected
