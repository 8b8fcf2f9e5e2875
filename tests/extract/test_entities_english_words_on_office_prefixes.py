"""Organisations read on news-raw (session 21): a capitalised English word on an office's prefix
(`Disc…`, `…tion`, `…ict`) is no office's acronym, where an acronym of Indonesian syllables is
(`Distan`, `Diskes`): GUIDELINES §6 names offices, not events, programmes or common words. Whole
entity lists from `resolve_entities` on invented sentences, with the spans, and cases that must
give nothing."""

from __future__ import annotations

import pytest

from extract.ner.entities.tokens import _english_spelled

from .test_entities_news import _found


@pytest.mark.parametrize(
    "text",
    [
        # `c` right after the prefix: Indonesian writes /k/ as `k`
        "Para peserta lomba kategori Discovery Junior tampil lebih dulu pada Sabtu pagi.",
        "Sesi Discussion Series itu dibuka untuk umum tanpa biaya.",
        # an English ending: `-tion`, `-ict`, `-able`
        "Panitia menyiapkan Distribution Day bagi relawan di gudang logistik.",
        "Kafe itu berdiri di kawasan District Nine yang ramai saat akhir pekan.",
        "Petugas membagikan Disposable Mask kepada pengunjung pasar.",
    ],
)
def test_an_english_word_on_an_office_prefix_is_no_body(text: str) -> None:
    assert _found(text, []) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kepala Distan Lampung Barat meninjau sawah warga di Sukau.",
            [("Distan Lampung Barat", "ORG", (7, 27)), ("Sukau", "LOC", (52, 57))],
        ),
        (
            "Petugas Diskes Tanggamus memeriksa kesehatan hewan kurban.",
            [("Diskes Tanggamus", "ORG", (8, 24))],
        ),
        (
            "Rapat itu dihadiri Dishut Provinsi Lampung dan warga desa.",
            [("Dishut Provinsi Lampung", "ORG", (19, 42))],
        ),
    ],
)
def test_an_office_acronym_of_indonesian_syllables_stays_a_body(text: str, expected: list) -> None:
    assert _found(text, []) == expected


@pytest.mark.parametrize(
    ("rest", "english"),
    [
        ("covery", True),
        ("trict", True),
        ("tribution", True),
        ("tan", False),
        ("kes", False),
        ("dukcapil", False),
    ],
)
def test_the_letters_after_the_prefix_tell_english_from_an_acronym(rest: str, english: bool) -> None:
    assert _english_spelled(rest) is english


@pytest.mark.xfail(strict=True, reason="an English school's name opening with `Disc…` is left to the model")
def test_a_school_with_an_english_name_on_the_prefix_is_lost() -> None:
    """Known loss (news-raw: one school): the prefix no longer heads `Discovery …`, and no English
    body head (`College`) takes the words before it."""
    text = "Murid Discovery Harbour College berkunjung ke sanggar tari itu."
    assert _found(text, []) == [("Discovery Harbour College", "ORG", (6, 31))]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a coalition's name spelled before its short name: both entries (GUIDELINES §6)
        (
            "Partai itu resmi bergabung dengan Koalisi Nusantara Bersatu (KNB) sejak Agustus.",
            [("Koalisi Nusantara Bersatu", "ORG")],
            [("Koalisi Nusantara Bersatu", "ORG", (34, 59)), ("KNB", "ORG", (61, 64))],
        ),
        # a council's name after a title keeps its name beside its short name
        (
            "Ketua Majelis Kehormatan Etik Daerah (MKED) Sugiarto membacakan putusan itu.",
            [("Majelis Kehormatan Etik Daerah", "ORG"), ("Sugiarto", "PER")],
            [
                ("Majelis Kehormatan Etik Daerah", "ORG", (6, 36)),
                ("MKED", "ORG", (38, 42)),
                ("Sugiarto", "PER", (44, 52)),
            ],
        ),
        # a committee the model missed altogether
        (
            "Rapat itu dipimpin Komite Sekolah Rakyat Nasional (KSRN) di aula kantor bupati.",
            [],
            [("Komite Sekolah Rakyat Nasional", "ORG", (19, 49)), ("KSRN", "ORG", (51, 55))],
        ),
    ],
)
def test_a_councils_name_spelled_before_its_short_name_gives_both(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    "text",
    [
        # nouns for people at large open kinds, not bodies
        "Rumah subsidi itu diperuntukkan bagi Masyarakat Berpenghasilan Rendah (MBR) di kota itu.",
        "Peserta Keluarga Berencana (KB) di desa itu bertambah tahun ini.",
        "Setiap Rukun Tetangga (RT) wajib mendata warga pendatang.",
    ],
)
def test_a_kind_spelled_before_its_short_name_gives_nothing(text: str) -> None:
    assert _found(text, []) == []


def test_a_council_with_its_region_after_the_brackets_stays_one_body() -> None:
    text = "Ketua Majelis Ulama Indonesia (MUI) Lampung Barat membuka acara itu."
    model = [("Majelis Ulama Indonesia (MUI) Lampung Barat", "ORG")]
    assert _found(text, model) == [("Majelis Ulama Indonesia (MUI) Lampung Barat", "ORG", (6, 49))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a detachment heads its body as a district command does, its number and parent kept
        (
            "Pagi itu Densus 88 Antiteror Polri menggeledah sebuah rumah kontrakan di Cibinong.",
            [("Densus 88 Antiteror Polri", "ORG", (9, 34)), ("Cibinong", "LOC", (73, 81))],
        ),
        (
            "Setelah penangkapan itu, Densus 88 juga memeriksa dua saksi.",
            [("Densus 88", "ORG", (25, 34))],
        ),
        (
            "Petugas Detasemen Gegana Brimob Polda Riau menyisir gedung itu.",
            [("Detasemen Gegana Brimob Polda Riau", "ORG", (8, 42))],
        ),
    ],
)
def test_a_detachment_heads_a_body(text: str, expected: list) -> None:
    assert _found(text, []) == expected


def test_a_detachment_written_lowercase_is_no_body() -> None:
    assert _found("Satu detasemen pasukan dikirim ke perbatasan pekan lalu.", []) == []
