"""A dateline that names the masthead first, then the region after the dash, then a bar
(`THE REPORTER - Banda Aceh | …`, issue 15): the masthead is the outlet, the region the place."""

from __future__ import annotations

from extract.clean import clean
from extract.records import Dateline

REST = (
    "Ketua DPRK meminta pemerintah kota mempercepat perbaikan saluran air di tiga gampong yang "
    "tergenang sejak pekan lalu."
)


def test_shouted_masthead_then_known_region_and_bar() -> None:
    page = clean("Perbaikan Saluran Air Diminta Dipercepat\nWARTA SERAMBI - Banda Aceh | " + REST + "\n")
    assert page.dateline == Dateline(place="Banda Aceh", outlet="Warta Serambi")
    assert page.text == "WARTA SERAMBI - Banda Aceh | " + REST


def test_words_before_the_bar_that_name_no_region_are_no_place() -> None:
    page = clean("Perbaikan Saluran Air Diminta Dipercepat\nWARTA SERAMBI - Rapat Akbar | " + REST + "\n")
    assert page.dateline is None or page.dateline.place != "Rapat Akbar"
