"""Officials: a name particle right before the model's person, after the title, opens the
holder's name (`Bupati Way Kanan Raden Adipati Surya`, `… RSUP Prof Ngoerah I Wayan Sudana`),
issue 13. `Raden` is a particle kept in the name (GUIDELINES §2 name particles; the dev gold
keeps `R.M`, the news annotations `Raden Adipati Surya`), no form of address dropped from it. A
roman numeral after a post (`Asisten I`) is no particle and stays in the title.

Every sentence is written for the test: names are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import role_officials, role_record

HELD = [
    (
        "Bupati Way Kanan Raden Adi Santosa membagikan bantuan kepada warga.",
        "Adi Santosa",
        "Raden Adi Santosa",
        "Bupati Way Kanan",
    ),
    (
        "Kata Plt Direktur Utama RSUP Prof Ngoerah I Wayan Sudarta, peserta didik itu dikembalikan.",
        "Wayan Sudarta",
        "I Wayan Sudarta",
        "Plt Direktur Utama RSUP Prof Ngoerah",
    ),
    (
        "Hadir pula Asisten I Akhmad Suryadi dalam acara tersebut.",
        "Akhmad Suryadi",
        "Akhmad Suryadi",
        "Asisten I",
    ),
]


@pytest.mark.parametrize(("s", "model", "name", "title"), HELD, ids=[h[2] for h in HELD])
def test_the_particle_opens_the_name(s: str, model: str, name: str, title: str) -> None:
    mention = s[s.index(title) : s.index(name, s.index(title)) + len(name)]
    assert role_officials(s, [(model, "PER")], spans=True) == [role_record(s, mention, name, title)]


def test_a_particle_inside_a_place_names_no_holder() -> None:
    s = "Pesawat mendarat di Bandara Raden Inten pada Senin pagi."
    assert role_officials(s, []) == []
