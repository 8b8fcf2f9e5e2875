"""The field a rank is out of, and other counts that are no participants (issue 13, counts27;
GUIDELINES §5).

A rank word, its ordinal and ``dari`` before a count (``menempati posisi kesembilan dari 10
tim``, ``peringkat ke-172 dari 186 negara``) give the size of a league or a ranking, not how many
took part in the reported event. A head that says participation on its own (``24 peserta``), or
such a noun right after the head (``23 negara peserta``), keeps the count. Counts of things, of
a population or voters, and a score are no participants either.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    # the field of a rank: a league's or a ranking's size, though a participation verb stands
    # in the sentence
    ("Tim tamu yang bertanding di liga putri kini menempati posisi kesembilan dari 12 tim.", []),
    ("Timnas yang bertanding di Piala Asia itu menduduki peringkat ke-150 dari 210 negara.", []),
    ("Indonesia berada di peringkat 5 dari 32 negara pada tabel perolehan medali kejuaraan itu.", []),
    # a noun that says participation keeps the count
    (
        "Pegulat muda yang bertanding di kejuaraan itu finis di urutan ketujuh dari total 30 peserta.",
        [("30 peserta", 30, False, 30, 30, "peserta")],
    ),
    (
        "Kontingen yang bertanding di kejuaraan itu menempati urutan ketiga dari 18 negara peserta.",
        [("18 negara", 18, False, 18, 18, "negara")],
    ),
    # no rank before the dari: the countries took part
    (
        "Kejuaraan pencak silat itu diikuti atlet dari 18 negara.",
        [("18 negara", 18, False, 18, 18, "negara")],
    ),
    # counts of things, a population, voters and a score
    ("Pemerintah kabupaten membangun 150 unit rumah bagi warga yang terdampak banjir bandang.", []),
    ("Jumlah penduduk kelurahan itu mencapai 6.200 jiwa dengan 4.100 pemilih terdaftar.", []),
    ("Tuan rumah menang 3-1 atas tim tamu pada laga pekan ketujuh.", []),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_rank_field(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


@pytest.mark.xfail(
    strict=True,
    reason="recipients who attend with the attending verb after them: penerima is a never word, and "
    "_attending_recipients reads only an attend verb before the count (news-raw: 0 lines of the shape)",
)
def test_recipients_who_attend_after_the_count() -> None:
    text = "Sebanyak 120 penerima bantuan hadir dalam acara penyerahan di balai desa."
    assert extract_participants(text) == expected_participants(
        text, [("120 penerima", 120, False, 120, 120, "penerima bantuan")]
    )


@pytest.mark.xfail(
    strict=True,
    reason="a manner phrase (secara langsung) between the purpose word and the attending verb hides "
    "the verb from _subject_after (news-raw: 1 annotated miss)",
)
def test_invited_to_attend_past_a_manner_phrase() -> None:
    text = "Panitia membagikan 100 tiket kepada 40 warga untuk bisa secara langsung hadir menonton pawai."
    assert extract_participants(text) == expected_participants(
        text, [("40 warga", 40, False, 40, 40, "warga")]
    )
