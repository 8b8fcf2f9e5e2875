"""Organisations and places in a title-case headline glued before the body: a headline's
adjective or intransitive verb (`Turun`, `Naik`, `Rampung`; `entities_headline_predicates.txt`,
derived by `scripts/derive_headline_verbs.py --predicates`) ends the name before it when the words
from the sentence's opening up to it are a headline's; in running text a name keeps such a word
(`Panas Bumi`, `Aktif`). A question word on `-kah` opens no name (`Bisakah Persija …`). Whole
entity lists from `resolve_entities` on invented sentences, with
the spans."""

from __future__ import annotations

import pytest

from extract.text.words import word_set

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Baca juga: Laba Maskapai Garuda Nusantara Turun 12 Persen Pada Kuartal Kedua",
            [("Maskapai Garuda Nusantara Turun", "ORG")],
            [("Maskapai Garuda Nusantara", "ORG", (16, 41))],
        ),
        (
            "Jelang Lebaran Omzet Koperasi Karya Bersama Naik Tajam pengurus koperasi"
            " mencatat lonjakan pembeli.",
            [("Koperasi Karya Bersama Naik Tajam", "ORG")],
            [("Koperasi Karya Bersama", "ORG", (21, 43))],
        ),
        (
            "Kabar Terkini Gedung Olahraga Tunas Bangsa Rampung Tahun Ini pekerjaan atapnya"
            " selesai pekan lalu.",
            [("Gedung Olahraga Tunas Bangsa Rampung Tahun Ini", "LOC")],
            [("Kabar Terkini", "ORG", (0, 13)), ("Gedung Olahraga Tunas Bangsa", "LOC", (14, 42))],
        ),
    ],
)
def test_a_headline_predicate_ends_the_name_before_it(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Para peneliti Pusat Riset Panas Bumi Nusantara meninjau sumur uji di lereng gunung.",
            [("Pusat Riset Panas Bumi Nusantara", "ORG")],
            [("Pusat Riset Panas Bumi Nusantara", "ORG", (14, 46))],
        ),
        (
            "Saham PT Sinar Aktif Perkasa menguat setelah laporan kuartal ketiga terbit.",
            [("PT Sinar Aktif Perkasa", "ORG")],
            [("PT Sinar Aktif Perkasa", "ORG", (6, 28))],
        ),
    ],
)
def test_a_name_in_running_text_keeps_its_predicate_word(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_question_word_opens_no_name() -> None:
    text = "Jika Timnas Kalah Lagi, Bisakah Persija Naik Peringkat Musim Depan? Begini penjelasannya."
    model = [("Bisakah Persija Naik Peringkat Musim Depan", "ORG")]
    assert _found(text, model) == [("Persija", "ORG", (32, 39))]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Benarkah Minum Kopi Pagi Hari Berbahaya? Simak ulasan dokter berikut.",
            [("Benarkah", "LOC")],
            [],
        ),
        (
            "Warga antre membeli sembako murah di Koperasi Berkah Makmur pada Sabtu.",
            [("Koperasi Berkah Makmur", "ORG")],
            [("Koperasi Berkah Makmur", "ORG", (37, 59))],
        ),
        (
            "Pengurus Berkah Tani Mandiri menyalurkan pupuk kepada anggota.",
            [("Berkah Tani Mandiri", "ORG")],
            [("Berkah Tani Mandiri", "ORG", (9, 28))],
        ),
    ],
)
def test_a_question_word_alone_is_no_name_and_a_short_stem_stays(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected


def test_the_predicates_are_headline_adjectives_and_no_name_words() -> None:
    predicates = word_set("entities_headline_predicates.txt")
    assert {"turun", "naik", "rampung", "terendam", "stabil"} <= predicates
    # nouns, a head and the words of names of places are left out
    assert not {"rumah", "dana", "kompleks", "panjang", "lama", "senang"} & predicates
