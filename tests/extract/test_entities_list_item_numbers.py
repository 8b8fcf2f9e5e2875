"""A numbered list written on one line glues the next item's number to a name's end
(`… 3. Gerindra 4. NasDem`): the number belongs to the list, not to the body or the place
(GUIDELINES §6: a name as written). A name's own number stays: a school's, a police post's, a
number no list item before it counts to. Whole entity lists from `resolve_entities` on invented
sentences, with the spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the model's span takes the next item's number: the list's `2.` before it counts to it
        (
            "Urutan perolehan kursi: 1. Partai Hanura 2. Partai Buruh 3. Partai Ummat.",
            [("Partai Hanura 2", "ORG"), ("Partai Buruh 3", "ORG"), ("Partai Ummat", "ORG")],
            [
                ("Partai Hanura", "ORG", (27, 40)),
                ("Partai Buruh", "ORG", (44, 56)),
                ("Partai Ummat", "ORG", (60, 72)),
            ],
        ),
        # an item of several words ends with a body and the next item's number
        (
            "Syarat calon: 4. Surat bebas narkoba dari Badan Narkotika Nasional 5. Ijazah terakhir.",
            [("Badan Narkotika Nasional 5", "ORG")],
            [("Badan Narkotika Nasional", "ORG", (42, 66))],
        ),
    ],
)
def test_the_next_items_number_is_no_part_of_the_name(
    text: str, model: list[tuple[str, str]], expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # no list before it: the school's own number at a sentence's end
        (
            "Siswa yang keracunan berasal dari SMPN 21. Mereka sudah pulih.",
            [("SMPN 21", "ORG")],
            [("SMPN 21", "ORG", (34, 41))],
        ),
        # a list item's number that does not count to it: the body's own number
        (
            "Lokasi razia: 2. Pos pantau milik Polsek Tanjung Karang 3 yang dijaga petugas.",
            [("Polsek Tanjung Karang 3", "ORG")],
            [("Polsek Tanjung Karang 3", "ORG", (34, 57))],
        ),
    ],
)
def test_a_names_own_number_stays(
    text: str, model: list[tuple[str, str]], expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text, model) == expected
