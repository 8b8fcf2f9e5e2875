"""The role grammar (issue 13): one test group per construction, whole records with spans.

Sentences are written for these tests in the style of Indonesian regional news; names and
places are made up or public office holders' public names.
"""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from extract.people.names import PersonIndex
from extract.people.officials import extract_officials
from extract.people.persons import extract_persons
from extract.people.roles import scan_roles
from extract.records import Entity, Official, Person


def _rec(sentence: str, mention: str, name_text: str, title: str, name: str | None = None) -> Official:
    """The official whose mention covers ``mention`` and whose name is written ``name_text``."""
    start = sentence.index(mention)
    ns = sentence.index(name_text, start)
    return Official(
        name=name or name_text,
        title=title,
        span=(start, start + len(mention)),
        name_span=(ns, ns + len(name_text)),
    )


def _per(sentence: str, *names: str) -> list[Entity]:
    out = []
    for n in names:
        s = sentence.index(n)
        out.append(Entity(n, "PER", (s, s + len(n))))
    return out


def _officials(sentence: str, ents: list[Entity] | None = None) -> list[Official]:
    vetted = vet_entities(sentence, ents or [])
    return extract_officials(sentence, roles=scan_roles(sentence, vetted))


# ---------------------------------------------------------------------- a short PER entity


def test_a_per_entity_on_the_last_name_only_does_not_cut_the_name() -> None:
    # the model saw only the family name; the words before it are names, not title
    s = "Kepala Bidang Pengendalian Penyakit Dinkes Bantul Suryani Handayani mengatakan kasus menurun."
    assert _officials(s, _per(s, "Handayani")) == [
        _rec(
            s,
            "Kepala Bidang Pengendalian Penyakit Dinkes Bantul Suryani Handayani",
            "Suryani Handayani",
            "Kepala Bidang Pengendalian Penyakit Dinkes Bantul",
        )
    ]


# ---------------------------------------------------------------------- PersonIndex


def test_person_index_points_short_names_spans_and_titles_to_the_full_name() -> None:
    s = "Bupati Sleman Kustini Sri Purnomo membuka acara. Kustini menambahkan, bupati akan hadir."
    roles = scan_roles(s)
    officials = extract_officials(s, roles=roles)
    persons = extract_persons(s, officials=officials, roles=roles)
    idx = PersonIndex(persons, officials)
    later = s.index("Kustini", 20)
    assert persons == [Person("Kustini Sri Purnomo", ((14, 33), (later, later + 7)))]
    assert idx.by_name("Kustini") == "Kustini Sri Purnomo"
    assert idx.at((later, later + 7)) == "Kustini Sri Purnomo"
    assert idx.by_title("Bupati") == "Kustini Sri Purnomo"
    assert idx.by_name("Budi") is None


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Rapat dihadiri Forkopimda, Kepala OPD, camat dan tokoh masyarakat setempat.",
            marks=pytest.mark.xfail(strict=True, reason="a body before a comma read as a name"),
        ),
        "Kegiatan itu diikuti para kepala desa se-Kecamatan Ngawen.",
    ],
)
def test_unnamed_posts_give_no_official(sentence: str) -> None:
    assert _officials(sentence) == []
