"""An attending verb that opens its sentence, its subject count after the phrase of where
(issue 13, counts27; GUIDELINES §5: recipients who attend take part).

``Hadir dalam acara itu puluhan KPM``: ``hadir`` in the first two words of the sentence, a
preposition and the noun phrase of the place or the event, then the count, of a noun the lexicon
lacks too, when the noun names people by its own word (a lexicon or agent noun, a post, an
acronym: fix31b), not things (``20 food truck``). A name's or a label's number before a
capitalised noun, in digits or in words (``kloter 61 JKG``, ``segmen tiga Siswa``), counts
nothing; an amount of tens or hundreds (``puluhan KPM``) numbers no name. A verb, a number or a
clause break in the phrase of where is a clause of its own.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    # recipients who attend; the villages they come from are counted as with any other
    # head (test_participants: ``dihadiri sekitar 200 warga dari tiga desa``)
    (
        "Hadir dalam acara itu puluhan KPM dari tiga kelurahan.",
        [("puluhan KPM", None, True, 20, 99, "KPM"), ("tiga kelurahan", 3, False, 3, 3, "kelurahan")],
    ),
    (
        "Hadir pada penyaluran bantuan di kantor pos itu ratusan KPM secara bergiliran.",
        [("ratusan KPM", None, True, 100, 999, "KPM")],
    ),
    ("Turut hadir dalam kegiatan tersebut 12 menteri.", [("12 menteri", 12, False, 12, 12, "menteri")]),
    # things the lexicon lacks, not people
    ("Hadir dalam bazar itu 25 food truck dari berbagai kota.", []),
    ("Hadir dalam pameran otomotif tersebut tiga Ferrari keluaran terbaru.", []),
    # no count after the phrase, or no preposition after the verb
    ("Hadir dalam acara tersebut Direktur Utama Budi Santoso dan jajarannya.", []),
    ("Produk terbaru itu hadir dalam tiga varian warna.", []),
    # a name's number in digits stays a name's
    ("Hadir dalam pelepasan itu kloter 61 JKG bersama petugasnya.", []),
    # and so in words
    ("Hadir dalam pelepasan itu kloter tiga puluh dua SOC bersama petugasnya.", []),
    ("Pentas seni itu diikuti segmen dua Pelajar Teladan dari sekolah itu.", []),
    # a negation before the opening verb: those who did not attend
    ("Tidak hadir dalam sidang paripurna tersebut 12 anggota dewan.", []),
    ("Belum hadir pada pembukaan acara itu puluhan ASN dari dinas terkait.", []),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_inverted_attend(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


@pytest.mark.xfail(
    strict=True,
    reason="a lower-case noun no word list names as people (ojol) after an inverted hadir: "
    "_inverted_attend takes only nouns that name people by their own word (fix31b)",
)
def test_inverted_attend_unlisted_people_noun_known_miss() -> None:
    text = "Turut hadir dalam kegiatan tersebut 30 ojol."
    assert extract_participants(text) == expected_participants(text, [("30 ojol", 30, False, 30, 30, "ojol")])
