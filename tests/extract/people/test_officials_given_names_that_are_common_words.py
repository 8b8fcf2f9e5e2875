"""Officials: a given name that is also a common word (`Titik`, a point) opens the holder's name
when the model's person starts right after it (`… dan SDM Titik Wulandari Sari`, PER `Wulandari
Sari`): `names_given.txt` lists it, so it is name-like, not the title's last word; written as a
common word (`Titik Nol`, `titik kumpul`) it names no one. `Raja` (a king, and a given name)
stays out of the list: a royal title before a name is no given name (`Raja Salman`).

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

import pytest

from extract.records import Entity
from tests.entity_records import model_entities

from .test_roles import _officials, _rec


def _ents(sentence: str, *found: tuple[str, str]) -> list[Entity]:
    return model_entities(sentence, list(found))


def test_a_common_word_given_name_after_a_body_acronym_opens_the_name() -> None:
    s = "Rapat itu dipimpin Staf Ahli Wali Kota Bidang Ekonomi dan SDM Titik Wulandari Sari di aula."
    ents = _ents(s, ("Wulandari Sari", "PER"))
    assert _officials(s, ents) == [
        _rec(
            s,
            "Staf Ahli Wali Kota Bidang Ekonomi dan SDM Titik Wulandari Sari",
            "Titik Wulandari Sari",
            "Staf Ahli Wali Kota Bidang Ekonomi dan SDM",
        )
    ]


def test_the_common_word_as_a_place_names_no_one() -> None:
    s = "Ratusan pelari berkumpul di Titik Nol Kilometer sebelum lomba dimulai pada Minggu pagi."
    assert _officials(s, _ents(s, ("Titik Nol Kilometer", "LOC"))) == []


def test_the_common_word_after_a_title_alone_names_no_one() -> None:
    s = "Kepala Pelaksana BPBD menetapkan titik kumpul warga di lapangan desa."
    assert _officials(s, _ents(s, ("BPBD", "ORG"))) == []


@pytest.mark.xfail(strict=True, reason="Raja is a royal title as often as a given name; the model cut it off")
def test_raja_as_a_first_name_after_a_body_acronym() -> None:
    s = "Ketua Umum Komite Olahraga Nasional (KON) Raja Wira Santosa membuka rapat itu di Jakarta."
    ents = _ents(s, ("Wira Santosa", "PER"))
    assert [(o.name, o.title) for o in _officials(s, ents)] == [
        ("Raja Wira Santosa", "Ketua Umum Komite Olahraga Nasional (KON)")
    ]
