"""Head nouns are matched in any case, but an acronym only as written or capitalised: `SD`, `Smp`,
never `sd` (a lower-case acronym is a common word's letters, no kind of participant)."""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "Lomba cerdas cermat itu diikuti 12 SD dan 5 Smp dari Kecamatan Sukamaju.",
            [("12 SD", 12, False, 12, 12, "SD"), ("5 Smp", 5, False, 5, 5, "Smp")],
        ),
        (
            "Pelatihan pemasaran daring diikuti 45 PELAKU UMKM binaan Dinas Koperasi.",
            [("45 PELAKU UMKM", 45, False, 45, 45, "PELAKU UMKM")],
        ),
        ("Lomba cerdas cermat itu diikuti 12 sd dari Kecamatan Sukamaju.", []),
        ("Pelatihan pemasaran daring diikuti 45 pelaku umkm binaan Dinas Koperasi.", []),
    ],
)
def test_acronym_heads_keep_their_case(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
