"""Officials: Polri's and TNI's central posts written short (`Irwasum`, `Kalemdiklat`,
`Kadiv Propam`, `Kasatgas`) are heads; the holder's rank after them is dropped (GUIDELINES §2).

Every sentence here is written for the test: names are made up.
"""

from __future__ import annotations

from .test_roles import _officials, _per, _rec


def test_a_list_of_central_police_posts_gives_each_holder() -> None:
    s = (
        "Hadir pula Irwasum Komjen Pol. Dedi Pratama, Kalemdiklat Komjen Pol. Chrisna Dwilaksono, "
        "dan Kadiv Propam Irjen Pol. Abdul Karimun dalam upacara itu."
    )
    ents = _per(s, "Dedi Pratama", "Chrisna Dwilaksono", "Abdul Karimun")
    assert [(o.name, o.title) for o in _officials(s, ents)] == [
        ("Dedi Pratama", "Irwasum"),
        ("Chrisna Dwilaksono", "Kalemdiklat"),
        ("Abdul Karimun", "Kadiv Propam"),
    ]


def test_a_task_force_head_with_a_rank() -> None:
    s = "Kasatgas Pangan Polri Brigjen Pol Helfi Asmara mengatakan stok beras aman."
    assert _officials(s, _per(s, "Helfi Asmara")) == [
        _rec(s, "Kasatgas Pangan Polri Brigjen Pol Helfi Asmara", "Helfi Asmara", "Kasatgas Pangan Polri")
    ]


def test_a_central_post_with_no_holder_gives_nothing() -> None:
    assert _officials("Kadiv Propam belum memberikan keterangan soal kasus itu.", []) == []


def test_the_public_relations_division_head_with_a_rank_and_no_body() -> None:
    # `Kadiv Humas` names its unit as `Kabid Humas` does: the holder's rank after it is dropped
    s = "Ikut mendampingi pula Kadiv Humas Irjen Pol. Sandi Wiratmo. Upacara berjalan tertib."
    assert _officials(s) == [_rec(s, "Kadiv Humas Irjen Pol. Sandi Wiratmo", "Sandi Wiratmo", "Kadiv Humas")]
    assert _officials("Kadiv Humas belum memberi keterangan soal kasus itu.") == []
