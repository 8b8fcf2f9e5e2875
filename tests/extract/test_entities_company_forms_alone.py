"""A company's legal form written alone after its name (`(Perseroda)`, `, Inc`) is the form, no
second body: the company is the entry (GUIDELINES §6: named companies are organisations); in
brackets right after the name it is part of the company's name (`_bracketed_form_end`).
Whole entity lists from `resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

from .test_entities_news import _found


def test_a_regional_company_form_in_brackets_is_no_body_but_part_of_the_name() -> None:
    text = "PT Sukamaju Tirta Lestari (Perseroda) menambah 300 sambungan air baru di Kota Metro."
    model = [("PT Sukamaju Tirta Lestari", "ORG"), ("Perseroda", "ORG"), ("Kota Metro", "LOC")]
    assert _found(text, model) == [
        ("PT Sukamaju Tirta Lestari (Perseroda)", "ORG", (0, 37)),
        ("Kota Metro", "LOC", (73, 83)),
    ]


def test_an_incorporated_form_after_a_comma_is_no_body() -> None:
    text = "Perusahaan teknologi Orvanta Labs, Inc membuka kantor perwakilan di Jakarta bulan ini."
    model = [("Orvanta Labs", "ORG"), ("Inc", "ORG"), ("Jakarta", "LOC")]
    assert _found(text, model) == [("Orvanta Labs", "ORG", (21, 33)), ("Jakarta", "LOC", (68, 75))]
