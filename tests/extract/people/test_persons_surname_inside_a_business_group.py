"""A business group named after a family (model28; entities_group_forms.txt): the surname of a
person inside the model's ORG closed by `Group`/`Grup` (`CEO Gunadi Group` beside `Hendra
Gunadi`) is the group's word, no mention of the person, so the group stays an organisation."""

from __future__ import annotations

from tests.person_records import person_spans as _persons


def test_a_surname_inside_a_group_is_no_mention() -> None:
    t = (
        "Pengusaha Hendra Gunadi membantah tudingan itu. "
        "Proyek itu dibiayai sendiri, sebut CEO Gunadi Group tersebut."
    )
    assert _persons(t, [("Hendra Gunadi", "PER"), ("Gunadi Group", "ORG")]) == [
        ("Hendra Gunadi", ((10, 23),))
    ]


def test_the_surname_alone_elsewhere_is_still_a_mention() -> None:
    t = "Pengusaha Hendra Gunadi membantah tudingan itu. Menurut Gunadi, proyek itu dibiayai sendiri."
    assert _persons(t, [("Hendra Gunadi", "PER")]) == [("Hendra Gunadi", ((10, 23), (56, 62)))]
