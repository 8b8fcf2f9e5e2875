"""Review of session 15's merged rules on unseen news (news-raw 4000-4399, 4800-4999). With the
officials' rule that takes the one word after `dan` as another field of a post (`Kabid Hubungan
Industri dan Jamsos Budi`), the model's place on that word is no longer hidden inside a person:
the field word that ends an official's title right before the holder's name is no place
(GUIDELINES §6: a title's words are no entity, only a region or a body named in full). Whole
entity lists with spans from the pipeline, and the cases that must keep their places."""

from __future__ import annotations

import pytest

from tests.entity_records import article_entities as _entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lowercase title's unit: the field after `dan` is no place, the holder is the person
        (
            "Menurut kepala bidang Tanaman Pangan dan Hortikultura Rudi Hartono, benih padi "
            "sudah dibagikan kepada kelompok tani.",
            [("Rudi Hartono", "PER", (54, 66))],
        ),
        # no title before `dan`: two regencies stay places
        (
            "Bantuan benih padi disalurkan ke Tanggamus dan Pringsewu pekan ini, kata Rudi Hartono.",
            [
                ("Tanggamus", "LOC", (33, 42)),
                ("Pringsewu", "LOC", (47, 56)),
                ("Rudi Hartono", "PER", (73, 85)),
            ],
        ),
    ],
)
def test_a_field_word_ending_a_title_is_no_place(text: str, expected: list) -> None:
    assert _entities(text) == expected
