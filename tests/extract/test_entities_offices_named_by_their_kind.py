"""An office named by its own kind after `Kantor` (`Kantor Pertanahan`, `Kantor Pelayanan …`,
`Kantor Cabang …`: entities_office_kinds.txt) is the body's unit, an ORG (GUIDELINES §6:
government bodies and offices are organisations); right after a word of place (`di`, `samping`)
it is the building, a LOC, and `Kantor` before a body's own name (`Kantor Kementerian Agama`)
stays the building. Whole entity lists from `resolve_entities` on invented sentences, the
model's spans given."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the land office hands out certificates
        (
            "Kantor Pertanahan Kabupaten Lampung Barat menyerahkan 300 sertifikat kepada warga "
            "Pekon Sukamaju.",
            [("Kantor Pertanahan Kabupaten Lampung Barat", "LOC"), ("Pekon Sukamaju", "LOC")],
            [
                ("Kantor Pertanahan Kabupaten Lampung Barat", "ORG", (0, 41)),
                ("Pekon Sukamaju", "LOC", (82, 96)),
            ],
        ),
        # the treasury office with its short name and its town
        (
            "Pencairan dana desa diproses Kantor Pelayanan Perbendaharaan Negara (KPPN) Liwa pekan ini.",
            [("Kantor Pelayanan Perbendaharaan Negara", "LOC")],
            [("Kantor Pelayanan Perbendaharaan Negara (KPPN) Liwa", "ORG", (29, 79))],
        ),
    ],
)
def test_an_office_named_by_its_kind_is_a_body(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Warga antre di Kantor Pelayanan Pajak Pratama Metro sejak pagi.",
            [("Kantor Pelayanan Pajak Pratama Metro", "LOC")],
            [("Kantor Pelayanan Pajak Pratama Metro", "LOC", (15, 51))],
        ),
        (
            "Kios itu berdiri di samping Kantor Urusan Agama Kecamatan Batanghari.",
            [("Kantor Urusan Agama Kecamatan Batanghari", "LOC")],
            [("Kantor Urusan Agama Kecamatan Batanghari", "LOC", (28, 68))],
        ),
        (
            "Rapat koordinasi digelar di Kantor Kementerian Agama Kota Metro.",
            [("Kantor Kementerian Agama Kota Metro", "LOC")],
            [("Kantor Kementerian Agama Kota Metro", "LOC", (28, 63))],
        ),
    ],
)
def test_the_building_after_a_word_of_place_stays_a_place(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
