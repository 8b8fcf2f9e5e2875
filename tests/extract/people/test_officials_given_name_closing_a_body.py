"""Officials: a title whose last word is also a given name (`Kejaksaan Agung`, `Mahkamah Agung`),
then a comma and its holder (issue 13: the name started too early, at `Agung`, and the holder
after the comma was lost). The word closes the body's name when it follows an organisation's word,
the model reads no person there and its person opens the name after the comma.

Every sentence is written for the test: names are made up.
"""

from __future__ import annotations

from tests.official_records import role_officials, role_record

#: the post, its body's name closed by a word that is also a given name
TITLE = "Jaksa Agung Muda Intelijen Kejaksaan Agung"


def test_the_holder_after_the_comma_holds_the_whole_title() -> None:
    s = f"{TITLE}, Reza Manggala, menghadiri acara itu."
    got = role_officials(s, [("Reza Manggala", "PER")], spans=True)
    assert got == [role_record(s, s[: s.index(", menghadiri")], "Reza Manggala", TITLE)]


def test_no_person_after_the_comma_gives_no_holder() -> None:
    s = "Jaksa Agung Muda Intelijen Kejaksaan Agung, Selasa, menghadiri acara itu."
    assert role_officials(s, []) == []


def test_a_given_name_the_model_reads_as_a_person_stays_the_holder() -> None:
    # `Agung` is the model's person here: the word after the body is its holder, as before
    s = "Ketua Koperasi Sentosa Agung, Rina Sari, dan warga hadir dalam rapat itu."
    got = role_officials(s, [("Agung", "PER"), ("Rina Sari", "PER")])
    assert ("Rina Sari", "Ketua Koperasi Sentosa Agung") not in got
