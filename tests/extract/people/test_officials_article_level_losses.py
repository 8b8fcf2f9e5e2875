"""Officials the sentence alone gives and the whole article lost (issue 13, round officials3).

Found by extracting each news-raw sentence with a post alone and comparing with the article's
officials: a later mention of the holder made the name's first word look like a body's word
(`CEO <Group>, <First> T <Last>` … `kata <First> <Last>`), a bracket spelling out one initial
(`inisial I (<Name>)`) read as a body's short name, and a first name that is also an
organisation's word (`Taruna`) written twice with the last name read as a body's fixed phrase
although the article calls the person by it (`ujar Taruna`). A bracket naming the person after a
lowercase word (`yang bersangkutan (<Name>)`) stays a strict xfail.

Every sentence is written for the test: names, places and bodies are made up or common.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from extract.records import Official

from .test_officials_article_coreference import _people


def _official(text: str, mention: str, name: str, title: str) -> Official:
    start, at = text.index(mention), text.index(name)
    return Official(
        name=name, title=title, span=(start, start + len(mention)), name_span=(at, at + len(name))
    )


FOUND = [
    (
        # the first name opens the model's person elsewhere (the initial left out): a name, no body
        'Hal itu disampaikan CEO Lippo Group, Jomes T Riadi saat berbicara di Jakarta. "Layanan harus '
        'merata,"kata Jomes Riadi menerangkan.',
        ("Jomes T Riadi", "Jomes Riadi"),
        "CEO Lippo Group, Jomes T Riadi",
        "Jomes T Riadi",
        "CEO Lippo Group",
    ),
    (
        # one letter of initials spelled out in the bracket
        "Ketua Partai Sejahtera Sumbar Iskandar ditolak naik pesawat. Polisi menyelidiki kasus "
        "inisial I (Iskandar) karena laporan itu.",
        (),
        "Ketua Partai Sejahtera Sumbar Iskandar",
        "Iskandar",
        "Ketua Partai Sejahtera Sumbar",
    ),
    (
        # an organisation's word as a first name, called alone after a speech verb
        'Kepala BPOM Taruna Ikrar mengatakan produk itu berbahaya. "Produk ilegal," ujar Taruna dalam '
        "keterangan tertulis. Taruna Ikrar mengingatkan warga agar waspada.",
        (),
        "Kepala BPOM Taruna Ikrar",
        "Taruna Ikrar",
        "Kepala BPOM",
    ),
]


@pytest.mark.parametrize(("text", "people", "mention", "name", "title"), FOUND, ids=[c[3] for c in FOUND])
def test_the_article_keeps_the_official_of_the_sentence(
    text: str, people: tuple[str, ...], mention: str, name: str, title: str
) -> None:
    assert extract_officials(text, entities=_people(text, *people)) == [_official(text, mention, name, title)]


STAYS = [
    # the organisation's word never called alone: the body's name, its holder after it
    (
        "Ketua Karang Taruna Melati Budi membuka lomba. Karang Taruna Melati menggelar lomba setiap "
        "tahun, ujar Budi.",
        [("Budi", "Ketua Karang Taruna Melati")],
    ),
    # a body's short name in brackets after its capitalised name
    (
        "Kepala Dinas Kesehatan Kota Solo (Dinkes) Budi Santoso hadir bersama warga.",
        [("Budi Santoso", "Kepala Dinas Kesehatan Kota Solo (Dinkes)")],
    ),
    # no post written next to anyone: nothing
    ("Petugas tidak sempat mengecek profil yang bersangkutan (Iskandar), kata polisi.", []),
]


@pytest.mark.parametrize(("text", "expected"), STAYS, ids=[c[0][:30] for c in STAYS])
def test_bodies_and_unheld_posts_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.title) for o in extract_officials(text)] == expected


@pytest.mark.xfail(strict=True, reason="issue 13: an organisation's word as a first name never called alone")
def test_a_first_name_that_is_a_body_word_never_called_alone() -> None:
    """`Taruna Ikrar` written twice with no `ujar Taruna`: still read as a body's fixed phrase."""
    s = "Kepala BPOM Taruna Ikrar mengatakan produk itu berbahaya. Taruna Ikrar mengingatkan warga."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Taruna Ikrar", "Kepala BPOM")]


@pytest.mark.xfail(
    strict=True,
    reason="issue 13: a bracket after a lowercase word is read as a body's short name (nr00242); read "
    "as a person it also lets `ujar pelatih Pacquiao ini` (the coach of) give Pacquiao the post (nr03505)",
)
def test_a_bracket_after_a_lowercase_word_names_a_person() -> None:
    s = (
        "Ketua Partai Sejahtera Sumbar Iskandar ditolak naik pesawat di Bandara Minangkabau. Petugas "
        "tidak sempat mengecek profil yang bersangkutan (Iskandar), sehingga terjadi hal itu."
    )
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Iskandar", "Ketua Partai Sejahtera Sumbar")
    ]
