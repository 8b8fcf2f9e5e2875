"""Officials: **Name(,) yang sebelumnya/pernah menjabat sebagai Post** — an adverb of time
(`link_adverb`) between `yang` and a linking phrase belongs to the link, as it does with no
`yang` (`Budi sebelumnya menjabat sebagai …`); a former holder is an official with the post as
written (annotations README). Session 31, off65. Every sentence is written for the test: names
are made up.
"""

from __future__ import annotations

from tests.official_records import official_record as _rec

from .test_roles import _officials, _per


def test_yang_and_an_adverb_link_the_name_to_the_post() -> None:
    s = "Acara itu dihadiri Hasan Basri yang sebelumnya menjabat sebagai Ketua Umum APKI selama dua periode."
    assert _officials(s, _per(s, "Hasan Basri")) == [
        _rec(
            s,
            "Hasan Basri yang sebelumnya menjabat sebagai Ketua Umum APKI",
            "Hasan Basri",
            "Ketua Umum APKI",
        )
    ]


def test_a_comma_before_yang_pernah() -> None:
    s = "Hasan Basri, yang pernah menjabat sebagai Kepala Dinas Pendidikan Lampung, hadir dalam acara itu."
    got = _officials(s, _per(s, "Hasan Basri"))
    assert [(o.name, o.title) for o in got] == [("Hasan Basri", "Kepala Dinas Pendidikan Lampung")]


def test_no_name_before_yang_gives_nothing() -> None:
    # fix31b: a post after the link (the construction read), but no name before yang
    s = "Program yang sebelumnya menjabat sebagai Kepala Dinas Pendidikan Lampung kini tidak berjalan."
    assert _officials(s, []) == []


def test_a_time_adverb_after_the_post_opens_the_next_predicate() -> None:
    # fix31b: `kini pensiun` is what the holder does now, no lowercase words of the title
    s = "Rudi Hartono yang sebelumnya menjabat sebagai Kepala Dinas Pertanian Lampung kini pensiun."
    got = _officials(s, _per(s, "Rudi Hartono"))
    assert [(o.name, o.title) for o in got] == [("Rudi Hartono", "Kepala Dinas Pertanian Lampung")]
    s = "Rudi Hartono selaku Ketua Koperasi Tani Makmur sekarang mengelola usaha sendiri."
    got = _officials(s, _per(s, "Rudi Hartono"))
    assert [(o.name, o.title) for o in got] == [("Rudi Hartono", "Ketua Koperasi Tani Makmur")]
