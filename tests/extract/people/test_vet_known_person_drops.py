"""Entity vetting (`extract.ner.vet`): known real persons a vetting test drops on unseen news
(issue 12; session 35's count of the 640 annotated news-raw articles' missed persons), kept
visible as strict xfails, each beside the case its test is right to drop.

- `_after_place`: a name right after a place with no title before it is the place's tail
  (`masyarakat Kotim Habaring Hurung`); an occupation and a nationality before a foreign name
  (`penjelajah Kanada George Kourounis`) read the same way.
- `_ends_in_region`: a name ending in a country or region is a body's branch (`Dompet Dhuafa
  Jabar`); a person's name that ends in a country's word after a rank (`Jenderal Pol (Purn)
  Badrodin Haiti`) is kept by the rank (`_marker_run_before`), and a holder's of two name words
  or more after an office's title (`Kepala BPOM … Yogi Abaso Mataram`); one unknown word and a
  region after an office (`Ketua Peradi Bandarlampung`) stays a body's branch.
- `_trim_opening` then `_lone_word_thing`: `Tim` (a team) opening a name is cut off (`Tim SAR`),
  and the word left alone is read as a thing (`Tim Harris`).
"""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from tests.entity_records import model_entities as _ents


def _vetted(text: str, items: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    return [(e.text, e.label, e.span) for e in vet_entities(text, _ents(text, items))]


def test_a_name_after_a_place_with_no_title_is_the_place_s_tail() -> None:
    t = "Bantuan itu diterima masyarakat Kotim Habaring Hurung pada Senin."
    assert _vetted(t, [("Kotim", "LOC"), ("Habaring Hurung", "PER")]) == [("Kotim", "LOC", (32, 37))]


@pytest.mark.xfail(strict=True, reason="_after_place: an occupation and a nationality before a foreign name")
def test_an_explorer_named_after_his_nationality_is_a_person() -> None:
    t = "Ekspedisi pertama ke kawah itu dipimpin penjelajah Kanada George Kourounis pada 2013."
    assert _vetted(t, [("Kanada", "LOC"), ("George Kourounis", "PER")]) == [
        ("Kanada", "LOC", (51, 57)),
        ("George Kourounis", "PER", (58, 74)),
    ]


def test_a_body_s_branch_ending_in_a_province_is_no_person() -> None:
    t = "Penyaluran zakat dilakukan Dompet Dhuafa Jabar di Bandung, Sabtu."
    assert _vetted(t, [("Dompet Dhuafa Jabar", "PER"), ("Bandung", "LOC")]) == [("Bandung", "LOC", (50, 57))]


def test_a_general_whose_name_ends_in_a_country_s_word_is_a_person() -> None:
    t = "Musyawarah itu menunjuk kembali Jenderal Pol (Purn) Badrodin Haiti sebagai ketua umum."
    assert _vetted(t, [("Badrodin Haiti", "PER")]) == [("Badrodin Haiti", "PER", (52, 66))]


def test_unknown_words_ending_in_a_city_with_no_rank_before_are_no_person() -> None:
    t = "Pendampingan hukum diberikan Peradi Bandarlampung kepada warga, Senin."
    assert _vetted(t, [("Peradi Bandarlampung", "PER")]) == []


def test_unknown_words_ending_in_a_city_after_an_office_are_no_person() -> None:
    t = "Hal itu disampaikan Ketua Peradi Bandarlampung dalam pertemuan, Senin."
    assert _vetted(t, [("Peradi Bandarlampung", "PER")]) == []


@pytest.mark.xfail(strict=True, reason="_trim_opening cuts `Tim`, _lone_word_thing drops the word left")
def test_a_name_opened_by_tim_is_a_person() -> None:
    t = "Rosen ditunjuk sebagai presiden klub menggantikan Tim Harris pada musim lalu."
    assert _vetted(t, [("Tim Harris", "PER")]) == [("Tim Harris", "PER", (50, 60))]


def test_a_holder_s_name_ending_in_a_city_after_an_office_is_a_person() -> None:
    t = "Temuan itu disampaikan Kepala BPOM Jambi Rudi Abaso Mataram di kantornya, Senin."
    assert _vetted(t, [("Jambi", "LOC"), ("Rudi Abaso Mataram", "PER")]) == [
        ("Jambi", "LOC", (35, 40)),
        ("Rudi Abaso Mataram", "PER", (41, 59)),
    ]


def test_a_name_ending_in_a_city_with_no_title_before_is_no_person() -> None:
    t = "Bantuan itu kemudian diserahkan Rudi Abaso Mataram kepada warga."
    assert _vetted(t, [("Rudi Abaso Mataram", "PER")]) == []


def test_one_word_and_a_city_after_an_office_is_a_body_s_branch() -> None:
    t = "Hal itu disampaikan Ketua Laskar Lampung dalam pertemuan itu."
    assert _vetted(t, [("Laskar Lampung", "PER")]) == []
