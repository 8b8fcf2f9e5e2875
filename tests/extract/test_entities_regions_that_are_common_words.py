"""A one-word province, regency, city or country that the training corpora also wrote lowercase
(names_common_words.txt holds `indonesia`, `jepang`, `palestina`) is a place where the article
writes it capitalised mid-sentence and never lowercase (GUIDELINES §6: countries and cities are
LOC; `page._region_as_written`). It names nothing at a sentence's start (`Puncak acara`), where the
article writes the word lowercase too (`batu`), inside a body's name (`Kedutaan Besar Mesir`,
`Bank Indonesia`), and a district's or seat's name that is a common word stays out (`Juli`).
Whole entity lists from `resolve_entities` on invented sentences, with the spans; the model found
nothing."""

from __future__ import annotations

from extract.ner.entities import resolve_entities
from extract.records import Entity


def _found(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    return [(e.text, str(e.label), e.span) for e in resolve_entities(text, [])]


def test_a_country_after_a_lowercase_noun_is_a_place() -> None:
    text = "Pelatihan itu menyiapkan tenaga kerja Indonesia untuk industri baterai."
    assert _found(text) == [("Indonesia", "LOC", (38, 47))]


def test_countries_named_in_a_sentence_are_places() -> None:
    text = "Menlu menegaskan dukungan bagi kemerdekaan Palestina dan mengecam serangan Israel di Gaza."
    assert _found(text) == [
        ("Palestina", "LOC", (43, 52)),
        ("Israel", "LOC", (75, 81)),
        ("Gaza", "LOC", (85, 89)),
    ]


def test_a_country_inside_a_body_name_is_no_place_of_its_own() -> None:
    text = "Staf Kedutaan Besar Mesir bertemu pejabat Bank Indonesia pada pekan lalu."
    assert _found(text) == [("Kedutaan Besar Mesir", "ORG", (5, 25)), ("Bank Indonesia", "ORG", (42, 56))]


def test_a_common_word_region_opening_a_sentence_names_nothing() -> None:
    text = "Puncak acara berlangsung meriah. Warga pulang menjelang malam."
    assert _found(text) == []


def test_a_region_the_article_writes_lowercase_too_names_nothing() -> None:
    text = "Truk itu mengangkut Batu dari tambang. Muatan batu itu ditimbang di pos."
    assert _found(text) == []


def test_a_district_that_is_a_month_names_nothing() -> None:
    text = "Harga beras naik sejak pertengahan Juli menurut pedagang pasar."
    assert _found(text) == []


def test_a_region_ending_a_lowercase_body_name_is_no_place() -> None:
    text = "Sekolah itu bekerja sama dengan yayasan jantung Indonesia dalam lomba senam."
    assert _found(text) == []


def test_a_country_after_the_common_noun_for_its_government_is_a_place() -> None:
    text = "Kebijakan pemerintah Tiongkok menarik minat investor asing."
    assert _found(text) == [("Tiongkok", "LOC", (21, 29))]


def test_a_country_opening_a_programme_name_is_no_place() -> None:
    text = "Warga yang belum menerima program Indonesia pintar diminta melapor ke desa."
    assert _found(text) == []


def test_a_country_after_a_capitalised_word_may_end_its_name() -> None:
    text = "Garena Indonesia mengumumkan jadwal final. Pameran itu digelar di Mall of Indonesia."
    assert _found(text) == []


def test_a_country_after_a_capitalised_preposition_is_a_place() -> None:
    text = "Di Indonesia, harga beras naik pekan ini."
    assert _found(text) == [("Indonesia", "LOC", (3, 12))]


def test_a_country_after_a_league_word_is_a_place() -> None:
    text = "Pertandingan pekan ke-11 Liga Inggris berlangsung pada Sabtu malam."
    assert _found(text) == [("Inggris", "LOC", (30, 37))]


def test_a_country_ending_a_committee_name_after_a_contest_word_is_no_place() -> None:
    text = "Pengurus Komite Olimpiade Indonesia memberi penghargaan kepada atlet."
    model = [Entity("Komite Olimpiade Indonesia", "ORG", (9, 35))]
    found = [(e.text, str(e.label), e.span) for e in resolve_entities(text, model)]
    assert found == [("Komite Olimpiade Indonesia", "ORG", (9, 35))]


def test_a_city_after_a_districts_title_word_is_a_place() -> None:
    text = "Menteri Sekretaris Negara Arif Budiman memberi keterangan di Jakarta."
    assert _found(text) == [("Jakarta", "LOC", (61, 68))]
