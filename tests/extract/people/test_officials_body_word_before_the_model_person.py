"""Officials: a word between the title and the model's person (`Ketum Pengurus Pusat Pordasi
Triwatty Marciano`, PER `Triwatty Marciano`) is the body's name the title ends with when the
model writes that word elsewhere as a later word of a body or a place (`Kejurnas Pordasi`) at
least as often as inside a person; a first name the model cut off (PER `Alfirman` of `Luky
Alfirman`) stays the holder's.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

from extract.records import Entity
from tests.entity_records import model_entities

from .test_roles import _officials, _rec


def _ents(sentence: str, *found: tuple[str, str]) -> list[Entity]:
    return model_entities(sentence, list(found))


def test_a_body_word_the_model_writes_in_bodies_goes_to_the_title() -> None:
    s = (
        "Ketua Umum Pengurus Pusat Perkasi Wulan Anggraini membuka kejuaraan itu di Medan. "
        "Kejurnas Perkasi diikuti dua ratus atlet. Pengurus Perkasi menyiapkan wasit. "
        "Perkasi berharap kejuaraan berjalan lancar."
    )
    # the model takes the body that speaks (`Perkasi berharap`) for a person once, once for a body
    ents = _ents(
        s,
        ("Wulan Anggraini", "PER"),
        ("Kejurnas Perkasi", "ORG"),
        ("Perkasi", "ORG"),
        ("Perkasi", "PER"),
    )
    assert _officials(s, ents) == [
        _rec(
            s,
            "Ketua Umum Pengurus Pusat Perkasi Wulan Anggraini",
            "Wulan Anggraini",
            "Ketua Umum Pengurus Pusat Perkasi",
        )
    ]


def test_a_first_name_the_model_calls_a_person_stays_the_holder_s() -> None:
    s = (
        "Direktur Jenderal Anggaran Sandro Wiratama menyebut belanja naik. "
        "Sandro mengatakan pagu itu cukup. Menurut Sandro, sisa dana dikembalikan."
    )
    ents = _ents(s, ("Wiratama", "PER"), ("Sandro", "PER"), ("Sandro", "PER"))
    assert [(o.name, o.title) for o in _officials(s, ents)] == [
        ("Sandro Wiratama", "Direktur Jenderal Anggaran")
    ]


def test_a_first_name_written_nowhere_else_stays_the_holder_s() -> None:
    s = "Gubernur Sulbar Wirandi Pratama meresmikan jembatan itu pada Senin pagi."
    ents = _ents(s, ("Sulbar", "LOC"), ("Pratama", "PER"))
    assert [(o.name, o.title) for o in _officials(s, ents)] == [("Wirandi Pratama", "Gubernur Sulbar")]


def test_the_body_alone_with_no_holder_gives_nothing() -> None:
    s = "Kejurnas Perkasi diikuti dua ratus atlet dari tiga puluh provinsi."
    assert _officials(s, _ents(s, ("Kejurnas Perkasi", "ORG"))) == []
