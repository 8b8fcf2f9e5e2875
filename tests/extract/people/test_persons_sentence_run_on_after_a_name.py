"""Persons on unseen news (issue 12): a sentence that lost its full stop after a name opens on a
capitalised common word (`ungkap Rudi Sebelum berangkat …`, `kata Yanti Harga cabai …`) that the
NER model reads as the name's last word. The word is cut when lowercase words go on after it, the
name without it is written on its own earlier in the article and the longer form nowhere else.
The sentence may open on the name's last word written again (`ujar Dewi Dewi menambahkan …`): the
doubled word is cut the same way, and a name of one doubled word never written alone stays whole.

Invented Indonesian sentences; whole person lists with every mention's span, and cases where the
name must stay whole.
"""

from __future__ import annotations

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
    '"Warga yang rumahnya terendam sudah kami ungsikan," ujar Dewi Dewi menambahkan bantuan '
    "logistik dikirim sore ini."
)

TEXT_DOUBLED_SURNAME = (
    'Ahmad Rifai, ketua koperasi tani, membagikan bibit durian kepada anggota. "Bibit ini gratis," '
    "kata Ahmad Rifai Rifai juga mengajak anggota merawat bibit itu."
)


def test_a_doubled_word_opening_the_next_sentence_is_cut() -> None:
    # the name's word written again opens the sentence whose full stop was lost: both words are
    # mentions of the person named in full, and the quote's speaker is that person
    text = TEXT_DOUBLED_GIVEN
    record = extract_article(text)
    dewi = _at(text, "Dewi Dewi")[0]
    assert [(p.name, p.mentions) for p in record.persons] == [
        ("Dewi Handajani", (_at(text, "Dewi Handajani"), (dewi, dewi + 4), (dewi + 5, dewi + 9)))
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
