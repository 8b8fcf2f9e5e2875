"""Officials: a former holder — **Name, mantan/eks Post Body** (apposition) and **mantan Post Body
Name** — is an official, and the title keeps `mantan`/`eks` as written (annotations README:
`mantan Presiden AS`). Session 31, off65: the apposition with `mantan` gave nobody, and the
title-first form dropped the word. Every sentence is written for the test: names are made up.
"""

from __future__ import annotations

from tests.official_records import official_record as _rec

from .test_roles import _officials, _per


def test_a_former_post_after_a_name_and_a_comma() -> None:
    s = "Penunjukan Rudi Hartono, mantan Direktur PT Sinar Jaya Tbk, dinilai tepat."
    assert _officials(s, _per(s, "Rudi Hartono")) == [
        _rec(
            s,
            "Rudi Hartono, mantan Direktur PT Sinar Jaya Tbk",
            "Rudi Hartono",
            "mantan Direktur PT Sinar Jaya Tbk",
        )
    ]


def test_eks_after_a_comma() -> None:
    s = "Acara itu dibuka Hasan Basri, eks Ketua KONI Lampung Barat, pada Senin pagi."
    got = _officials(s, _per(s, "Hasan Basri"))
    assert [(o.name, o.title) for o in got] == [("Hasan Basri", "eks Ketua KONI Lampung Barat")]


def test_a_former_post_before_the_name_keeps_the_word() -> None:
    s = "Daftar itu memuat mantan manajer Persija Jakarta Rudi Hartono."
    assert _officials(s, _per(s, "Rudi Hartono")) == [
        _rec(
            s, "mantan manajer Persija Jakarta Rudi Hartono", "Rudi Hartono", "mantan manajer Persija Jakarta"
        )
    ]


def test_a_former_spouse_is_no_post() -> None:
    s = "Acara itu juga dihadiri Dewi Lestari, mantan istri Rudi Hartono."
    assert _officials(s, _per(s, "Dewi Lestari", "Rudi Hartono")) == []


def test_a_former_post_with_no_body_after_a_comma_gives_nothing() -> None:
    s = "Acara itu juga dihadiri Dewi Lestari, mantan pemain voli, bersama keluarganya."
    assert _officials(s, _per(s, "Dewi Lestari")) == []


def test_a_former_post_after_a_word_with_no_comma_is_no_apposition() -> None:
    s = "Riza meminta para caleg bekerja. Disinilah mantan Wakil Gubernur DKI itu menyebut nama calon."
    assert _officials(s, []) == []


def test_a_post_held_now_wins_over_a_former_one() -> None:
    s = "Presiden Rudi Hartono hadir di Solo. Acara dibuka mantan Wali Kota Surakarta Rudi Hartono."
    got = _officials(s, _per(s, "Rudi Hartono"))
    assert [(o.name, o.title) for o in got] == [("Rudi Hartono", "Presiden")]


def test_a_former_post_after_selaku_or_sebagai() -> None:
    # fix31b: one former word after selaku/sebagai, kept in the title
    s = "Made Wiratama selaku mantan Ketua PSSI Bali menyerahkan piala kepada juara."
    assert _officials(s, _per(s, "Made Wiratama")) == [
        _rec(s, "Made Wiratama selaku mantan Ketua PSSI Bali", "Made Wiratama", "mantan Ketua PSSI Bali")
    ]
    s = "Rapat itu menghadirkan Hasan Basri sebagai eks Kepala Dinas Pertanian Lampung Barat."
    got = _officials(s, _per(s, "Hasan Basri"))
    assert [(o.name, o.title) for o in got] == [("Hasan Basri", "eks Kepala Dinas Pertanian Lampung Barat")]


def test_a_former_occupation_after_sebagai_is_no_post() -> None:
    s = "Dewi Lestari hadir sebagai mantan pemain voli di acara itu."
    assert _officials(s, _per(s, "Dewi Lestari")) == []
    # a lowercase post after `sebagai mantan`, as after `sebagai` alone: a part, no post held
    s = "Penyanyi itu memperkenalkan Rudi Hartono sebagai mantan anggota band, yang akan tampil malam ini."
    assert _officials(s, _per(s, "Rudi Hartono")) == []


def test_a_former_post_with_its_region_in_brackets_keeps_the_word() -> None:
    # fix31b: the bracketed-title path dropped the former word its span kept
    s = "Acara itu dihadiri mantan Bupati (Tanggamus Rudi Hartono) bersama istrinya."
    got = _officials(s, _per(s, "Rudi Hartono"))
    assert [(o.name, o.title) for o in got] == [("Rudi Hartono", "mantan Bupati Tanggamus")]
    assert s[got[0].span[0] : got[0].span[1]].startswith("mantan Bupati")
