"""Officials: **kin word + post** — `istri Bupati Badung, Ni Luh Sari`: a relative's word (people_roles
`kin`: istri, suami, putra, anak …) before a post makes the post the relative's. The person set off
from the title by a comma, or pointed to by `itu`/`ini`, is the relative: a person with no post
of their own (GUIDELINES §2: anyone with no stated role is no official; annotations README: the
title must be written for that person). A name written right after the title with no comma is
the post's holder, as in `istri Gubernur Bali Wayan Koster, Putri …` (Koster is the governor).

Session 32 (off66): before, the kin word opened the title (`Istri Bupati Badung`) and its
relative was listed as an official. Every sentence is written for the test: names are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import official_record as _rec

from .test_roles import _officials, _per


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Istri Bupati Badung, Ni Luh Sari, hadir dalam acara itu.", ("Ni Luh Sari",)),
        ("Acara itu dihadiri suami Wali Kota Metro, Budi Santoso.", ("Budi Santoso",)),
        ("Putra Ketua DPRD Lampung, Rudi Hartono, ikut ditangkap polisi.", ("Rudi Hartono",)),
        (
            "Kedatangan Made Sukerti disambut warga. Istri Bupati Badung itu mengatakan acara berjalan baik.",
            ("Made Sukerti",),
        ),
    ],
)
def test_the_relative_set_off_from_the_post_holds_no_post(sentence: str, names: tuple[str, ...]) -> None:
    assert _officials(sentence, _per(sentence, *names)) == []


def test_the_holder_written_right_after_the_post_keeps_it_and_the_spouse_none() -> None:
    s = "Acara dibuka istri Gubernur Bali Wayan Koster, Putu Suastini, di Denpasar."
    assert _officials(s, _per(s, "Wayan Koster", "Putu Suastini")) == [
        _rec(s, "Gubernur Bali Wayan Koster", "Wayan Koster", "Gubernur Bali")
    ]


def test_a_post_without_a_kin_word_is_its_holder_s() -> None:
    s = "Bupati Badung, Ni Luh Sari, hadir dalam acara itu."
    assert _officials(s, _per(s, "Ni Luh Sari")) == [
        _rec(s, "Bupati Badung, Ni Luh Sari", "Ni Luh Sari", "Bupati Badung")
    ]


def test_the_relative_named_first_leaves_the_post_to_the_name_after_it() -> None:
    # Name, anak Post, Name2: the relative is named before the kin word; the name after the post
    # is the post's holder, and the title leaves the kin word out
    s = "Tersangka itu mengenai RK, anak Pj Bupati Tanggamus, Heru Wibowo, yang tewas pekan lalu."
    assert _officials(s, _per(s, "Heru Wibowo")) == [
        _rec(s, "Pj Bupati Tanggamus, Heru Wibowo", "Heru Wibowo", "Pj Bupati Tanggamus")
    ]


def test_a_name_after_the_post_whose_holder_was_named_before_is_the_relative() -> None:
    s = "Menpora Imam Santoso bersepeda pagi ini. Selain istri Menpora Siti Rohmah, putrinya juga ikut."
    assert _officials(s, _per(s, "Imam Santoso", "Siti Rohmah")) == [
        _rec(s, "Menpora Imam Santoso", "Imam Santoso", "Menpora")
    ]
