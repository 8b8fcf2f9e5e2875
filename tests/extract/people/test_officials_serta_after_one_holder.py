"""Officials: `, serta` after one holder opens a new item of a list of people, not a second
holder of the same post (issue 13, round officials37).

Found reading news-raw national news (`… Ketua Umum A dan Wakil Sekretaris Jenderal B, serta C`,
`Menteri Dalam Negeri A, serta Prof. C sebagai penasihat …`): C took B's or A's post. Two
holders of one post are written `A dan B`; a longer list (`A, B, serta C`) still shares it.
Every sentence here is written for the test: the names are made up.
"""

from __future__ import annotations

from .test_roles import _officials, _per


def _pairs(sentence: str, *names: str) -> list[tuple[str, str]]:
    return [(o.name, o.title) for o in _officials(sentence, _per(sentence, *names))]


def test_serta_after_one_titled_holder_adds_no_holder() -> None:
    s = (
        "Gugatan itu ditujukan kepada pengurus pusat yang diwakili Ketua Umum Budi Hartono dan "
        "Wakil Sekretaris Jenderal Agus Salim, serta Dedi Kurniawan."
    )
    assert _pairs(s, "Budi Hartono", "Agus Salim", "Dedi Kurniawan") == [
        ("Budi Hartono", "Ketua Umum"),
        ("Agus Salim", "Wakil Sekretaris Jenderal"),
    ]


def test_dan_after_one_holder_still_shares_the_post() -> None:
    s = "Acara itu dihadiri Staf Khusus Menteri Rina Marlina dan Yusuf Hakiki dari Jakarta."
    assert _pairs(s, "Rina Marlina", "Yusuf Hakiki") == [
        ("Rina Marlina", "Staf Khusus Menteri"),
        ("Yusuf Hakiki", "Staf Khusus Menteri"),
    ]


def test_serta_closing_a_longer_list_still_shares_the_post() -> None:
    s = "Acara itu dihadiri Staf Khusus Menteri Rina Marlina, Yusuf Hakiki, serta Tommy Saputra."
    assert _pairs(s, "Rina Marlina", "Yusuf Hakiki", "Tommy Saputra") == [
        ("Rina Marlina", "Staf Khusus Menteri"),
        ("Yusuf Hakiki", "Staf Khusus Menteri"),
        ("Tommy Saputra", "Staf Khusus Menteri"),
    ]
