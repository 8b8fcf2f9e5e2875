"""`Departemen` and `Kabinet` head a body's name (entities_heads.txt, kind `body`): a department,
a ministry's older or a foreign one's name or a unit of a bank, a university or a company
(`Departemen Luar Negeri dan Perdagangan`, `Departemen Komunikasi BI`), and a government's
cabinet by its name (`Kabinet Merah Putih`): each an ORG with the fields joined by `dan`, the
country and the parent's short name after it (GUIDELINES §6: an organisation named with its
region is one name). Whole outputs of the pipeline on invented sentences, and what must stay
no body: the words in lowercase."""

from __future__ import annotations

import pytest

from tests.entity_records import article_entities as _entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kerja sama itu dengan Departemen Luar Negeri dan Perdagangan (DFAT) serta Departemen "
            "Pertanian, Perikanan dan Kehutanan (DAFF).",
            [
                ("Departemen Luar Negeri dan Perdagangan", "ORG", (22, 60)),
                ("DFAT", "ORG", (62, 66)),
                ("Departemen Pertanian, Perikanan dan Kehutanan", "ORG", (74, 119)),
                ("DAFF", "ORG", (121, 125)),
            ],
        ),
        (
            "Departemen Kehakiman Amerika Serikat mendakwa seorang insinyur perangkat lunak.",
            [("Departemen Kehakiman Amerika Serikat", "ORG", (0, 36))],
        ),
        (
            "Presiden melantik para menteri Kabinet Merah Putih di Istana Negara, Jakarta.",
            [
                ("Kabinet Merah Putih", "ORG", (31, 50)),
                ("Istana Negara", "LOC", (54, 67)),
                ("Jakarta", "LOC", (69, 76)),
            ],
        ),
    ],
)
def test_a_department_or_a_cabinet_is_a_body(text: str, expected: list) -> None:
    assert _entities(text) == expected


def test_a_department_takes_its_fields_and_its_parents_short_name() -> None:
    text = "Menurut Direktur Departemen Kebijakan Ekonomi dan Moneter BI, inflasi masih rendah."
    assert _entities(text)[0] == ("Departemen Kebijakan Ekonomi dan Moneter BI", "ORG", (17, 60))


@pytest.mark.parametrize(
    "text",
    [
        "Kinerja kabinet dinilai baik oleh sebagian besar responden survei.",
        "Barang itu dibeli di sebuah departemen yang buka hingga malam.",
    ],
)
def test_the_words_in_lowercase_name_no_body(text: str) -> None:
    assert _entities(text) == []


def test_a_union_named_after_a_department_stays_whole() -> None:
    text = "Serikat Pekerja Departemen Keuangan Nasional menggelar aksi di depan kantor itu."
    assert _entities(text)[0] == ("Serikat Pekerja Departemen Keuangan Nasional", "ORG", (0, 44))


@pytest.mark.xfail(
    strict=True,
    reason="the second mention of a person after `Sekretaris Kabinet` in a list the people layer "
    "leaves runs into the cabinet's name (news-raw 331: `Kabinet Teddy Indra Wijaya`)",
)
def test_a_cabinet_secretarys_name_is_no_part_of_the_cabinet() -> None:
    text = (
        "Skor tertinggi diraih Menteri Keuangan Purbaya Yudhi Sadewa. Disusul Sekretaris Kabinet "
        "Teddy Indra Wijaya dengan 83 persen. Tiga menteri dinilai berperan besar, yaitu Menteri "
        "Keuangan Purbaya Yudhi Sadewa, Sekretaris Kabinet Teddy Indra Wijaya, dan Menteri Dalam "
        "Negeri Tito Karnavian."
    )
    assert not any(e[0].startswith("Kabinet") for e in _entities(text))
