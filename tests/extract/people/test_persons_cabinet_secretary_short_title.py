"""`Seskab`, the Cabinet Secretary's short title, is a position title (GUIDELINES §2: short
titles kept as written): it is no part of a name (`Seskab Teddy` is the person `Teddy`, the same
as `Teddy Indra Wijaya`) and gives its holder a title.

Invented Indonesian sentences in the style of national news; the model's entities as given.
"""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from extract.people.officials import extract_officials
from extract.people.roles import scan_roles
from tests.extract.people.test_persons_news import _ents, _persons


def _titles(text: str, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ents = vet_entities(text, _ents(text, found))
    return [(o.name, o.title) for o in extract_officials(text, entities=ents, roles=scan_roles(text, ents))]


def test_the_short_title_is_no_part_of_the_name() -> None:
    text = (
        "Sekretaris Kabinet Teddy Indra Wijaya menerima para menteri di Jakarta, Rabu. "
        "Seskab Teddy mengatakan bantuan tunai segera disalurkan."
    )
    found = [("Teddy Indra Wijaya", "PER"), ("Seskab Teddy", "PER")]
    assert _persons(text, found) == [("Teddy Indra Wijaya", ["Teddy Indra Wijaya", "Teddy"])]


def test_the_short_title_gives_its_holder_a_title() -> None:
    text = "Seskab Teddy Indra Wijaya meninjau posko pengungsian di Aceh Tamiang, Sabtu."
    assert _titles(text, [("Seskab Teddy Indra Wijaya", "PER")]) == [("Teddy Indra Wijaya", "Seskab")]


@pytest.mark.xfail(
    strict=True, reason="officials: a title + one name + `dan` + a nickname gives the nickname the title"
)
def test_a_nickname_after_dan_takes_no_title() -> None:
    text = "Tidak hanya itu, Seskab Teddy dan Gus Ipul juga membahas bantuan untuk warga lainnya."
    assert _titles(text, [("Teddy", "PER"), ("Gus Ipul", "PER")]) == [("Teddy", "Seskab")]
