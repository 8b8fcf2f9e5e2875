"""An item of a row of names (commas, `dan`, `hingga`, `serta`) takes the row's kind: a name the
model called a place or a body among persons is one more person (`…, Hu Jintao, hingga Xi
Jinping`), a place among bodies that is a shouted short name is a body (`Huawei, Tencent, dan
BYD`), and a body among places that no head opens is a place (`Shenzhen, Zhuhai, dan Xiamen`),
read on national news (ents47). Whole entity lists from `resolve_entities` on invented
sentences, with the spans, and the rows that must stay as the model read them."""

from __future__ import annotations

import pytest

from tests.entity_records import model_entities, resolved_entities


def _found(text: str, model: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    return resolved_entities(text, model_entities(text, model))


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a place or a body inside a row of persons: one more person, no entity of its own
        (
            "Dari Lee Kuan Yew, Mahathir Mohamad, hingga Lee Hsien Loong, arah ekonomi tetap dijaga.",
            [("Lee Kuan Yew", "PER"), ("Mahathir Mohamad", "PER"), ("Lee Hsien Loong", "LOC")],
            [("Lee Kuan Yew", "PER", (5, 17)), ("Mahathir Mohamad", "PER", (19, 35))],
        ),
        (
            "Urutan lima besar menjadi Bagnaia, Marc Marquez, Diggia, dan Zarco pada lap kesepuluh.",
            [("Bagnaia", "PER"), ("Marc Marquez", "PER"), ("Diggia", "ORG"), ("Zarco", "PER")],
            [("Bagnaia", "PER", (26, 33)), ("Marc Marquez", "PER", (35, 47)), ("Zarco", "PER", (61, 66))],
        ),
        # a place before the row owns it (the fans of a place), and a place beside one person is
        # an apposition: both stay
        (
            "Dukungan kepada Palestina, Dewi Lestari, Rina Nose, dan Andre Taulany terus mengalir.",
            [("Palestina", "LOC"), ("Dewi Lestari", "PER"), ("Rina Nose", "PER"), ("Andre Taulany", "PER")],
            [
                ("Palestina", "LOC", (16, 25)),
                ("Dewi Lestari", "PER", (27, 39)),
                ("Rina Nose", "PER", (41, 50)),
                ("Andre Taulany", "PER", (56, 69)),
            ],
        ),
        (
            "Hadir pula Wakil Bupati Sampang, Ahmad Fauzi, dalam acara itu.",
            [("Sampang", "LOC"), ("Ahmad Fauzi", "PER")],
            [("Sampang", "LOC", (24, 31)), ("Ahmad Fauzi", "PER", (33, 44))],
        ),
        # a row of one-word names only: as often villages the model read as persons; it stays
        (
            "Mobil itu melayani Kana, Tobo, dan Raemude setiap pekan.",
            [("Kana", "PER"), ("Tobo", "PER"), ("Raemude", "LOC")],
            [("Kana", "PER", (19, 23)), ("Tobo", "PER", (25, 29)), ("Raemude", "LOC", (35, 42))],
        ),
    ],
)
def test_a_name_inside_a_row_of_persons_is_a_person(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a body among places that no head opens: the place
        (
            "Kawasan khusus dibuka di kota seperti Shenzhen, Zhuhai, dan Xiamen sejak 1980.",
            [("Shenzhen", "LOC"), ("Zhuhai", "LOC"), ("Xiamen", "ORG")],
            [("Shenzhen", "LOC", (38, 46)), ("Zhuhai", "LOC", (48, 54)), ("Xiamen", "LOC", (60, 66))],
        ),
        # a shouted short name among bodies: the body
        (
            "Perusahaan seperti Huawei, Tencent, dan BYD kini memimpin pasar teknologi.",
            [("Huawei", "ORG"), ("Tencent", "ORG"), ("BYD", "LOC")],
            [("Huawei", "ORG", (19, 25)), ("Tencent", "ORG", (27, 34)), ("BYD", "ORG", (40, 43))],
        ),
        # a country among bodies stays the place; a university among places stays the body
        (
            "Kemenkes Kongo, Uganda, dan WHO telah menangani wabah tersebut.",
            [("Kemenkes Kongo", "ORG"), ("Uganda", "LOC"), ("WHO", "ORG")],
            [("Kemenkes Kongo", "ORG", (0, 14)), ("Uganda", "LOC", (16, 22)), ("WHO", "ORG", (28, 31))],
        ),
        (
            "Ia pernah belajar di Boston, London, dan Stanford University selama sepuluh tahun.",
            [("Boston", "LOC"), ("London", "LOC"), ("Stanford University", "ORG")],
            [
                ("Boston", "LOC", (21, 27)),
                ("London", "LOC", (29, 35)),
                ("Stanford University", "ORG", (41, 60)),
            ],
        ),
        # a body ending a chain of commas after an address is the clause's subject: it stays
        (
            "Di partai puncak di Kyiv, Ukraina, Liverpool akan bertemu Real Madrid.",
            [("Kyiv", "LOC"), ("Ukraina", "LOC"), ("Liverpool", "ORG"), ("Real Madrid", "ORG")],
            [
                ("Kyiv", "LOC", (20, 24)),
                ("Ukraina", "LOC", (26, 33)),
                ("Liverpool", "ORG", (35, 44)),
                ("Real Madrid", "ORG", (58, 69)),
            ],
        ),
    ],
)
def test_a_place_or_body_among_the_other_kind_takes_the_row_kind(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected
