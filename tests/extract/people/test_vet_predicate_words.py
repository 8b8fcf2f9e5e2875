"""Entity vetting (`extract.ner.vet`): a word news-raw writes as a predicate right after a name
(`names_predicate_words.txt`, derived by scripts/derive_predicate_words.py) at the edge of a PER
span is a headline's verb, cut off the name (people20)."""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from tests.extract.people.test_vet_names_called_alone import _ents, _per


def test_a_headline_verb_after_a_name_is_cut_off() -> None:
    t = "Gubernur Lestiani Wirasaputri Pastikan Stok Beras Aman. Stok beras di gudang cukup sampai Lebaran."
    got = vet_entities(t, _ents(t, [("Lestiani Wirasaputri Pastikan", "PER")]))
    start = t.index("Lestiani")
    assert _per(got) == [("Lestiani Wirasaputri", (start, start + 20))]


def test_a_verb_before_a_name_is_cut_off() -> None:
    t = "Pemkot Gelar Rapat Anggaran. Menanggapi Hendrayana Kusumo, ketua fraksi menolak usul itu."
    got = vet_entities(t, _ents(t, [("Menanggapi Hendrayana Kusumo", "PER")]))
    start = t.index("Hendrayana")
    assert _per(got) == [("Hendrayana Kusumo", (start, start + 17))]


def test_a_name_that_is_also_a_common_word_stays() -> None:
    # `pribadi` is a common word, but news-raw rarely writes it right after a name
    t = "Ketua panitia Ardiansyah Pribadi membuka lomba di halaman kantor desa."
    got = vet_entities(t, _ents(t, [("Ardiansyah Pribadi", "PER")]))
    start = t.index("Ardiansyah")
    assert _per(got) == [("Ardiansyah Pribadi", (start, start + 18))]


def test_a_name_with_a_particle_takes_any_word() -> None:
    t = "Upacara dipimpin I Dewa Gede Sayang bersama para pemangku adat di pura desa."
    got = vet_entities(t, _ents(t, [("I Dewa Gede Sayang", "PER")]))
    start = t.index("I Dewa")
    assert _per(got) == [("I Dewa Gede Sayang", (start, start + 18))]


def test_a_predicate_inside_the_span_ends_the_name_with_its_object() -> None:
    # people22: `Beserta Jajaran` after the name was dropped with it; the name is kept
    t = "Sambutan disampaikan Manajer Ranting Bapak Sumarsono Adiwijaya Beserta Jajaran, lalu doa bersama."
    got = vet_entities(t, _ents(t, [("Sumarsono Adiwijaya Beserta Jajaran", "PER")]))
    start = t.index("Sumarsono")
    assert _per(got) == [("Sumarsono Adiwijaya", (start, start + 19))]


@pytest.mark.xfail(
    strict=True,
    reason="unmarked, a capitalised run with a verb inside is read as a headline phrase and dropped whole",
)
def test_a_headline_verb_inside_an_unmarked_span_keeps_the_name() -> None:
    t = "Hartini Mulyasari Menghadiri Rapat Koordinasi Daerah. Rapat dibuka pukul sembilan pagi."
    got = vet_entities(t, _ents(t, [("Hartini Mulyasari Menghadiri Rapat", "PER")]))
    assert _per(got) == [("Hartini Mulyasari", (0, 17))]


def test_a_predicate_opening_the_span_leaves_no_name() -> None:
    t = "Kini Jalan desa sudah mulus. Warga kini bisa membawa hasil panen ke pasar."
    got = vet_entities(t, _ents(t, [("Kini Jalan", "PER")]))
    assert _per(got) == []


def test_a_capitalised_headline_with_a_verb_inside_gives_nothing() -> None:
    t = "Harga Cabai Kini Turun Lagi di Pasar Induk. Pedagang menyebut pasokan dari petani lancar."
    got = vet_entities(t, _ents(t, [("Harga Cabai Kini Turun", "PER")]))
    assert _per(got) == []
