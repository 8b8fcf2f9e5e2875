"""Review of session 12's organisation rounds on unseen news (news-raw 0-799, 6200-6699): a
formula's letters joined by signs are no body, a place opened by a listed region after a title's
list stays a place, a club's form in title case opens no club (`United Kingdom`), and a club's
initials before a name in a person's context are the person's. Whole entity lists with spans
from `resolve_entities` and `vet_entities`, and the cases where the rules must give nothing."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model
from tests.entity_records import first_vetted as _vetted

from .test_entities_news import _out


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a formula's terms, the scale's `M` no longer dropping them after no number
        (
            "Klitgaard merumuskan korupsi sebagai C = M + D - A, yakni monopoli ditambah diskresi.",
            [("M + D", "ORG")],
            [],
        ),
        # `&` joins a body's initials, no sign
        (
            "Saham P & G naik setelah laporan kuartal ketiga.",
            [("P & G", "ORG")],
            [("P & G", "ORG", (6, 11))],
        ),
    ],
)
def test_a_formula_names_no_body(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a venue opened by a listed region after `tim Persija,`: no field of a unit's title
        (
            "Laga itu digelar di kandang tim Persija, Jakarta International Stadium, Sabtu malam.",
            [("Persija", "ORG"), ("Jakarta International Stadium", "LOC")],
            [("Persija", "ORG", (32, 39)), ("Jakarta International Stadium", "LOC", (41, 70))],
        ),
        # a field word after `dan` in a unit's title is still none
        (
            "Sementara itu, Kabid Tanaman Pangan dan Hortikultura Budi Santoso meninjau lahan.",
            [("Hortikultura", "LOC")],
            [],
        ),
    ],
)
def test_a_place_opened_by_a_region_after_a_title_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a country opened by `United` stays a place
        (
            "Ia melanjutkan studi di United Kingdom sejak 2019.",
            [("United Kingdom", "LOC")],
            [("United Kingdom", "LOC", (24, 38))],
        ),
        # the form closing the name: the club
        (
            "Bek itu pindah ke West Ham United pada musim panas.",
            [("West Ham United", "LOC")],
            [("West Ham United", "ORG", (18, 33))],
        ),
    ],
)
def test_a_club_form_in_title_case_closes_a_club(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a person's initials in a speech context: the person
        (
            "Dalam sambutannya, AC Yuliwati berharap toko itu membuka lapangan kerja.",
            [("AC Yuliwati", "PER")],
            [("AC Yuliwati", "PER", (19, 30))],
        ),
        # no person's context: the club
        (
            "AC Milan mengalahkan Inter pada laga derbi, Minggu malam.",
            [("AC Milan", "PER")],
            [("AC Milan", "ORG", (0, 8))],
        ),
    ],
)
def test_a_club_form_in_a_person_context_is_initials(text: str, model: list, expected: list) -> None:
    assert _vetted(text, model) == expected
