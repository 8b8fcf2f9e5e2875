"""Entity vetting (`extract.ner.vet`): a word the model reads alone as a person elsewhere in the
article, written right before one of its PER spans, is that name's first word (officials19)."""

from __future__ import annotations

from extract.ner.vet import vet_entities
from extract.records import Entity
from tests.entity_records import model_entities as _ents


def _per(got: list[Entity]) -> list[tuple[str, tuple[int, int]]]:
    return [(e.text, e.span) for e in got if e.label == "PER"]


def test_a_first_name_called_alone_elsewhere_opens_the_span_after_it() -> None:
    t = (
        "Juara kelas itu, Wiranti Ayu Sekarningrum, menerima piala di aula sekolah. "
        "Menurut guru wali kelas, Wiranti rajin berlatih setiap sore."
    )
    ents = _ents(t, [("Ayu Sekarningrum", "PER"), ("Wiranti", "PER")])
    start = t.index("Wiranti Ayu")
    assert _per(vet_entities(t, ents)) == [
        ("Wiranti Ayu Sekarningrum", (start, start + 24)),
        ("Wiranti", (t.index("Wiranti rajin"), t.index("Wiranti rajin") + 7)),
    ]


def test_two_spans_the_model_split_become_one_name() -> None:
    t = "Bendahara koperasi Nurfadilah Kurniasih Lubis hadir. Nurfadilah lalu membacakan laporan."
    ents = _ents(t, [("Nurfadilah", "PER"), ("Kurniasih Lubis", "PER"), ("Nurfadilah", "PER")])
    start = t.index("Nurfadilah Kurniasih")
    later = t.index("Nurfadilah lalu")
    assert _per(vet_entities(t, ents)) == [
        ("Nurfadilah Kurniasih Lubis", (start, start + 26)),
        ("Nurfadilah", (later, later + 10)),
    ]


def test_a_word_never_read_alone_as_a_person_stays_out_of_the_name() -> None:
    t = "Pengunjung Taman Sariwangi Ratna Kumalasari memotret bunga di sana."
    ents = _ents(t, [("Ratna Kumalasari", "PER")])
    s = t.index("Ratna")
    assert _per(vet_entities(t, ents)) == [("Ratna Kumalasari", (s, s + 16))]


def test_a_word_also_read_as_a_body_is_no_first_name() -> None:
    t = (
        "Pendiri Sarimukti Hendra Wiguna membuka gerai baru. Sarimukti kini punya tiga gerai, "
        "kata pengelola Sarimukti di Bandung."
    )
    ents = _ents(t, [("Hendra Wiguna", "PER"), ("Sarimukti", "PER"), ("Sarimukti", "ORG")])
    s = t.index("Hendra")
    assert ("Hendra Wiguna", (s, s + 13)) in _per(vet_entities(t, ents))
    assert not any(text.startswith("Sarimukti ") for text, _ in _per(vet_entities(t, ents)))
