"""A name the unlabelled news writes as a product (entities_products_derived.txt) stays a body
where the article writes it as one: right after a body's word, its kind, side, staff or shares
(`body_words_before`: `perusahaan`, `pihak`, `CEO`, `karyawan`: the same list the derivation
counts), or as the subject of a verb of speech or report a short adverbial may stand before
(`MAX_WORDS_TO_SPEECH`), no punctuation between. Whole entity lists from `resolve_entities` on
invented sentences, with the model's entities given."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # its chief
            "CEO PUBG Mobile hadir dalam final turnamen itu di Jakarta.",
            [("PUBG Mobile", "ORG"), ("Jakarta", "LOC")],
            [("PUBG Mobile", "ORG", (4, 15)), ("Jakarta", "LOC", (50, 57))],
        ),
        (  # its staff
            "Karyawan PUBG Mobile ikut meramaikan acara itu.",
            [("PUBG Mobile", "ORG")],
            [("PUBG Mobile", "ORG", (9, 20))],
        ),
        (  # a verb of report after an adverbial of three words
            "PUBG Mobile melalui keterangan resminya mengumumkan turnamen baru.",
            [("PUBG Mobile", "ORG")],
            [("PUBG Mobile", "ORG", (0, 11))],
        ),
    ],
)
def test_a_listed_name_written_as_a_body_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # a comma ends the clause the name is used in
            "Siswa itu membuka Chrome, lalu mengumumkan hasil undian kepada temannya.",
            [("Chrome", "ORG")],
            [],
        ),
        (  # the verb too far from the name
            "Pengguna Chrome di sekolah itu kemudian ramai menyatakan keberatan.",
            [("Chrome", "ORG")],
            [],
        ),
        (  # no body's word before it
            "Remaja itu bermain PUBG Mobile setiap malam bersama temannya.",
            [("PUBG Mobile", "ORG")],
            [],
        ),
    ],
)
def test_a_listed_name_used_as_a_product_is_none(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.xfail(
    strict=True, reason="a speech verb after a bracketing comma (`PUBG Mobile, kata …`) is not read"
)
def test_a_listed_name_before_a_bracketed_speech_tag() -> None:
    text = "PUBG Mobile, kata juru bicaranya, menggelar turnamen baru."
    assert _out(text, _model(text, [("PUBG Mobile", "ORG")])) == [("PUBG Mobile", "ORG", (0, 11))]
