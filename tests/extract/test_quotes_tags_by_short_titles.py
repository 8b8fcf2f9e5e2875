"""Quotes tagged by a title's short form (issue 12): ``kata Menkes`` after `Menteri Kesehatan
Budi …`, ``ujar Menpora`` after `Menteri Pemuda dan Olahraga (Menpora) …` name the official
holding that title; an acronym in capitals (``kata KJRI``) names an office, no person. A short
name given in brackets after a person's name (`Bagus Wiratama (BW)`) names that person in a tag.

Invented Indonesian sentences; whole quotes with spans, including speakers that must stay null.
"""

from __future__ import annotations

import pytest

from extract import extract_quotes
from extract.records import Official
from tests.extract.test_quotes import _official, _person, _quote, _span

TEXT_SHORT_TITLE = (
    "Menteri Kesehatan Rudy Hartanto meninjau puskesmas di Kecamatan Cisarua, Rabu.\n"
    "“Stok vaksin untuk anak sekolah cukup sampai akhir tahun,” kata Menkes di sela kunjungan."
)


def test_a_title_written_short_names_its_holder() -> None:
    rudy = _person(TEXT_SHORT_TITLE, "Rudy Hartanto")
    official = _official(TEXT_SHORT_TITLE, "Rudy Hartanto", "Menteri Kesehatan")
    got = extract_quotes(TEXT_SHORT_TITLE, persons=[rudy], officials=[official])
    assert got == [
        _quote(
            TEXT_SHORT_TITLE,
            "Stok vaksin untuk anak sekolah cukup sampai akhir tahun,",
            "Rudy Hartanto",
            "kata",
            speaker_span=_span(TEXT_SHORT_TITLE, "Menkes"),
            title="Menteri Kesehatan",
        )
    ]


TEXT_BRACKETED = (
    "Menteri Pemuda dan Olahraga (Menpora) Dimas Prakoso melepas kontingen atlet ke Hanoi.\n"
    "“Kami menargetkan tiga medali emas dari cabang dayung,” ujar Menpora di bandara."
)


def test_a_title_short_form_given_in_brackets_names_its_holder() -> None:
    dimas = _person(TEXT_BRACKETED, "Dimas Prakoso")
    title = "Menteri Pemuda dan Olahraga (Menpora)"
    official = _official(TEXT_BRACKETED, "Dimas Prakoso", title)
    got = extract_quotes(TEXT_BRACKETED, persons=[dimas], officials=[official])
    assert got == [
        _quote(
            TEXT_BRACKETED,
            "Kami menargetkan tiga medali emas dari cabang dayung,",
            "Dimas Prakoso",
            "ujar",
            speaker_span=_span(TEXT_BRACKETED, "Menpora", TEXT_BRACKETED.index("ujar")),
            title=title,
        )
    ]


@pytest.mark.parametrize(
    ("text", "name", "title", "words", "cue"),
    [
        # an office's acronym: the consulate speaks, not the consul
        (
            "Konsul Jenderal RI Andi Saputra menerima para pelajar di Perth.\n"
            "“Layanan paspor tetap buka selama libur Natal,” kata KJRI dalam keterangannya.",
            "Andi Saputra",
            "Konsul Jenderal RI",
            "Layanan paspor tetap buka selama libur Natal,",
            "kata",
        ),
        # a short form of another minister's title
        (
            "Menteri Kesehatan Rudy Hartanto hadir dalam rapat anggaran di Jakarta.\n"
            "“Defisit tahun ini masih di bawah tiga persen,” ujar Menkeu seusai rapat.",
            "Rudy Hartanto",
            "Menteri Kesehatan",
            "Defisit tahun ini masih di bawah tiga persen,",
            "ujar",
        ),
    ],
)
def test_a_short_word_that_is_not_the_title_names_no_one(
    text: str, name: str, title: str, words: str, cue: str
) -> None:
    got = extract_quotes(text, persons=[_person(text, name)], officials=[_official(text, name, title)])
    assert got == [_quote(text, words, None, cue)]


TEXT_ALIAS = (
    "Ketua fraksi itu, Bagus Wiratama (BW), menemui para petani di balai desa.\n"
    "“Harga gabah harus dijaga agar petani tidak rugi,” kata BW kepada wartawan."
)


def test_a_short_name_in_brackets_after_a_name_names_that_person() -> None:
    bagus = _person(TEXT_ALIAS, "Bagus Wiratama")
    got = extract_quotes(TEXT_ALIAS, persons=[bagus])
    assert got == [
        _quote(
            TEXT_ALIAS,
            "Harga gabah harus dijaga agar petani tidak rugi,",
            "Bagus Wiratama",
            "kata",
            speaker_span=_span(TEXT_ALIAS, "BW", TEXT_ALIAS.index("kata")),
        )
    ]


TEXT_NO_ALIAS = (
    "Ketua fraksi itu, Bagus Wiratama (BW), menemui para petani di balai desa.\n"
    "“Pupuk bersubsidi sudah tiba di gudang,” kata PT kepada wartawan."
)


def test_a_word_no_bracket_gives_names_no_one() -> None:
    got = extract_quotes(TEXT_NO_ALIAS, persons=[_person(TEXT_NO_ALIAS, "Bagus Wiratama")])
    assert got == [_quote(TEXT_NO_ALIAS, "Pupuk bersubsidi sudah tiba di gudang,", None, "kata")]


TEXT_SHARED_TITLE = (
    "Para pegulat berlatih di bawah arahan pelatih Sukardiman dan Edem Abduraimov sejak Senin.\n"
    "“Besok pagi kita fokus latihan bantingan di matras,” kata pelatih Zulhaidar di asrama."
)


def test_a_name_after_a_title_two_persons_hold_names_neither_of_them() -> None:
    text = TEXT_SHARED_TITLE
    coaches = [_person(text, n) for n in ("Sukardiman", "Edem Abduraimov")]
    start = text.index("pelatih")
    officials = [
        Official(name, "pelatih", (start, _span(text, name)[1]), _span(text, name))
        for name in ("Sukardiman", "Edem Abduraimov")
    ]
    got = extract_quotes(text, persons=coaches, officials=officials)
    assert got == [_quote(text, "Besok pagi kita fokus latihan bantingan di matras,", None, "kata")]


def test_a_name_after_a_title_one_person_holds_still_names_that_holder() -> None:
    text = "Pelatih Sukardiman memimpin latihan pagi.\n“Kita fokus latihan bantingan,” kata pelatih Sukar."
    sukardiman = _person(text, "Sukardiman")
    official = Official("Sukardiman", "Pelatih", (0, 18), (8, 18))
    got = extract_quotes(text, persons=[sukardiman], officials=[official])
    assert [(q.speaker, q.title) for q in got] == [("Sukardiman", "Pelatih")]
