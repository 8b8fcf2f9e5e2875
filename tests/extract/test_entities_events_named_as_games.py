"""Places read on news-raw 3800-3899 (session 24): a national championship or games by its
Indonesian short name (`Kejurnas`, `PON`) and a tournament's stage named in English
(`Subconference`, `Nationals`) name an event, no place and no body (GUIDELINES §6:
`entities_events.txt`). Whole entity lists from `resolve_entities` on invented sentences, with
the spans, and the places beside the event that must stay."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "event", "label"),
    [
        ("Sebanyak 20 provinsi ikut ambil bagian di Kejurnas tahun ini.", "Kejurnas", "LOC"),
        ("Cabor dayung resmi dipertandingkan di PON Kalimantan 2028 nanti.", "PON Kalimantan", "LOC"),
        ("Tim kampus itu menjadi juara Medan Subconference musim ini.", "Medan Subconference", "LOC"),
        ("Dua tim putri lolos ke Basket Kampus Nationals bulan depan.", "Basket Kampus Nationals", "ORG"),
    ],
)
def test_a_games_short_name_or_stage_is_no_entity(text: str, event: str, label: str) -> None:
    assert [e for e in _found(text, [(event, label)]) if e[0] == event] == []


def test_the_places_where_the_championship_is_held_stay() -> None:
    text = "Kejurnas Atletik digelar di Stadion Merdeka, Kota Gorontalo, pekan ini."
    model = [("Kejurnas Atletik", "LOC"), ("Stadion Merdeka", "LOC"), ("Kota Gorontalo", "LOC")]
    assert _found(text, model) == [
        ("Stadion Merdeka", "LOC", (28, 43)),
        ("Kota Gorontalo", "LOC", (45, 59)),
    ]
