"""Officials: a lecturer or a researcher named with the school, university or research body they
work for holds a post there (`Dosen Fakultas Hukum Universitas X, Name`, `peneliti BRIN Name`),
as staff of a body do (`pegawai`, `staf`); without a body the word is an occupation and names no
official. A field in lowercase before `di` and a foreign body is still cut short (strict xfail).

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

import pytest

from extract import extract_article
from tests.official_records import article_officials as _officials


def test_a_lecturer_named_with_the_university_holds_a_post() -> None:
    s = "Hal itu disampaikan Dosen Fakultas Hukum Universitas Tanjung Harapan, Rina Kusuma Wardani, kemarin."
    assert _officials(s) == [("Rina Kusuma Wardani", "Dosen Fakultas Hukum Universitas Tanjung Harapan")]


def test_a_researcher_named_with_the_research_body_holds_a_post() -> None:
    s = "Menurut peneliti BRIN Siti Aminah Lubis, kondisi cuaca itu masih wajar."
    assert _officials(s) == [("Siti Aminah Lubis", "peneliti BRIN")]
    s = "Peneliti Senior Lembaga Kajian Ekonomi Nusantara (LKEN), Bagas Pranata, menilai harga akan turun."
    assert _officials(s) == [("Bagas Pranata", "Peneliti Senior Lembaga Kajian Ekonomi Nusantara (LKEN)")]


def test_a_lecturer_or_researcher_without_a_body_is_no_official() -> None:
    assert _officials("Budi Santoso, seorang dosen, ikut hadir dalam acara itu.") == []
    assert _officials("Ia bekerja sebagai peneliti sejak 2010. Rudi Hartono mengatakan hal itu.") == []


@pytest.mark.xfail(strict=True, reason="a lowercase field before `di` and a foreign body ends the title")
def test_a_lowercase_field_before_di_and_a_foreign_body_stays_in_the_title() -> None:
    s = "Hal itu wajar, ujar Daniel Hartmann, peneliti sejarah Islam di University of Lisbon, kepada media."
    assert _officials(s) == [("Daniel Hartmann", "peneliti sejarah Islam di University of Lisbon")]


def test_the_plural_para_before_researchers_names_nobody() -> None:
    # a headline run into the text: the words before `Para peneliti` are no researcher's name
    s = "Kenapa Virus Nipah Menular Antar-manusia Para peneliti kemudian mencari jawabannya."
    rec = extract_article(s.encode())
    assert ([p.name for p in rec.persons], _officials(s)) == ([], [])
