"""A known miss (session 36): a given name the model leaves out right before the person it reads
(`Thalita` before `Ramadhani Wiryawan`) is the name's first word (GUIDELINES §2: the fullest
name); `extract.people.persons._with_first_name_before` joins it only when the article reads
the word alone as a person elsewhere."""

from __future__ import annotations

import pytest

from tests.person_records import person_spans


@pytest.mark.xfail(
    strict=True,
    reason="known miss (session 36, news tune nr00987, nr03491, nr09302): a given name the model "
    "leaves out right before its person (`Thalita` of `Thalita Ramadhani Wiryawan`), read alone "
    "nowhere in the article, is not joined (`_with_first_name_before` needs it read alone)",
)
def test_a_given_name_left_out_before_the_model_person_joins_it() -> None:
    text = "Perubahan terjadi pada pemain muda Indonesia Thalita Ramadhani Wiryawan yang naik tiga tingkat."
    found = [("Indonesia", "LOC"), ("Ramadhani Wiryawan", "PER")]
    assert person_spans(text, found) == [("Thalita Ramadhani Wiryawan", ((45, 71),))]
