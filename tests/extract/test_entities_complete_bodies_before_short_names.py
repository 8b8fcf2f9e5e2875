"""A complete body written one space before a short name in capitals stays apart from it: its own
short name written without brackets (`Mahkamah Konstitusi MK`, `Majelis Ulama Indonesia MUI`:
the initials, the name news-raw holds whole) or another body's (`Mahkamah Agung KPK`: a name
news-raw holds whole in many articles). A unit whose initials happen to spell its parent's short
name is still the parent's (`Majelis Kehormatan MK`). Whole entity lists from `resolve_entities`
on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the body's own short name after it, without brackets
        (
            "Gugatan itu ditolak Mahkamah Konstitusi MK dalam sidang Kamis sore.",
            [("Mahkamah Konstitusi", "ORG"), ("MK", "ORG")],
            [("Mahkamah Konstitusi", "ORG", (20, 39)), ("MK", "ORG", (40, 42))],
        ),
        (
            "Fatwa itu dikeluarkan Majelis Ulama Indonesia MUI pusat pekan lalu.",
            [("Majelis Ulama Indonesia", "ORG"), ("MUI", "ORG")],
            [("Majelis Ulama Indonesia", "ORG", (22, 45)), ("MUI", "ORG", (46, 49))],
        ),
        # two complete bodies side by side
        (
            "Berkas perkara itu dikirim Mahkamah Agung KPK untuk diteliti.",
            [("Mahkamah Agung", "ORG"), ("KPK", "ORG")],
            [("Mahkamah Agung", "ORG", (27, 41)), ("KPK", "ORG", (42, 45))],
        ),
    ],
)
def test_a_complete_body_stays_apart_from_the_short_name_after_it(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected


def test_a_unit_whose_initials_spell_its_parent_is_the_parent_s() -> None:
    text = "Laporan etik itu diperiksa Majelis Kehormatan MK selama dua pekan."
    model = [("Majelis Kehormatan", "ORG"), ("MK", "ORG")]
    assert _found(text, model) == [("Majelis Kehormatan MK", "ORG", (27, 48))]


@pytest.mark.xfail(strict=True, reason="another step joins a ministry and the agency's short name after it")
def test_a_ministry_stays_apart_from_an_agency_after_it() -> None:
    text = "Rapat itu dihadiri Kementerian Kesehatan BPOM dan perwakilan rumah sakit."
    model = [("Kementerian Kesehatan", "ORG"), ("BPOM", "ORG")]
    assert _found(text, model) == [("Kementerian Kesehatan", "ORG", (19, 40)), ("BPOM", "ORG", (41, 45))]
