"""`Perserikatan` (a union, an association: `Perserikatan Bangsa-Bangsa`) heads a body's name as
`Persatuan` and `Perhimpunan` do (entities_heads.txt, kind `body`; session 42, bounds): the name
with its bracketed short name and the region after it is one ORG (GUIDELINES §6: an
organisation named with its region is one ORG; a bracketed short name inside a name stays in
it), the short name that ends the name an entry of its own. The word in lowercase names no
body. Whole outputs of the pipeline on invented sentences."""

from __future__ import annotations

import pytest

from tests.entity_records import article_entities as _entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the short name inside the name, the province after it: one ORG
        (
            "Perserikatan Sepak Takraw Seluruh Indonesia (PSTI) Jawa Timur menggelar musyawarah "
            "provinsi di Surabaya, Sabtu.",
            [
                ("Perserikatan Sepak Takraw Seluruh Indonesia (PSTI) Jawa Timur", "ORG", (0, 61)),
                ("Surabaya", "LOC", (95, 103)),
            ],
        ),
        # the short name that ends the name: an entry of its own, the holder a person
        (
            "Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB) Antonio Guterres menyerukan "
            "gencatan senjata.",
            [
                ("Perserikatan Bangsa-Bangsa", "ORG", (20, 46)),
                ("PBB", "ORG", (48, 51)),
                ("Antonio Guterres", "PER", (53, 69)),
            ],
        ),
    ],
)
def test_perserikatan_heads_a_body(text: str, expected: list) -> None:
    assert _entities(text) == expected


def test_the_word_in_lowercase_names_no_body() -> None:
    assert _entities("Anggota perserikatan itu sepakat menaikkan iuran bulanan.") == []


@pytest.mark.xfail(
    strict=True,
    reason="a bracketed short name inside a name goes on to a known body's short name after it, "
    "which names another body (news-raw: `Perserikatan Bangsa-bangsa (PBB) UNESCO`, one ORG)",
)
def test_a_body_after_the_bracketed_short_name_is_one_of_its_own() -> None:
    text = (
        "Badan pendidikan dan kebudayaan Perserikatan Bangsa-Bangsa (PBB) UNESCO menetapkan "
        "kebaya sebagai warisan budaya."
    )
    assert ("UNESCO", "ORG", (66, 72)) in _entities(text)
