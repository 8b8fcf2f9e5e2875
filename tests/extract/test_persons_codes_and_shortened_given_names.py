"""A bracket right after a name (issue 12, persons precision on unseen news).

A name followed by a bracketed code of four capitals or more is a listed company (its ticker) or a
term (its acronym), no person (`extract.people.persons._coded`); a person's initials are two or
three letters and a nickname is written in small letters."""

from __future__ import annotations

from tests.person_records import person_spans


def test_a_company_before_its_ticker_is_no_person() -> None:
    text = "Sektor energi menjadi pemberat indeks. Bayan Resources (BYAN) melemah 4,53 persen sepanjang sesi."
    assert person_spans(text, [("Bayan Resources", "PER")]) == []


def test_a_term_before_its_acronym_is_no_person() -> None:
    text = "Rumah sakit itu kini memasang Left Ventricular Assist Device (LVAD) bagi pasien gagal jantung."
    assert person_spans(text, [("Left Ventricular Assist Device", "PER")]) == []


def test_a_person_before_three_initials_stays() -> None:
    text = "Mantan Presiden Susilo Bambang Yudhoyono (SBY) hadir dalam pembukaan turnamen voli itu."
    assert person_spans(text, [("Susilo Bambang Yudhoyono", "PER")]) == [
        ("Susilo Bambang Yudhoyono", ((16, 40),))
    ]


def test_a_person_before_a_nickname_in_small_letters_stays() -> None:
    text = "Ketua MPR Bambang Soesatyo (Bamsoet) meminta semua pihak menahan diri."
    assert person_spans(text, [("Bambang Soesatyo", "PER")]) == [("Bambang Soesatyo", ((10, 26),))]
