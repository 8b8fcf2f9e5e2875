"""Recipients who attend the event they receive at take part (GUIDELINES §5); two shapes the
rules still miss (moved from test_participants_rank_field.py, fix31b). Invented Indonesian
sentences in the style of regional news."""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants


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
