"""A body's name the model took into its holder's name (issue 13, read across the article):
`CEO Sinarmaju Lei Jun` where the article writes `Presiden Sinarmaju Group` as another post and
`Lei Jun` alone: the body ends the title, the name is the rest (GUIDELINES §2).

Every sentence is written for the test: names and bodies are made up or common.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from extract.records import Entity, EntityLabel
from tests.official_records import official_record as _rec


def _people(text: str, *names: str) -> list[Entity]:
    """The model's persons: each of ``names`` wherever it is written and no earlier one is."""
    out: list[Entity] = []
    for n in names:
        a = text.find(n)
        while a >= 0:
            if not any(e.span[0] < a + len(n) and a < e.span[1] for e in out):
                out.append(Entity(n, EntityLabel.PER, (a, a + len(n))))
            a = text.find(n, a + 1)
    return sorted(out, key=lambda e: e.span)


def test_the_holder_named_without_the_body_word() -> None:
    """The body's word stands in another post and the article names the holder without it."""
    s = (
        "CEO Sinarmaju Lei Jun memperingatkan harga ponsel akan naik. Presiden Sinarmaju Group "
        "Lu Weibing juga menyampaikan hal yang sama. Menurut Lei Jun, harga memori terus naik."
    )
    ents = _people(s, "Sinarmaju Lei Jun", "Lu Weibing", "Lei Jun")
    assert extract_officials(s, entities=ents) == [
        _rec(s, "CEO Sinarmaju Lei Jun", "Lei Jun", "CEO Sinarmaju"),
        _rec(s, "Presiden Sinarmaju Group Lu Weibing", "Lu Weibing", "Presiden Sinarmaju Group"),
    ]


def test_the_body_word_opening_two_holders_names() -> None:
    """The same word opens two holders' names and stands in a third post (a degree between it and
    the holder): a body, no name."""
    s = (
        "Chief Operating Officer Sehatku Budi Santoso mengatakan layanan terus tumbuh. Chief Marketing "
        "Officer Sehatku Rina Wulandari menambahkan, pengguna terbanyak ibu rumah tangga. Chief "
        "Medical Officer Sehatku dr Hendra Wijaya menjelaskan layanan konsultasi dokter."
    )
    ents = _people(s, "Sehatku Budi Santoso", "Sehatku Rina Wulandari", "Hendra Wijaya")
    posts = [
        ("Chief Operating Officer Sehatku Budi Santoso", "Budi Santoso"),
        ("Chief Marketing Officer Sehatku Rina Wulandari", "Rina Wulandari"),
        ("Chief Medical Officer Sehatku dr Hendra Wijaya", "Hendra Wijaya"),
    ]
    assert extract_officials(s, entities=ents) == [
        _rec(s, mention, name, mention[: mention.index(" Sehatku")] + " Sehatku") for mention, name in posts
    ]


def test_the_holder_written_again_with_an_initial() -> None:
    """The body's word taken into the name where the holder is written again with an initial
    (`Rosan P. Roeslani`) and before without it: one person, the long title (GUIDELINES §2)."""
    s = (
        "Hadir pula CEO BPI Sinarmaju, Hendra Wijaya, dalam rapat itu. Sebagai informasi, Chief Executive "
        "Officer (CEO) BPI Sinarmaju Hendra S. Wijaya mengatakan pemerintah menyiapkan insentif. Menurut "
        "Hendra S. Wijaya, insentif itu berupa keringanan pajak."
    )
    ents = _people(s, "Sinarmaju Hendra S. Wijaya", "Hendra Wijaya", "Hendra S. Wijaya")
    long = "Chief Executive Officer (CEO) BPI Sinarmaju Hendra S. Wijaya"
    assert extract_officials(s, entities=ents) == [
        _rec(s, long, "Hendra S. Wijaya", "Chief Executive Officer (CEO) BPI Sinarmaju")
    ]


NOTHING = [
    # a post written for the holder's name: a staffer's, the holder written in full only
    (
        'Menteri Agama Yaqut Cholil Qoumas membuka acara. Stafsus Yaqut, Ahmad Fauzi, juga hadir. "Kita '
        'jaga kerukunan," kata Yaqut.',
        ("Yaqut Cholil Qoumas", "Ahmad Fauzi", "Yaqut"),
        "Yaqut Cholil Qoumas",
        "Menteri Agama",
    ),
    # the article never names the holder without the word, nor another holder with it
    (
        "Direktur Utama Sentosa Hendra Wijaya membuka pameran bersama Kepala Cabang Sentosa Rina Wulandari.",
        ("Sentosa Hendra Wijaya", "Rina Wulandari"),
        "Sentosa Hendra Wijaya",
        "Direktur Utama",
    ),
    # a given name opening the holder's name
    (
        "Kepala Desa Agus Budi Santoso membuka musyawarah. Sekdes Agus, Rina Wulandari, mencatat "
        "usulan warga. Budi Santoso berharap usulan itu didanai.",
        ("Agus Budi Santoso", "Rina Wulandari", "Budi Santoso"),
        "Agus Budi Santoso",
        "Kepala Desa",
    ),
]


@pytest.mark.parametrize(("text", "people", "name", "title"), NOTHING, ids=[c[3] for c in NOTHING])
def test_the_name_stays_whole(text: str, people: tuple[str, ...], name: str, title: str) -> None:
    """The holder's first word stays in the name: the official as written, post then name."""
    got = [o for o in extract_officials(text, entities=_people(text, *people)) if o.title == title]
    assert got == [_rec(text, f"{title} {name}", name, title)]
