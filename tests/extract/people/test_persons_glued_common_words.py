"""A common word the scraper glued to the end of a name (`Marc Marquezdan`, `Jack Millertak`)
is no part of the name (GUIDELINES §6: one fullest name per person, nothing glued to it) when
the article also writes the name whole without it; a name that only looks glued stays
(`Megawati Soekarnoputri`, `Sapta Oktohari`).

Invented Indonesian sentences in the style of national news; the model's entities as given.
"""

from __future__ import annotations

import pytest

from tests.extract.people.test_persons_news import _persons


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "Pebalap Marc Marquez menang di Mandalika. Namun Marc Marquezdan timnya tetap berhati-hati.",
            [("Marc Marquez", "PER"), ("Marc Marquezdan", "PER")],
            [("Marc Marquez", ["Marc Marquez", "Marc Marquez"])],
        ),
        (
            "Petinju Gennady Golovkin kembali ke ring. Dua tahun lalu Gennady Golovkinberhasil "
            "mempertahankan sabuk juara kelas menengah.",
            [("Gennady Golovkin", "PER"), ("Gennady Golovkinberhasil", "PER")],
            [("Gennady Golovkin", ["Gennady Golovkin", "Gennady Golovkin"])],
        ),
    ],
)
def test_a_common_word_glued_to_a_name_written_whole_goes(text, found, expected):
    assert _persons(text, found) == expected


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "Ketua Umum KOI Raja Sapta Oktohari membuka kejuaraan nasional di Jakarta, Selasa.",
            [("Raja Sapta Oktohari", "PER")],
            [("Raja Sapta Oktohari", ["Raja Sapta Oktohari"])],
        ),
    ],
)
def test_a_name_that_only_looks_glued_stays(text, found, expected):
    assert _persons(text, found) == expected


@pytest.mark.xfail(
    strict=True, reason="a glued word is cut only where the article writes the name whole elsewhere"
)
def test_a_glued_word_on_a_name_written_once_goes() -> None:
    text = "Pebalap Jack Millertak pernah tampil di sirkuit itu, kata panitia balap."
    assert _persons(text, [("Jack Millertak", "PER")]) == [("Jack Miller", ["Jack Miller"])]
