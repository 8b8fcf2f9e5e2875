"""A region's or district's name that a writer ends in lowercase words (`Kecamatan Pulau pisang`,
`Polres Way kanan`, `Bandar lampung`): the place or the body runs on to the end of the name the
gazetteer lists, since the lowercase words are common ones only the gazetteer can tell; `tengah`
read as time or `is doing`, and a name the article also writes all lowercase as a common term
(`batu bara`), stay out. Whole entity lists with spans from the pipeline, on invented sentences."""

from __future__ import annotations

import pytest

from tests.entity_records import article_entities as _entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district's second word written lowercase
        (
            "Camat baru dilantik di Kecamatan Pulau pisang pada Senin pagi.",
            [("Kecamatan Pulau pisang", "LOC", (23, 45))],
        ),
        # a regency's second word written lowercase, after a level word
        (
            "Harga singkong di Kabupaten Tulang bawang turun tajam bulan ini.",
            [("Kabupaten Tulang bawang", "LOC", (18, 41))],
        ),
        # a city's name alone
        (
            "Banjir merendam sawah warga di Bandar lampung sejak kemarin sore.",
            [("Bandar lampung", "LOC", (31, 45))],
        ),
        # a body named for the region: the body runs on, a verb after it or not
        (
            "Kapolres meminta personel Polres Way kanan menjaga pos mudik di jalur lintas.",
            [("Polres Way kanan", "ORG", (26, 42))],
        ),
        (
            "Stok gula di gudang Bulog Lampung utara dinilai cukup hingga akhir tahun.",
            [("Bulog Lampung utara", "ORG", (20, 39))],
        ),
    ],
)
def test_listed_name_runs_on_across_lowercase_words(text, expected):
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `tengah` before a verb is `is doing`: the province stays whole as written
        (
            "Pemerintah Provinsi Lampung tengah menyiapkan bantuan benih bagi petani jagung.",
            [("Pemerintah Provinsi Lampung", "ORG", (0, 27))],
        ),
        # `tengah malam` is midnight
        (
            "Warga Kabupaten Klaten tengah malam itu berkumpul di balai desa.",
            [("Kabupaten Klaten", "LOC", (6, 22))],
        ),
    ],
)
def test_lowercase_words_that_end_no_name_stay_out(text, expected):
    assert _entities(text) == expected


@pytest.mark.xfail(
    strict=True, reason="`tengah` before a lowercase word is read as `now` or `middle`: no name"
)
def test_central_written_low_before_a_conjunction():
    text = "Bupati Way Kanan, Lampung tengah dan Tanggamus hadir dalam rapat itu."
    assert _entities(text) == [
        ("Way Kanan", "LOC", (7, 16)),
        ("Lampung tengah", "LOC", (18, 32)),
        ("Tanggamus", "LOC", (37, 46)),
    ]


@pytest.mark.xfail(
    strict=True, reason="a body's name is cut at its lowercase common words (`batu bara`, coal)"
)
def test_body_named_for_a_common_term_written_low():
    text = "Asosiasi Penambang Batu bara Nasional menyebut ekspor batu bara turun tahun ini."
    assert _entities(text) == [("Asosiasi Penambang Batu bara Nasional", "ORG", (0, 37))]
