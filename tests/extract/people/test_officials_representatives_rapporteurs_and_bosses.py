"""Officials: **perwakilan / pelapor khusus / bos + body + holder** — a representative of a named
body (`perwakilan buruh Alfamart`), the UN's special rapporteur (`pelapor khusus PBB`) and a
body's boss (`bos Aprilia`) are roles with a named organisation, so officials (annotations
README: a role with a named organisation next to the name is an official). They are weak heads
(people_roles `weak_head`): with no body named they hold no post (GUIDELINES §2: `warga`,
`mahasiswa` are no organisation).

Session 32 (off66): news-raw's `Salah satu perwakilan buruh …, Name`, `Name, pelapor khusus PBB`
and `Bos <club>, Name` gave nobody. Every sentence is written for the test: names are made up.
"""

from __future__ import annotations

import pytest

from extract.records import Official
from tests.official_records import article_officials
from tests.official_records import official_record as _rec

from .test_roles import _officials, _per


@pytest.mark.parametrize(
    ("sentence", "mention", "name", "title"),
    [
        (
            "Salah satu perwakilan buruh Alfamart, Budi Santoso, menyebut mediasi masih berlangsung.",
            "perwakilan buruh Alfamart, Budi Santoso",
            "Budi Santoso",
            "perwakilan buruh Alfamart",
        ),
        (
            "Perwakilan tim Ferrari Mario Rossi mengatakan keputusan itu sudah final.",
            "Perwakilan tim Ferrari Mario Rossi",
            "Mario Rossi",
            "Perwakilan tim Ferrari",
        ),
        (
            "Bos Aprilia Paolo Bianchi memuji hasil tes di Sepang.",
            "Bos Aprilia Paolo Bianchi",
            "Paolo Bianchi",
            "Bos Aprilia",
        ),
        (
            "Bos Juventus yang berperingkat tinggi, Marco Bianchi, juga masuk dalam daftar.",
            "Bos Juventus yang berperingkat tinggi, Marco Bianchi",
            "Marco Bianchi",
            "Bos Juventus",
        ),
    ],
)
def test_a_role_of_a_named_body_before_its_holder(sentence: str, mention: str, name: str, title: str) -> None:
    assert _officials(sentence, _per(sentence, name)) == [_rec(sentence, mention, name, title)]


def test_a_special_rapporteur_after_the_speaker_s_name() -> None:
    s = '"Situasinya buruk," ujar Maria Lopez, pelapor khusus PBB untuk hak asasi manusia, kepada wartawan.'
    got = _officials(s, _per(s, "Maria Lopez"))
    assert [(o.name, o.title) for o in got] == [("Maria Lopez", "pelapor khusus PBB")]
    assert isinstance(got[0], Official)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a group that is no organisation
        ("Perwakilan warga Budi Santoso mengatakan mereka menolak rencana itu.", "Budi Santoso"),
        ("Salah satu perwakilan mahasiswa, Budi Santoso, mengatakan mereka menolak.", "Budi Santoso"),
        # a boss of nothing named
        ("Bos besar Budi Santoso ditangkap polisi.", "Budi Santoso"),
    ],
)
def test_a_representative_or_boss_of_no_named_body_holds_no_post(sentence: str, name: str) -> None:
    assert _officials(sentence, _per(sentence, name)) == []


def test_a_representative_pointed_to_inside_a_quotation_names_nobody_before_it() -> None:
    s = 'Budi Santoso datang ke lokasi. "Perwakilan buruh Alfamart itu sudah pulang," kata Rina Wati.'
    assert _officials(s, _per(s, "Budi Santoso", "Rina Wati")) == []


@pytest.mark.parametrize(
    ("sentence", "mention", "title"),
    [
        (
            "Plt. Kepala Perwakilan BKKBN Provinsi Lampung Sri Wahyuni menyampaikan hasilnya.",
            "Plt. Kepala Perwakilan BKKBN Provinsi Lampung Sri Wahyuni",
            "Plt. Kepala Perwakilan BKKBN Provinsi Lampung",
        ),
        (
            "Kepala BPK RI Perwakilan Provinsi Lampung, Sri Wahyuni, menyerahkan laporan itu.",
            "Kepala BPK RI Perwakilan Provinsi Lampung, Sri Wahyuni",
            "Kepala BPK RI Perwakilan Provinsi Lampung",
        ),
    ],
)
def test_perwakilan_after_a_head_or_a_body_is_the_body_s_branch(
    sentence: str, mention: str, title: str
) -> None:
    # people_roles `branch_head`: the branch office's word stays inside the head's title
    assert _officials(sentence, _per(sentence, "Sri Wahyuni")) == [
        _rec(sentence, mention, "Sri Wahyuni", title)
    ]


def test_a_boss_of_two_bodies_pointed_back_names_no_holder() -> None:
    # bos X dan Y itu: Y is a second body, the boss someone named before (the whole pipeline:
    # the model may read the second body as a person)
    s = 'Warga menolak rencana itu. "Kita butuh partai baru," bos Space X dan Tesla itu memposting di X.'
    assert article_officials(s) == []
