"""Officials: a holder named before a post linked by a verb (issue 13, session 39).

`roles.apposition._verb_link` reads the verbs' grammar the `holder_link` phrases share: a holder
verb (people_roles `holder_verb`: menjabat, ditunjuk, dipercaya, dipilih …), its link word
(`verb_post_link`: sebagai, menjadi, selaku; none after `holder_verb_direct`: menjabat), up to two
adverbs or time words before the verb (`link_adverb`, `link_when`: kembali, telah, saat masih) and
a `yang`: the name before holds the post. `_appointed_before`: the object of an appointing verb
(`appoint_verb`: merekrut, menunjuk) before `sebagai` holds the post after it, lowercase too.

Must give nothing: `sebagai` a part that is no post (saksi, narasumber, pembicara, tersangka),
`menjabat` with no post named, a post sought (calon), a post held by another person named in the
sentence. A former post stays an official's (GUIDELINES §2; a former holder is an official, the
roles package's docstring). Every sentence is written for the test: names are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import official_record as _rec

from .test_roles import _officials, _per

HELD = [
    (
        "Salah satunya, Made Suarjana yang kembali dipercaya sebagai Ketua DPC Partai Maju Badung.",
        "Made Suarjana",
        "Made Suarjana yang kembali dipercaya sebagai Ketua DPC Partai Maju Badung",
        "Ketua DPC Partai Maju Badung",
    ),
    (
        "Mobil itu dikenalkan Hendra Wijaya saat masih menjabat sebagai Wali Kota Kulonbaru.",
        "Hendra Wijaya",
        "Hendra Wijaya saat masih menjabat sebagai Wali Kota Kulonbaru",
        "Wali Kota Kulonbaru",
    ),
    (
        "Dalam musyawarah itu, Rudi Hartono telah dipilih sebagai Ketua Koperasi Tani Makmur.",
        "Rudi Hartono",
        "Rudi Hartono telah dipilih sebagai Ketua Koperasi Tani Makmur",
        "Ketua Koperasi Tani Makmur",
    ),
    (
        "Klub itu juga merekrut Andi Pratama sebagai asisten pelatih kepala tim basket Garuda.",
        "Andi Pratama",
        "Andi Pratama sebagai asisten pelatih kepala tim basket Garuda",
        "asisten pelatih kepala tim basket Garuda",
    ),
]


@pytest.mark.parametrize(("sentence", "name", "mention", "post"), HELD, ids=[h[1] for h in HELD])
def test_a_name_before_a_verb_linked_post_holds_it(sentence: str, name: str, mention: str, post: str) -> None:
    assert _officials(sentence, _per(sentence, name)) == [_rec(sentence, mention, name, post)]


NONE = [
    ("Budi Santoso diperiksa sebagai saksi oleh penyidik kejaksaan.", "Budi Santoso"),
    ("Budi Santoso hadir sebagai narasumber dalam seminar itu.", "Budi Santoso"),
    ("Budi Santoso tampil sebagai pembicara dalam diskusi itu.", "Budi Santoso"),
    ("Penyidik menetapkan Budi Santoso sebagai tersangka kasus itu.", "Budi Santoso"),
    ("Budi Santoso telah ditetapkan sebagai tersangka kasus itu.", "Budi Santoso"),
    ("Budi Santoso pernah menjabat selama dua periode.", "Budi Santoso"),
    ("Budi Santoso kembali dipilih sebagai pemain terbaik musim ini.", "Budi Santoso"),
    ("Budi Santoso dipercaya sebagai calon Ketua Umum Partai Maju.", "Budi Santoso"),
]


@pytest.mark.parametrize(("sentence", "name"), NONE, ids=[s[0][:40] for s in NONE])
def test_a_part_that_is_no_post_gives_no_official(sentence: str, name: str) -> None:
    assert _officials(sentence, _per(sentence, name)) == []


def test_a_post_another_person_holds_is_not_the_subjects() -> None:
    s = "Budi Santoso menemui Rina Wati yang menjabat sebagai Kepala Dinas Pertanian Sleman."
    got = _officials(s, _per(s, "Budi Santoso", "Rina Wati"))
    assert got == [
        _rec(
            s,
            "Rina Wati yang menjabat sebagai Kepala Dinas Pertanian Sleman",
            "Rina Wati",
            "Kepala Dinas Pertanian Sleman",
        )
    ]


KNOWN = [
    pytest.param(
        "Sementara Ryan Kantor menjabat Wakil Presiden Kemitraan Global.",
        [("Ryan Kantor", "Wakil Presiden Kemitraan Global")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a family name that is a common word (Kantor) the model reads as no person: "
            "no name before the link (news tune nr00789)",
        ),
        id="common-word family name",
    ),
    pytest.param(
        "Sejumlah mantan Gubernur Bank Indonesia, seperti Budi Hartono hingga Rudi Santoso, hadir.",
        [
            ("Budi Hartono", "mantan Gubernur Bank Indonesia"),
            ("Rudi Santoso", "mantan Gubernur Bank Indonesia"),
        ],
        marks=pytest.mark.xfail(
            strict=True,
            reason="holders listed after a plural post by seperti/mulai dari (class b of session 39): "
            "no pattern reads them yet",
        ),
        id="holders listed after seperti",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), KNOWN)
def test_known_failures(sentence: str, expected: list[tuple[str, str]]) -> None:
    names = [e[0] for e in expected] if "seperti" in sentence else []
    assert [(o.name, o.title) for o in _officials(sentence, _per(sentence, *names))] == expected
