"""Persons (ents56): a word of a body or a place that the model keeps at the edge of a person's
span (`Kapolda Sumut Iskandar`, `CEO BPI Danantara Rosan Roeslani`, `Jisoo BLACKPINK`) is no
word of the name when the entities read that word alone as a body or a place elsewhere in the
article (twice, and the lexicon knows it as a region's or a body's, for a first word; once for an
acronym ending the span); the name cut so is a person's mark of its own. Sentences are written
for these tests."""

from __future__ import annotations

import re

from extract.people.officials import extract_officials
from extract.people.persons import extract_persons
from extract.people.roles import scan_roles
from extract.records import Entity

Span = tuple[int, int]


def _spans(text: str, found: list[tuple[str, str]]) -> list[tuple[str, tuple[Span, ...]]]:
    """Persons over the vetted entities given in text order, each (surface, label) at the next
    place its surface is written as whole words (`Westfield` read alone as a body twice, and
    inside one person's span: what the vetting leaves of a match report's club and keeper)."""
    ents: list[Entity] = []
    at = 0
    for surface, label in found:
        m = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)").search(text, at)
        assert m, surface
        ents.append(Entity(surface, label, m.span()))
        at = m.end()
    roles = scan_roles(text, ents)
    officials = extract_officials(text, entities=ents, roles=roles)
    return [(p.name, p.mentions) for p in extract_persons(text, ents, officials=officials, roles=roles)]


def _at(t: str, name: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = t.index(name, start + 1)
    return start, start + len(name)


_MATCH = (
    "Chelsea bermain imbang 0-0 kontra {club} pada pekan kelima. Sundulan Marco Sterling "
    "membentur mistar gawang {club}. Peluang emas Chelsea masih dapat ditepis kiper {player} "
    "sebelum jeda."
)


def test_a_club_word_before_a_player_is_cut_off() -> None:
    t = _MATCH.format(club="Milan", player="Milan Tomas Ribeiro")
    found = [
        ("Chelsea", "ORG"),
        ("Milan", "ORG"),
        ("Marco Sterling", "PER"),
        ("Milan", "ORG"),
        ("Chelsea", "ORG"),
        ("Milan Tomas Ribeiro", "PER"),
    ]
    assert _spans(t, found) == [
        ("Marco Sterling", (_at(t, "Marco Sterling"),)),
        ("Tomas Ribeiro", (_at(t, "Tomas Ribeiro"),)),
    ]


def test_a_one_word_player_after_a_club_word_is_a_person() -> None:
    t = _MATCH.format(club="Milan", player="Milan Ribeiro")
    found = [
        ("Chelsea", "ORG"),
        ("Milan", "ORG"),
        ("Marco Sterling", "PER"),
        ("Milan", "ORG"),
        ("Chelsea", "ORG"),
        ("Milan Ribeiro", "PER"),
    ]
    assert _spans(t, found) == [
        ("Marco Sterling", (_at(t, "Marco Sterling"),)),
        ("Ribeiro", (_at(t, "Ribeiro"),)),
    ]


def test_a_club_word_read_once_as_a_body_stays_in_the_name() -> None:
    # one reading may be the model's slip on the person's own short mention (`Xi` of `Xi Jinping`)
    t = _MATCH.format(club="Milan", player="Milan Tomas Ribeiro")
    found = [
        ("Chelsea", "ORG"),
        ("Milan", "ORG"),
        ("Marco Sterling", "PER"),
        ("Chelsea", "ORG"),
        ("Milan Tomas Ribeiro", "PER"),
    ]
    # the whole name is kept; its group also holds the club's lone mentions, as on main
    assert [name for name, _ in _spans(t, found)] == ["Milan Tomas Ribeiro", "Marco Sterling"]


def test_a_given_name_read_as_a_place_stays_in_the_name() -> None:
    # `Surya` is a known given name: it opens a name of its own whatever the model reads alone
    t = (
        "Banjir merendam Surya sejak Senin. Warga Surya mengungsi ke balai desa. Kepala dusun, "
        "Surya Darmawan, mengatakan air mulai surut."
    )
    found = [("Surya", "LOC"), ("Surya", "LOC"), ("Surya Darmawan", "PER")]
    assert [name for name, _ in _spans(t, found)] == ["Surya Darmawan"]


def test_a_group_acronym_after_a_singer_is_cut_off() -> None:
    t = (
        "Hana LUMINA dikabarkan berpacaran dengan aktor Park Jin-woo. Hana merupakan anggota grup "
        "vokal LUMINA yang debut pada 2019."
    )
    found = [("Hana LUMINA", "PER"), ("Park Jin-woo", "PER"), ("Hana", "PER"), ("LUMINA", "ORG")]
    assert _spans(t, found) == [
        ("Hana", (_at(t, "Hana"), _at(t, "Hana", 1))),
        ("Park Jin-woo", (_at(t, "Park Jin-woo"),)),
    ]


def test_an_acronym_the_model_never_reads_alone_stays() -> None:
    t = "Penyanyi Hana LUMINA merilis album baru pekan ini. Hana menulis sendiri semua lagunya."
    found = [("Hana LUMINA", "PER"), ("Hana", "PER")]
    assert [name for name, _ in _spans(t, found)] == ["Hana LUMINA"]


def test_a_word_of_no_known_body_or_place_stays_in_the_name() -> None:
    # the vetted entities read a person's own short mention as a body too (`Ester vs Huang`):
    # only a word the lexicon knows as a region's or a body's is cut
    t = _MATCH.format(club="Westfield", player="Westfield Tomas Ribeiro")
    found = [
        ("Chelsea", "ORG"),
        ("Westfield", "ORG"),
        ("Marco Sterling", "PER"),
        ("Westfield", "ORG"),
        ("Chelsea", "ORG"),
        ("Westfield Tomas Ribeiro", "PER"),
    ]
    assert "Westfield Tomas Ribeiro" in [name for name, _ in _spans(t, found)]
