"""Officials: a bare lowercase `wakil` before a word that opens no post (`wakil Pelatnas`,
`wakil Universitas …`, `wakil ganda putri`) names a side's representative in a contest, a
player or a delegate (GUIDELINES §2: a person with no post), not a deputy. The people named
after it stay persons; `wakil ketua …`, `wakil kepala …` and a capitalised `Wakil Bupati …`
are still deputies.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

from tests.official_records import check_text_officials, role_officials, text_officials
from tests.person_records import person_mentions


def test_a_wakil_of_a_training_camp_is_no_official() -> None:
    s = "Tim itu membawa empat wakil Pelatnas yakni Rendi Saputra Wibowo dan Melati Anggun Sari ke Taipei."
    assert text_officials(s) == []
    found = [("Rendi Saputra Wibowo", "PER"), ("Melati Anggun Sari", "PER")]
    assert role_officials(s, found) == []


def test_a_wakil_of_a_university_is_no_official() -> None:
    s = "Di final ia menundukkan wakil Universitas Andalas Padang Fajri Ramadhan dua gim langsung."
    assert text_officials(s) == []
    assert role_officials(s, [("Fajri Ramadhan", "PER")]) == []


def test_a_wakil_of_a_pairs_event_is_no_official() -> None:
    s = "Pasangan muda itu menghadapi wakil ganda putri Thailand Suda Pornchai di babak kedua."
    assert text_officials(s) == []


def test_the_representatives_stay_persons() -> None:
    s = "Tim itu membawa empat wakil Pelatnas yakni Rendi Saputra Wibowo dan Melati Anggun Sari ke Taipei."
    found = [("Rendi Saputra Wibowo", "PER"), ("Melati Anggun Sari", "PER")]
    assert person_mentions(s, found) == [
        ("Rendi Saputra Wibowo", ["Rendi Saputra Wibowo"]),
        ("Melati Anggun Sari", ["Melati Anggun Sari"]),
    ]


def test_a_lowercase_wakil_before_a_post_is_still_a_deputy() -> None:
    s = "Rapat itu dipimpin wakil ketua DPRD Kota Bima Harun Mahmudi sejak pagi."
    check_text_officials(
        s,
        [("wakil ketua DPRD Kota Bima Harun Mahmudi", "Harun Mahmudi", "wakil ketua DPRD Kota Bima")],
    )


def test_a_capitalised_wakil_post_is_still_a_deputy() -> None:
    s = "Wakil Bupati Sleman Danang Kuswara meninjau lokasi banjir itu."
    check_text_officials(s, [("Wakil Bupati Sleman Danang Kuswara", "Danang Kuswara", "Wakil Bupati Sleman")])
