"""Participant counts read in the session 40 survey (issue 15): 250 sentences of unannotated
news-raw pages (neither annotation file, seed 40, across outlets) with a number within three words
of a person or event noun, each judged by GUIDELINES §5 against its record.

Kept: ``anak muda`` is one head noun. Removed after review (fix40a): ``warga negara`` as never a
head noun (nationals attend events too; the 7 news-raw cases were made by their verbs: fled,
deported) and a follow-up sentence's involvement in an incident taking up no counted people (it
erased attendees of an unlisted attendance verb, ``ditonton 200 suporter. Mereka terlibat
kericuhan``); the false counts they removed stay strict xfails. The negatives the survey checked
(a target, a capacity, a population, victims, recipients, a yearly rate, a league's size, money, a
year) give nothing. The classes seen once or twice stay strict xfails.

Invented Indonesian sentences in the style of regional news; whole records with spans.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

KEPT = [
    pytest.param(
        "Sebanyak 40 pekerja tiba di balai desa. Mereka terlibat dalam pelatihan keselamatan kerja "
        "selama dua hari.",
        [("40 pekerja", 40, False, 40, 40, "pekerja")],
        id="the next sentence's involvement in an activity still takes them up",
    ),
    pytest.param(
        "Petugas imigrasi mendeportasi 261 warga negara asing sepanjang tahun ini.",
        [],
        id="nationals deported",
    ),
    pytest.param(
        "Rapat di balai desa itu dihadiri 300 warga.",
        [("300 warga", 300, False, 300, 300, "warga")],
        id="residents at a meeting are still counted",
    ),
    pytest.param(
        "Ratusan anak muda berkumpul di taman tepi sungai pada Sabtu pagi untuk membaca buku bersama.",
        [("Ratusan anak muda", None, True, 100, 999, "anak muda")],
        id="young people as one head noun",
    ),
    pytest.param(
        "Upacara peringatan HUT RI di KBRI Tokyo diikuti 500 warga negara Indonesia.",
        [("500 warga", 500, False, 500, 500, "warga")],
        id="nationals at a ceremony",
    ),
    pytest.param(
        "Sebanyak 150 warga negara asing mengikuti lomba lari Bali Marathon tahun ini.",
        [("150 warga", 150, False, 150, 150, "warga")],
        id="foreign nationals in a race",
    ),
    pytest.param(
        "Pertandingan itu ditonton 200 suporter. Mereka terlibat kericuhan usai laga.",
        [("200 suporter", 200, False, 200, 200, "suporter")],
        id="spectators whose next sentence is an incident still count",
    ),
    pytest.param(
        "Sebanyak 300 warga datang ke konser di alun-alun. Mereka terlibat kericuhan usai konser.",
        [("300 warga", 300, False, 300, 300, "warga")],
        id="concertgoers whose next sentence is an incident still count",
    ),
]


@pytest.mark.parametrize(("text", "mentions"), KEPT)
def test_session40_rules(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


NOTHING = [
    pytest.param(
        "Panitia menargetkan lomba lari itu diikuti 1.000 peserta dari seluruh Indonesia.", id="a target"
    ),
    pytest.param("Gedung serbaguna itu mampu menampung 500 orang.", id="a capacity"),
    pytest.param("Jumlah penduduk Kecamatan Balik Bukit mencapai 45.000 jiwa.", id="a population"),
    pytest.param("Banjir bandang itu menewaskan 12 warga dan merusak puluhan rumah.", id="victims"),
    pytest.param(
        "Bupati menyerahkan bantuan beras kepada 1.000 penerima bantuan di balai desa.", id="recipients"
    ),
    pytest.param("Setiap tahun, festival itu dikunjungi 50.000 wisatawan.", id="a yearly rate of visitors"),
    pytest.param("Liga itu kini beranggotakan 18 tim dari seluruh Indonesia.", id="a league's members"),
    pytest.param("Turnamen itu berhadiah total Rp 50 juta bagi para pemenang.", id="a money amount"),
    pytest.param("Pameran UMKM tahun 2024 digelar di alun-alun kota.", id="a year"),
]


@pytest.mark.parametrize("text", NOTHING)
def test_session40_not_counts(text: str) -> None:
    assert extract_participants(text) == []


MISSES = [
    pytest.param(
        "Pagi ini, para bikers sekitar 450 dari berbagai komunitas berkumpul di Monas.",
        [("450", 450, True, 450, 450, "bikers")],
        id="the noun before its number (para bikers sekitar 450)",
    ),
    pytest.param(
        "Terdapat 2.000 calon perwira remaja yang menjadi peserta pembekalan itu.",
        [("2.000 calon perwira remaja", 2000, False, 2000, 2000, "calon perwira remaja")],
        id="an unlisted noun made peserta by a relative clause (yang menjadi peserta)",
    ),
    pytest.param(
        "Dari 3.500 peserta lomba lari itu, 1.700 pelari mengikuti lomba secara luring.",
        [
            ("3.500 peserta", 3500, False, 3500, 3500, "peserta"),
            ("1.700 pelari", 1700, False, 1700, 1700, "pelari"),
        ],
        id="a share's whole that is the event's own participants",
    ),
    pytest.param(
        "Sebanyak 10 rider memastikan lolos otomatis ke kualifikasi 2.",
        [("10 rider", 10, False, 10, 10, "rider")],
        id="an unlisted noun advancing, an adverb before ke",
    ),
    pytest.param(
        "Dua tim putra dan satu tim putri dari Malang memantapkan langkah ke fase nasional.",
        [("Dua tim", 2, False, 2, 2, "tim")],
        id="advancing as memantapkan langkah ke",
    ),
    pytest.param(
        "Pelatihan budaya itu diikuti 35 warga negara asing dari 12 negara.",
        [("35 warga", 35, False, 35, 35, "warga")],
        id="the countries the participants come from (dari 12 negara) counted too",
    ),
]


@pytest.mark.parametrize(("text", "mentions"), MISSES)
@pytest.mark.xfail(strict=True, reason="session 40 survey: classes seen once or twice, no rule yet (see ids)")
def test_session40_known_misses(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


FALSE_COUNTS = [
    pytest.param("Dua peserta mencatatkan poin tertinggi dari hasil tebakan mereka.", id="winners by score"),
    pytest.param("Lima peserta dengan karya terbaik adalah Ani dan Budi.", id="winners by best work"),
    pytest.param(
        "Koleksi itu menampilkan kaos dan jaket berlogo dari enam tim NBA.", id="teams on a product's logos"
    ),
    pytest.param(
        "Tahun ini, sebanyak 206.325 guru telah mengikuti Pendidikan Profesi Guru.",
        id="a year's total of a programme",
    ),
    pytest.param(
        "Sepanjang tahun 2023, pelatihan kerja di balai itu diikuti 4.500 peserta.",
        id="a year's total after sepanjang",
    ),
    pytest.param(
        "Sebanyak 40 pekerja dilaporkan kabur dari perusahaan itu. Mereka diduga terlibat kericuhan "
        "saat berusaha melarikan diri.",
        id="nr00236: workers who fled, a follow-up's involvement in an incident",
    ),
    pytest.param(
        "Polisi menggagalkan keberangkatan tujuh warga negara Indonesia ke luar negeri untuk "
        "bergabung dengan kelompok teror.",
        id="nr08226: nationals stopped from leaving",
    ),
    pytest.param(
        "Polisi menggerebek markas judi online di kawasan Hayam Wuruk yang melibatkan ratusan warga "
        "negara asing.",
        id="nr01469: nationals a raid involves",
    ),
]


@pytest.mark.parametrize("text", FALSE_COUNTS)
@pytest.mark.xfail(strict=True, reason="session 40 survey: false counts seen once or twice, no rule yet")
def test_session40_known_false_counts(text: str) -> None:
    assert extract_participants(text) == []
