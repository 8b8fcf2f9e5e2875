"""`dari` and a hospital chain's name after a person's name (`_at_hospital`): the person's
workplace, a facility (LOC), only where no more than commas and the name's degrees stand between
the name and `dari` (`dr Sari Lestari, M.Gizi, SpGK dari …`); any other word between (`Budi
Santoso menerima bantuan dari …`) makes `dari` a giver's, the chain acting (ORG). Whole entity
lists from `resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

from .test_entities_news import _found


def test_degrees_between_the_name_and_dari_keep_the_workplace() -> None:
    text = "Saran itu disampaikan dr Sari Lestari, M.Gizi, SpGK dari Cempaka Hospital dalam webinar."
    model = [("Sari Lestari", "PER")]
    assert _found(text, model) == [("Sari Lestari", "PER", (25, 37)), ("Cempaka Hospital", "LOC", (57, 73))]


def test_a_hyphened_degree_between_the_name_and_dari_keeps_the_workplace() -> None:
    text = "Penjelasan itu datang dari dr Hendra Wijaya, SpPD-KGH dari Cempaka Hospital Surabaya."
    model = [("Hendra Wijaya", "PER"), ("Surabaya", "LOC")]
    assert _found(text, model) == [
        ("Hendra Wijaya", "PER", (30, 43)),
        ("Cempaka Hospital Surabaya", "LOC", (59, 84)),
    ]


def test_a_clause_between_the_name_and_dari_is_a_giver_not_a_workplace() -> None:
    text = "Warga Budi Santoso menerima bantuan dari Cempaka Hospital pekan lalu."
    model = [("Budi Santoso", "PER")]
    assert _found(text, model) == [("Budi Santoso", "PER", (6, 18)), ("Cempaka Hospital", "ORG", (41, 57))]
