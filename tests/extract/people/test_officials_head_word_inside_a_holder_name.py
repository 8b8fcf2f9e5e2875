"""Officials: a head's word inside the holder's name. **Name-with-Hakim, post** / **selaku post**:
a word that also heads a post (`Hakim`, a judge) that the model's person holds after a name word
of it (`Nurman Hakim`, `Arif Hakim Siregar`) is a word of the name when the name is read back from
a post after it (apposition, `selaku`, an owner's business); the lexicon doubts every model span
with a head in it, so any span of the model's counts. A head the model's person opens
(`Hakim Rina Marlina`) or one outside the person stays a post.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

from extract.records import Entity
from tests.entity_records import model_entities

from .test_roles import _officials, _rec


def _ents(sentence: str, *found: tuple[str, str]) -> list[Entity]:
    return model_entities(sentence, list(found))


def test_a_head_word_ending_the_name_before_an_apposition() -> None:
    s = "Hal itu disampaikan Arif Hakim Siregar, Kepala Dinas Perhubungan Kota Metro, Senin."
    assert _officials(s, _ents(s, ("Arif Hakim Siregar", "PER"))) == [
        _rec(
            s,
            "Arif Hakim Siregar, Kepala Dinas Perhubungan Kota Metro",
            "Arif Hakim Siregar",
            "Kepala Dinas Perhubungan Kota Metro",
        )
    ]


def test_a_head_word_ending_the_name_before_selaku() -> None:
    s = "Bantuan itu diserahkan Nurman Hakim selaku Ketua Baznas Lampung Timur."
    assert _officials(s, _ents(s, ("Nurman Hakim", "PER"))) == [
        _rec(
            s, "Nurman Hakim selaku Ketua Baznas Lampung Timur", "Nurman Hakim", "Ketua Baznas Lampung Timur"
        )
    ]


def test_a_head_word_inside_the_name_of_a_business_owner() -> None:
    s = "Pelatih itu berfoto bersama Arif Hakim Siregar, pemilik Sinar Jaya Stable."
    ents = _ents(s, ("Arif Hakim Siregar", "PER"), ("Sinar Jaya Stable", "ORG"))
    assert _officials(s, ents) == [
        _rec(
            s,
            "Arif Hakim Siregar, pemilik Sinar Jaya Stable",
            "Arif Hakim Siregar",
            "pemilik Sinar Jaya Stable",
        )
    ]


def test_the_head_word_outside_the_person_is_the_post() -> None:
    s = "Menurut Rina Marlina, Hakim Pengadilan Negeri Metro, putusan itu sudah tepat."
    assert _officials(s, _ents(s, ("Rina Marlina", "PER"))) == [
        _rec(
            s, "Rina Marlina, Hakim Pengadilan Negeri Metro", "Rina Marlina", "Hakim Pengadilan Negeri Metro"
        )
    ]


def test_the_head_word_opening_the_person_is_the_post() -> None:
    s = "Hakim Rina Marlina, Ketua Majelis, membacakan putusan itu."
    assert _officials(s, _ents(s, ("Hakim Rina Marlina", "PER"))) == [
        _rec(s, "Hakim Rina Marlina", "Rina Marlina", "Hakim")
    ]


def test_a_name_with_the_head_word_in_a_list_without_posts_gives_nothing() -> None:
    s = "Film itu dibintangi Christine Hakim, Reza Santoso, dan Budi Hartono."
    ents = _ents(s, ("Christine Hakim", "PER"), ("Reza Santoso", "PER"), ("Budi Hartono", "PER"))
    assert _officials(s, ents) == []


def test_a_model_person_ending_inside_the_run_lends_its_head_word_nothing() -> None:
    s = "Hal itu dikatakan Ahmad Menteri Agama selaku Ketua Dewan Pembina yayasan itu."
    assert _officials(s, _ents(s, ("Ahmad Menteri", "PER"))) == []
