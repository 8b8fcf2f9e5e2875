"""Persons (people20): a name all of whose words warta's records over news-raw hold in bodies'
names far more often than in persons' (`names_body_words_derived.txt`, derived by
scripts/derive_body_words.py) names a club, a company or a product, whatever the grammar around it."""

from __future__ import annotations

import pytest

from tests.extract.people.test_persons_news import _persons, _spans


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a club the model reads as a person beside a real one
        (
            "Gelandang muda Rafael Sudirgo kini menjadi andalan Manchester City di lini tengah.",
            [("Rafael Sudirgo", "PER"), ("Manchester City", "PER")],
        ),
        # a company as the subject of a speech verb
        (
            "Keluhan soal baterai yang cepat panas dibantah oleh Apple, tulis Rafael Sudirgo.",
            [("Apple", "PER"), ("Rafael Sudirgo", "PER")],
        ),
    ],
)
def test_a_name_of_body_words_only_is_no_person(text: str, found: list[tuple[str, str]]) -> None:
    assert [name for name, _ in _persons(text, found)] == ["Rafael Sudirgo"]


def test_a_person_whose_name_shares_one_body_word_stays() -> None:
    # `Garuda` is mostly a body's word, `Wicaksono` is not: a person
    t = "Pelatih kepala Garuda Wicaksono memimpin latihan tim di Stadion Patriot, Bekasi."
    start = t.index("Garuda")
    assert _spans(t, [("Garuda Wicaksono", "PER")]) == [("Garuda Wicaksono", ((start, start + 16),))]


def test_a_racing_circuit_is_a_facility_not_a_person() -> None:
    # people20: `sirkuit` is a facility word (officials_facility_words.txt), as `stadion` is
    t = "Balapan seri keenam digelar di Sirkuit Lombardi akhir pekan ini, kata Rafael Sudirgo."
    assert [name for name, _ in _persons(t, [("Sirkuit Lombardi", "PER"), ("Rafael Sudirgo", "PER")])] == [
        "Rafael Sudirgo"
    ]
