"""Officials (issue 13): a listed body's short name standing alone after a post (`Kepala Sekolah
YP Unila`) is the body the post belongs to, not its holder, as persons and the entity layer read
it; a holder named after the body stays.

Invented Indonesian sentences; whole official records, and cases that must give none.
"""

from __future__ import annotations

from extract.people.officials import extract_officials
from extract.records import Official


def test_a_listed_short_name_after_a_post_is_no_holder() -> None:
    text = "Menurut Kepala Sekolah YP Unila, kegiatan itu digelar setiap tahun."
    assert extract_officials(text) == []


def test_a_holder_named_after_the_listed_body_stays() -> None:
    text = "Kepala Sekolah YP Unila, Sutrisno Hadi, mengatakan kegiatan itu digelar setiap tahun."
    assert extract_officials(text) == [
        Official(name="Sutrisno Hadi", title="Kepala Sekolah YP Unila", span=(0, 38), name_span=(25, 38))
    ]
