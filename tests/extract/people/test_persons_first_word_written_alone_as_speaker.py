"""A capitalised word right before the model's person that the article writes alone as a speaker
(`Syabil mengatakan …`, `," kata Juli`) is the name's first word, whatever the lexicon calls it
(`extract.ner.vet._spoken_name_word`; GUIDELINES §2: the fullest name). A word right after a
title's word names the title's body (`CEO Roblox David Baszucki` beside `Roblox mengatakan`)."""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from tests.entity_records import every_place_entities
from tests.person_records import person_spans


def _vetted(text: str, found: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    return [(e.text, e.label, e.span) for e in vet_entities(text, every_place_entities(text, found))]


def test_a_first_word_written_alone_as_a_speaker_opens_the_name() -> None:
    text = (
        "Pembalap cilik Syabil Umar Basalamah unjuk gigi di sirkuit. "
        "Syabil mengatakan ia ingin terus berlatih."
    )
    found = [("Umar Basalamah", "PER")]
    assert _vetted(text, found) == [("Syabil Umar Basalamah", "PER", (15, 36))]
    assert person_spans(text, found) == [("Syabil Umar Basalamah", ((15, 36), (60, 66)))]


def test_a_body_after_a_title_stays_out_of_the_name() -> None:
    text = (
        "Founder dan CEO Roblox David Baszucki hadir di acara itu. "
        "Roblox mengatakan fitur baru segera dirilis."
    )
    assert _vetted(text, [("David Baszucki", "PER")]) == [("David Baszucki", "PER", (23, 37))]


def test_a_word_never_written_alone_stays_out_of_the_name() -> None:
    text = "Rapat dipimpin Sekretaris Dinas Juli Budi Winantya. “Anggaran cukup,” kata Budi."
    assert _vetted(text, [("Budi Winantya", "PER")]) == [("Budi Winantya", "PER", (37, 50))]


def test_a_month_written_alone_as_a_speaker_opens_the_vetted_name() -> None:
    text = (
        "Menurut Direktur Departemen Kebijakan Ekonomi dan Moneter BI Juli Budi Winantya, inflasi "
        "masih rendah. Juli menyebut stabilitas rupiah terjaga."
    )
    assert _vetted(text, [("Budi Winantya", "PER")]) == [("Juli Budi Winantya", "PER", (61, 79))]


@pytest.mark.xfail(
    strict=True,
    reason="the official's title reads a month before the holder as its own (people/titles: a PER "
    "entity opening at a month word does not fix the name's start), so the person is `Budi Winantya`",
)
def test_a_month_written_alone_as_a_speaker_opens_the_officials_name() -> None:
    text = (
        "Menurut Direktur Departemen Kebijakan Ekonomi dan Moneter BI Juli Budi Winantya, inflasi "
        "masih rendah. Juli menyebut stabilitas rupiah terjaga."
    )
    assert person_spans(text, [("Budi Winantya", "PER")]) == [("Juli Budi Winantya", ((61, 79), (105, 109)))]
