"""A pronoun subject of a speech verb (``Dirinya … berharap``) stands for the person named before,
also when an unnamed noun follows it (``Dirinya yang sehari-hari bekerja sebagai petani``): a
pronoun tag after it points to that person; an unnamed subject (``Seorang petani berharap``) still
names nobody.

Invented Indonesian sentences; whole quotes with spans, including speakers that must stay null.
"""

from __future__ import annotations

from extract import extract_quotes
from tests.extract.test_quotes import _person, _quote

TEXT_DIRINYA = (
    "Kodim setempat menyerahkan rumah hasil bedah rumah kepada warga Kampung Sidomukti, Rabu.\n"
    "Di sisi lain, Sutarman mengaku bantuan itu sangat meringankan beban keluarganya. "
    "Dirinya yang sehari-hari bekerja sebagai petani berharap panen tahun ini membaik. "
    "“Kami tidak lagi kehujanan kalau malam,” kata dia."
)

TEXT_UNNAMED = (
    "Kodim setempat menyerahkan rumah hasil bedah rumah kepada warga Kampung Sidomukti, Rabu.\n"
    "Di sisi lain, Sutarman mengaku bantuan itu sangat meringankan beban keluarganya. "
    "Seorang petani lain berharap bedah rumah berlanjut tahun depan. "
    "“Rumah kami juga sudah lapuk dindingnya,” kata dia."
)


def test_a_pronoun_subject_keeps_the_person_named_before() -> None:
    sutarman = _person(TEXT_DIRINYA, "Sutarman")
    got = extract_quotes(TEXT_DIRINYA, persons=[sutarman])
    assert got == [_quote(TEXT_DIRINYA, "Kami tidak lagi kehujanan kalau malam,", "Sutarman", "kata")]


def test_an_unnamed_subject_names_nobody() -> None:
    sutarman = _person(TEXT_UNNAMED, "Sutarman")
    got = extract_quotes(TEXT_UNNAMED, persons=[sutarman])
    assert got == [_quote(TEXT_UNNAMED, "Rumah kami juga sudah lapuk dindingnya,", None, "kata")]
