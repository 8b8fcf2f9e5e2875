"""An armed service's name right before a country's name (entities_armed_services.txt: `Angkatan
Udara AS`, `AU Mesir`, `Angkatan Bersenjata Turki`) is that country's service, one ORG
(GUIDELINES §6: an organisation named with its region is one name; spans are flat, so the
country inside it is no place of its own). News-raw writes such a pair about 60 times. Whole
outputs of the pipeline on invented sentences, and the cases that must give no service: a
service with no country after it, one inside a longer body's name, a rank after it."""

from __future__ import annotations

import pytest

from tests.entity_records import ORG_REFIT_40
from tests.entity_records import article_entities as _entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drone itu digunakan Angkatan Udara AS dan Pentagon untuk pengintaian.",
            [("Angkatan Udara AS", "ORG", (20, 37)), ("Pentagon", "LOC", (42, 50))],
        ),
        (
            "Ratusan pesawat tempur AU Mesir hancur dalam serangan mendadak Israel.",
            [("AU Mesir", "ORG", (23, 31)), ("Israel", "LOC", (63, 69))],
        ),
        pytest.param(
            "Kapal itu dikawal Angkatan Laut Amerika Serikat di Laut China Selatan.",
            [("Angkatan Laut Amerika Serikat", "ORG", (18, 47)), ("Laut China Selatan", "LOC", (51, 69))],
            marks=pytest.mark.xfail(
                strict=True, reason=ORG_REFIT_40 + "a foreign navy alone in its sentence weighs under it"
            ),
        ),
    ],
)
def test_a_service_before_a_country_is_the_countrys_service(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no country after the service: a kind of career
        ("Ia pernah berdinas di Angkatan Darat sebelum pensiun.", []),
        # the service inside a school's name: the school's (its bracketed short name an entry of its own)
        (
            "Sebanyak 120 taruna dari Akademi Angkatan Laut (AAL) mengikuti upacara di Surabaya.",
            [
                ("Akademi Angkatan Laut", "ORG", (25, 46)),
                ("AAL", "ORG", (48, 51)),
                ("Surabaya", "LOC", (74, 82)),
            ],
        ),
        # a rank after the service, no country: the rank opens its holder's name
        (
            "Kepala Staf Angkatan Darat Jenderal Maruli Simanjuntak meninjau Kodam Jaya.",
            [("Maruli Simanjuntak", "PER", (36, 54)), ("Kodam Jaya", "ORG", (64, 74))],
        ),
    ],
)
def test_no_service_of_a_country_without_the_country(text: str, expected: list) -> None:
    assert _entities(text) == expected
