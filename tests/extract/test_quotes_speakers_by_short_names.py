"""A speaker tagged by a short name (issues 12, 13): a name clipped from the start of a longer name
word (``jelas Aris`` after `Ariswandi`, ``kata Endi`` after `Endiawan`), one word of a longer name
that the persons list apart (``kata Made`` after `I Made Parwita`) or a word of it spelt otherwise
(``kata Arfy`` after `Arfi Julizar`). The speaker is the fullest name in the article (GUIDELINES
§7). A short name of three letters clipped (``Ari``), one that leaves a single letter off
(``Rahma`` is not `Rahmat`), one that writes the names of two persons short or one spelt as
another one-word name stays as it is.

Invented Indonesian sentences; whole quotes with spans, including speakers that must stay apart.
"""

from __future__ import annotations

import pytest

from extract import extract_quotes
from extract.records import Person
from tests.extract.test_quotes import _official, _person, _quote, _span

TEXT_CLIPPED = (
    "Kepala Bagian Perekonomian Setda Kabupaten Tanggamus Hendriawan meninjau pasar induk, Senin.\n"
    "“Harga cabai merah sudah turun sejak awal pekan ini,” jelas Hendri di sela peninjauan.\n"
    "“Pasokan dari Kecamatan Pulau Panggung kembali lancar,” katanya."
)


def test_a_short_name_listed_apart_speaks_as_the_fuller_name() -> None:
    title = "Kepala Bagian Perekonomian Setda Kabupaten Tanggamus"
    full = _person(TEXT_CLIPPED, "Hendriawan")
    short = Person("Hendri", (_span(TEXT_CLIPPED, "Hendri", TEXT_CLIPPED.index("jelas")),))
    official = _official(TEXT_CLIPPED, "Hendriawan", title)
    got = extract_quotes(TEXT_CLIPPED, persons=[full, short], officials=[official])
    tag = _span(TEXT_CLIPPED, "Hendri", TEXT_CLIPPED.index("jelas"))
    assert got == [
        _quote(
            TEXT_CLIPPED,
            "Harga cabai merah sudah turun sejak awal pekan ini,",
            "Hendriawan",
            "jelas",
            speaker_span=tag,
            title=title,
        ),
        _quote(
            TEXT_CLIPPED,
            "Pasokan dari Kecamatan Pulau Panggung kembali lancar,",
            "Hendriawan",
            "katanya",
            title=title,
        ),
    ]


TEXT_UNLISTED = (
    "Ketua Kelompok Tani Sumber Rejeki Yogiswara Putra mengatakan panen padi tahun ini lebih awal.\n"
    "“Bobot gabah kering giling kami naik dibanding musim lalu,” kata Yogi, Kamis."
)


def test_a_clipped_name_the_persons_miss_names_the_speaker() -> None:
    yogi = _person(TEXT_UNLISTED, "Yogiswara Putra")
    got = extract_quotes(TEXT_UNLISTED, persons=[yogi])
    assert got == [
        _quote(
            TEXT_UNLISTED,
            "Bobot gabah kering giling kami naik dibanding musim lalu,",
            "Yogiswara Putra",
            "kata",
            speaker_span=_span(TEXT_UNLISTED, "Yogi", TEXT_UNLISTED.index("kata")),
        )
    ]


@pytest.mark.parametrize(
    ("text", "short", "others"),
    [
        # three letters begin too many names: Ari is not Ariswandi
        (
            "Manajer PLN Rayon Kota Agung Ariswandi dan petugas lapangan Ari memeriksa gardu.\n"
            "“Kabel yang putus sudah kami ganti semalam,” kata Ari di lokasi.",
            "Ari",
            ["Ariswandi"],
        ),
        # one letter off: Rahma and Rahmat are two people
        (
            "Guru honorer Rahma dan kepala sekolah Rahmat menerima bantuan laptop dari dinas.\n"
            "“Laptop ini sangat membantu saya menyiapkan materi,” ujar Rahma.",
            "Rahma",
            ["Rahmat"],
        ),
        # Susi clips two persons' names: no one of them is meant
        (
            "Bidan desa Susilawati dan kader posyandu Susiani Putri serta Susi mendata balita.\n"
            "“Ada dua belas balita yang perlu dipantau gizinya,” tutur Susi.",
            "Susi",
            ["Susilawati", "Susiani Putri"],
        ),
    ],
)
def test_a_short_name_that_clips_no_one_name_stays_itself(text: str, short: str, others: list[str]) -> None:
    tag = text.rindex(short)
    persons = [_person(text, name) for name in others]
    first = text.index(short + " ")
    persons.append(Person(short, ((first, first + len(short)),)))
    got = extract_quotes(text, persons=persons)
    start, end = text.index("“") + 1, text.index("”")
    assert [(q.text, q.span, q.speaker, q.speaker_span) for q in got] == [
        (text[start:end], (start, end), short, (tag, tag + len(short)))
    ]


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        # a Balinese order name alone, listed apart from the fuller name
        (
            "Kasat Reskrim Polres Gianyar AKP I Made Suartana memimpin olah tempat kejadian, Senin.\n"
            "“Pelaku kami tangkap di rumah kerabatnya di Tabanan,” kata Made kepada wartawan.",
            "I Made Suartana",
            "Made",
        ),
        # y for i: one name spelt two ways
        (
            "Kepala Puskesmas Krui Selatan Arfi Julizar menerima bantuan ambulans dari pemkab, Kamis.\n"
            "“Ambulans ini langsung kami pakai untuk rujukan malam hari,” ujar Arfy di puskesmas.",
            "Arfi Julizar",
            "Arfy",
        ),
    ],
)
def test_a_name_word_listed_apart_speaks_as_the_fuller_name(text: str, full: str, short: str) -> None:
    tag = _span(text, short, text.index("”"))
    persons = [_person(text, full), Person(short, (tag,))]
    got = extract_quotes(text, persons=persons)
    start, end = text.index("“") + 1, text.index("”")
    assert [(q.text, q.span, q.speaker, q.speaker_span) for q in got] == [
        (text[start:end], (start, end), full, tag)
    ]


@pytest.mark.parametrize(
    ("text", "names", "short"),
    [
        # two persons with Made in their names: no one of them is meant
        (
            "Kapolsek Ubud I Made Wirata dan Kanit Reskrim Made Sudarsana mendatangi lokasi kebakaran.\n"
            "“Api berasal dari korsleting di dapur warung,” kata Made di lokasi.",
            ["I Made Wirata", "Made Sudarsana"],
            "Made",
        ),
        # a one-word name spelt as another one-word name: neither is the fuller
        (
            "Pelatih Donny dan asistennya Dony memimpin latihan tim sepak bola pelajar di Metro.\n"
            "“Anak-anak siap bertanding di babak delapan besar,” ujar Donny seusai latihan.",
            ["Dony"],
            "Donny",
        ),
    ],
)
def test_a_name_word_of_no_one_fuller_name_stays_itself(text: str, names: list[str], short: str) -> None:
    tag = _span(text, short, text.index("”"))
    persons = [_person(text, name) for name in names]
    persons.append(Person(short, (tag,)))
    got = extract_quotes(text, persons=persons)
    start, end = text.index("“") + 1, text.index("”")
    assert [(q.text, q.span, q.speaker, q.speaker_span) for q in got] == [
        (text[start:end], (start, end), short, tag)
    ]


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Pelatih asal Korea Selatan Shin Tae-yong berbicara soal peluangnya kembali ke Indonesia.\n"
            "“Kalau tawarannya serius, Indonesia tetap pilihan pertama saya,” kata STY kepada wartawan.",
            "Shin Tae-yong",
            "STY",
        ),
        (
            "Pengusaha Chairul Tanjung berbagi kisah merintis usaha di depan mahasiswa di Yogyakarta.\n"
            "“Saya memulai usaha tanpa modal uang sepeser pun,” ujar CT di hadapan peserta.",
            "Chairul Tanjung",
            "CT",
        ),
    ],
)
def test_initials_in_a_tag_name_the_person(text: str, full: str, short: str) -> None:
    got = extract_quotes(text, persons=[_person(text, full)])
    tag = _span(text, short, text.index("”"))
    start, end = text.index("“") + 1, text.index("”")
    assert [(q.text, q.span, q.speaker, q.speaker_span) for q in got] == [
        (text[start:end], (start, end), full, tag)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the initials open a longer name: a company, not the person
        "Direktur Eko Sasmito membuka turnamen gim sepak bola di Jakarta, Sabtu.\n"
        "“Turnamen ini terbuka bagi semua pemain dari seluruh Indonesia,” jelas ES Gaming dalam rilisnya.",
        # a body's acronym that are also a person's initials
        "Gubernur Bank Indonesia Bambang Irawan memaparkan arah suku bunga acuan, Kamis.\n"
        "“Inflasi inti masih terjaga di kisaran sasaran tahun ini,” tulis BI dalam keterangannya.",
    ],
)
def test_initials_of_a_body_name_nobody(text: str) -> None:
    name = "Eko Sasmito" if "Eko" in text else "Bambang Irawan"
    got = extract_quotes(text, persons=[_person(text, name)])
    start, end = text.index("“") + 1, text.index("”")
    assert [(q.text, q.span, q.speaker) for q in got] == [(text[start:end], (start, end), None)]
