"""Persons on unseen news (issue 12): a sentence that lost its full stop after a name opens on a
capitalised common word (`ungkap Rudi Sebelum berangkat …`, `kata Yanti Harga cabai …`) that the
NER model reads as the name's last word. The word is cut when lowercase words go on after it, the
name without it is written earlier in the article (on its own or as the start of a longer name)
and the longer form nowhere else. Right after a speech verb the sentence may open on the name's
last word written again (`ujar Dewi Dewi menambahkan …`): the doubled word is cut the same way, in
the model's spans and in the speaker's run, a one-word name's word written on its own earlier
(`Dewi meminta …`). A doubled name anywhere else (`Rekan senegaranya Chen Chen`, `Ibu Nana Nana`),
one whose word opens only another name before it (`Chen Long` … `kata Chen Chen`) and one never
written shorter before it (`kata Lang Lang`) stay whole.

Invented Indonesian sentences; whole person lists with every mention's span, and cases where the
name must stay whole.
"""

from __future__ import annotations

import pytest

from extract import extract_article
from tests.person_records import person_spans as _found
from tests.spans import nth_span as _nth
from tests.spans import span_of as _at

TEXT_QUOTE = (
    "Rudi Hartanto menjuarai turnamen catur tingkat kabupaten. Rudi mengaku berlatih setiap "
    'malam. "Lawan saya sangat kuat," ungkap Rudi Hartanto Sebelum berangkat ke final, Rudi '
    "sempat berdoa bersama keluarga."
)


def test_a_common_word_opening_the_next_sentence_is_cut() -> None:
    assert _found(
        TEXT_QUOTE, [("Rudi Hartanto", "PER"), ("Rudi Hartanto Sebelum", "PER"), ("Rudi", "PER")]
    ) == [
        (
            "Rudi Hartanto",
            (
                _nth(TEXT_QUOTE, "Rudi Hartanto", 0),
                _at(TEXT_QUOTE, "Rudi", _at(TEXT_QUOTE, "Rudi mengaku")[0]),
                _nth(TEXT_QUOTE, "Rudi Hartanto", 1),
                _at(TEXT_QUOTE, "Rudi", _at(TEXT_QUOTE, "Rudi sempat")[0]),
            ),
        )
    ]


TEXT_PRICE = (
    "Kepala BPS Kota Metro Yanti menyebut inflasi bulan ini terkendali. "
    '"Beras dan telur sudah stabil," kata Yanti Harga cabai merah justru naik di pasar tradisional.'
)


def test_a_one_word_name_before_the_next_sentence() -> None:
    assert _found(TEXT_PRICE, [("Yanti", "PER"), ("Yanti Harga", "PER")]) == [
        ("Yanti", (_nth(TEXT_PRICE, "Yanti", 0), _nth(TEXT_PRICE, "Yanti", 1)))
    ]


TEXT_WRITTEN_TWICE = (
    "Pebulu tangkis Tiongkok, Lin Dan, kalah di babak kedua. Lin juga pernah kalah di Jakarta. "
    "Jonatan dan Lin Dan sudah lima kali bertemu."
)


def test_a_longer_form_written_twice_stays_whole() -> None:
    found = _found(TEXT_WRITTEN_TWICE, [("Lin Dan", "PER"), ("Lin", "PER")])
    assert [name for name, _ in found] == ["Lin Dan"]


TEXT_FIRST = (
    "Kapolres Metro Kombes Arya Perdana kepada wartawan menjelaskan kronologi kejadian. "
    "Arya menambahkan pelaku sudah ditahan."
)


def test_a_name_introduced_whole_stays_whole() -> None:
    found = _found(TEXT_FIRST, [("Arya Perdana", "PER"), ("Arya", "PER")])
    assert [name for name, _ in found] == ["Arya Perdana"]


TEXT_COMMA = (
    "Ketua koperasi Agung menyampaikan laporan tahunan. "
    '"Kami untung tahun ini," kata Agung Pribadi, bendahara koperasi.'
)


def test_a_name_closed_by_a_comma_stays_whole() -> None:
    found = _found(TEXT_COMMA, [("Agung", "PER"), ("Agung Pribadi", "PER")])
    assert [name for name, _ in found] == ["Agung Pribadi"]


TEXT_SURNAME_ELSEWHERE = (
    "Ketua TP PKK Kabupaten Tulang Bawang Rina Melati Gemilang membuka bazar UMKM. "
    "Rina Gemilang menyampaikan bazar digelar setiap bulan."
)


def test_a_word_written_elsewhere_after_a_name_stays_in_the_name() -> None:
    text = TEXT_SURNAME_ELSEWHERE
    found = _found(text, [("Rina Melati Gemilang", "PER"), ("Rina Gemilang", "PER")])
    assert found == [
        ("Rina Melati Gemilang", (_at(text, "Rina Melati Gemilang"), _at(text, "Rina Gemilang")))
    ]


TEXT_DOUBLED_GIVEN = (
    "Bupati Tanggamus Dewi Handajani meninjau banjir di Kecamatan Kota Agung. "
    "Dewi meminta camat mendata rumah yang rusak. "
    '"Warga yang rumahnya terendam sudah kami ungsikan," ujar Dewi Dewi menambahkan bantuan '
    "logistik dikirim sore ini."
)

TEXT_DOUBLED_SURNAME = (
    'Ahmad Rifai, ketua koperasi tani, membagikan bibit durian kepada anggota. "Bibit ini gratis," '
    "kata Ahmad Rifai Rifai juga mengajak anggota merawat bibit itu."
)


@pytest.mark.parametrize("ner", [True, False])
def test_a_doubled_word_opening_the_next_sentence_is_cut(ner: bool) -> None:
    # the name's word written again opens the sentence whose full stop was lost: both words are
    # mentions of the person named in full, and the quote's speaker is that person, whether the
    # model's span or the speaker's run after `ujar` reads the name
    text = TEXT_DOUBLED_GIVEN
    record = extract_article(text, ner=ner)
    dewi = _at(text, "Dewi Dewi")[0]
    assert [(p.name, p.mentions) for p in record.persons] == [
        (
            "Dewi Handajani",
            (
                _at(text, "Dewi Handajani"),
                _at(text, "Dewi", _at(text, "Dewi meminta")[0]),
                (dewi, dewi + 4),
                (dewi + 5, dewi + 9),
            ),
        )
    ]
    assert [q.speaker for q in record.quotes] == ["Dewi Handajani"]


def test_a_doubled_last_word_of_a_full_name_is_cut() -> None:
    text = TEXT_DOUBLED_SURNAME
    second = _nth(text, "Ahmad Rifai", 1)
    assert _found(text, [("Ahmad Rifai", "PER"), ("Ahmad Rifai Rifai", "PER")]) == [
        ("Ahmad Rifai", (_nth(text, "Ahmad Rifai", 0), second, (second[1] + 1, second[1] + 6)))
    ]


TEXT_DOUBLED_NAME = (
    "Pianis asal Tiongkok Lang Lang memukau penonton di Jakarta. Konser itu digelar dua malam."
)


def test_a_name_of_one_doubled_word_written_once_stays_whole() -> None:
    # `Lang` is written nowhere before the name: the doubled word is the name itself
    assert _found(TEXT_DOUBLED_NAME, [("Lang Lang", "PER")]) == [
        ("Lang Lang", (_at(TEXT_DOUBLED_NAME, "Lang Lang"),))
    ]


TEXT_DOUBLED_AFTER_ANOTHER = (
    "Pebulu tangkis Tiongkok Chen Long kalah di babak pertama. "
    "Rekan senegaranya Chen Chen juga tersingkir di babak kedua."
)

TEXT_DOUBLED_AFTER_A_SINGER = (
    "Penyanyi Nana Mirdad hadir dalam acara amal itu. "
    "Penyanyi cilik Nana Nana ikut tampil membawakan lagu daerah."
)

TEXT_DOUBLED_ON_A_PASSPORT = (
    "Jemaah asal Blitar Sukarno tiba di Madinah. "
    "Nama di paspornya ditulis Sukarno Sukarno karena ia hanya bernama satu kata."
)


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # `Chen` is written earlier only inside another person's name: no speech verb before the
        # doubled name, which is the second person's whole name
        (
            TEXT_DOUBLED_AFTER_ANOTHER,
            [("Chen Long", "PER"), ("Chen Chen", "PER")],
            [("Chen Long", "Chen Long", 0), ("Chen Chen", "Chen Chen", 0)],
        ),
        (
            TEXT_DOUBLED_AFTER_A_SINGER,
            [("Nana Mirdad", "PER"), ("Nana Nana", "PER")],
            [("Nana Mirdad", "Nana Mirdad", 0), ("Nana Nana", "Nana Nana", 0)],
        ),
    ],
)
def test_a_doubled_name_after_no_speech_verb_stays_whole(
    text: str, found: list[tuple[str, str]], expected: list[tuple[str, str, int]]
) -> None:
    assert _found(text, found) == [(name, (_nth(text, part, n),)) for name, part, n in expected]


def test_a_doubled_name_of_one_word_written_alone_before_stays_whole() -> None:
    # `Sukarno` is written alone earlier, but `ditulis` is no speech verb: the doubled name is
    # written as the passport writes it, no lost full stop
    text = TEXT_DOUBLED_ON_A_PASSPORT
    assert _found(text, [("Sukarno Sukarno", "PER")]) == [
        ("Sukarno Sukarno", (_at(text, "Sukarno"), _at(text, "Sukarno Sukarno")))
    ]


TEXT_SPEAKER_DOUBLED = (
    'Pianis asal Tiongkok itu tampil dua malam di Jakarta. "Penonton di sini luar biasa," kata '
    "Lang Lang kepada wartawan."
)

TEXT_ADDRESSED_DOUBLED = "Rumah milik Ibu Nana Nana di Medan terbakar tadi malam."


def test_a_doubled_speaker_never_written_shorter_stays_whole_on_the_rule_path() -> None:
    # no model: the speaker's run after `kata` reads the whole doubled name
    record = extract_article(TEXT_SPEAKER_DOUBLED, ner=False)
    assert [(p.name, p.mentions) for p in record.persons] == [
        ("Lang Lang", (_at(TEXT_SPEAKER_DOUBLED, "Lang Lang"),))
    ]
    assert [q.speaker for q in record.quotes] == ["Lang Lang"]


def test_a_doubled_name_after_a_form_of_address_stays_whole() -> None:
    record = extract_article(TEXT_ADDRESSED_DOUBLED, ner=False)
    assert [(p.name, p.mentions) for p in record.persons] == [
        ("Nana Nana", (_at(TEXT_ADDRESSED_DOUBLED, "Nana Nana"),))
    ]


TEXT_SPEAKER_DOUBLED_AFTER_ANOTHER = (
    "Pebulu tangkis Tiongkok Chen Long kalah di babak pertama. "
    '"Saya sudah berusaha," kata Chen Chen kepada wartawan seusai laga babak kedua.'
)


def test_a_doubled_speaker_whose_word_opens_another_name_stays_whole() -> None:
    # `Chen` is written earlier only as the first word of `Chen Long`, never on its own: after
    # `kata` the doubled name is another person's whole name
    text = TEXT_SPEAKER_DOUBLED_AFTER_ANOTHER
    assert _found(text, [("Chen Long", "PER"), ("Chen Chen", "PER")]) == [
        ("Chen Long", (_at(text, "Chen Long"),)),
        ("Chen Chen", (_at(text, "Chen Chen"),)),
    ]
