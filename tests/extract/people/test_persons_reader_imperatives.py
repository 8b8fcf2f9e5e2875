"""An imperative addressed to the reader that opens a sentence (`Simak`, `Yuk`, `Saksikan`:
names_not_names.txt) is never a name, so the capitalised words it opens name no person
(GUIDELINES §6); a person named after it stays.

Invented Indonesian sentences in the style of national sport and feature news; the model's
entities as given.
"""

from __future__ import annotations

import pytest

from tests.extract.people.test_persons_news import _persons


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Laga dimulai pukul 20.00 WIB. Simak Klasemen lengkap Liga Inggris di bawah ini.",
            [("Simak Klasemen", "PER")],
        ),
        (
            "Menabung emas kini semakin mudah. Yuk Investasi mulai dari sepuluh ribu rupiah.",
            [("Yuk Investasi", "PER")],
        ),
        (
            "Pertandingan disiarkan langsung. Saksikan Aksi para pebulu tangkis muda malam ini.",
            [("Saksikan Aksi", "PER")],
        ),
    ],
)
def test_a_reader_imperative_opens_no_name(text, found) -> None:
    assert _persons(text, found) == []


def test_a_name_after_a_reader_imperative_stays_a_person() -> None:
    text = "Laga berakhir imbang. Simak komentar pelatih Budi Hartono usai pertandingan."
    assert _persons(text, [("Budi Hartono", "PER")]) == [("Budi Hartono", ["Budi Hartono"])]
