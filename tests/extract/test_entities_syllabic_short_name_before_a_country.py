"""A title-case short name the article spells by syllables in brackets (`Kementerian Luar Negeri
(Kemlu) Iran`) stands alone later as the body (orgs43); with a country's or a region's whole name
one space after it, the two are one ORG (`kata Kemlu Iran`, as `Pemkab Sukamaju`; mend36). A comma
between them parts them. Whole entity lists from `resolve_entities` on invented sentences, with the
model's entities given."""

from __future__ import annotations

from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out

DEFINED = "Kementerian Luar Negeri (Kemlu) Iran mengecam serangan itu."


def test_the_short_name_with_the_country_right_after_it_is_one_body() -> None:
    text = f'{DEFINED} "Kami menolak," kata Kemlu Iran dalam pernyataan.'
    model = [("Kementerian Luar Negeri (Kemlu) Iran", "ORG"), ("Kemlu", "ORG"), ("Iran", "LOC")]
    assert _out(text, _model(text, model)) == [
        ("Kementerian Luar Negeri (Kemlu) Iran", "ORG", (0, 36)),
        ("Kemlu Iran", "ORG", (81, 91)),
    ]


def test_the_short_name_alone_stays_alone() -> None:
    text = f'{DEFINED} "Kami menolak," kata Kemlu dalam pernyataan.'
    model = [("Kementerian Luar Negeri (Kemlu) Iran", "ORG"), ("Kemlu", "ORG")]
    assert _out(text, _model(text, model)) == [
        ("Kementerian Luar Negeri (Kemlu) Iran", "ORG", (0, 36)),
        ("Kemlu", "ORG", (81, 86)),
    ]


def test_a_districts_name_after_the_short_name_is_no_part_of_it() -> None:
    text = "Badan Gizi Nasional (Bagizi) menyusun menu. Bagizi Tetap Dukung Program Makan Siang."
    model = [("Badan Gizi Nasional (Bagizi)", "ORG")]
    found = _out(text, _model(text, model))
    assert ("Bagizi", "ORG", (44, 50)) in found
    assert not any(name.startswith("Bagizi Tetap") for name, _, _ in found)
