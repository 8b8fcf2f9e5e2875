"""`Bunda` (mother) before a name is a form of address (GUIDELINES §2: forms of address are no
part of a name), as a regent or a mayor who is a woman is called in regional news: the person is
the name after it, and a quote she speaks is hers under that name.

Invented Indonesian sentences in the style of regional government news.
"""

from __future__ import annotations

from tests.person_records import person_spans as _found
from tests.spans import span_of as _at

TEXT = (
    "Bupati Lamsari Rahmawati meninjau posko banjir di Kecamatan Tirta Jaya, Senin. Dalam "
    "kunjungan itu Bunda Rahmawati menyerahkan bantuan sembako kepada para pengungsi."
)


def test_bunda_before_a_name_is_no_part_of_it() -> None:
    full = _at(TEXT, "Lamsari Rahmawati")
    later = _at(TEXT, "Rahmawati", full[1])
    found = [("Lamsari Rahmawati", "PER"), ("Bunda Rahmawati", "PER"), ("Kecamatan Tirta Jaya", "LOC")]
    assert _found(TEXT, found) == [("Lamsari Rahmawati", (full, later))]


TEXT_ALONE = "Warga menyambut Bunda Sumarni yang datang meninjau pasar darurat, Sabtu pagi."


def test_bunda_alone_before_a_single_name_leaves_the_name() -> None:
    assert _found(TEXT_ALONE, [("Bunda Sumarni", "PER")]) == [("Sumarni", (_at(TEXT_ALONE, "Sumarni"),))]
