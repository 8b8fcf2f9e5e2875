"""A place the article writes after an administrative word elsewhere (`Kampung Tegal Wareng`,
`Pekon Tanjungrejo`, glued or not) sets where a title's place ends and its holder's name starts
(`_place_across`); without it the title keeps the words the grammar gives it. Invented sentences,
whole outputs."""

from __future__ import annotations

import pytest

from extract.people.roles import RoleMention, scan_roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jalan Kampung Tegal Wareng rusak. Kepala Kampung Tegal Wareng Sutarjo meminta perbaikan.",
            [RoleMention("Sutarjo", "Kepala Kampung Tegal Wareng", (34, 69), (62, 69), official=True)],
        ),
        (
            "Air bersih mengalir ke Pekon Tanjungrejo. Peratin Tanjung Rejo Basuki Rahmat meresmikannya.",
            [RoleMention("Basuki Rahmat", "Peratin Tanjung Rejo", (42, 76), (63, 76), official=True)],
        ),
        # the place written nowhere else: the grammar's reading stays
        (
            "Kepala Kampung Tegal Wareng Sutarjo meminta perbaikan jalan.",
            [RoleMention("Wareng Sutarjo", "Kepala Kampung Tegal", (0, 35), (21, 35), official=True)],
        ),
    ],
)
def test_a_place_written_elsewhere_ends_the_title(text: str, expected: list[RoleMention]) -> None:
    assert scan_roles(text, []) == expected
