"""Quotes on pages the rules were not shaped on (issue 12): a descriptive tag that points back
to the person named before (ujar pebalap berusia 24 tahun ini), speech verbs unlabelled news
writes (keluh, sindir, bunyi, menuliskan), "menurut" after the closing mark.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including speakers that must stay null.
"""

from __future__ import annotations

import pytest

from extract import extract_quotes
from tests.extract.test_quotes import _person, _quote, _span

TEXT_EPITHET = (
    "Pebalap tim Garuda Racing, Rendra Wijaya, finis keempat di Sirkuit Mandalika, Minggu.\n"
    "“Motor kami belum cukup cepat di tikungan terakhir,” ujar pebalap berusia 24 tahun ini.\n"
    "“Kami akan mencoba setelan baru di seri berikutnya,” kata pebalap yang saat ini membela tim "
    "satelit itu.\n"
    "Wakil Ketua DPRD Sumenep, Hasan Basri, meninjau pasar itu.\n"
    "“Pasar ini harus selesai sebelum Lebaran,” kata politisi asal Pragaan itu di kantor DPRD."
)


def test_a_description_ending_in_a_demonstrative_points_back_to_the_person_before():
    persons = [
        _person(TEXT_EPITHET, "Rendra Wijaya"),
        _person(TEXT_EPITHET, "Hasan Basri"),
    ]
    got = extract_quotes(TEXT_EPITHET, persons=persons)
    assert got == [
        _quote(TEXT_EPITHET, "Motor kami belum cukup cepat di tikungan terakhir,", "Rendra Wijaya", "ujar"),
        _quote(TEXT_EPITHET, "Kami akan mencoba setelan baru di seri berikutnya,", "Rendra Wijaya", "kata"),
        _quote(TEXT_EPITHET, "Pasar ini harus selesai sebelum Lebaran,", "Hasan Basri", "kata"),
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a text or a body that the description names
        (
            "Bupati Sleman, Rahmat Hidayat, membuka posko mudik.\n"
            "“Pelayanan kesehatan dibuka selama 24 jam penuh,” tulis rilis tersebut.",
            "Pelayanan kesehatan dibuka selama 24 jam penuh,",
        ),
        (
            "Rahmat Hidayat menerima laporan itu di pendapa.\n"
            "“Pengiriman pupuk ditunda hingga pekan depan,” bunyi surat edaran itu.",
            "Pengiriman pupuk ditunda hingga pekan depan,",
        ),
        # an unnamed person described again
        (
            "Rahmat Hidayat meninjau harga cabai di Pasar Prambanan.\n"
            "“Sejak Senin pembeli turun separuh,” kata pedagang itu.",
            "Sejak Senin pembeli turun separuh,",
        ),
    ],
)
def test_a_description_of_a_text_a_body_or_an_unnamed_person_names_nobody(text: str, words: str):
    got = extract_quotes(text, persons=[_person(text, "Rahmat Hidayat")])
    assert [(q.text, q.speaker) for q in got] == [(words, None)]


TEXT_VERBS = (
    "Ketua Kelompok Tani Maju, Sutrisno Hadi, kecewa dengan harga gabah.\n"
    "“Harga gabah jatuh justru saat panen raya,” keluh Sutrisno.\n"
    "Lewat akun Instagram-nya, Dewi Lestari menyindir, “Jalan ini sudah rusak sejak tiga tahun lalu.”\n"
    "“Sampai jumpa di Sentul,” Dewi Lestari menuliskan di akun X miliknya.\n"
    "“Stok beras aman hingga Lebaran,” menurut Kepala Gudang Bulog, Hendra Saputra."
)


def test_speech_verbs_of_unlabelled_news_and_menurut_after_the_quote():
    sutrisno = _person(TEXT_VERBS, "Sutrisno Hadi", "Sutrisno")
    dewi = _person(TEXT_VERBS, "Dewi Lestari")
    hendra = _person(TEXT_VERBS, "Hendra Saputra")
    got = extract_quotes(TEXT_VERBS, persons=[sutrisno, dewi, hendra])
    second_dewi = _span(TEXT_VERBS, "Dewi Lestari", TEXT_VERBS.index("Sentul"))
    assert got == [
        _quote(
            TEXT_VERBS,
            "Harga gabah jatuh justru saat panen raya,",
            "Sutrisno Hadi",
            "keluh",
            speaker_span=_span(TEXT_VERBS, "Sutrisno", TEXT_VERBS.index("keluh")),
        ),
        _quote(
            TEXT_VERBS,
            "Jalan ini sudah rusak sejak tiga tahun lalu.",
            "Dewi Lestari",
            "menyindir",
            speaker_span=_span(TEXT_VERBS, "Dewi Lestari"),
        ),
        _quote(TEXT_VERBS, "Sampai jumpa di Sentul,", "Dewi Lestari", "menuliskan", speaker_span=second_dewi),
        _quote(
            TEXT_VERBS,
            "Stok beras aman hingga Lebaran,",
            "Hendra Saputra",
            "menurut",
            speaker_span=_span(TEXT_VERBS, "Hendra Saputra"),
        ),
    ]


def test_a_capitalised_menurut_after_the_quote_opens_a_new_sentence():
    text = (
        "Kepala Dinas Pertanian, Rina Marlina menambahkan: “Panen tahun ini lebih baik dari tahun lalu.” "
        "Menurut para petani, harga gabah juga naik."
    )
    rina = _person(text, "Rina Marlina")
    got = extract_quotes(text, persons=[rina])
    assert [(q.text, q.speaker, q.cue) for q in got] == [
        ("Panen tahun ini lebih baik dari tahun lalu.", "Rina Marlina", "menambahkan")
    ]


@pytest.mark.xfail(strict=True, reason="a tag verb with a typo (kara for kata) is not read as a tag")
def test_a_misspelt_tag_verb():
    text = (
        "Ekonom Universitas Lampung, Erwin Saputra, menilai inflasi terkendali.\n"
        "“Daya beli masih terjaga,” kara Erwin."
    )
    erwin = _person(text, "Erwin Saputra", "Erwin")
    got = extract_quotes(text, persons=[erwin])
    assert [(q.speaker, q.cue) for q in got] == [("Erwin Saputra", "kara")]


@pytest.mark.xfail(
    strict=True,
    reason="the context is the subject of the sentence before, not the last speaker: a description "
    "after a sentence about a rival points to the rival",
)
def test_a_description_after_a_sentence_about_someone_else():
    text = (
        "“Kami sudah berusaha maksimal,” kata Rendra Wijaya.\n"
        "Padahal performa Bima Sakti menjadi patokan di kelas itu.\n"
        "“Motor kami tertinggal jauh di trek lurus,” ujar pebalap berusia 24 tahun ini."
    )
    persons = [_person(text, "Rendra Wijaya"), _person(text, "Bima Sakti")]
    got = extract_quotes(text, persons=persons)
    assert [q.speaker for q in got] == ["Rendra Wijaya", "Rendra Wijaya"]
