"""A one-word place that opens a sentence, where the same article also writes the word in
lowercase, is the common noun the sentence opens with (`Sumur bor …` beside `sumur`), no place
(GUIDELINES §6: named places only); a province's, a regency's or a city's name and a place the
article never writes in lowercase stay places. Whole entity lists from `resolve_entities` on
invented sentences, with the spans."""

from __future__ import annotations

from .test_entities_news import _found


def test_a_well_opening_a_sentence_is_no_place() -> None:
    text = (
        "Warga kesulitan air bersih. Sumur bor yang dibangun tahun lalu kering. Tiap sumur melayani 40 rumah."
    )
    assert _found(text, [("Sumur", "LOC")]) == []


def test_an_animal_opening_a_sentence_is_no_place() -> None:
    text = "Gajah, kata pawang itu, butuh hutan yang luas. Kawanan gajah terlihat di Desa Sukamaju."
    model = [("Gajah", "LOC"), ("Desa Sukamaju", "LOC")]
    assert _found(text, model) == [("Desa Sukamaju", "LOC", (73, 86))]


def test_a_city_opening_a_sentence_stays_a_place() -> None:
    text = "Padang diguyur hujan deras sejak pagi. Padang rumput tergenang, tetapi padang itu kini kering."
    model = [("Padang", "LOC")]
    assert _found(text, model) == [("Padang", "LOC", (0, 6)), ("Padang", "LOC", (39, 45))]


def test_a_place_never_written_low_stays_a_place() -> None:
    text = "Warga berkumpul sejak pagi. Sukamaju menjadi tuan rumah festival panen tahun ini."
    assert _found(text, [("Sukamaju", "LOC")]) == [("Sukamaju", "LOC", (28, 36))]


def test_a_common_word_inside_a_sentence_is_not_read_here() -> None:
    text = "Air dari sumur itu dialirkan ke Dusun Sumur di ujung desa."
    model = [("Dusun Sumur", "LOC")]
    assert _found(text, model) == [("Dusun Sumur", "LOC", (32, 43))]
