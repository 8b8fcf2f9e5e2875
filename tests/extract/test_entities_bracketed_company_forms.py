"""A company's legal form in brackets right after its name (`PT Pertamina (Persero)`,
`(Perseroda)`, `(Tbk)`: entities_bracketed_forms.txt) is part of the company's name, one ORG
(GUIDELINES §6: as written, the longest name); a bracketed short name after a name stays an
entry of its own. Whole entity lists from `resolve_entities` on invented sentences, with spans."""

from __future__ import annotations

from .test_entities_news import _found


def test_a_state_company_form_in_brackets_ends_its_name() -> None:
    text = "PT Tirta Samudra Nusantara (Persero) menambah dua kapal baru di Pelabuhan Panjang."
    model = [("PT Tirta Samudra Nusantara", "ORG"), ("Persero", "ORG"), ("Pelabuhan Panjang", "LOC")]
    assert _found(text, model) == [
        ("PT Tirta Samudra Nusantara (Persero)", "ORG", (0, 36)),
        ("Pelabuhan Panjang", "LOC", (64, 81)),
    ]


def test_the_form_before_a_comma_and_a_holder_stays_with_the_company() -> None:
    text = "Direktur Utama PT Kereta Lintas Jaya (Persero), Andi Wijaya, meninjau Stasiun Tanjungkarang."
    model = [("PT Kereta Lintas Jaya", "ORG"), ("Andi Wijaya", "PER"), ("Stasiun Tanjungkarang", "LOC")]
    found = _found(text, model)
    assert ("PT Kereta Lintas Jaya (Persero)", "ORG", (15, 46)) in found
    assert not any(t == "PT Kereta Lintas Jaya" for t, _, _ in found)


def test_a_company_already_whole_with_its_listing_form_is_unchanged() -> None:
    text = "Saham PT Jalan Raya Mandiri (Persero) Tbk naik dua persen pada Senin."
    model = [("PT Jalan Raya Mandiri (Persero) Tbk", "ORG")]
    assert _found(text, model) == [("PT Jalan Raya Mandiri (Persero) Tbk", "ORG", (6, 41))]


def test_a_bracketed_short_name_is_no_legal_form() -> None:
    text = "Kinerja PT Bank Sentosa Raya (BSR) tumbuh tahun ini."
    model = [("PT Bank Sentosa Raya", "ORG"), ("BSR", "ORG")]
    assert _found(text, model) == [
        ("PT Bank Sentosa Raya", "ORG", (8, 28)),
        ("BSR", "ORG", (30, 33)),
    ]


def test_a_form_after_a_common_word_names_no_company() -> None:
    text = "Sebagai perusahaan terbuka (Tbk), perseroan wajib melapor kepada OJK."
    model = [("OJK", "ORG")]
    assert _found(text, model) == [("OJK", "ORG", (65, 68))]


def test_the_company_written_again_without_its_forms_stays_the_company() -> None:
    text = (
        "Bandara itu dikelola PT Tirta Pura II (Persero) sejak 2020. Kementerian Perhubungan "
        "menyerahkan pengelolaan kepada Tirta Pura II selama 30 tahun."
    )
    model = [
        ("PT Tirta Pura II", "ORG"),
        ("Persero", "ORG"),
        ("Kementerian Perhubungan", "ORG"),
        ("Pura II", "LOC"),
    ]
    assert _found(text, model) == [
        ("PT Tirta Pura II (Persero)", "ORG", (21, 47)),
        ("Kementerian Perhubungan", "ORG", (60, 83)),
        ("Tirta Pura II", "ORG", (115, 128)),
    ]
