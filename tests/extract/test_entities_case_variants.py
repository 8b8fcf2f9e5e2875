"""A body's name written again with its last word in lowercase (`Adhi persada` beside `Adhi
Persada`) is the same body, one ORG as written (GUIDELINES §6: case variants are listed as
written), not its first word alone (people22). Whole entity lists with spans from the pass
(`_case_variants_grown`) on invented sentences, and cases that must stay as they were."""

from __future__ import annotations

from extract.ner.entities.bodies import _case_variants_grown
from extract.records import Entity


def _grown(text: str, model: list[tuple[str, str, int]]) -> list[tuple[str, str, tuple[int, int]]]:
    ents = [Entity(w, lab, (text.index(w, at), text.index(w, at) + len(w))) for w, lab, at in model]
    return [(e.text, str(e.label), e.span) for e in _case_variants_grown(ents, text)]


def test_a_body_written_again_in_lowercase_is_one_org_as_written() -> None:
    t = "Jembatan itu dibangun Adhi Persada tahun lalu. Kini Adhi persada menargetkan proyek baru."
    got = _grown(t, [("Adhi Persada", "ORG", 0), ("Adhi", "ORG", 40)])
    assert got == [("Adhi Persada", "ORG", (22, 34)), ("Adhi persada", "ORG", (52, 64))]


def test_a_lowercase_word_that_makes_no_other_name_stays_out() -> None:
    t = "Jembatan itu dibangun Adhi Persada tahun lalu. Kini Adhi menargetkan proyek baru."
    got = _grown(t, [("Adhi Persada", "ORG", 0), ("Adhi", "ORG", 40)])
    assert got == [("Adhi Persada", "ORG", (22, 34)), ("Adhi", "ORG", (52, 56))]


def test_a_person_before_the_lowercase_word_is_not_grown() -> None:
    t = "Rapat dihadiri Made Persada dari PT Made Persada. Made persada tidak menjawab."
    got = _grown(t, [("Made Persada", "PER", 0), ("PT Made Persada", "ORG", 0), ("Made", "PER", 45)])
    assert got == [
        ("Made Persada", "PER", (15, 27)),
        ("PT Made Persada", "ORG", (33, 48)),
        ("Made", "PER", (50, 54)),
    ]
