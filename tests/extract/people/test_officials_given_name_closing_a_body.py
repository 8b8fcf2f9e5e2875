"""Officials: a title whose last word is also a given name (`Kejaksaan Agung`, `Mahkamah Agung`),
then a comma and its holder (issue 13: the name started too early, at `Agung`, and the holder
after the comma was lost). The word closes the body's name when it follows an organisation's word,
the organisation layer's entity ends on it (`Kejaksaan Agung`), the model reads no person there and
its person opens the name after the comma; without such an entity the word is the holder
(`Ketua Koperasi Wati, Siti Aminah …`, review s33).

Every sentence is written for the test: names are made up.
"""

from __future__ import annotations

from extract.article import extract_article
from extract.records import Person
from tests.official_records import official_record, role_officials, role_record

#: the post, its body's name closed by a word that is also a given name
TITLE = "Jaksa Agung Muda Intelijen Kejaksaan Agung"


def test_the_holder_after_the_comma_holds_the_whole_title() -> None:
    s = f"{TITLE}, Reza Manggala, menghadiri acara itu."
    got = role_officials(s, [("Kejaksaan Agung", "ORG"), ("Reza Manggala", "PER")], spans=True)
    assert got == [role_record(s, s[: s.index(", menghadiri")], "Reza Manggala", TITLE)]


def test_the_whole_article_reads_the_body_and_its_holder() -> None:
    s = f"{TITLE}, Reza Manggala, menghadiri acara itu di Jakarta, Senin (18/9/2023)."
    officials = extract_article(f"{s}\n", reference_date="2023-09-20").officials
    assert officials == (official_record(s, s[: s.index(", menghadiri")], "Reza Manggala", TITLE),)


# review s33: a given name after a body's word, with no entity of the organisation layer ending on
# it, is the holder, and the person after the comma someone else (`Koperasi Wati` names no body)
WATI = "Menurut Ketua Koperasi Wati, Siti Aminah sudah lama menunggak cicilan di Bogor, Senin (18/9/2023)."


def test_a_given_name_no_body_ends_on_is_the_holder() -> None:
    got = role_officials(WATI, [("Siti Aminah", "PER")], spans=True)
    assert got == [role_record(WATI, "Ketua Koperasi Wati", "Wati", "Ketua Koperasi")]


def test_a_given_name_no_body_ends_on_in_the_whole_article() -> None:
    record = extract_article(f"{WATI}\n", reference_date="2023-09-20")
    assert record.officials == (official_record(WATI, "Ketua Koperasi Wati", "Wati", "Ketua Koperasi"),)
    assert record.persons == (
        Person(name="Wati", mentions=((23, 27),)),
        Person(name="Siti Aminah", mentions=((29, 40),)),
    )


def test_no_person_after_the_comma_gives_no_holder() -> None:
    s = "Jaksa Agung Muda Intelijen Kejaksaan Agung, Selasa, menghadiri acara itu."
    assert role_officials(s, []) == []


def test_a_given_name_the_model_reads_as_a_person_stays_the_holder() -> None:
    # `Agung` is the model's person here: the word after the body is its holder, as before
    s = "Ketua Koperasi Sentosa Agung, Rina Sari, dan warga hadir dalam rapat itu."
    got = role_officials(s, [("Agung", "PER"), ("Rina Sari", "PER")])
    assert ("Rina Sari", "Ketua Koperasi Sentosa Agung") not in got
