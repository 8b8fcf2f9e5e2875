"""Organisations read on unlabelled regional news (issue 12, round orgs27): a common word opening
the text after a dateline's dash is no body, a name ends before the possessive `-nya` glued to
it, and a company's name written again without its legal form is the company. Whole entity
lists with spans from `resolve_entities` on invented sentences, and cases that must give
nothing."""

from __future__ import annotations

import pytest

from extract.records import Entity

from .test_entities_news import _found, _out


def _last(text: str, part: str, label: str) -> Entity:
    """The model's entity on the last mention of ``part``."""
    start = text.rindex(part)
    return Entity(part, label, (start, start + len(part)))


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a common word capitalised by the dash after the outlet's name
        (
            "Lampungpos.id – Kabar baik datang bagi petani kopi di Kecamatan Sumberjaya.",
            [("Lampungpos.id", "ORG"), ("Kabar", "ORG"), ("Kecamatan Sumberjaya", "LOC")],
            [("Lampungpos.id", "ORG", (0, 13)), ("Kecamatan Sumberjaya", "LOC", (54, 74))],
        ),
        # a list's item after a dash
        (
            "Syarat pendaftaran: - Cek nomor induk kependudukan sebelum mengisi formulir.",
            [("Cek", "ORG")],
            [],
        ),
    ],
)
def test_a_common_word_after_a_dash_is_no_body(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a listed body's short name after the dateline's dash stays a body
        (
            "Kotabumi (ANTARA) - Polri menambah personel pengamanan pasar menjelang Lebaran.",
            [("Kotabumi", "LOC"), ("ANTARA", "ORG"), ("Polri", "ORG")],
            [("Kotabumi", "LOC", (0, 8)), ("Polri", "ORG", (20, 25))],
        ),
    ],
)
def test_a_name_after_a_dash_stays(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the article writes the name without `-nya` too
        (
            "Kartu BPJS Kesehatan milik honorer itu tidak aktif. Iuran BPJS Kesehatannya belum dibayar.",
            [("BPJS Kesehatan", "ORG"), ("BPJS Kesehatannya", "ORG")],
            [("BPJS Kesehatan", "ORG", (6, 20)), ("BPJS Kesehatan", "ORG", (58, 72))],
        ),
        # a hyphened suffix
        (
            "Warga menanyakan izin PT Sinar Rejeki-nya kepada camat.",
            [("PT Sinar Rejeki-nya", "ORG")],
            [("PT Sinar Rejeki", "ORG", (22, 37))],
        ),
        # a common word with `-nya` after the name goes, the name stays
        (
            "Izin PT Mandala Perkasa Nilainya belum diketahui warga.",
            [("PT Mandala Perkasa Nilainya", "ORG")],
            [("PT Mandala Perkasa", "ORG", (5, 23))],
        ),
        # a head alone with `-nya` is no body
        (
            "Kepala dinas itu menyebut Kementeriannya sudah mengirim surat.",
            [("Kementeriannya", "ORG")],
            [],
        ),
    ],
)
def test_a_name_ends_before_its_possessive(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a name's own `nya`
        (
            "Balapan digelar di Sirkuit Catalunya pada akhir pekan.",
            [("Sirkuit Catalunya", "LOC")],
            [("Sirkuit Catalunya", "LOC", (19, 36))],
        ),
        # a list's `dan Sekitarnya` inside a club's name
        (
            "Pemain Persatuan Sepak Bola Nabire dan Sekitarnya berlatih di lapangan kota.",
            [("Persatuan Sepak Bola Nabire dan Sekitarnya", "ORG")],
            [("Persatuan Sepak Bola Nabire dan Sekitarnya", "ORG", (7, 49))],
        ),
    ],
)
def test_a_name_keeps_its_own_nya(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_word_capitalised_inside_a_sentence_too_stays_a_name() -> None:
    text = "Metro - Sumbermakmur membuka gerai baru. Warga antre di gerai Sumbermakmur sejak pagi."
    model = [Entity("Sumbermakmur", "ORG", (8, 20)), _last(text, "Sumbermakmur", "ORG")]
    assert _out(text, model) == [("Sumbermakmur", "ORG", (8, 20)), ("Sumbermakmur", "ORG", (62, 74))]


def test_a_company_written_again_without_its_form() -> None:
    text = (
        "PT Bumi Sejahtera Abadi mengelola terminal itu. Pemkab menyerahkan lahan kepada "
        "Bumi Sejahtera Abadi selama 20 tahun."
    )
    model = [Entity("PT Bumi Sejahtera Abadi", "ORG", (0, 23)), _last(text, "Sejahtera Abadi", "LOC")]
    assert _out(text, model) == [
        ("PT Bumi Sejahtera Abadi", "ORG", (0, 23)),
        ("Bumi Sejahtera Abadi", "ORG", (80, 100)),
    ]


def test_a_place_not_written_as_the_company_stays() -> None:
    text = "PT Bumi Sejahtera Abadi membuka kebun di Sejahtera Abadi, sebuah dusun di Kecamatan Natar."
    model = [
        Entity("PT Bumi Sejahtera Abadi", "ORG", (0, 23)),
        _last(text, "Sejahtera Abadi", "LOC"),
        _last(text, "Kecamatan Natar", "LOC"),
    ]
    assert _out(text, model) == [
        ("PT Bumi Sejahtera Abadi", "ORG", (0, 23)),
        ("Sejahtera Abadi", "LOC", (41, 56)),
        ("Kecamatan Natar", "LOC", (74, 89)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state treasury's office and the manpower ministry by their short names
        (
            "Berkas pencairan dana desa dari tiga pekon sudah diteruskan ke KPPN minggu ini.",
            [("KPPN", "ORG", (63, 67))],
        ),
        (
            "Perundingan antara serikat buruh dan pabrik itu berlanjut di Kemenaker hari Senin.",
            [("Kemenaker", "ORG", (61, 70))],
        ),
    ],
)
def test_a_listed_short_name_alone_is_a_body(text: str, expected: list) -> None:
    assert _out(text) == expected


def test_a_short_name_in_lowercase_is_no_body() -> None:
    assert _out("Warga menyebut kantor itu kppn saja karena nama panjangnya sulit diingat.") == []
