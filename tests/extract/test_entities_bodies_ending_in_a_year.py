"""A year of this century ending an ORG (a budget's year, a board's term, an event's edition) is
no part of the body's name (GUIDELINES §6): it is cut, a bracketed short name before it becomes an
entry of its own, and an event's word left alone is no entity; a unit's number stays. Whole entity
lists on invented sentences."""

from __future__ import annotations

from tests.entity_records import article_entities as _entities


def test_a_budget_year_after_a_bracketed_short_name() -> None:
    text = "Berikut rincian belanja Kementerian Perdagangan (Kemendag) 2026: belanja pegawai naik."
    assert _entities(text) == [
        ("Kementerian Perdagangan", "ORG", (24, 47)),
        ("Kemendag", "ORG", (49, 57)),
    ]


def test_a_boards_term_after_a_body() -> None:
    text = "Program itu digagas Persatuan Panahan Indonesia (Perpani) 2021-2025 pimpinan Arif Santoso."
    assert _entities(text) == [
        ("Persatuan Panahan Indonesia", "ORG", (20, 47)),
        ("Perpani", "ORG", (49, 56)),
        ("Arif Santoso", "PER", (77, 89)),
    ]


def test_a_year_after_a_head_and_a_known_short_name() -> None:
    text = "Pemerintah masih berutang kepada Perum Bulog 2021 sebesar Rp 4 triliun."
    assert _entities(text) == [("Perum Bulog", "ORG", (33, 44))]


def test_an_events_edition_leaves_no_body() -> None:
    text = "Hal itu disampaikan dalam Nusantara Business Forum 2025 di Surabaya, Senin (6/10/2025)."
    assert [e for e in _entities(text) if e[1] == "ORG"] == []


def test_a_units_number_is_kept() -> None:
    text = "Dandim 1913 memimpin apel di Makodim 1913 pagi itu, kata Kodim 1913 dalam rilisnya."
    assert ("Kodim 1913", "ORG", (57, 67)) in _entities(text)


def test_a_boards_term_after_a_short_name_of_two_words() -> None:
    text = "Rapat itu dipimpin Pengurus Besar Persatuan Panahan Indonesia (PB Perpani) 2021-2025 kemarin."
    assert _entities(text) == [("Pengurus Besar Persatuan Panahan Indonesia", "ORG", (19, 61))]
