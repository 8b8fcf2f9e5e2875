"""Counts right after an accepted count that add up to it split it, with no breakdown word
(``menempatkan 9 anggota. Sebanyak 4 orang pada siang dan 4 orang bertugas malam, serta satu
pengendali``): GUIDELINES §5 lists a breakdown too. Counts set against the total by a contrast
word, spread over two sentences, or of nouns the lexicon lacks are not its parts."""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "Satlantas menempatkan 11 personel di pos pengamanan jembatan darurat. Sebanyak 5 "
            "orang berjaga pada pagi dan 5 orang bertugas malam, serta satu perwira pengendali.",
            [
                ("11 personel", 11, False, 11, 11, "personel"),
                ("5 orang", 5, False, 5, 5, "orang"),
                ("satu perwira", 1, False, 1, 1, "perwira"),
            ],
        ),
        # A contrast word: those vaccinated are set against those who came, no part of them
        # (their own count, of ``orang``: test_participants_relative_clause_totals.py).
        (
            "Pelaksanaan vaksinasi ini mencatat jumlah kunjungan warga yang datang sebanyak 90 "
            "orang, sedangkan yang divaksin sebanyak 85 orang, sementara lima orang ditunda "
            "karena demam.",
            [("90 orang", 90, False, 90, 90, "warga"), ("85 orang", 85, False, 85, 85, "orang")],
        ),
        # The parts in two sentences after the total: no part of it, their own count.
        (
            "Vaksinasi di balai desa dihadiri sebanyak 90 orang. Yang divaksin sebanyak 85 orang. "
            "Lima orang ditunda karena demam.",
            [("90 orang", 90, False, 90, 90, "orang"), ("85 orang", 85, False, 85, 85, "orang")],
        ),
    ],
)
def test_parts_that_sum_to_the_total(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # Jury and committee: the list opens on another noun than the contestants'.
        (
            "Lomba cerdas cermat itu diikuti 8 peserta. Sebanyak tiga orang juri dan lima orang "
            "panitia berjaga di aula.",
            [("8 peserta", 8, False, 8, 8, "peserta")],
        ),
        # Victims of the disaster, not a split of the staff at the drill.
        (
            "Apel siaga bencana diikuti 12 personel BPBD. Sebanyak 5 orang warga meninggal dunia "
            "dan 7 orang luka-luka dalam longsor pekan lalu.",
            [("12 personel", 12, False, 12, 12, "personel")],
        ),
        # Parts of ``orang`` that the words after them make victims.
        (
            "Apel siaga bencana diikuti 12 personel BPBD. Sebanyak 5 orang meninggal dunia dan 7 "
            "orang luka-luka dalam longsor pekan lalu.",
            [("12 personel", 12, False, 12, 12, "personel")],
        ),
    ],
)
def test_counts_that_add_up_by_chance_split_nothing(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
