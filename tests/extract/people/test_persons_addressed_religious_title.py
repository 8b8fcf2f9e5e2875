"""A name run after a form of address (`extract.people.persons._addressed`) drops a religious title
or a rank that opens it (GUIDELINES §2: names without religious titles; news tune nr02624 `ibu Hajah Kiki`
gave the false person `Hajah Kiki` for the gold `Kiki`)."""

from __future__ import annotations

import pytest

from tests.person_records import person_spans


def test_a_religious_title_after_the_address_is_no_part_of_the_name() -> None:
    text = "Rumah milik Ibu Hajah Sumiyati rusak diterjang banjir di Desa Ciwaru."
    assert person_spans(text, []) == [("Sumiyati", ((22, 30),))]


def test_a_religious_title_alone_after_the_address_is_no_person() -> None:
    text = "Rumah milik Bu Haji rusak diterjang banjir di Desa Ciwaru."
    assert person_spans(text, []) == []


@pytest.mark.xfail(
    strict=True,
    reason="an abbreviated title with its dot (`H.`) ends the run after the address before the name "
    "(`_speaker_end`), leaving the title alone as the name",
)
def test_a_dotted_religious_title_after_the_address_is_no_part_of_the_name() -> None:
    text = "Warung milik Bapak H. Yatimin ikut terendam banjir."
    assert person_spans(text, []) == [("Yatimin", ((22, 29),))]


def test_a_rank_after_the_address_is_no_part_of_the_name() -> None:
    text = "Motor milik Bu Bripka Rina hilang di parkiran pasar."
    assert person_spans(text, []) == [("Rina", ((22, 26),))]


def test_a_rank_alone_after_the_address_is_no_person() -> None:
    """`strip_name` leaves nothing of `Kombes`: no person (session 38 review 7)."""
    text = "Mobil milik Pak Kombes terparkir di depan markas."
    assert person_spans(text, []) == []
