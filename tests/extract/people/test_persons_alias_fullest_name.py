"""One person named by an alias (people40, GUIDELINES §2: the fullest form the article gives):
of a name and its alias (`alias`, brackets), the person is named by the one with more name
words, and by a name over its initials in capitals."""

from __future__ import annotations

from tests.person_records import person_mentions as _persons


def test_the_alias_with_more_name_words_names_the_person() -> None:
    t = "Polisi menangkap pria bernama Jombrang alias Rahmat Hidayat Lubis (35). Jombrang ditahan."
    assert _persons(t, [("Jombrang", "PER"), ("Rahmat Hidayat Lubis", "PER")]) == [
        ("Rahmat Hidayat Lubis", ["Jombrang", "Rahmat Hidayat Lubis", "Jombrang"]),
    ]


def test_a_name_in_brackets_after_initials_names_the_person() -> None:
    t = (
        "Kepala Dinas PUPR Sumarlin (SML) ditetapkan sebagai tersangka. Saudara SML (Sumarlin) "
        "menerima uang Rp2 miliar, kata penyidik."
    )
    assert _persons(t, [("SML", "PER"), ("Sumarlin", "PER")]) == [
        ("Sumarlin", ["Sumarlin", "SML", "Sumarlin"])
    ]
