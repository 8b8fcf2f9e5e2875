"""Organisations read on news-raw (session 23): a capitalised span holding a meeting's, a
congress's, a contest's, a festival's or a ceremony's word (`entities_events.txt`) names an
event, no organisation (GUIDELINES §6), unless a body's head opens it. Whole entity lists from
`resolve_entities` on invented sentences, with the spans, and cases that must give nothing."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Delegasi daerah ikut Regional Youth Meeting di Semarang pekan lalu.", "Regional Youth Meeting"),
        ("Dokter itu berbicara pada Heart Failure Congress tahun ini.", "Heart Failure Congress"),
        ("Hasil riset dipaparkan dalam Tropical Crops Symposium kemarin.", "Tropical Crops Symposium"),
        ("Mahasiswa itu menjuarai Campus Coding Challenge tingkat nasional.", "Campus Coding Challenge"),
        ("Ratusan pelaku usaha meramaikan Kuliner Rakyat Fest di alun-alun.", "Kuliner Rakyat Fest"),
        ("Grup musik itu menggelar Fan Meeting Tour di tiga kota.", "Fan Meeting Tour"),
        ("Bank itu menggelar Contract Signing Ceremony bersama mitra.", "Contract Signing Ceremony"),
        ("Penggemar datang ke konser 5th Anniversary grup tersebut.", "5th Anniversary"),
        ("Pemuda desa menghadiri Dialog Kebangsaan Muda di balai desa.", "Dialog Kebangsaan Muda"),
        ("Pembalap muda itu menang di Sprint Race sore tadi.", "Sprint Race"),
        ("Tim debat sekolah itu tampil di Debate Union Tournament bulan lalu.", "Debate Union Tournament"),
    ],
)
def test_an_event_tagged_as_a_body_is_no_entity(text: str, event: str) -> None:
    assert [e for e in _found(text, [(event, "ORG")]) if e[0] == event] == []


def test_an_event_named_after_a_place_drops_the_place_inside_it() -> None:
    text = "Pebalap itu turun di Touring Car Challenge Asia musim ini."
    assert _found(text, [("Asia", "LOC")]) == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a body's head opens the name: the forum is a body, not the dialog it holds
        (
            "Ketua Forum Dialog Antaragama Lampung membuka pertemuan itu.",
            [("Forum Dialog Antaragama Lampung", "ORG")],
            [("Forum Dialog Antaragama Lampung", "ORG", (6, 37))],
        ),
        # the body that holds the meeting stays beside it
        (
            "Kementerian Pertanian menggelar Asia Rice Meeting di Bogor.",
            [("Kementerian Pertanian", "ORG"), ("Asia Rice Meeting", "ORG"), ("Bogor", "LOC")],
            [("Kementerian Pertanian", "ORG", (0, 21)), ("Bogor", "LOC", (53, 58))],
        ),
    ],
)
def test_a_body_beside_or_around_an_event_word_stays(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


# A regulation's title (`… Nomor 4 Tahun 2025 tentang …`) holds words of a law, no body, unless
# a body's head opens the words, its short name or region ends them (GUIDELINES §6).


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Aturan itu tertuang dalam Permentan Nomor 9 Tahun 2025 tentang Tata Niaga Gabah Petani Mitra.",
            "Gabah Petani Mitra",
        ),
        (
            "Dinas merujuk Perbup Nomor 12 Tahun 2024 tentang Layanan Izin melalui Sistem Terpadu Daring.",
            "Sistem Terpadu Daring",
        ),
        (
            "Pemerintah menyiapkan PP tentang Penataan, Pembinaan, dan Pemberdayaan Pedagang Kaki Lima.",
            "Pemberdayaan Pedagang Kaki Lima",
        ),
        (
            "Hal itu diatur UU No 5 tahun 2020, tentang Perlindungan Nelayan Kecil Tradisional.",
            "Perlindungan Nelayan Kecil Tradisional",
        ),
    ],
)
def test_a_body_like_span_in_a_regulations_title_is_no_entity(text: str, words: str) -> None:
    assert _found(text, [(words, "ORG")]) == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a body's head opens it
        (
            "Perubahan itu menyangkut UU Nomor 23 Tahun 1999 tentang Bank Indonesia yang kini direvisi.",
            [("Bank Indonesia", "ORG")],
            [("Bank Indonesia", "ORG", (56, 70))],
        ),
        # a listed short name
        (
            "Para ahli membahas revisi UU tentang TNI di kampus itu.",
            [("TNI", "ORG")],
            [("TNI", "ORG", (37, 40))],
        ),
        # its region ends it
        (
            "Tarif diatur Keputusan Bupati Nomor 7 Tahun 2023 tentang Tarif Perumda Tirta Makmur Pringsewu.",
            [("Perumda Tirta Makmur Pringsewu", "ORG")],
            [("Perumda Tirta Makmur Pringsewu", "ORG", (63, 93))],
        ),
        # no regulation before `tentang`: a body talked about
        (
            "Warga bertanya tentang Koperasi Sumber Rejeki yang tutup bulan lalu.",
            [("Koperasi Sumber Rejeki", "ORG")],
            [("Koperasi Sumber Rejeki", "ORG", (23, 45))],
        ),
    ],
)
def test_a_body_named_in_or_near_a_regulations_title_stays(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


# A report's or a letter's number holds office codes between its slashes: no mention of a body.


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Laporan warga teregister dengan nomor LP/B/417/VI/2025/SPKT/Polres Tanggamus sejak Juni.",
            [("SPKT", "ORG")],
        ),
        ("Surat itu bernomor 800/112/BAPPEDA/IV/2024 dan diteken kepala dinas.", [("BAPPEDA", "ORG")]),
        ("Perkara nomor 12/Pid.Sus/2025/PN Kla diputus Senin.", [("Sus", "LOC")]),
    ],
)
def test_an_office_code_inside_a_document_number_is_no_entity(text: str, model: list) -> None:
    assert _found(text, model) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit named with its number: the whole word is the name
        (
            "Personel Kodim 0412/Lampung Utara membantu warga di Kotabumi.",
            [("Kodim 0412/Lampung Utara", "ORG", (9, 33)), ("Kotabumi", "LOC", (52, 60))],
        ),
        ("Personel Kodim 0412/LU membantu warga.", [("Kodim 0412/LU", "ORG", (9, 22))]),
        # a body written after the number, outside it
        (
            "Laporan bernomor 45/VII/2025 diterima Polres Tanggamus kemarin.",
            [("Polres Tanggamus", "ORG", (38, 54))],
        ),
    ],
)
def test_a_body_named_with_or_beside_a_number_stays(text: str, expected: list) -> None:
    model = [(t, lab) for t, lab, _ in expected]
    assert _found(text, model) == expected


# Apps, meeting platforms and online games are products (GUIDELINES §6), no bodies.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rapat koordinasi itu digelar secara daring lewat Zoom pada Kamis pagi.", "Zoom"),
        ("Siswa mengikuti kelas tambahan di Microsoft Teams setiap sore.", "Microsoft Teams"),
        ("Lokasi pasar baru itu sudah muncul di Google Maps sejak pekan lalu.", "Google Maps"),
        ("Atlet esports daerah itu berlaga di nomor Mobile Legends pada pekan olahraga.", "Mobile Legends"),
        ("Turnamen Free Fire antarpelajar digelar di aula kecamatan.", "Free Fire"),
    ],
)
def test_an_app_or_a_game_is_no_body(text: str, name: str) -> None:
    assert [e for e in _found(text, [(name, "ORG")]) if e[0] == name] == []


def test_the_company_behind_an_app_stays() -> None:
    text = "Google menambah fitur baru pada Google Maps untuk pengguna di Medan."
    model = [("Google", "ORG"), ("Google Maps", "ORG"), ("Medan", "LOC")]
    assert _found(text, model) == [("Google", "ORG", (0, 6)), ("Medan", "LOC", (62, 67))]


# A comma then `dan` right after a body's name closes a list of two bodies when the next word
# opens a name of its own (capitals, a capital inside, a given name, a head); a field word after
# it stays in the name (`…, dan Geofisika`).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kredit itu disalurkan Bank Sentosa, dan BJB kepada nasabah.",
            [("Bank Sentosa", "ORG", (22, 34))],
        ),
        (
            "Program itu didukung Bank Sejahtera, dan TeleMedika sejak awal tahun.",
            [("Bank Sejahtera", "ORG", (21, 35))],
        ),
    ],
)
def test_a_comma_and_dan_before_another_name_ends_the_body(text: str, expected: list) -> None:
    assert _found(text, []) == expected


def test_a_field_after_a_comma_and_dan_stays_in_the_body() -> None:
    text = "Data itu dirilis Badan Meteorologi Klimatologi, dan Geofisika pagi tadi."
    assert _found(text, []) == [("Badan Meteorologi Klimatologi, dan Geofisika", "ORG", (17, 61))]


# A system named in capitals is a service or a register a body runs, no body (GUIDELINES §6:
# programmes and platforms), unless a body's head opens its name (entities_events.txt: `sistem`).


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Data keuangan desa dikirim lewat Sistem Informasi Pemerintahan Daerah setiap bulan.",
            [("Sistem Informasi Pemerintahan Daerah", "ORG")],
            [],
        ),
        (
            "Asosiasi Sistem Pembayaran Indonesia mencatat 12 anggota baru tahun ini.",
            [("Asosiasi Sistem Pembayaran Indonesia", "ORG")],
            [("Asosiasi Sistem Pembayaran Indonesia", "ORG", (0, 36))],
        ),
        (
            "Laporan itu dibahas Komite Stabilitas Sistem Keuangan pekan lalu.",
            [("Komite Stabilitas Sistem Keuangan", "ORG")],
            [("Komite Stabilitas Sistem Keuangan", "ORG", (20, 53))],
        ),
    ],
)
def test_a_system_is_no_body_unless_a_head_opens_it(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
