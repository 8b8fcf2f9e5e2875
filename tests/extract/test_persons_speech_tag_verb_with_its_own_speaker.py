"""The person decision's speech verb after a name (`extract.people.decision._spoken_after`): a tag
verb with the enclitic `-nya` (`ujarnya`, `katanya`, `tuturnya`) names its own speaker, as
`kata dia` does, so the name before its comma is what is spoken of, no speaker; `kata  dia`
with two blanks is `kata dia`. A meN- verb right after the name (`Budi menjelaskan`, `Budi,
mengatakan`) and a tag verb before the name still vouch it.

Session 32 (fix32a, review of pers69). Every sentence is written for the test: names are made up."""

from __future__ import annotations

import pytest

from extract.people.decision import vouched
from extract.records import Person
from extract.text.patterns import whole_words


def _vouched(text: str, name: str) -> bool:
    return vouched(text, Person(name, tuple(whole_words(text, name))), [], [])


@pytest.mark.parametrize(
    "text",
    [
        "Sekolah itu menjalin kerja sama dengan Sinar Harapan, ujarnya.",
        "Sekolah itu menjalin kerja sama dengan Sinar Harapan, katanya, sejak tahun lalu.",
        "Sekolah itu menjalin kerja sama dengan Sinar Harapan, tuturnya kepada wartawan.",
        "Sekolah itu menjalin kerja sama dengan Sinar Harapan ujarnya.",
        "Sekolah itu menjalin kerja sama dengan Sinar Harapan, kata  dia.",
        "Sekolah itu menjalin kerja sama dengan Sinar Harapan, kata\u00a0dia.",
    ],
)
def test_a_name_before_a_verb_naming_its_own_speaker_is_not_vouched(text: str) -> None:
    assert not _vouched(text, "Sinar Harapan")


@pytest.mark.parametrize(
    "text",
    [
        "Rudi Hartono menjelaskan, timnya siap bertanding.",
        "Rudi Hartono, mengatakan timnya siap bertanding.",
        '"Timnya siap bertanding," kata Rudi Hartono.',
    ],
)
def test_a_speaker_before_or_after_the_verb_stays_vouched(text: str) -> None:
    assert _vouched(text, "Rudi Hartono")
