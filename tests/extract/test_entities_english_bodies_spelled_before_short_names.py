"""An English body's name opened by its body word and `for`/`of` (`Institute for …`, `Centre for …`,
`Federation of …`) spelled out before its bracketed short name is one ORG, the short name another
(GUIDELINES §6: associations and institutes are organisations; a bracketed abbreviation ending a
name is an entry of its own). Whole entity lists on invented sentences."""

from __future__ import annotations

from tests.entity_records import article_entities as _entities


def test_an_institute_for_spelled_before_its_short_name_and_a_person() -> None:
    text = "Peneliti Institute for Energy and Resource Studies (IERS) Dimas Pratama menilai harga naik."
    assert _entities(text) == [
        ("Institute for Energy and Resource Studies", "ORG", (9, 50)),
        ("IERS", "ORG", (52, 56)),
        ("Dimas Pratama", "PER", (58, 71)),
    ]


def test_a_centre_for_spelled_before_its_short_name() -> None:
    text = "Menurut kajian Centre for Maritime and Coastal Policy (CMCP), nelayan kecil paling terdampak."
    assert _entities(text) == [
        ("Centre for Maritime and Coastal Policy", "ORG", (15, 53)),
        ("CMCP", "ORG", (55, 59)),
    ]


def test_a_federation_of_after_an_english_word() -> None:
    text = "Peringkat itu dirilis International Federation of Rowing Clubs (IFRC) pekan lalu."
    assert _entities(text) == [
        ("International Federation of Rowing Clubs", "ORG", (22, 62)),
        ("IFRC", "ORG", (64, 68)),
    ]


def test_a_venue_center_before_its_short_name_is_no_body_read_here() -> None:
    text = "Pameran itu digelar di Jakarta Convention Center (JCC) selama tiga hari."
    assert ("Jakarta Convention Center", "ORG", (23, 48)) not in _entities(text)


def test_a_degree_spelled_before_its_short_name_is_no_body() -> None:
    text = "Ia menyelesaikan program Master of Public Policy (MPP) di Singapura."
    assert [e for e in _entities(text) if e[1] == "ORG"] == []
