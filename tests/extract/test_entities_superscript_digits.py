"""A superscript digit is a digit to `str.isdigit` but no number to `int` (`³` of a mis-decoded
`ó`: `KjÃ³s`, of `m³`): the entity layer's day-of-month and item-number tests read decimal
digits only, so a span with one is read on instead of failing the whole article."""

from __future__ import annotations

from .test_entities_news import _found


def test_a_place_with_a_superscript_digit_does_not_fail_the_article() -> None:
    t = "Nyamuk itu ditemukan di KjÃ³s, dua betina dan satu jantan."
    assert [(label, span[0]) for _, label, span in _found(t, [("KjÃ³s", "LOC")])] == [("LOC", 24)]
