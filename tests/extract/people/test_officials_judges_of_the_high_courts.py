"""Officials: the Supreme Court's, the Constitutional Court's and ad hoc judges (`hakim agung`,
`hakim konstitusi`, `hakim ad hoc`) are posts of two or three words, as `jaksa agung` (issue 13,
round officials39).

Found in news-raw: `Hakim Agung` and `Hakim Ad Hoc` with no one named were read as the head
`Hakim` and a holder `Agung`, `Ad Hoc`; `hakim konstitusi <Name>` gave no official (the news
tune annotations count it). Every sentence here is written for the test: the names are made up.
"""

from __future__ import annotations

from tests.official_records import role_officials, role_record


def test_supreme_court_judges_listed_hold_the_whole_post() -> None:
    s = "Mahkamah Agung diwakili oleh Hakim Agung Sutrisno Hadi dan Bambang Lubis."
    assert role_officials(s, [("Sutrisno Hadi", "PER"), ("Bambang Lubis", "PER")], spans=True) == [
        role_record(s, "Hakim Agung Sutrisno Hadi", "Sutrisno Hadi", "Hakim Agung"),
        role_record(s, "Hakim Agung Sutrisno Hadi dan Bambang Lubis", "Bambang Lubis", "Hakim Agung"),
    ]


def test_constitutional_judge_in_lowercase_is_a_post() -> None:
    s = "MKMK memutuskan hakim konstitusi Rahmat Sitompul tidak melanggar kode etik."
    assert role_officials(s, [("Rahmat Sitompul", "PER")], spans=True) == [
        role_record(s, "hakim konstitusi Rahmat Sitompul", "Rahmat Sitompul", "hakim konstitusi")
    ]


def test_former_constitutional_judge_keeps_mantan() -> None:
    s = "Mantan hakim konstitusi Rahmat Sitompul hadir dalam diskusi itu."
    assert role_officials(s, [("Rahmat Sitompul", "PER")]) == [("Rahmat Sitompul", "Mantan hakim konstitusi")]


def test_judges_posts_with_no_one_named_give_nothing() -> None:
    s = (
        "Aturan itu berlaku bagi Ketua, Wakil Ketua, dan Hakim Agung pada Mahkamah Agung, "
        "serta hakim pada semua badan peradilan, kecuali Hakim Ad Hoc."
    )
    assert role_officials(s, []) == []


def test_a_person_beside_the_judges_post_holds_none() -> None:
    # the defendant named after the court's judges holds no post of theirs
    s = "Para hakim konstitusi memeriksa gugatan yang diajukan Rahmat Sitompul, seorang petani."
    assert role_officials(s, [("Rahmat Sitompul", "PER")]) == []
